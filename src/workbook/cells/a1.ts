/** A1 addressing is the domain's (warnings name their cells in it); the workbook layer uses the same. */
export { cellAddress, columnLetters, columnNumber, MAX_EXCEL_COLUMN, parseCellAddress, rangeAddress } from '../../domain/cells/a1';
