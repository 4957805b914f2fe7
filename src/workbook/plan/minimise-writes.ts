import type { CellError, CellScalar } from '../../domain/model';
import { isCellError } from '../../domain/model';
import { rangeAddress, parseCellAddress } from '../cells/a1';
import { parseRange } from '../cells/cell-range';
import type { SheetGrid } from '../grid';
import type { PlannedCell, WriteOp, WritePlan } from '../write-plan';

/**
 * Drops from a plan the cell writes that would not change what the workbook shows, so that re-scoring
 * after one edit writes only the cells whose value changed (plus totals, whose values change with it).
 * Fewer writes mean a smaller request to Excel, fewer change events and fewer co-authoring conflicts.
 *
 * The plan clears an output block before writing it again; here a cell the plan both clears and sets
 * to what it already holds is left alone, and only the cells that end up blank are cleared. Values and
 * number formats are compared; the add-in's styles follow from its values, so an unchanged value keeps
 * its style. Cells written for the first time, and sheets about to be created, keep every write.
 */
export function minimiseWrites(plan: WritePlan, grids: readonly SheetGrid[]): WritePlan {
  const keptWhole = sheetsWithNewMerges(plan, grids);
  const gridBySheet = new Map(grids.filter((grid) => !keptWhole.has(grid.name)).map((grid) => [grid.name, grid]));
  const isCellWrite = (op: WriteOp): op is CellWrite => (op.kind === 'clearRange' || op.kind === 'setCells') && gridBySheet.has(op.sheet);

  // Pass 1: what each touched cell holds once the whole plan is applied.
  const finalBySheet = new Map<string, FinalCells>();
  const ownedBySheet = new Map<string, Set<number>>();
  for (const op of plan.ops) {
    if (!isCellWrite(op)) continue;
    const finalCells = finalBySheet.get(op.sheet) ?? new Map();
    finalBySheet.set(op.sheet, finalCells);
    const owned = ownedBySheet.get(op.sheet) ?? new Set();
    ownedBySheet.set(op.sheet, owned);
    if (op.kind === 'clearRange') recordClear(finalCells, owned, gridBySheet.get(op.sheet)!, op.address);
    else recordSet(finalCells, op);
  }

  // Pass 2: each op keeps, in its place, only the writes that change what the cell shows.
  const cleared = new Set<number>();
  const kept: WriteOp[] = [];
  for (const op of plan.ops) {
    if (!isCellWrite(op)) {
      kept.push(op);
      continue;
    }
    const grid = gridBySheet.get(op.sheet)!;
    const finalCells = finalBySheet.get(op.sheet)!;
    // one push per op: spreading a huge sheet's runs into push overflows the stack
    const needed = op.kind === 'clearRange' ? neededClears(op, grid, finalCells, cleared) : neededSets(op, grid, finalCells, ownedBySheet.get(op.sheet)!);
    for (const write of needed) kept.push(write);
  }

  // An existing sheet whose cells do not change keeps its layout too (and a width the user set by hand),
  // and a row whose cells do not change keeps its height: like a style, it follows from the row's text.
  const changedSheets = new Set(kept.flatMap((op) => (op.kind === 'setCells' || op.kind === 'clearRange' ? [op.sheet] : [])));
  const changedRows = rowsWritten(kept);
  const ops = kept.filter(
    (op) =>
      !gridBySheet.has(op.sheet) ||
      (changedSheets.has(op.sheet) && (op.kind !== 'rowHeight' || changedRows.get(op.sheet)?.has(op.row) === true)),
  );
  return { ...plan, ops };
}

/** the rows each sheet's kept cell writes touch */
function rowsWritten(ops: readonly WriteOp[]): Map<string, Set<number>> {
  const rows = new Map<string, Set<number>>();
  const add = (sheet: string, top: number, bottom: number) => {
    const set = rows.get(sheet) ?? new Set<number>();
    rows.set(sheet, set);
    for (let row = top; row <= bottom; row++) set.add(row);
  };
  for (const op of ops) {
    if (op.kind === 'setCells') add(op.sheet, op.top, op.top + op.cells.length - 1);
    else if (op.kind === 'clearRange') {
      const [start, end] = op.address.split(':');
      const from = parseCellAddress(start);
      const to = parseCellAddress(end ?? start);
      if (from && to) add(op.sheet, from.row, to.row);
    }
  }
  return rows;
}

