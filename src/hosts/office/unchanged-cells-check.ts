/**
 * A plan is made from a read, and written a moment later: the engine, the planning and, in the pane,
 * loading code lie between the two. In a shared workbook a colleague can type into a cell the plan is
 * about to write in that moment (a 提示 cell of a new row, a paragraph of 自评报告, a 值 of 评分设置),
 * and the write would take their text without a trace. So every cell on a sheet the read saw that the
 * plan writes, clears or merges (a merge drops what its covered cells hold), or takes for its own
 * without writing it (WritePlan.takes: the blank results of a row a table grew by, which the next run
 * would clear), is loaded again and compared with what the read saw there: the values as
 * read-sheets.ts gives them, so a blank stays blank and a formula that shows nothing stays one. Sheets
 * the plan creates are not loaded (addSheet is refused if one appeared since); a sheet deleted or
 * renamed since fails the request (ItemNotFound) at the load, before any write in it.
 *
 * The loads ride in the first write request, queued before its first write command (queueCheckLoads):
 * Excel runs a request's actions in order, so they give the cells as they were just before the write,
 * and no co-author's edit can land between the two. No round trip is added: a run is one read sync and
 * one write sync, as DESIGN.md has it. When nothing differs (undoIfChanged) the run is done. When a
 * cell differs, the write has already gone over it, so one more sync puts back everything that first
 * request wrote as it was loaded: the cells' formulas, or their values (text as text, as written by
 * write-commands.ts), and their number formats; the merges it made taken apart and those the read saw
 * there made again; the sheets it added deleted. Then it rejects with CellChangedError naming the first
 * such cell: the caller reads and plans again, and the planners judge the cell as it is now — as an
 * edit made before the read. Not only the changed cells are put back: what the rest of the write left
 * would be judged as the add-in's by the next read (the marker, written first, would claim a grown
 * table's new row, and a note typed into it would then be cleared as the add-in's own), and the pane
 * says nothing was written. Styles, column widths and row heights the write set stay: they change no
 * cell's content, and the run made again sets them anyway.
 *
 * The add-in's own sheets (评分结果, 自评报告, _perfeval) are checked like any other: a colleague's
 * text typed into 评分结果 between the read and the write is an edit like one made before the read,
 * which the planners then see (评分结果 rewritten with OWNED_SHEET_EDITED, an edited 自评报告 left
 * until the person agrees to replace it), and a second pane that wrote _perfeval in between means
 * this plan, made from the state before that write, must be made again.
 *
 * Cost: no sync for the check itself, one for the undoing when a cell changed. The cells are asked
 * for as the used cells inside a few rectangles: per column, the rows written, with short gaps closed,
 * joined across columns where they match — so a first write into blank columns brings back next to
 * nothing, and a re-score that changes a few cells asks for a few small ranges. The loads go with the
 * first write request only when they fit beside it: the request under its limit (the first batch is
 * packed smaller to leave them room), and the answer, estimated from what the read saw in those cells,
 * under MAX_CHECK_ANSWER_BYTES — half of Excel on the web's 5 MB, the other half for cells filled since
 * the read, since an answer Excel refuses would come after the write had run. A plan whose loads do not
 * fit (a rewrite of tens of thousands of rows) has them asked for in syncs of their own before the
 * first write (verifyUnchanged), packed under both limits, an answer Excel still finds too large halved
 * and asked again; a cell found changed there sends nothing.
 *
 * What it cannot see: a formula typed over a value that gives that same value (the read has values,
 * not formulas, and a formula a person left in a cell the run rewrites is not a change); and, in a plan
 * of several write batches, an edit landing in the cells of a later batch after the first request —
 * Excel has no write that is conditional on a cell.
 */
import { isCellError, type CellError, type CellScalar } from '../../domain/model';
import { cellAddress, rangeAddress } from '../../workbook/cells/a1';
import { parseRange, rangeContains, rangesMeet, type CellRange } from '../../workbook/cells/cell-range';
import { lastColumn, lastRow, valueAt } from '../../workbook/cells/grid-cells';
import type { SheetGrid } from '../../workbook/grid';
import { CellChangedError } from '../../workbook/port';
import type { WritePlan } from '../../workbook/write-plan';
import { utf8Length } from '../utf8-length';
import { officeErrorCode, type RangeLike, type RequestContextLike } from './excel-api-like';
import { packInOrder } from './pack-in-order';
import { queueWriteCommand, type SheetProxies } from './queue-write-command';
import { cellValue, MAX_READ_CELLS } from './read-sheets';
import { sameSheet } from './sheet-range';
import { BLOCK_SLICE_BYTES, type CellContent, type WriteCommand } from './write-commands';
import { estimateCommandBytes, packBatches } from './write-batches';

