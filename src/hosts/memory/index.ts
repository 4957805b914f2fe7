/**
 * The strict in-memory Excel: a document with Office.js's semantics (load/sync, queued writes, null
 * objects, protection, cell edit mode, change events, payload limits) for tests and the playground.
 * Browser-safe: no Node-only imports.
 */
export {
  MemoryWorkbook,
  EXCEL_ON_THE_WEB_PAYLOAD_LIMIT,
  type FormulaEvaluator,
  type MemoryCellSnapshot,
  type MemorySheetInfo,
  type MemoryWorkbookOptions,
  type SheetSeed,
  type SyncRecord,
} from './memory-workbook';
export { createExcelApi, type MemoryExcelApi, type MemoryRunOptions } from './excel-api';
export { createOfficeContext, type MemoryOfficeContext, type MemorySettings, type OfficeContextOptions } from './office-context';
export { MemoryOfficeError, isMemoryOfficeError, type OfficeErrorCode } from './office-error';
export type { MemoryWorksheetChangedEventArgs, EventSource, EventTriggerSource } from './change-events';
export type { MemoryWorksheetAddedEventArgs, MemoryWorksheetDeletedEventArgs, MemoryWorksheetNameChangedEventArgs } from './sheet-collection-events';
export type { MemoryRequestContext } from './request-context';
export type { RangeProxy } from './range-proxy';
export type { RangeAreasProxy } from './range-areas-proxy';
export type { WorksheetProxy } from './worksheet-proxy';
export type { CellFormat, CellHyperlink, DataValidationErrorAlertState, ListValidationRule, SheetVisibility } from './document-state';
export type { DataValidationProxy, DataValidationType } from './data-validation-proxy';
export { DEFAULT_COLUMN_WIDTH_POINTS } from './document-state';
export { quoteSheetName, splitSheetAddress } from './range-address';
