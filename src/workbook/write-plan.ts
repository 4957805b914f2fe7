import type { CellScalar } from '../domain/model';

/**
 * Everything the add-in writes, planned as plain data so it can be tested without a host and
 * applied by any host (Office.js, the in-memory Excel, ExcelJS) in one batch.
 */

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  border?: boolean;
}

export interface PlannedCell {
  /**
   * 'text' is always stored as text, even when it starts with = + - or @ (never a formula);
   * 'formula' is a native formula the add-in built itself (value starts with "=");
   * 'value' is a number, boolean or blank.
   */
  kind: 'text' | 'value' | 'formula';
  value: CellScalar;
  /**
   * for kind 'formula': the value the formula evaluates to, stored as the cached result so that a
   * reader that does not recalculate (the command's .xlsx files, viewers) shows it
   */
  result?: CellScalar;
  numberFormat?: string;
  style?: CellStyle;
  /** an internal hyperlink to a cell, e.g. from a warning to the cell it is about */
  link?: { sheet: string; address: string };
}

export type WriteOp =
  /** create the sheet if missing (at the end); when it exists, leave it */
  | { kind: 'ensureSheet'; sheet: string; visibility?: 'visible' | 'veryHidden' }
  /** clear values and formats of a range the add-in owns */
  | { kind: 'clearRange'; sheet: string; address: string }
  /**
   * a 2D block whose top-left cell is (top, left), 1-based. `replacesLinks`: the block goes where an
   * earlier run may have left links (评分结果's warning list moves as it grows), to be taken off
   * first, since a value written into a linked cell keeps the link (Excel, as after the Delete key)
   */
  | { kind: 'setCells'; sheet: string; top: number; left: number; cells: PlannedCell[][]; replacesLinks?: boolean }
  | { kind: 'merge'; sheet: string; address: string }
  /** width in characters */
  | { kind: 'columnWidth'; sheet: string; column: number; width: number }
  /** height in points (Excel allows 0–409): for rows whose wrapped text no application fits by itself (merged cells) */
  | { kind: 'rowHeight'; sheet: string; row: number; height: number }
  /** `titleRows`: rows 1 to titleRows print again at the top of every page (a table's header); absent: none */
  | { kind: 'pageSetup'; sheet: string; paper: 'A4'; orientation: 'portrait' | 'landscape'; fitToWidth: boolean; titleRows?: number }
  | { kind: 'freezeRows'; sheet: string; rows: number }
  /**
   * an in-cell dropdown offering `values` on the range: a help, not a rule — any other entry is
   * accepted without an alert (users keep their own words), blanks are allowed
   */
  | { kind: 'listValidation'; sheet: string; address: string; values: string[] };

/** a pageSetup op's title rows Excel would accept: none, or a whole number of rows from row 1 */
export function isValidTitleRows(op: { titleRows?: number }): boolean {
  return op.titleRows === undefined || (Number.isInteger(op.titleRows) && op.titleRows >= 1 && op.titleRows <= MAX_TITLE_ROWS);
}

/** more title rows than this would leave a page little room for the table */
const MAX_TITLE_ROWS = 10;

/** Excel's tallest row, in points */
export const MAX_ROW_HEIGHT = 409;

/** a rowHeight op Excel would accept: a 1-based row and a height of 0–409 points */
export function isValidRowHeight(op: { row: number; height: number }): boolean {
  return Number.isInteger(op.row) && op.row >= 1 && Number.isFinite(op.height) && op.height >= 0 && op.height <= MAX_ROW_HEIGHT;
}

export interface WritePlan {
  ops: WriteOp[];
  /**
   * cells the plan takes for the add-in's own that were blank when read, whether or not it writes them
   * (the rows of an output block beside a table grown since, a new block): a result left blank there
   * writes nothing, yet the next run clears whatever is there. A host on which someone else can edit
   * between the read and the write (Excel, co-authoring) checks them with the cells it writes.
   */
  takes?: Array<{ sheet: string; address: string }>;
}

/**
 * Excel keeps a literal list ("a,b,c" in the rule's formula) to 255 characters; a longer one makes
 * Excel report the file as damaged. Counted in UTF-16 units, as Excel counts.
 */
export const MAX_LIST_SOURCE_LENGTH = 255;

/** the literal list source Excel stores, comma-separated */
export function listSource(values: readonly string[]): string {
  return values.join(',');
}

/** why a listValidation op cannot be applied, or null */
export function listValidationProblem(op: { values: readonly string[] }): string | null {
  if (op.values.length === 0) return 'empty list';
  if (op.values.some((value) => value.trim() === '' || value.includes(',') || value.includes('"'))) return 'list values must be non-blank, without commas or quotes';
  if (listSource(op.values).length > MAX_LIST_SOURCE_LENGTH) return `list longer than ${MAX_LIST_SOURCE_LENGTH} characters`;
  return null;
}
