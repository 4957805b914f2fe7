/**
 * The document the in-memory Excel holds: sheets of cells with values, formulas, number formats and
 * simple formats, merges, column widths, visibility and protection, plus the selection. Plain data;
 * cells are replaced, never changed in place, so a sync can work on a copy and drop it on failure.
 */
import type { CellError, CellScalar } from '../../domain/model';
import { GENERAL_FORMAT } from './cell-input';
import { LAST_COLUMN } from '../../workbook/cells/cell-range';
import type { Bounds } from './range-address';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
export type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';
export type BorderLineStyle = 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  borders?: Partial<Record<BorderIndex, BorderLineStyle>>;
}

export interface CellHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellState {
  /** the constant the cell holds (null for blank and for formula cells, whose value is evaluated) */
  value: CellScalar | CellError;
  formula: string | null;
  /** stored as text through a leading apostrophe */
  quotePrefix: boolean;
  numberFormat: string;
  format: CellFormat;
  hyperlink: CellHyperlink | null;
}

export type PageOrientation = 'Portrait' | 'Landscape';

export interface PageLayoutState {
  orientation: PageOrientation;
  paperSize: string;
  /** pages wide when fitting to pages; null for 100 % scale */
  fitToPagesWide: number | null;
  fitToPagesTall: number | null;
  /** rows repeated at the top of each printed page (setPrintTitleRows), 1-based; null for none */
  printTitleRows: { first: number; last: number } | null;
}

export type DataValidationAlertStyle = 'Stop' | 'Warning' | 'Information';

/** Excel.ListDataValidation with a literal source ("a,b,c"); the stand-in knows no other rule */
export interface ListValidationRule {
  list: { inCellDropDown: boolean; source: string };
}

export interface DataValidationErrorAlertState {
  showAlert: boolean;
  style: DataValidationAlertStyle;
  title: string;
  message: string;
}

/** one rule over a rectangle; a sheet's rules never overlap (a new one replaces what it covers) */
export interface DataValidationState {
  bounds: Bounds;
  rule: ListValidationRule;
  errorAlert: DataValidationErrorAlertState;
}

/** what Excel gives a range whose rule is set without an alert: it stops any other entry */
export const DEFAULT_ERROR_ALERT: Readonly<DataValidationErrorAlertState> = Object.freeze({ showAlert: true, style: 'Stop', title: '', message: '' });

export interface SheetState {
  /** stable across renames, like Excel's worksheet id */
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  cells: Map<number, CellState>;
  merges: Bounds[];
  /** points, by 1-based column; absent means Excel's default */
  columnWidths: Map<number, number>;
  /** points, by 1-based row; absent means Excel's default */
  rowHeights: Map<number, number>;
  frozenRows: number;
  pageLayout: PageLayoutState;
  /** data validation (ExcelApi 1.8), disjoint rectangles */
  validations: DataValidationState[];
}

export interface SelectionState {
  sheetId: string;
  bounds: Bounds;
}

export interface DocumentState {
  sheets: SheetState[];
  activeSheetId: string | null;
  selection: SelectionState | null;
  nextSheetSerial: number;
}

/** Excel's default column width: 8.43 characters of Calibri 11, 64 pixels, 48 points */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

/** Excel's default row height for Calibri 11, and the tallest row it allows, in points */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;
export const MAX_ROW_HEIGHT_POINTS = 409;

export const BLANK_CELL: CellState = Object.freeze({
  value: null,
  formula: null,
  quotePrefix: false,
  numberFormat: GENERAL_FORMAT,
  format: Object.freeze({}) as CellFormat,
  hyperlink: null,
}) as CellState;

export function cellKey(row: number, column: number): number {
  return (row - 1) * LAST_COLUMN + (column - 1);
}

export function cellPosition(key: number): { row: number; column: number } {
  return { row: Math.floor(key / LAST_COLUMN) + 1, column: (key % LAST_COLUMN) + 1 };
}

export function readCell(sheet: SheetState, row: number, column: number): CellState {
  return sheet.cells.get(cellKey(row, column)) ?? BLANK_CELL;
}

export function hasContent(cell: CellState): boolean {
  return cell.value !== null || cell.formula !== null;
}

function hasFormat(cell: CellState): boolean {
  return cell.numberFormat !== GENERAL_FORMAT || Object.keys(cell.format).length > 0 || cell.hyperlink !== null;
}

/** replaces the cell, dropping it from the map when it holds nothing at all */
export function writeCell(sheet: SheetState, row: number, column: number, cell: CellState): void {
  const key = cellKey(row, column);
  if (!hasContent(cell) && !hasFormat(cell) && !cell.quotePrefix) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

/**
 * The used range as Excel reports it: every cell with a value, and unless valuesOnly, every cell with
 * a format of its own; null for an empty sheet.
 */
export function usedBounds(sheet: SheetState, valuesOnly: boolean, within?: Bounds): Bounds | null {
  let bounds: Bounds | null = null;
  for (const [key, cell] of cellsToLookAt(sheet, within)) {
    if (valuesOnly ? !hasContent(cell) : !hasContent(cell) && !hasFormat(cell)) continue;
    const { row, column } = cellPosition(key);
    if (within && (row < within.top || row > within.bottom || column < within.left || column > within.right)) continue;
    if (!bounds) bounds = { top: row, left: column, bottom: row, right: column };
    else {
      bounds.top = Math.min(bounds.top, row);
      bounds.bottom = Math.max(bounds.bottom, row);
      bounds.left = Math.min(bounds.left, column);
      bounds.right = Math.max(bounds.right, column);
    }
  }
  return bounds;
}

/** the sheet's cells, or only those of `within` when it is smaller than the sheet (a stand-in's shortcut, same answer) */
function cellsToLookAt(sheet: SheetState, within: Bounds | undefined): Iterable<[number, CellState]> {
  if (!within) return sheet.cells;
  const area = (within.bottom - within.top + 1) * (within.right - within.left + 1);
  if (area >= sheet.cells.size) return sheet.cells;
  const found: Array<[number, CellState]> = [];
  for (let row = within.top; row <= within.bottom; row += 1) {
    for (let column = within.left; column <= within.right; column += 1) {
      const key = cellKey(row, column);
      const cell = sheet.cells.get(key);
      if (cell) found.push([key, cell]);
    }
  }
  return found;
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', fitToPagesWide: null, fitToPagesTall: null, printTitleRows: null },
    validations: [],
  };
}

/** a copy whose maps and lists can change without touching the original (cells are shared, immutable) */
export function copySheet(sheet: SheetState): SheetState {
  return {
    ...sheet,
    cells: new Map(sheet.cells),
    merges: sheet.merges.map((merge) => ({ ...merge })),
    columnWidths: new Map(sheet.columnWidths),
    rowHeights: new Map(sheet.rowHeights),
    pageLayout: { ...sheet.pageLayout, printTitleRows: sheet.pageLayout.printTitleRows && { ...sheet.pageLayout.printTitleRows } },
    // rules and alerts are replaced, never changed in place
    validations: sheet.validations.map((validation) => ({ ...validation, bounds: { ...validation.bounds } })),
  };
}

/** Excel compares sheet names without regard to case */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Excel's rules for a worksheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with ' */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return 'A worksheet name has 1 to 31 characters.';
  if (/[:\\/?*[\]]/.test(name)) return 'A worksheet name cannot contain : \\ / ? * [ or ].';
  if (name.startsWith("'") || name.endsWith("'")) return 'A worksheet name cannot begin or end with an apostrophe.';
  return null;
}
