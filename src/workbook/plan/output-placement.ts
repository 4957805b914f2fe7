import type { SheetGrid } from '../grid';
import { cellAddress, MAX_EXCEL_COLUMN, rangeAddress } from '../cells/a1';
import { formulaAt, isOccupiedAt, lastColumn, lastRow, mergedAreaAt, textAt, valueAt } from '../cells/grid-cells';
import type { DetectedTable } from '../detect/detection-types';
import { BLANK_ROWS_ENDING_A_TABLE } from '../detect/table-extent';
import { BUDGET_ROW_HINTS, STATUS_TEXT } from './output-columns';
import { workbookProblem, type WorkbookProblem } from '../problems';
import type { OutputBlockRecord } from './metadata-sheet';
import type { CellRange } from '../cells/cell-range';
import { outputHeaderRuns, type HeaderText, type OutputHeaderRun } from '../output-headers';

/** How far right of its table an output block may move when the place beside the table is taken. */
export const MAX_OUTPUT_SHIFT = 10;

export interface OutputPlace {
  sheet: string;
  headerRow: number;
  /** the block's first column (columns[0]) */
  left: number;
  /** how many columns the add-in writes (its headers) */
  width: number;
  /** the column of each header, left to right: columns a person inserted among them are theirs, kept as they are */
  columns: number[];
  /** the table's last row now */
  lastRow: number;
  /** the block is cleared from its header row down to here: beyond lastRow are the stale rows of a longer table */
  clearToRow: number;
  /** true when the add-in's own block was found again (rather than a new place) */
  reused: boolean;
  /**
   * the first row of the block that held none of the add-in's output when read and was found blank: the
   * header row of a new place, the row after the old block's end where the table grew since; past
   * lastRow when the run takes no such row. Its rows to lastRow become the add-in's with this run.
   */
  takesFromRow: number;
}

export type Placement = { ok: true; place: OutputPlace } | { ok: false; problem: WorkbookProblem };

export interface PlacementRequest {
  grid: SheetGrid;
  table: DetectedTable<'indicators' | 'budget'>;
  headers: readonly string[];
  /** where the marker says this block was written */
  record: OutputBlockRecord | undefined;
  /** whether the workbook has the marker sheet at all */
  markerPresent: boolean;
  /** every sheet of the workbook: a record naming none of them is of a sheet renamed (or deleted) since */
  sheetNames: readonly string[];
  /** areas of this sheet already given to another block of this run (the indicator block, for the budget's) */
  reserved?: readonly CellRange[];
}

/**
 * Where an output block goes. The add-in's own block (recorded in the marker and still under its
 * headers) is reused in place. Otherwise the block goes right beside the table, or the next free columns
 * to the right when the user has data there: it never writes over a cell it does not own.
 */
export function placeOutputBlock(request: PlacementRequest): Placement {
  const owned = findOwnedBlock(request);
  if (owned !== null) return owned;
  const { grid, table, headers } = request;
  const width = headers.length;
  const firstTry = table.right + 1;
  let firstBlockers: string[] = [];
  for (let shift = 0; shift <= MAX_OUTPUT_SHIFT; shift += 1) {
    const left = firstTry + shift;
    if (left + width - 1 > MAX_EXCEL_COLUMN) break;
    const blockers = nonBlankCells(request, table.firstHeaderRow, table.lastRow, left, left + width - 1);
    if (blockers.length === 0) {
      return {
        ok: true,
        place: {
          sheet: table.sheet,
          headerRow: table.headerRow,
          left,
          width,
          columns: consecutive(left, width),
          lastRow: table.lastRow,
          clearToRow: table.lastRow,
          reused: false,
          takesFromRow: table.headerRow,
        },
      };
    }
    if (shift === 0) firstBlockers = blockers;
  }
  const range = rangeAddress(table.firstHeaderRow, firstTry, table.lastRow, firstTry + width - 1);
  return { ok: false, problem: blockedProblem(request, range, firstBlockers, 'besideTable') };
}

/**
 * The add-in's block from an earlier run. With a marker, only the block it records; when the recorded
 * sheet is no longer in the workbook (renamed since), the block is known by its headers, as in a
 * workbook without a marker. Its headers are found in order right of the table's columns, with any
 * columns a person inserted among them (theirs, left as they are). A block the marker records that
 * has lost one of its headers (a column deleted, a header renamed) stops the run with a problem: the
 * add-in will not write under a header it did not give, nor put a second block beside the first.
 */
