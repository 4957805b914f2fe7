import type { SheetGrid } from '../grid';
import { cellAddress, MAX_EXCEL_COLUMN, rangeAddress } from '../cells/a1';
import { formulaAt, isOccupiedAt, lastColumn, lastRow, mergedAreaAt, textAt, valueAt } from '../cells/grid-cells';
import type { DetectedTable } from '../detect/detection-types';
import { BLANK_ROWS_ENDING_A_TABLE } from '../detect/table-extent';
import { BUDGET_ROW_HINTS, STATUS_TEXT } from './output-columns';
import { workbookProblem, type WorkbookProblem } from '../problems';
import type { OutputBlockRecord } from './metadata-sheet';
import type { CellRange } from '../cells/cell-range';

/** How far right of its table an output block may move when the place beside the table is taken. */
export const MAX_OUTPUT_SHIFT = 10;

export interface OutputPlace {
  sheet: string;
  headerRow: number;
  left: number;
  width: number;
  /** the table's last row now */
  lastRow: number;
  /** the block is cleared from its header row down to here: beyond lastRow are the stale rows of a longer table */
  clearToRow: number;
  /** true when the add-in's own block was found again (rather than a new place) */
  reused: boolean;
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
        place: { sheet: table.sheet, headerRow: table.headerRow, left, width, lastRow: table.lastRow, clearToRow: table.lastRow, reused: false },
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
 * workbook without a marker.
 */
function findOwnedBlock(request: PlacementRequest): Placement | null {
  const { grid, table, headers, record, markerPresent, sheetNames } = request;
  const recorded = record && sameSheetName(record.sheet, table.sheet) ? record : undefined;
  const recordedSheetGone = record !== undefined && !sheetNames.some((name) => sameSheetName(name, record.sheet));
  if (markerPresent && !recorded && !recordedSheetGone) return null;
  const left = findHeaderSequence(grid, table.headerRow, headers, recorded?.left ?? null, table.right + 1);
  if (left === null) return null;
  const width = headers.length;
  const previousLastRow = recorded
    ? ownRowsFollowing(grid, headers, left, table.lastRow, ownRowsUpTo(grid, headers, left, table.lastRow, recorded.lastRow + (table.headerRow - recorded.headerRow)))
    : lastWrittenRow(grid, table.headerRow, headers, left);
  if (table.lastRow > previousLastRow) {
    const blockers = nonBlankCells(request, previousLastRow + 1, table.lastRow, left, left + width - 1);
    if (blockers.length > 0) {
      return {
        ok: false,
        problem: blockedProblem(request, rangeAddress(previousLastRow + 1, left, table.lastRow, left + width - 1), blockers, 'growth'),
      };
    }
  }
  return {
    ok: true,
    place: {
      sheet: table.sheet,
      headerRow: table.headerRow,
      left,
      width,
      lastRow: table.lastRow,
      clearToRow: Math.max(table.lastRow, previousLastRow),
      reused: true,
    },
  };
}

/** Excel compares sheet names without regard to case */
function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function findHeaderSequence(grid: SheetGrid, row: number, headers: readonly string[], preferred: number | null, from: number): number | null {
  const matches = (left: number): boolean => headers.every((header, index) => textAt(grid, row, left + index) === header);
  if (preferred !== null && matches(preferred)) return preferred;
  const right = lastColumn(grid);
  for (let left = from; left <= right; left += 1) {
    if (matches(left)) return left;
  }
  return null;
}

/**
 * The last of the block's old rows below the table that still hold only what the add-in wrote, up to
 * `recordedLastRow` (the marker's; it goes stale when the user deletes rows, and what was below the
 * block then moves up into its old rows): the first row that holds anything else ends the block.
 */
function ownRowsUpTo(grid: SheetGrid, headers: readonly string[], left: number, tableLastRow: number, recordedLastRow: number): number {
  // a table that grew keeps the recorded end: the rows it grew into are checked for the user's data
  if (recordedLastRow <= tableLastRow) return recordedLastRow;
  let last = tableLastRow;
  for (let row = tableLastRow + 1; row <= recordedLastRow && holdsOnlyOwnOutput(grid, row, headers, left); row += 1) last = row;
  return last;
}

/**
 * The rows right after the recorded end that hold the add-in's output too: the marker is written
 * before the block, so a run stopped partway may have recorded a shrunk table's end and left its old
 * rows below, or (a marker from before that order) written a grown table's rows beyond the record.
 * Inside the table a blank row does not end them (a heading row gets no output); below it one does.
 */
function ownRowsFollowing(grid: SheetGrid, headers: readonly string[], left: number, tableLastRow: number, from: number): number {
  // Below the table only a row whose 状态 is one the add-in writes is known for its own: a budget
  // block has no 状态, and a person's note or figure typed under its 提示 or 执行率 (审核意见：同意上报)
  // must never be taken for old output and cleared.
  const belowTableKnown = headers.includes(STATUS_HEADER);
  let last = from;
  for (let row = from + 1; row <= lastRow(grid); row += 1) {
    if (row > tableLastRow && !belowTableKnown) break;
    const empty = isEmptyRow(grid, row, left, left + headers.length - 1);
    if (empty && row > tableLastRow) break;
    if (!empty && !holdsOnlyOwnOutput(grid, row, headers, left)) break;
    if (!empty) last = row;
  }
  return last;
}

/** without a marker: the block's last row of the add-in's output, its data ending after a run of blank rows or at anything else */
function lastWrittenRow(grid: SheetGrid, headerRow: number, headers: readonly string[], left: number): number {
  let last = headerRow;
  let blankRun = 0;
  for (let row = headerRow + 1; row <= lastRow(grid) && blankRun < BLANK_ROWS_ENDING_A_TABLE; row += 1) {
    if (isEmptyRow(grid, row, left, left + headers.length - 1)) blankRun += 1;
    else if (holdsOnlyOwnOutput(grid, row, headers, left)) {
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
function holdsOnlyOwnOutput(grid: SheetGrid, row: number, headers: readonly string[], left: number): boolean {
  let anything = false;
  let status: unknown = null;
  let hint = '';
  for (let index = 0; index < headers.length; index += 1) {
    const column = left + index;
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

function isEmptyRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let column = left; column <= right; column += 1) if (isOccupiedAt(grid, row, column)) return false;
  return true;
}

function nonBlankCells(request: PlacementRequest, top: number, bottom: number, left: number, right: number): string[] {
  const { grid, reserved = [] } = request;
  const cells: string[] = [];
  for (let row = top; row <= bottom; row += 1) {
    for (let column = left; column <= right; column += 1) {
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
