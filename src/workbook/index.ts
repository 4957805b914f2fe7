/** The workbook layer's public surface: from grids to the engine's input, and from its report back to planned writes. */
export type { SheetGrid } from './grid';
export { WorkbookChangedError, type WorkbookPort } from './port';
export type { CellStyle, PlannedCell, WriteOp, WritePlan } from './write-plan';
export { cellAddress, columnLetters, columnNumber, parseCellAddress, rangeAddress } from './cells/a1';
export { detectTables } from './detect/detect-tables';
export type { DetectedColumn, DetectedTable, Detection, RememberedTable, TableLocations } from './detect/detection-types';
export { TABLE_KINDS, TABLE_SPECS, type FieldOf, type TableKind, type TableSpec } from './detect/table-fields';
export { readInput, type BudgetExecutionRowPlacement, type ReadInputResult } from './read/read-input';
export { planTemplate, type TemplateExample, type TemplateOptions, type TemplatePlan } from './plan/template';
export { planResults, type PlannedReportSheet, type ReportSheetContext, type ReportSheetPlanner } from './plan/plan-results';
export { narrativeReportSheetPlanner } from './plan/narrative-report-planner';
export { readMarker, type WorkbookMarker } from './plan/metadata-sheet';
export { scoreWorkbook, type ScoreWorkbookOptions, type ScoreWorkbookResult } from './score-workbook';
export { hasFatalProblem, type WorkbookProblem, type WorkbookProblemCode } from './problems';
export { METADATA_SHEET, REPORT_SHEET, RESULT_SHEET, isOwnedSheetName } from './owned-sheets';
export { BUDGET_OUTPUT_HEADERS, INDICATOR_OUTPUT_HEADERS } from './output-headers';