function findOwnedBlock(request: PlacementRequest): Placement | null {
  const { grid, table, headers, record, markerPresent, sheetNames } = request;
  const recorded = record && sameSheetName(record.sheet, table.sheet) ? record : undefined;
  const recordedSheetGone = record !== undefined && !sheetNames.some((name) => sameSheetName(name, record.sheet));
  if (markerPresent && !recorded && !recordedSheetGone) return null;
  const runs = headerRuns(grid, table, headers, recorded !== undefined);
  const whole = runs.filter((run) => run.found === headers.length);
  const run = whole.find((candidate) => candidate.first === recorded?.left) ?? whole.find((candidate) => candidate.first > table.right) ?? whole[0];
  if (!run) {
    const changed = recorded ? changedBlock(runs, recorded, headers.length) : null;
    return changed ? { ok: false, problem: changedBlockProblem(request, changed) } : null;
  }
  const columns = run.columns as number[];
  const previousLastRow = recorded
    ? ownRowsFollowing(grid, headers, columns, table.lastRow, ownRowsUpTo(grid, headers, columns, table.lastRow, recorded.lastRow + (table.headerRow - recorded.headerRow)))
    : lastWrittenRow(grid, table.headerRow, headers, columns);
  if (table.lastRow > previousLastRow) {
    const blockers = nonBlankCellsIn(request, previousLastRow + 1, table.lastRow, columns);
    if (blockers.length > 0) {
      return {
        ok: false,
        problem: blockedProblem(request, rangeAddress(previousLastRow + 1, columns[0], table.lastRow, columns[columns.length - 1]), blockers, 'growth'),
      };
    }
  }
  return {
    ok: true,
    place: {
      sheet: table.sheet,
      headerRow: table.headerRow,
      left: columns[0],
      width: headers.length,
      columns,
      lastRow: table.lastRow,
      clearToRow: Math.max(table.lastRow, previousLastRow),
      reused: true,
      takesFromRow: previousLastRow + 1,
    },
  };
}

function consecutive(left: number, width: number): number[] {
  return Array.from({ length: width }, (_, index) => left + index);
}

/**
 * runs of the block's headers along the header row, right of the table's last column that has a field
 * (so a column a person inserted among them may bear any header, even the budget table's 备注)
 */
function headerRuns(grid: SheetGrid, table: DetectedTable<'indicators' | 'budget'>, headers: readonly string[], blockRecorded: boolean): OutputHeaderRun[] {
  const from = Math.max(table.left, ...table.columns.map((column) => column.column)) + 1;
  const cells: HeaderText[] = [];
  for (let column = from; column <= lastColumn(grid); column += 1) {
    const text = textAt(grid, table.headerRow, column);
    if (text !== '') cells.push({ column, text });
  }
  return outputHeaderRuns(cells, headers, { blockRecorded });
}

/**
 * What is left of the recorded block when some of its headers are gone: a run of them in the columns
 * the block took, or that deletions and insertions of columns there may have moved it to.
 */
function changedBlock(runs: readonly OutputHeaderRun[], record: OutputBlockRecord, width: number): OutputHeaderRun | null {
  const recordedRight = (record.columns ?? consecutive(record.left, width))[width - 1] ?? record.left + width - 1;
  const near = runs.filter((run) => run.last >= record.left && run.first <= recordedRight + MAX_OUTPUT_SHIFT);
  near.sort((a, b) => b.found - a.found || Math.abs(a.first - record.left) - Math.abs(b.first - record.left));
  return near[0] ?? null;
}

/** Excel compares sheet names without regard to case */
function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The last of the block's old rows below the table that still hold only what the add-in wrote, up to
 * `recordedLastRow` (the marker's; it goes stale when the user deletes rows, and what was below the
 * block then moves up into its old rows): the first row that holds anything else ends the block.
 */
function ownRowsUpTo(grid: SheetGrid, headers: readonly string[], columns: readonly number[], tableLastRow: number, recordedLastRow: number): number {
  // a table that grew keeps the recorded end: the rows it grew into are checked for the user's data
  if (recordedLastRow <= tableLastRow) return recordedLastRow;
  let last = tableLastRow;
  for (let row = tableLastRow + 1; row <= recordedLastRow && ownRowBelowTable(grid, row, headers, columns); row += 1) last = row;
  return last;
}

/**
 * A row below the table the add-in may take for its own old output: its 状态 one the add-in writes, or
 * in a block without 状态 (the budget's) a figure under 执行率 or 得分 — a note typed under 提示 alone
 * (审核意见：同意上报), moved up into the block's old rows by a deleted line, is the person's. A line the
 * add-in left with a 提示 alone stays, and a table that grows into it is told so.
 */
function ownRowBelowTable(grid: SheetGrid, row: number, headers: readonly string[], columns: readonly number[]): boolean {
  if (!holdsOnlyOwnOutput(grid, row, headers, columns)) return false;
  if (headers.includes(STATUS_HEADER)) return true;
  return headers.some((header, index) => NUMBER_HEADERS.has(header) && typeof valueAt(grid, row, columns[index]) === 'number');
}

