import ExcelJS from 'exceljs';
import type { CellError, CellScalar } from '../../domain/model';

/** A cell as the workbook layer sees it from any host: the value shown, its format, its formula. */
export interface ReadCell {
  value: CellScalar | CellError;
  numberFormat: string;
  /** "=SUM(A1:A3)" for a formula cell, null for a plain value */
  formula: string | null;
  /**
   * a formula the file holds no result for (written by a script, never calculated): it reads as blank,
   * yet Excel would show a value the command cannot know
   */
  uncalculated?: true;
}

export const GENERAL_FORMAT = 'General';
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
const MS_PER_DAY = 86_400_000;
/** serial number of 1970-01-01 in Excel's 1900 date system */
const UNIX_EPOCH_SERIAL = 25_569;
/** days between the 1900 and 1904 date systems */
const DATE_1904_OFFSET = 1_462;

/**
 * Reads one ExcelJS cell the way Office.js reports it: dates are serial numbers with their date format
 * (ExcelJS turns them into Date objects), rich text and hyperlinks are their plain text, formulas give
 * their cached result (or, when the file holds none, blank and marked uncalculated), errors are `{ error }`, and blanks (including the covered cells of a merge,
 * which Office.js returns empty) are null.
 */
export function readCell(cell: ExcelJS.Cell, date1904: boolean): ReadCell {
  const numberFormat = cell.numFmt || GENERAL_FORMAT;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { value: null, numberFormat, formula: null };
    case ExcelJS.ValueType.Formula: {
      const formula = cell.formula ? `=${cell.formula}` : null;
      const result = cell.result;
      // a result of "" that a spreadsheet saved is '' (see exceljs-formula-results.ts), not undefined
      if (result === undefined) return { value: null, numberFormat, formula, uncalculated: true };
      if (result instanceof Date) return { value: dateToSerial(result, date1904), numberFormat: dateFormat(cell.numFmt), formula };
      return { value: plainValue(result), numberFormat, formula };
    }
    case ExcelJS.ValueType.Date:
      return { value: dateToSerial(cell.value as Date, date1904), numberFormat: dateFormat(cell.numFmt), formula: null };
    default:
      return { value: plainValue(cell.value), numberFormat, formula: null };
  }
}

function plainValue(value: unknown): CellScalar | CellError {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'object') {
    const record = value as { error?: unknown; richText?: unknown; text?: unknown };
    if (typeof record.error === 'string') return { error: record.error };
    if (Array.isArray(record.richText)) return joinRichText(record.richText);
    // hyperlink: { text, hyperlink }, where text may itself be rich text
    if (record.text !== undefined) return plainValue(record.text);
  }
  return null;
}

function joinRichText(runs: unknown[]): string | null {
  const text = runs.map((run) => (typeof run === 'object' && run !== null ? String((run as { text?: unknown }).text ?? '') : '')).join('');
  return text === '' ? null : text;
}

export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  // ExcelJS rounds to the millisecond when it makes the Date; undo the binary noise that leaves
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function dateFormat(numFmt: string | undefined): string {
  return numFmt || DEFAULT_DATE_FORMAT;
}