type CellWrite = Extract<WriteOp, { kind: 'clearRange' | 'setCells' }>;
type FinalCells = Map<number, PlannedCell | null>;

/** a cell as one number (Excel has 16,384 columns): cheaper to build and hash than a string, thousands of times a run */
const cellKey = (row: number, column: number): number => row * 16_384 + column;

function rangeBounds(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const [start, end] = address.split(':');
  const from = parseCellAddress(start);
  const to = parseCellAddress(end ?? start);
  return from && to ? { top: from.row, left: from.column, bottom: to.row, right: to.column } : null;
}

/**
 * A range the plan clears is the add-in's own output from an earlier run; its cells carry the styles the
 * add-in gave them, so an unchanged value there needs no rewrite. Cells outside any cleared range are
 * written in full (their styles are not known from the grid).
 */
function recordClear(finalCells: FinalCells, owned: Set<number>, grid: SheetGrid, address: string): void {
  const bounds = rangeBounds(address);
  if (!bounds) return;
  // Rows below the used range are blank already: the grid bounds what a clear can change.
  const bottom = Math.min(bounds.bottom, grid.top + grid.values.length - 1);
  // Columns right of the used range hold nothing yet: a first write, whose styles must all be applied.
  // a loop, not Math.max(...lines): spreading more than ~120,000 arguments overflows the stack
  let width = 0;
  for (const line of grid.values) width = Math.max(width, line.length);
  const lastColumn = grid.left + width - 1;
  for (let row = bounds.top; row <= bottom; row += 1) {
    for (let column = bounds.left; column <= bounds.right; column += 1) {
      finalCells.set(cellKey(row, column), null);
      if (column <= lastColumn) owned.add(cellKey(row, column));
    }
  }
}

function recordSet(finalCells: FinalCells, op: Extract<WriteOp, { kind: 'setCells' }>): void {
  op.cells.forEach((cells, rowOffset) =>
    cells.forEach((cell, columnOffset) => finalCells.set(cellKey(op.top + rowOffset, op.left + columnOffset), cell)),
  );
}

function neededClears(op: Extract<WriteOp, { kind: 'clearRange' }>, grid: SheetGrid, finalCells: FinalCells, cleared: Set<number>): WriteOp[] {
  const bounds = rangeBounds(op.address);
  if (!bounds) return [op];
  const bottom = Math.min(bounds.bottom, grid.top + grid.values.length - 1);
  const cells: Array<{ row: number; column: number }> = [];
  for (let row = bounds.top; row <= bottom; row += 1) {
    for (let column = bounds.left; column <= bounds.right; column += 1) {
      const key = cellKey(row, column);
      if (finalCells.get(key) !== null || cleared.has(key)) continue;
      cleared.add(key);
      if (!isBlank(currentCell(grid, row, column).value)) cells.push({ row, column });
    }
  }
  return runsOf(cells).map(({ row, left, right }) => ({ kind: 'clearRange', sheet: op.sheet, address: rangeAddress(row, left, row, right) }));
}

