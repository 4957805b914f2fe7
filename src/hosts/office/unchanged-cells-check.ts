/**
 * A plan is made from a read, and written a moment later: the engine, the planning and, in the pane,
 * loading code lie between the two. In a shared workbook a colleague can type into a cell the plan is
 * about to write in that moment (a 提示 cell of a new row, a paragraph of 自评报告, a 值 of 评分设置),
 * and the write would take their text without a trace. So before the first write command is sent, in
 * the same Excel.run, every cell on a sheet the read saw that the plan writes, clears or merges (a
 * merge drops what its covered cells hold), or takes for its own without writing it (WritePlan.takes:
 * the blank results of a row a table grew by, which the next run would clear), is read again and
 * compared with what the read saw there: the values as read-sheets.ts gives them, so a blank stays
 * blank and a formula that shows nothing stays one. If one differs, nothing is sent and apply rejects
 * with CellChangedError naming the first such cell: the caller reads and plans again, and the planners
 * judge the cell as it is now. Sheets the plan creates are not read (addSheet is refused if one
 * appeared since); a sheet deleted or renamed since fails the check's sync (ItemNotFound) before any write.
 *
 * The add-in's own sheets (评分结果, 自评报告, _perfeval) are checked like any other: a colleague's
 * text typed into 评分结果 between the read and the write is an edit like one made before the read,
 * which the planners then see (评分结果 rewritten with OWNED_SHEET_EDITED, an edited 自评报告 left
 * until the person agrees to replace it), and a second pane that wrote _perfeval in between means
 * this plan, made from the state before that write, must be made again.
 *
 * Cost: one sync for an ordinary plan. The cells are asked for as the used cells (values only) inside
 * a few rectangles: per column, the rows written, with short gaps closed, joined across columns where
 * they match — so a first write into blank columns brings back next to nothing, and a re-score that
 * changes a few cells asks for a few small ranges. Rectangles are packed into syncs under the request
 * limit by estimate and under MAX_READ_CELLS cells of the read grid each (a large rewrite takes more
 * syncs, all before the first write); a response Excel still finds too large is halved and asked again.
 *
 * What it cannot see: a formula typed over a value that gives that same value (the read has values,
 * not formulas), and an edit landing between the check's answer and the write's request — Excel has
 * no write that is conditional on a cell, so the window is narrowed from the whole run to one round trip.
 */
import { isCellError, type CellError, type CellScalar } from '../../domain/model';
import { cellAddress, rangeAddress } from '../../workbook/cells/a1';
import { parseRange, type CellRange } from '../../workbook/cells/cell-range';
import { lastColumn, lastRow, valueAt } from '../../workbook/cells/grid-cells';
import type { SheetGrid } from '../../workbook/grid';
import { CellChangedError } from '../../workbook/port';
import type { WritePlan } from '../../workbook/write-plan';
import { utf8Length } from '../utf8-length';
import { officeErrorCode, type RangeLike, type RequestContextLike } from './excel-api-like';
import { packInOrder } from './pack-in-order';
import type { SheetProxies } from './queue-write-command';
import { cellValue, MAX_READ_CELLS } from './read-sheets';
import { sameSheet } from './sheet-range';

/** the cells one op changes the contents of, on a sheet the read saw */
interface CheckedArea {
  grid: SheetGrid;
  range: CellRange;
  /** a setCells row shorter than its block leaves the cells right of it as they are */
  rows?: ReadonlyArray<readonly unknown[]>;
}

/** one rectangle asked for: its used cells, values only */
export interface CheckLoad {
  /** the sheet's name as the read gave it */
  sheet: string;
  range: CellRange;
  /** cells of the rectangle inside the read's used range: what the answer can hold, unless someone filled cells since */
  expectedCells: number;
}

export interface UnchangedCheck {
  areas: CheckedArea[];
  loads: CheckLoad[];
}

export interface CheckLimits {
  /** estimated request bytes one sync may carry */
  maxBytes: number;
  /** cells of the read one sync may bring back */
  maxCells?: number;
}

/**
 * Rows of one column closer than this are asked for as one range: a range costs three actions in the
 * request (~500 bytes), a blank cell in between a few bytes of answer, and a cell the add-in wrote about 20.
 */
const GAP_ROWS = 16;

/** what office.js sends around each queued action: the object path, the action type, ids (as write-batches.ts) */
const ACTION_OVERHEAD_BYTES = 160;
/** getRange, getUsedRangeOrNullObject and load */
const ACTIONS_PER_LOAD = 3;

const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';
const LOADED = ['values', 'valueTypes', 'rowIndex', 'columnIndex'];

