/**
 * The part of the Excel JavaScript API this host calls, as structural types. Both the global `Excel`
 * of office.js and the in-memory Excel (src/hosts/memory) fit it, so production passes `Excel` and
 * tests pass `createExcelApi(workbook)` (test/hosts/office/excel-api-like.test.ts checks both fit).
 * Every member is in ExcelApi 1.7 or lower unless its comment says otherwise; those are guarded by
 * the capabilities (requirements.ts).
 */

export interface RangeHyperlinkLike {
  address?: string;
  /** a place in the workbook: "'评分结果'!A1" */
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface RangeFontLike {
  bold: boolean | null;
  italic: boolean | null;
  color: string | null;
  size: number | null;
}

export interface RangeFormatLike {
  wrapText: boolean | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  /** points (ExcelApi 1.2) */
  columnWidth: number | null;
  /** points (ExcelApi 1.2) */
  rowHeight: number | null;
  readonly font: RangeFontLike;
  readonly fill: { color: string | null };
  readonly borders: { getItem(index: string): { style: string | null } };
}

/** Excel.RangeAreas (ExcelApi 1.9), as far as this host reads it */
export interface RangeAreasLike {
  /** every area with its sheet, comma-separated: "Sheet1!A1:B4, Sheet1!D1:D4" */
  readonly address: string;
  readonly isNullObject: boolean;
  load(propertyNames: string | string[]): RangeAreasLike;
}

/** Excel.DataValidation (ExcelApi 1.8), as far as this host sets it */
export interface DataValidationLike {
  /** a list's source is "a,b,c" (office.js also takes a Range, which this host never passes) */
  rule: { list?: { inCellDropDown: boolean; source: string | object } } | null;
  errorAlert: { showAlert?: boolean; style?: string; title?: string; message?: string } | null;
  clear(): void;
}

export interface RangeLike {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly address: string;
  /** 0-based */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  /** ExcelApi 1.7 */
  hyperlink: RangeHyperlinkLike | null;
  readonly format: RangeFormatLike;
  /** ExcelApi 1.8: used only where the capabilities say so */
  readonly dataValidation: DataValidationLike;
  load(propertyNames: string | string[]): RangeLike;
  clear(applyTo?: string): void;
  /** ExcelApi 1.2 */
  merge(across?: boolean): void;
  /** ExcelApi 1.2 */
  unmerge(): void;
  select(): void;
  /** ExcelApi 1.4: the used cells inside this range, or a null object */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** ExcelApi 1.13: used only where the capabilities say so; a null object when nothing is merged */
  getMergedAreasOrNullObject(): RangeAreasLike;
}

/** Excel.WorksheetChangedEventArgs, as far as this host reads it */
export interface WorksheetChangedEventArgsLike {
  readonly address: string;
  readonly source: string;
  readonly worksheetId: string;
  /** ExcelApi 1.14 */
  readonly triggerSource?: string;
}

/** Excel.WorksheetAddedEventArgs / Excel.WorksheetDeletedEventArgs (ExcelApi 1.7): no name, no triggerSource */
export interface WorksheetCollectionEventArgsLike {
  readonly type: string;
  readonly source: string;
  readonly worksheetId: string;
}

export interface WorksheetNameChangedEventArgsLike extends WorksheetCollectionEventArgsLike {
  readonly nameBefore: string;
  readonly nameAfter: string;
}

export interface EventHandlerResultLike {
  readonly context: object;
  remove(): void;
}

export interface WorksheetLike {
  readonly id: string;
  name: string;
  visibility: string;
  readonly isNullObject: boolean;
  /** ExcelApi 1.7 */
  readonly onChanged: { add(handler: (args: WorksheetChangedEventArgsLike) => Promise<unknown>): EventHandlerResultLike };
  /** ExcelApi 1.7 */
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  /** ExcelApi 1.9: used only where the capabilities say so */
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    /** whole rows ("$1:$1"), repeated at the top of each printed page */
    setPrintTitleRows(printTitleRows: string): void;
  };
  /** ExcelApi 1.2 */
  readonly protection: { readonly protected: boolean; load(propertyNames: string | string[]): unknown };
  load(propertyNames: string | string[]): WorksheetLike;
  getRange(address?: string): RangeLike;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** ExcelApi 1.7; 0-based */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionLike {
  readonly items: WorksheetLike[];
  load(propertyNames: string | string[]): WorksheetCollectionLike;
  getItem(key: string): WorksheetLike;
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): WorksheetLike;
  add(name?: string): WorksheetLike;
  /** ExcelApi 1.7 */
  readonly onAdded: { add(handler: (args: WorksheetCollectionEventArgsLike) => Promise<unknown>): EventHandlerResultLike };
  /** ExcelApi 1.7 */
  readonly onDeleted: { add(handler: (args: WorksheetCollectionEventArgsLike) => Promise<unknown>): EventHandlerResultLike };
  /** ExcelApi 1.17 */
  readonly onNameChanged: { add(handler: (args: WorksheetNameChangedEventArgsLike) => Promise<unknown>): EventHandlerResultLike };
}

export interface RequestContextLike {
  readonly workbook: {
    readonly worksheets: WorksheetCollectionLike;
    /** suspendApiCalculationUntilNextSync is ExcelApi 1.6 */
    readonly application: { suspendApiCalculationUntilNextSync(): void };
    getSelectedRange(): RangeLike;
  };
  sync(): Promise<unknown>;
}

export interface RunOptionsLike {
  /** wait for the person to leave cell edit mode instead of failing (Excel.RunOptions) */
  delayForCellEdit?: boolean;
  /** run on the context of earlier objects (OfficeExtension.RunOptions.previousObjects) */
  previousObjects?: object;
}

export interface ExcelApiLike {
  run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
  run<T>(options: RunOptionsLike, batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
}

/** the code of an OfficeExtension.Error (or the stand-in's), or null for anything else */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}