function neededSets(op: Extract<WriteOp, { kind: 'setCells' }>, grid: SheetGrid, finalCells: FinalCells, owned: Set<number>): WriteOp[] {
  const changed: Array<{ row: number; column: number }> = [];
  let total = 0;
  op.cells.forEach((cells, rowOffset) => {
    const row = op.top + rowOffset;
    const changedBefore = changed.length;
    const unchangedLinks: number[] = [];
    cells.forEach((cell, columnOffset) => {
      total += 1;
      const column = op.left + columnOffset;
      // Only the last write of a cell counts; an earlier one would be overwritten anyway.
      const key = cellKey(row, column);
      if (finalCells.get(key) !== cell) return;
      if (!owned.has(key) || !sameCell(cell, currentCell(grid, row, column))) changed.push({ row, column });
      else if (cell.link) unchangedLinks.push(column);
    });
    // A link's target is not read back (Excel gives a range's hyperlink one cell at a time), only its
    // text (the address, E6). The target comes from the row's record, a warning's sheet and cell, so
    // a row that changed may link the same text elsewhere (the sheet renamed, another sheet's E6 in
    // this place): its links are written again with it.
    if (changed.length > changedBefore) for (const column of unchangedLinks) changed.push({ row, column });
  });
  if (changed.length === 0) return [];
  // When most of a block changes (a first write), one 2D block is cheaper than many runs.
  if (changed.length * 2 > total) return [op];
  return runsOf(changed).map(({ row, left, right }) => ({
    kind: 'setCells',
    sheet: op.sheet,
    top: row,
    left,
    cells: [op.cells[row - op.top].slice(left - op.left, right - op.left + 1)],
    ...(op.replacesLinks ? { replacesLinks: true } : {}),
  }));
}

/** Horizontal runs of adjacent cells, row by row. */
function runsOf(cells: ReadonlyArray<{ row: number; column: number }>): Array<{ row: number; left: number; right: number }> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Array<{ row: number; left: number; right: number }> = [];
  for (const { row, column } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.right === column - 1) last.right = column;
    else runs.push({ row, left: column, right: column });
  }
  return runs;
}

function currentCell(grid: SheetGrid, row: number, column: number): { value: CellScalar | CellError; numberFormat: string } {
  const line = grid.values[row - grid.top];
  const value = line?.[column - grid.left];
  return { value: value === undefined ? null : value, numberFormat: grid.numberFormats[row - grid.top]?.[column - grid.left] ?? 'General' };
}

function isBlank(value: CellScalar | CellError): boolean {
  return value === null || value === '';
}

function sameCell(planned: PlannedCell, current: { value: CellScalar | CellError; numberFormat: string }): boolean {
  if (planned.kind === 'formula') return false;
  if (isCellError(current.value)) return false;
  const plannedValue = planned.value === '' ? null : planned.value;
  const currentValue = current.value === '' ? null : current.value;
  if (plannedValue !== currentValue) return false;
  return sameFormat(planned.numberFormat, current.numberFormat, plannedValue);
}

/** "General" and no format are the same; a blank cell's format is not compared (nothing shows). */
function sameFormat(planned: string | undefined, current: string, value: CellScalar): boolean {
  if (value === null) return true;
  const normalise = (format: string | undefined): string => (!format || format === 'General' ? 'General' : format);
  // Text cells may be read back with the Text format ("@") hosts use to keep them text.
  if (typeof value === 'string' && (current === '@' || normalise(current) === 'General') && normalise(planned) === 'General') return true;
  return normalise(planned) === normalise(current);
}

/**
 * The sheets the plan merges cells in (the 自评报告's paragraphs, 评分结果's title) whose merged areas
 * change, or cannot be seen (Office below ExcelApi 1.13): they keep every write, the whole clear
 * included. The clear is what undoes the old merges, and Excel refuses a write into part of a merged
 * area: a paragraph more above the 自评报告's table moves the table into rows merged before.
 */
function sheetsWithNewMerges(plan: WritePlan, grids: readonly SheetGrid[]): Set<string> {
  const planned = new Map<string, Set<string>>();
  for (const op of plan.ops) {
    if (op.kind !== 'merge') continue;
    const range = parseRange(op.address);
    if (!range) continue;
    const areas = planned.get(op.sheet) ?? new Set<string>();
    planned.set(op.sheet, areas);
    areas.add(rangeAddress(range.top, range.left, range.bottom, range.right));
  }
  const whole = new Set<string>();
  for (const grid of grids) {
    const areas = planned.get(grid.name);
    if (!areas) continue;
    const present = grid.merges?.map((m) => rangeAddress(m.top, m.left, m.bottom, m.right));
    if (!present || present.length !== areas.size || present.some((address) => !areas.has(address))) whole.add(grid.name);
  }
  return whole;
}