/** the cells one op changes the contents of, or takes, on a sheet the read saw */
interface CheckedArea {
  grid: SheetGrid;
  range: CellRange;
  /** a setCells row shorter than its block leaves the cells right of it as they are */
  rows?: ReadonlyArray<readonly unknown[]>;
}

/** one rectangle asked for: its used cells */
export interface CheckLoad {
  /** the sheet's name as the read gave it */
  sheet: string;
  range: CellRange;
  /** cells of the rectangle inside the read's used range: what the answer can hold, unless someone filled cells since */
  expectedCells: number;
  /** the answer's size if the cells hold what the read saw there (estimateAnswerBytes) */
  answerBytes: number;
}

export interface UnchangedCheck {
  areas: CheckedArea[];
  loads: CheckLoad[];
}

export interface CheckLimits {
  /** estimated request bytes one sync may carry */
  maxBytes: number;
  /** estimated answer bytes one sync may bring back (MAX_CHECK_ANSWER_BYTES) */
  maxAnswerBytes?: number;
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

/**
 * the answer the loads of one sync may bring back by estimate: half of Excel on the web's 5 MB. The
 * rest is for what was typed or pasted into those cells since the read; the loads sent with a write
 * must not be refused, since the write would have run (Excel does not say otherwise).
 */
export const MAX_CHECK_ANSWER_BYTES = 2.5 * 1024 * 1024;

const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';
const LOADED = ['values', 'formulas', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex'];

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

/** the part of `range` inside the read's used range, or null */
function insideRead(grid: SheetGrid, range: CellRange): CellRange | null {
  const read = readBounds(grid);
  const part = { top: Math.max(range.top, read.top), left: Math.max(range.left, read.left), bottom: Math.min(range.bottom, read.bottom), right: Math.min(range.right, read.right) };
  return part.top <= part.bottom && part.left <= part.right ? part : null;
}

/** the part of `range` inside the read's used range, in cells */
function cellsInRead(grid: SheetGrid, range: CellRange): number {
  const part = insideRead(grid, range);
  return part ? (part.bottom - part.top + 1) * (part.right - part.left + 1) : 0;
}

/**
 * The answer to one load if its cells hold what the read saw: per cell its value and its formula (the
 * value again, or a formula at least as long as it shows), number format and value type, as JSON.
 */
function estimateAnswerBytes(grid: SheetGrid, range: CellRange): number {
  const part = insideRead(grid, range);
  let bytes = 64;
  if (!part) return bytes;
  for (let row = part.top; row <= part.bottom; row += 1) {
    for (let column = part.left; column <= part.right; column += 1) {
      const value = valueAt(grid, row, column);
      const shown = value === null ? '""' : isCellError(value) ? JSON.stringify(value.error) : JSON.stringify(value);
      const format = grid.numberFormats[row - grid.top]?.[column - grid.left] ?? 'General';
      // two values, the format and a type ("String", at most 9 bytes), four commas
      bytes += 2 * utf8Length(shown) + utf8Length(format) + 2 + 9 + 4;
    }
  }
  return bytes;
}

/** a rectangle whose read cells pass maxCells, in row slices that do not */
function sliced(grid: SheetGrid, range: CellRange, maxCells: number): CheckLoad[] {
  const load = (part: CellRange): CheckLoad => ({ sheet: grid.name, range: part, expectedCells: cellsInRead(grid, part), answerBytes: estimateAnswerBytes(grid, part) });
  if (cellsInRead(grid, range) <= maxCells) return [load(range)];
  const rowsPerSlice = Math.max(1, Math.floor(maxCells / (range.right - range.left + 1)));
  const slices: CheckLoad[] = [];
  for (let top = range.top; top <= range.bottom; top += rowsPerSlice) slices.push(load({ ...range, top, bottom: Math.min(range.bottom, top + rowsPerSlice - 1) }));
  return slices;
}

export function estimateLoadBytes(load: CheckLoad): number {
  return utf8Length(load.sheet) * ACTIONS_PER_LOAD + 64 + ACTIONS_PER_LOAD * ACTION_OVERHEAD_BYTES;
}

/** the loads in syncs of their own, each under the request estimate and the answer estimate */
export function packCheckLoads(loads: readonly CheckLoad[], limits: CheckLimits): CheckLoad[][] {
  const maxAnswerBytes = limits.maxAnswerBytes ?? MAX_CHECK_ANSWER_BYTES;
  // both shares summed: a sync stays under either limit
  return packInOrder(loads, (load) => estimateLoadBytes(load) / limits.maxBytes + load.answerBytes / maxAnswerBytes, 1);
}

/**
 * The write batches with the check's loads in the first request, its batch packed smaller to leave
 * them room; null when the loads do not fit beside a write (then verifyUnchanged asks first).
 */
export function batchesWithCheck(check: UnchangedCheck, commands: readonly WriteCommand[], limits: CheckLimits): WriteCommand[][] | null {
  let loadBytes = 0;
  let answerBytes = 0;
  for (const load of check.loads) {
    loadBytes += estimateLoadBytes(load);
    answerBytes += load.answerBytes;
  }
  const room = limits.maxBytes - loadBytes;
  if (answerBytes > (limits.maxAnswerBytes ?? MAX_CHECK_ANSWER_BYTES) || room <= 0) return null;
  const batches = packBatches(commands, limits.maxBytes, room);
  const first = (batches[0] ?? []).reduce((sum, command) => sum + estimateCommandBytes(command), 0);
  return first <= room ? batches : null;
}

/** the loads queued on a request, not yet synced */
export interface QueuedCheck {
  loads: readonly CheckLoad[];
  ranges: RangeLike[];
}

/** queues the loads; sent with the write commands queued after them, they give the cells just before the write */
export function queueCheckLoads(sheets: SheetProxies, loads: readonly CheckLoad[]): QueuedCheck {
  const ranges = loads.map((load) =>
    sheets
      .get(load.sheet)
      .getRange(rangeAddress(load.range.top, load.range.left, load.range.bottom, load.range.right))
      // cells with a format only too: a cell outside the answer then held nothing and had no format
      .getUsedRangeOrNullObject(false)
      .load(LOADED),
  );
  return { loads, ranges };
}

/**
 * After the request that carried the loads and the first write batch (`sent`): when a cell the plan
 * writes or takes differs from the read, puts back what `sent` wrote as the loads found it (in one sync
 * for an ordinary plan) and throws CellChangedError at the first such cell.
 */
export async function undoIfChanged(context: RequestContextLike, sheets: SheetProxies, check: UnchangedCheck, queued: QueuedCheck, sent: readonly WriteCommand[], maxBytes: number): Promise<void> {
  const found = new Map<string, SheetCells>();
  queued.loads.forEach((load, index) => note(found, load, queued.ranges[index]));
  const changed = firstChange(check.areas, found);
  if (!changed) return;
  for (const batch of packBatches(undoCommands(sent, found, check.areas), maxBytes)) {
    for (const command of batch) queueWriteCommand(sheets, command);
    await context.sync();
  }
  throw new CellChangedError(changed.sheet, changed.cell, changed.found);
}

/**
 * Asks for the cells in syncs of their own (one for an ordinary plan), before any write, and compares
 * them with the read; throws CellChangedError at the first cell that differs. Sends nothing else.
 */
export async function verifyUnchanged(context: RequestContextLike, sheets: SheetProxies, check: UnchangedCheck, limits: CheckLimits): Promise<void> {
  if (check.loads.length === 0) return;
  const pending = packCheckLoads(check.loads, limits);
  const found = new Map<string, SheetCells>();
  while (pending.length > 0) {
    const batch = pending.shift()!;
    const queued = queueCheckLoads(sheets, batch);
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) !== RESPONSE_TOO_LARGE) throw error;
      pending.unshift(...halved(batch, error));
      continue;
    }
    batch.forEach((load, index) => note(found, load, queued.ranges[index]));
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

/** a cell as loaded, as it is written back */
interface LoadedCell {
  content: CellContent;
  numberFormat: string;
}

/** the cells found holding something, by sheet; a cell in no answer is blank */
interface SheetCells {
  cells: Map<number, CellScalar | CellError>;
  bounds: CellRange | null;
  /** every cell of the answers, blank or not, to write back; a cell of a rectangle asked for and not here held nothing */
  loaded: Map<number, LoadedCell>;
}

/** a cell as one number (Excel has 16,384 columns) */
const cellKey = (row: number, column: number): number => row * 16_384 + column;

function note(found: Map<string, SheetCells>, load: CheckLoad, range: RangeLike): void {
  const key = load.sheet.toLocaleUpperCase();
  const entry = found.get(key) ?? { cells: new Map(), bounds: null, loaded: new Map() };
  found.set(key, entry);
  if (range.isNullObject) return;
  const { values, formulas, numberFormat, valueTypes, rowIndex, columnIndex } = range;
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const row = rowIndex + r + 1;
      const column = columnIndex + c + 1;
      const format = typeof numberFormat[r][c] === 'string' ? (numberFormat[r][c] as string) : 'General';
      entry.loaded.set(cellKey(row, column), { content: writtenBack(raw, formulas[r][c], valueTypes[r][c], format), numberFormat: format });
      const value = cellValue(raw, valueTypes[r][c]);
      if (value === null) return;
      entry.cells.set(cellKey(row, column), value);
      const b = entry.bounds;
      entry.bounds = b
        ? { top: Math.min(b.top, row), left: Math.min(b.left, column), bottom: Math.max(b.bottom, row), right: Math.max(b.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    }),
  );
}

