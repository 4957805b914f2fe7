import type { SheetGrid } from '../grid';
import { cellAddress } from '../cells/a1';
import { lastColumn, lastRow, mergedAreaAt, textAt } from '../cells/grid-cells';
import { trailingOutputHeaderCount } from '../output-headers';
import type { DetectedColumn } from './detection-types';
import { normaliseHeaderText } from './header-text';
import { headerLookup, type FieldOf, type TableKind, type TableSpec } from './table-fields';

/** Header rows are looked for in the first rows of each sheet, under any title rows. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderCandidate<K extends TableKind> {
  kind: K;
  sheet: string;
  firstHeaderRow: number;
  headerRow: number;
  left: number;
  right: number;
  columns: Array<DetectedColumn<FieldOf<K>>>;
  requiredMatched: number;
  score: number;
}

export interface HeaderCell {
  column: number;
  row: number;
  text: string;
}

/**
 * Every row of the sheet's first rows that reads as this table's header, each with a score: required
 * fields count most, then any matched field; a two-row header (merged group headers over sub-headers)
 * is read as one, each column taking its lower cell when it has one.
 */
export function findHeaderCandidates<K extends TableKind>(grid: SheetGrid, spec: TableSpec<K>): Array<HeaderCandidate<K>> {
  const lookup = headerLookup(spec);
  const bottom = Math.min(lastRow(grid), grid.top + HEADER_SEARCH_ROWS - 1);
  const right = lastColumn(grid);
  const candidates: Array<HeaderCandidate<K>> = [];
  for (let row = grid.top; row <= bottom; row += 1) {
    const single = headerCells(grid, row, right);
    if (single.length === 0) continue;
    const singleCandidate = scoreHeader(grid, spec, lookup, single, row, row);
    const below = row + 1 <= lastRow(grid) ? headerCells(grid, row + 1, right) : [];
    const twoRowCandidate =
      below.length > 0 ? scoreHeader(grid, spec, lookup, combineHeaderRows(single, below), row, row + 1) : null;
    const belowAlone = below.length > 0 ? scoreHeader(grid, spec, lookup, below, row + 1, row + 1) : null;
    const best =
      twoRowCandidate &&
      twoRowCandidate.score > (singleCandidate?.score ?? -1) &&
      twoRowCandidate.score > (belowAlone?.score ?? -1)
        ? twoRowCandidate
        : singleCandidate;
    if (best) candidates.push(best);
  }
  return candidates;
}

/** the row's non-blank cells, less the add-in's own output columns at its end */
export function headerCells(grid: SheetGrid, row: number, right: number = lastColumn(grid)): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let column = grid.left; column <= right; column += 1) {
    const text = textAt(grid, row, column);
    if (text !== '') cells.push({ column, row, text });
  }
  return cells.slice(0, cells.length - trailingOutputHeaderCount(cells));
}

/** the header's last column: a merged header cell (偏差原因 over K1:N1) counts to the merge's right edge */
export function headerRight(grid: SheetGrid, cells: readonly HeaderCell[]): number {
  let right = cells[cells.length - 1].column;
  for (const cell of cells) {
    const area = mergedAreaAt(grid, cell.row, cell.column);
    if (area) right = Math.max(right, area.right);
  }
  return right;
}

function combineHeaderRows(upper: HeaderCell[], lower: HeaderCell[]): HeaderCell[] {
  const byColumn = new Map<number, HeaderCell>();
  for (const cell of upper) byColumn.set(cell.column, cell);
  for (const cell of lower) byColumn.set(cell.column, cell);
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}

function scoreHeader<K extends TableKind>(
  grid: SheetGrid,
  spec: TableSpec<K>,
  lookup: ReadonlyMap<string, FieldOf<K>>,
  cells: HeaderCell[],
  firstHeaderRow: number,
  headerRow: number,
): HeaderCandidate<K> | null {
  const columns: Array<DetectedColumn<FieldOf<K>>> = [];
  const taken = new Set<FieldOf<K>>();
  for (const cell of cells) {
    const field = lookup.get(normaliseHeaderText(cell.text));
    if (field === undefined || taken.has(field)) continue;
    taken.add(field);
    columns.push({ field, header: cell.text, column: cell.column, address: cellAddress(cell.row, cell.column) });
  }
  const requiredMatched = spec.required.filter((entry) =>
    typeof entry === 'string' ? taken.has(entry) : entry.some((field) => taken.has(field)),
  ).length;
  if (columns.length < spec.minimumMatched || requiredMatched < spec.minimumRequiredMatched) return null;
  const sheetNameBonus = normaliseHeaderText(grid.name) === normaliseHeaderText(spec.sheetName) ? 1 : 0;
  return {
    kind: spec.kind,
    sheet: grid.name,
    firstHeaderRow,
    headerRow,
    left: cells[0].column,
    right: headerRight(grid, cells),
    columns,
    requiredMatched,
    score: requiredMatched * 100 + columns.length * 10 + sheetNameBonus,
  };
}
