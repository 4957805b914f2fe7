import type { SheetGrid } from '../grid';
import { isBlankAt, lastRow, textAt, valueAt } from '../cells/grid-cells';
import { normaliseHeaderText, normaliseLabelText } from './header-text';

/**
 * Where a table's data end. Blank rows inside a table are skipped, not taken as its end: the table
 * ends after this many consecutive blank rows, at the next table's header on the same sheet, at a
 * note row ("注：…", "填表人：…"), at the heading of the form's next block (see SECTION_HEADING) or at
 * the end of the used range.
 */
export const BLANK_ROWS_ENDING_A_TABLE = 10;

const NOTE_ROW = /^(注|备注|说明|填表说明|填报说明|填表人|填报人|审核人|联系人|联系电话|负责人|单位负责人)\s*[:：]/;

/**
 * The blocks of the MoF 自评表 (项目支出 and 部门整体支出) follow one another without a blank row, each
 * labelled in the form's first column: 项目资金（万元）, then 年度总体目标 (预期目标 | 实际完成情况), then
 * 绩效指标. The budget lines end where 年度总体目标 begins.
 */
const SECTION_HEADING = /^(年度总体目标|总体目标|年度目标|年度绩效目标|绩效目标|年度总体绩效目标)$/;

export interface ExtentBounds {
  firstDataRow: number;
  left: number;
  right: number;
  /** the first header row of the next table below on the same sheet, if any */
  stopBeforeRow: number | null;
  /** whether a form's block heading (年度总体目标) ends the table: not for 基本信息, whose items have such names */
  endsAtSectionHeading: boolean;
  /** the table's header texts by column (normalised): the header written again ends the table (another table under it) */
  headerTexts?: ReadonlyMap<number, string>;
}

export interface TableExtent {
  /** the last row holding data, or firstDataRow − 1 when there is none */
  lastDataRow: number;
  /**
   * When the table ended at a run of blank rows and more rows with content follow further down (before
   * the next table, a note row or the end of the sheet): the first of them. Those rows are not read, so
   * the user must be told: they may be the table's own rows, cut off by a long gap.
   */
  rowAfterGap: number | null;
  /** the row where the table's header is written again, ending it: another table begins there */
  repeatedHeaderRow?: number;
}

export function findTableExtent(grid: SheetGrid, bounds: ExtentBounds): TableExtent {
  const end = bounds.stopBeforeRow === null ? lastRow(grid) : Math.min(lastRow(grid), bounds.stopBeforeRow - 1);
  let last = bounds.firstDataRow - 1;
  let blankRun = 0;
  for (let row = bounds.firstDataRow; row <= end; row += 1) {
    if (isBlankRow(grid, row, bounds.left, bounds.right)) {
      blankRun += 1;
      if (blankRun >= BLANK_ROWS_ENDING_A_TABLE) return { lastDataRow: last, rowAfterGap: firstRowWithContent(grid, bounds, row + 1, end) };
      continue;
    }
    if (isNoteRow(grid, row, bounds.left, bounds.right)) break;
    if (bounds.headerTexts && repeatsHeader(grid, row, bounds.headerTexts)) return { lastDataRow: last, rowAfterGap: null, repeatedHeaderRow: row };
    if (bounds.endsAtSectionHeading && isSectionHeadingRow(grid, row, bounds.left, bounds.right)) break;
    blankRun = 0;
    last = row;
  }
  return { lastDataRow: last, rowAfterGap: null };
}

/** the first row from `from` to `to` with content in the table's columns, unless it ends the table (a note, a block heading) */
function firstRowWithContent(grid: SheetGrid, bounds: ExtentBounds, from: number, to: number): number | null {
  for (let row = from; row <= to; row += 1) {
    if (isBlankRow(grid, row, bounds.left, bounds.right)) continue;
    const endsTable =
      isNoteRow(grid, row, bounds.left, bounds.right) ||
      (bounds.endsAtSectionHeading && isSectionHeadingRow(grid, row, bounds.left, bounds.right));
    return endsTable ? null : row;
  }
  return null;
}

export function isBlankRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let column = left; column <= right; column += 1) {
    if (!isBlankAt(grid, row, column)) return false;
  }
  return true;
}

/** a table's header texts by column, normalised, as repeatsHeader compares them */
export function headerTextsOf(columns: ReadonlyArray<{ column: number; header: string }>): Map<number, string> {
  return new Map(columns.map((column) => [column.column, normaliseHeaderText(column.header)]));
}

/**
 * Most of the header's cells (three at least, half at least) written again in their columns, whichever
 * they are (the repeat may leave 一级指标 or 任务 blank). A data row stops being compared as soon as too
 * many cells differ, and a cell holding a number (no header does) is not read as text at all.
 */
export function repeatsHeader(grid: SheetGrid, row: number, headerTexts: ReadonlyMap<number, string>): boolean {
  const needed = Math.max(3, Math.ceil(headerTexts.size / 2));
  let missesLeft = headerTexts.size - needed;
  for (const [column, text] of headerTexts) {
    const value = valueAt(grid, row, column);
    const matches = typeof value === 'string' && normaliseHeaderText(value) === text;
    if (!matches && --missesLeft < 0) return false;
  }
  return true;
}

function isNoteRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const text = firstText(grid, row, left, right);
  return text !== null && NOTE_ROW.test(text.normalize('NFKC'));
}

function isSectionHeadingRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const text = firstText(grid, row, left, right);
  return text !== null && SECTION_HEADING.test(normaliseLabelText(text));
}

function firstText(grid: SheetGrid, row: number, left: number, right: number): string | null {
  for (let column = left; column <= right; column += 1) {
    const text = textAt(grid, row, column);
    if (text !== '') return text;
  }
  return null;
}
