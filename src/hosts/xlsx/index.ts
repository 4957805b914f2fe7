export { openXlsx, createXlsxWorkbook, XlsxWorkbook, type CellPosition } from './xlsx-workbook';
export { UnreadableWorkbookError, isUnreadableWorkbookError, type UnreadableWorkbookReason } from './unreadable-workbook';
export { PlanNotApplicableError, internalLink } from './apply-plan';
export type { DroppedPart } from './dropped-parts';