/**
 * The rows right after the recorded end that hold the add-in's output too: the marker is written
 * before the block, so a run stopped partway may have recorded a shrunk table's end and left its old
 * rows below, or (a marker from before that order) written a grown table's rows beyond the record.
 * Inside the table a blank row does not end them (a heading row gets no output); below it one does.
 */
function ownRowsFollowing(grid: SheetGrid, headers: readonly string[], columns: readonly number[], tableLastRow: number, from: number): number {
  // Below the table only a row whose 状态 is one the add-in writes is known for its own: a budget
  // block has no 状态, and a person's note or figure typed under its 提示 or 执行率 (审核意见：同意上报)
  // must never be taken for old output and cleared.
  const belowTableKnown = headers.includes(STATUS_HEADER);
  let last = from;
  for (let row = from + 1; row <= lastRow(grid); row += 1) {
    if (row > tableLastRow && !belowTableKnown) break;
    const empty = isEmptyRow(grid, row, columns);
    if (empty && row > tableLastRow) break;
    if (!empty && !holdsOnlyOwnOutput(grid, row, headers, columns)) break;
    if (!empty) last = row;
  }
  return last;
}

/** without a marker: the block's last row of the add-in's output, its data ending after a run of blank rows or at anything else */
function lastWrittenRow(grid: SheetGrid, headerRow: number, headers: readonly string[], columns: readonly number[]): number {
  let last = headerRow;
  let blankRun = 0;
  for (let row = headerRow + 1; row <= lastRow(grid) && blankRun < BLANK_ROWS_ENDING_A_TABLE; row += 1) {
    if (isEmptyRow(grid, row, columns)) blankRun += 1;
    else if (holdsOnlyOwnOutput(grid, row, headers, columns)) {
      blankRun = 0;
      last = row;
    } else break;
  }
  return last;
}

const NUMBER_HEADERS = new Set(['完成率', '计算得分', '执行率', '得分']);
const STATUS_HEADER = '状态';
const STATUSES = new Set<unknown>(Object.values(STATUS_TEXT));

/**
 * A row of the block as the add-in writes it: numbers under 完成率 / 计算得分 / 执行率 / 得分, one of its
 * statuses under 状态 (which every indicator row it fills has, but for the 预算执行率 row it scores from
 * the budget table, known by its 提示), text under 提示, no formulas or merged cells. A user's note that
 * moved up into the block's old rows ("审核人：李四") is not, and is left alone.
 */
function holdsOnlyOwnOutput(grid: SheetGrid, row: number, headers: readonly string[], columns: readonly number[]): boolean {
  let anything = false;
  let status: unknown = null;
  let hint = '';
  for (let index = 0; index < headers.length; index += 1) {
    const column = columns[index];
    if (formulaAt(grid, row, column) !== null || mergedAreaAt(grid, row, column) !== null) return false;
    const value = valueAt(grid, row, column);
    if (value === null) continue;
    anything = true;
    const header = headers[index];
    if (NUMBER_HEADERS.has(header) && typeof value !== 'number') return false;
    if (header === STATUS_HEADER) {
      if (!STATUSES.has(value)) return false;
      status = value;
    }
    if (!NUMBER_HEADERS.has(header) && header !== STATUS_HEADER && typeof value !== 'string') return false;
    if (header === HINT_HEADER) hint = String(value);
  }
  return !anything || !headers.includes(STATUS_HEADER) || status !== null || isBudgetRowHint(hint);
}

const HINT_HEADER = '提示';

function isBudgetRowHint(hint: string): boolean {
  return hint.startsWith(BUDGET_ROW_HINTS.moved) || hint.startsWith(BUDGET_ROW_HINTS.notScoredAgain);
}

function isEmptyRow(grid: SheetGrid, row: number, columns: readonly number[]): boolean {
  return columns.every((column) => !isOccupiedAt(grid, row, column));
}

function nonBlankCells(request: PlacementRequest, top: number, bottom: number, left: number, right: number): string[] {
  return nonBlankCellsIn(request, top, bottom, consecutive(left, right - left + 1));
}

function nonBlankCellsIn(request: PlacementRequest, top: number, bottom: number, columns: readonly number[]): string[] {
  const { grid, reserved = [] } = request;
  const cells: string[] = [];
  for (let row = top; row <= bottom; row += 1) {
    for (const column of columns) {
      const taken = isOccupiedAt(grid, row, column) || reserved.some((area) => area.top <= row && row <= area.bottom && area.left <= column && column <= area.right);
      if (taken) cells.push(cellAddress(row, column));
    }
  }
  return cells;
}

