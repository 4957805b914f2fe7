/**
 * "Use selection as the indicator table": the selected range (header row included) becomes a
 * remembered table location, its columns mapped by their headers as detection would map them.
 */
import type { SheetGrid } from '../../workbook/grid';
import type { RememberedTable } from '../../workbook/detect/detection-types';
import { findHeaderCandidates } from '../../workbook/detect/header-candidates';
import { TABLE_SPECS, type FieldOf, type TableKind, type TableSpec } from '../../workbook/detect/table-fields';

export interface SelectedRange {
  sheet: string;
  /** 1-based, inclusive */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SelectionTableResult<K extends TableKind> =
  | { ok: true; table: RememberedTable<FieldOf<K>> }
  | { ok: false; reason: 'emptySelection' | 'noHeaderFound' };

export function tableFromSelection<K extends TableKind>(grid: SheetGrid, selection: SelectedRange, kind: K): SelectionTableResult<K> {
  const cropped = cropGrid(grid, selection);
  if (!cropped) return { ok: false, reason: 'emptySelection' };
  const spec = TABLE_SPECS[kind] as TableSpec<K>;
  const candidates = findHeaderCandidates(cropped, spec);
  if (candidates.length === 0) return { ok: false, reason: 'noHeaderFound' };
  // The highest row wins a tie: a selection starts at its header, titles are usually left out.
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const columns: Partial<Record<FieldOf<K>, number>> = {};
  for (const column of best.columns) columns[column.field] = column.column;
  return { ok: true, table: { sheet: grid.name, headerRow: best.headerRow, columns } };
}

/** The part of a sheet's used range inside the selection, as a grid of its own. */
function cropGrid(grid: SheetGrid, selection: SelectedRange): SheetGrid | null {
  const top = Math.max(grid.top, selection.top);
  const left = Math.max(grid.left, selection.left);
  const bottom = Math.min(grid.top + grid.values.length - 1, selection.bottom);
  const right = Math.min(grid.left + (grid.values[0]?.length ?? 0) - 1, selection.right);
  if (bottom < top || right < left) return null;
  const rows = (source: unknown[][]) =>
    source.slice(top - grid.top, bottom - grid.top + 1).map((row) => row.slice(left - grid.left, right - grid.left + 1));
  return {
    ...grid,
    top,
    left,
    values: rows(grid.values) as SheetGrid['values'],
    numberFormats: rows(grid.numberFormats) as string[][],
    formulas: grid.formulas ? (rows(grid.formulas) as Array<Array<string | null>>) : undefined,
  };
}