/** what the plan changes or takes (WritePlan.takes) on the sheets in `readFrom`, and the rectangles to ask for */
export function planUnchangedCheck(plan: WritePlan, readFrom: readonly SheetGrid[], maxCells = MAX_READ_CELLS): UnchangedCheck {
  const areas: CheckedArea[] = [];
  for (const op of plan.ops) {
    if (op.kind !== 'setCells' && op.kind !== 'clearRange' && op.kind !== 'merge') continue;
    const grid = readFrom.find((candidate) => sameSheet(candidate.name, op.sheet));
    if (!grid) continue;
    if (op.kind === 'setCells') {
      let width = 0;
      for (const row of op.cells) width = Math.max(width, row.length);
      if (op.cells.length === 0 || width === 0) continue;
      const ragged = op.cells.some((row) => row.length < width);
      areas.push({ grid, range: { top: op.top, left: op.left, bottom: op.top + op.cells.length - 1, right: op.left + width - 1 }, ...(ragged ? { rows: op.cells } : {}) });
    } else {
      const range = parseRange(op.address);
      if (range) areas.push({ grid, range });
    }
  }
  for (const taken of plan.takes ?? []) {
    const grid = readFrom.find((candidate) => sameSheet(candidate.name, taken.sheet));
    const range = parseRange(taken.address);
    if (grid && range) areas.push({ grid, range });
  }
  return { areas, loads: loadsFor(areas, maxCells) };
}

/** the rectangles to ask for, sheet by sheet: per column the rows written, gaps closed, joined across equal columns */
function loadsFor(areas: readonly CheckedArea[], maxCells: number): CheckLoad[] {
  const bySheet = new Map<SheetGrid, CheckedArea[]>();
  for (const area of areas) {
    const list = bySheet.get(area.grid);
    if (list) list.push(area);
    else bySheet.set(area.grid, [area]);
  }
  const loads: CheckLoad[] = [];
  for (const [grid, sheetAreas] of bySheet) {
    const columns = new Map<number, Array<[number, number]>>();
    for (const { range } of sheetAreas) {
      for (let column = range.left; column <= range.right; column += 1) {
        const runs = columns.get(column);
        if (runs) runs.push([range.top, range.bottom]);
        else columns.set(column, [[range.top, range.bottom]]);
      }
    }
    const open = new Map<string, CellRange>();
    const done: CellRange[] = [];
    for (const column of [...columns.keys()].sort((a, b) => a - b)) {
      const still = new Map<string, CellRange>();
      for (const [top, bottom] of closeGaps(columns.get(column)!)) {
        const key = `${top}:${bottom}`;
        const before = open.get(key);
        if (before && before.right === column - 1) {
          before.right = column;
          open.delete(key);
          still.set(key, before);
        } else still.set(key, { top, left: column, bottom, right: column });
      }
      done.push(...open.values());
      open.clear();
      for (const [key, range] of still) open.set(key, range);
    }
    done.push(...open.values());
    done.sort((a, b) => a.top - b.top || a.left - b.left);
    for (const range of done) loads.push(...sliced(grid, range, maxCells));
  }
  return loads;
}

function closeGaps(runs: Array<[number, number]>): Array<[number, number]> {
  runs.sort((a, b) => a[0] - b[0]);
  const closed: Array<[number, number]> = [];
  for (const [top, bottom] of runs) {
    const last = closed[closed.length - 1];
    if (last && top <= last[1] + 1 + GAP_ROWS) last[1] = Math.max(last[1], bottom);
    else closed.push([top, bottom]);
  }
  return closed;
}

const readBoundsOf = new WeakMap<SheetGrid, CellRange>();

/** the read's used range (measured once a grid: its last column takes a pass over every row) */
function readBounds(grid: SheetGrid): CellRange {
  let bounds = readBoundsOf.get(grid);
  if (!bounds) {
    bounds = { top: grid.top, left: grid.left, bottom: lastRow(grid), right: lastColumn(grid) };
    readBoundsOf.set(grid, bounds);
  }
  return bounds;
}

/** the part of `range` inside the read's used range, in cells */
function cellsInRead(grid: SheetGrid, range: CellRange): number {
  const read = readBounds(grid);
  const rows = Math.min(range.bottom, read.bottom) - Math.max(range.top, read.top) + 1;
  const columns = Math.min(range.right, read.right) - Math.max(range.left, read.left) + 1;
  return rows > 0 && columns > 0 ? rows * columns : 0;
}

/** a rectangle whose read cells pass maxCells, in row slices that do not */
function sliced(grid: SheetGrid, range: CellRange, maxCells: number): CheckLoad[] {
  const load = (part: CellRange): CheckLoad => ({ sheet: grid.name, range: part, expectedCells: cellsInRead(grid, part) });
  if (cellsInRead(grid, range) <= maxCells) return [load(range)];
  const rowsPerSlice = Math.max(1, Math.floor(maxCells / (range.right - range.left + 1)));
  const slices: CheckLoad[] = [];
  for (let top = range.top; top <= range.bottom; top += rowsPerSlice) slices.push(load({ ...range, top, bottom: Math.min(range.bottom, top + rowsPerSlice - 1) }));
  return slices;
}