/**
 * What range.formulas takes to hold the cell again: its formula; else its constant, text with the
 * quote prefix (write-commands.ts's contentOf: "=…", "+…", "12" stay text) unless the cell is Text
 * ("@"), an error as its literal ("#N/A", which Excel reads back as that error). A formula whose result
 * is its own text cannot be told from that text, and is written back as the text.
 */
function writtenBack(value: unknown, formula: unknown, type: string, numberFormat: string): CellContent {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return formula;
  if (type === 'Empty' || value === '' || value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (type === 'Error') return String(value);
  return numberFormat === '@' ? String(value) : `'${String(value)}`;
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

/** what one sheet's cells went through in the request sent */
interface WrittenSheet {
  sheet: string;
  cells: Set<number>;
  /** the rectangles written, in order, each once */
  rects: Map<string, CellRange>;
  /** merges the request made */
  merged: CellRange[];
  /** rectangles it cleared whole (clear All drops the merges inside) */
  cleared: CellRange[];
}

/**
 * The commands that put back what `sent` did to cells: first the merges it made taken apart (a value
 * cannot go into part of a merge), then each rectangle it wrote, number formats before contents (a
 * text written into a Text cell stays as it is), then the merges the read saw that it took apart, and
 * last the sheets it added deleted. Only cells `sent` wrote are written; a cell of a loaded rectangle
 * the answer left out held nothing and had the General format.
 */
function undoCommands(sent: readonly WriteCommand[], found: ReadonlyMap<string, SheetCells>, areas: readonly CheckedArea[]): WriteCommand[] {
  const added = new Map<string, boolean>();
  for (const command of sent) if (command.kind === 'addSheet') added.set(command.sheet.toLocaleUpperCase(), command.visibility === 'VeryHidden');
  const written = new Map<string, WrittenSheet>();
  const sheetOf = (name: string): WrittenSheet | null => {
    const key = name.toLocaleUpperCase();
    if (added.has(key) || !found.has(key)) return null;
    let entry = written.get(key);
    if (!entry) {
      entry = { sheet: name, cells: new Set(), rects: new Map(), merged: [], cleared: [] };
      written.set(key, entry);
    }
    return entry;
  };
  const mark = (entry: WrittenSheet, address: string, rect: CellRange, isWritten: (r: number, c: number) => boolean): void => {
    let any = false;
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      for (let column = rect.left; column <= rect.right; column += 1) {
        if (!isWritten(row - rect.top, column - rect.left)) continue;
        entry.cells.add(cellKey(row, column));
        any = true;
      }
    }
    if (any && !entry.rects.has(address)) entry.rects.set(address, rect);
  };
  for (const command of sent) {
    if (command.kind === 'addSheet' || command.kind === 'deleteSheet' || command.kind === 'freezeRows' || command.kind === 'pageLayout') continue;
    if (command.kind === 'columnWidth' || command.kind === 'rowHeight' || command.kind === 'style' || command.kind === 'listValidation') continue;
    if (command.kind === 'clear' && command.applyTo !== 'All') continue;
    const entry = sheetOf(command.sheet);
    const rect = parseRange(command.address);
    if (!entry || !rect) continue;
    switch (command.kind) {
      case 'contents':
        mark(entry, command.address, rect, (r, c) => command.formulas[r]?.[c] !== null && command.formulas[r]?.[c] !== undefined);
        break;
      case 'numberFormats':
        mark(entry, command.address, rect, (r, c) => command.formats[r]?.[c] !== null && command.formats[r]?.[c] !== undefined);
        break;
      case 'merge':
        entry.merged.push(rect);
        mark(entry, command.address, rect, () => true);
        break;
      case 'clear':
        entry.cleared.push(rect);
        mark(entry, command.address, rect, () => true);
        break;
      default:
        mark(entry, command.address, rect, () => true);
    }
  }

  const unmerges: WriteCommand[] = [];
  const writes: WriteCommand[] = [];
  const merges: WriteCommand[] = [];
  for (const [key, entry] of written) {
    const loaded = found.get(key)!.loaded;
    for (const rect of entry.merged) unmerges.push({ kind: 'unmerge', sheet: entry.sheet, address: rangeAddress(rect.top, rect.left, rect.bottom, rect.right) });
    const done = new Set<number>();
    for (const rect of entry.rects.values()) writes.push(...writeBack(entry.sheet, rect, entry.cells, done, loaded));
    const grid = areas.find((area) => sameSheet(area.grid.name, entry.sheet))?.grid;
    for (const merge of grid?.merges ?? []) {
      const undone = entry.cleared.some((rect) => rangeContains(rect, merge)) || entry.merged.some((rect) => rangesMeet(rect, merge));
      if (undone) merges.push({ kind: 'merge', sheet: entry.sheet, address: rangeAddress(merge.top, merge.left, merge.bottom, merge.right) });
    }
  }
  const deletes: WriteCommand[] = [...added].map(([key, veryHidden]) => ({ kind: 'deleteSheet', sheet: sent.find((command) => command.kind === 'addSheet' && command.sheet.toLocaleUpperCase() === key)!.sheet, veryHidden }));
  return [...unmerges, ...writes, ...merges, ...deletes];
}

/** one rectangle's cells not yet written back, in row slices of about BLOCK_SLICE_BYTES */
function writeBack(sheet: string, rect: CellRange, cells: ReadonlySet<number>, done: Set<number>, loaded: ReadonlyMap<number, LoadedCell>): WriteCommand[] {
  const commands: WriteCommand[] = [];
  let formats: Array<Array<string | null>> = [];
  let contents: Array<Array<CellContent | null>> = [];
  let top = rect.top;
  let bytes = 0;
  const flush = (): void => {
    if (formats.length > 0 && contents.some((row) => row.some((cell) => cell !== null))) {
      const address = rangeAddress(top, rect.left, top + formats.length - 1, rect.right);
      commands.push({ kind: 'numberFormats', sheet, address, formats }, { kind: 'contents', sheet, address, formulas: contents });
    }
    top += formats.length;
    formats = [];
    contents = [];
    bytes = 0;
  };
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const formatRow: Array<string | null> = [];
    const contentRow: Array<CellContent | null> = [];
    for (let column = rect.left; column <= rect.right; column += 1) {
      const key = cellKey(row, column);
      if (!cells.has(key) || done.has(key)) {
        formatRow.push(null);
        contentRow.push(null);
        continue;
      }
      done.add(key);
      const cell = loaded.get(key);
      formatRow.push(cell?.numberFormat ?? 'General');
      contentRow.push(cell?.content ?? '');
    }
    formats.push(formatRow);
    contents.push(contentRow);
    bytes += utf8Length(JSON.stringify(formatRow)) + utf8Length(JSON.stringify(contentRow));
    if (bytes >= BLOCK_SLICE_BYTES) flush();
  }
  flush();
  return commands;
}
