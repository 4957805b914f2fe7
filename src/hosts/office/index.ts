/**
 * The Office.js host: the only module that calls Excel.run / context.sync. It takes the Excel API as
 * a parameter (office.js's `Excel` in production, the in-memory Excel in tests and the playground).
 */
export { createOfficeWorkbookPort, type OfficeWorkbookPort, type OfficeWorkbookPortOptions } from './office-workbook-port';
export { selectCell } from './select-cell';
export { readSelection, type CellSelection } from './read-selection';
export {
  detectCapabilities,
  EXCEL_API_FEATURES,
  MINIMUM_CAPABILITIES,
  MINIMUM_EXCEL_API,
  type DegradedFeature,
  type OfficeCapabilities,
  type RequirementsSource,
} from './requirements';
export { watchInputs, DEFAULT_DEBOUNCE_MS, type InputWatch, type WatchInputsOptions } from './recalculation';
export { SYSTEM_CLOCK, type Clock } from './recalculation-scheduler';
export { readSettings, writeSettings, SettingsSaveError, TABLE_LOCATIONS_SETTING, type AddinSettings, type DocumentSettingsLike } from './addin-settings';
export { WritePlanError } from './write-commands';
export { MergedAreaWriteError } from './merged-area-check';
export { ProtectedSheetWriteError } from './protected-sheet-check';
export { MAX_BATCH_REQUEST_BYTES } from './write-batches';
export { OFFICE_RUN_OPTIONS } from './run-options';
export type { ExcelApiLike, RequestContextLike, WorksheetChangedEventArgsLike } from './excel-api-like';
export type { SheetRange } from './sheet-range';