export function estimateLoadBytes(load: CheckLoad): number {
  return utf8Length(load.sheet) * ACTIONS_PER_LOAD + 64 + ACTIONS_PER_LOAD * ACTION_OVERHEAD_BYTES;
}

/** the loads in syncs, each under the request estimate and the cells of the read */
export function packCheckLoads(loads: readonly CheckLoad[], limits: CheckLimits): CheckLoad[][] {
  const maxCells = limits.maxCells ?? MAX_READ_CELLS;
  // both shares summed: a sync stays under either limit
  return packInOrder(loads, (load) => estimateLoadBytes(load) / limits.maxBytes + Math.max(1, load.expectedCells) / maxCells, 1);
}

/**
 * Asks for the cells (one sync for an ordinary plan) and compares them with the read; throws
 * CellChangedError at the first cell that differs. Sends nothing else.
 */
export async function verifyUnchanged(context: RequestContextLike, sheets: SheetProxies, check: UnchangedCheck, limits: CheckLimits): Promise<void> {
  if (check.loads.length === 0) return;
  const pending = packCheckLoads(check.loads, limits);
  const found = new Map<string, SheetCells>();
  while (pending.length > 0) {
    const batch = pending.shift()!;
    const ranges = batch.map((load) =>
      sheets
        .get(load.sheet)
        .getRange(rangeAddress(load.range.top, load.range.left, load.range.bottom, load.range.right))
        .getUsedRangeOrNullObject(true)
        .load(LOADED),
    );
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) !== RESPONSE_TOO_LARGE) throw error;
      pending.unshift(...halved(batch, error));
      continue;
    }
    batch.forEach((load, index) => note(found, load.sheet, ranges[index]));
  }
  const changed = firstChange(check.areas, found);
  if (changed) throw new CellChangedError(changed.sheet, changed.cell, changed.found);
}

/** a batch Excel found too large, as two smaller ones; a single row still too large cannot be checked */
function halved(batch: CheckLoad[], error: unknown): CheckLoad[][] {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [load] = batch;
  const { range } = load;
  if (range.top === range.bottom) throw error;
  const middle = (range.top + range.bottom) >> 1;
  return [[{ ...load, range: { ...range, bottom: middle } }], [{ ...load, range: { ...range, top: middle + 1 } }]];
}

/** the cells found holding something, by sheet; a cell in no answer is blank */
interface SheetCells {
  cells: Map<number, CellScalar | CellError>;
  bounds: CellRange | null;
}

/** a cell as one number (Excel has 16,384 columns) */
const cellKey = (row: number, column: number): number => row * 16_384 + column;

function note(found: Map<string, SheetCells>, sheet: string, range: RangeLike): void {
  const key = sheet.toLocaleUpperCase();
  const entry = found.get(key) ?? { cells: new Map(), bounds: null };
  found.set(key, entry);
  if (range.isNullObject) return;
  const { values, valueTypes, rowIndex, columnIndex } = range;
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const value = cellValue(raw, valueTypes[r][c]);
      if (value === null) return;
      const row = rowIndex + r + 1;
      const column = columnIndex + c + 1;
      entry.cells.set(cellKey(row, column), value);
      const b = entry.bounds;
      entry.bounds = b
        ? { top: Math.min(b.top, row), left: Math.min(b.left, column), bottom: Math.max(b.bottom, row), right: Math.max(b.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    }),
  );
}

function firstChange(areas: readonly CheckedArea[], found: ReadonlyMap<string, SheetCells>): { sheet: string; cell: string; found: CellScalar | CellError } | null {
  for (const area of areas) {
    const now = found.get(area.grid.name.toLocaleUpperCase());
    if (!now) continue;
    // outside both the read's used range and the cells found now, a cell was blank and is blank
    const read = readBounds(area.grid);
    const span = now.bounds ? union(read, now.bounds) : read;
    const top = Math.max(area.range.top, span.top);
    const bottom = Math.min(area.range.bottom, span.bottom);
    const left = Math.max(area.range.left, span.left);
    const right = Math.min(area.range.right, span.right);
    for (let row = top; row <= bottom; row += 1) {
      for (let column = left; column <= right; column += 1) {
        if (area.rows && area.rows[row - area.range.top]?.[column - area.range.left] === undefined) continue;
        const current = now.cells.get(cellKey(row, column)) ?? null;
        if (!sameValue(valueAt(area.grid, row, column), current)) return { sheet: area.grid.name, cell: cellAddress(row, column), found: current };
      }
    }
  }
  return null;
}

function union(a: CellRange, b: CellRange): CellRange {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function sameValue(read: CellScalar | CellError, now: CellScalar | CellError): boolean {
  if (read === now) return true;
  return isCellError(read) && isCellError(now) && read.error === now.error;
}