const LISTED_CELLS = 5;

/** 'besideTable': no free place for a new block; 'growth': the table grew into user data below the add-in's block */
function blockedProblem(
  request: PlacementRequest,
  range: string,
  blockers: readonly string[],
  reason: 'besideTable' | 'growth',
): WorkbookProblem {
  const { table, headers } = request;
  const listed = blockers.slice(0, LISTED_CELLS);
  const more = blockers.length > LISTED_CELLS;
  const zhCells = `${listed.join('、')}${more ? ` 等 ${blockers.length} 个单元格` : ''}`;
  const enCells = `${listed.join(', ')}${more ? ` and ${blockers.length - LISTED_CELLS} more` : ''}`;
  const zhWhere =
    reason === 'besideTable'
      ? `表格右侧用于写入结果列（${headers.join('、')}）的位置 ${range} 已有内容（${zhCells}），右侧 ${MAX_OUTPUT_SHIFT} 列内也没有空位`
      : `表格增加了行，结果列（${headers.join('、')}）向下延伸的位置 ${range} 已有内容（${zhCells}）`;
  const enWhere =
    reason === 'besideTable'
      ? `the place for the result columns (${headers.join(', ')}) beside the table, ${range}, holds data (${enCells}), and there is no free place within ${MAX_OUTPUT_SHIFT} columns to its right`
      : `the table grew, and the cells below the result columns (${headers.join(', ')}), ${range}, hold data (${enCells})`;
  return workbookProblem(
    'OUTPUT_PLACE_BLOCKED',
    { sheet: table.sheet, cell: range },
    {
      'zh-CN': `工作表「${table.sheet}」中${zhWhere}。本插件不会覆盖这些内容，本次未写入任何结果；请移走这些内容，或在表格右侧留出 ${headers.length} 列空列。`,
      'en-US': `Sheet "${table.sheet}": ${enWhere}. The add-in does not write over these cells and wrote nothing this time; move them, or leave ${headers.length} blank columns to the right of the table.`,
    },
    { fatal: true },
  );
}

/**
 * The recorded block lacks some of its headers: a column deleted, or a header renamed or cleared. The
 * problem names the header cells the block now spans (with the column beside it where a missing
 * header may stand, renamed) and what they read, and says how to put it right.
 */
function changedBlockProblem(request: PlacementRequest, run: OutputHeaderRun): WorkbookProblem {
  const { grid, table, headers } = request;
  const row = table.headerRow;
  const missing = headers.filter((_, index) => run.columns[index] === null);
  let first = run.first;
  let last = run.last;
  const fieldsRight = Math.max(table.left, ...table.columns.map((column) => column.column));
  if (run.columns[0] === null && first - 1 > fieldsRight && textAt(grid, row, first - 1) !== '') first -= 1;
  if (run.columns[headers.length - 1] === null && textAt(grid, row, last + 1) !== '') last += 1;
  const range = rangeAddress(row, first, row, last);
  const shown = (blank: string): string =>
    Array.from({ length: last - first + 1 }, (_, index) => textAt(grid, row, first + index) || blank).join(' | ');
  const zhMissing = missing.map((header) => `“${header}”`).join('');
  const enMissing = missing.map((header) => `"${header}"`).join(', ');
  return workbookProblem(
    'OUTPUT_BLOCK_CHANGED',
    { sheet: table.sheet, cell: range },
    {
      'zh-CN':
        `工作表「${table.sheet}」${range} 是本插件写入的结果列（${headers.join('、')}），现在缺少${zhMissing}列（删除了该列，或改了它的表头），表头现为：${shown('（空）')}。` +
        `本插件不会写入表头不是它的列，也不会在别处另写一组结果，本次未写入任何结果。` +
        `请把表头改回${zhMissing}，或撤销删除（也可在原处插入一列，在第 ${row} 行填上${zhMissing}）；不想显示某个结果列，请隐藏该列而不要删除；要写自己的内容，可在结果列之间插入新列，插件会保留这些列。`,
      'en-US':
        `Sheet "${table.sheet}": ${range} holds the add-in's result columns (${headers.join(', ')}), and ${enMissing} is no longer there (the column was deleted, or its header changed); the headers now read: ${shown('(blank)')}. ` +
        `The add-in does not write under a header that is not its own, nor a second set of results elsewhere, and wrote nothing this time. ` +
        `Change the header back to ${enMissing}, or undo the deletion (or insert a column where it was and type ${enMissing} in row ${row}); to hide a result column, hide it rather than delete it; to add your own notes, insert columns among the result columns: the add-in keeps them.`,
    },
    { fatal: true },
  );
}
