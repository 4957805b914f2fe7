/**
 * The shape of a sample workbook's data: each sheet's rows as a person would type them, from row 1.
 * scripts/build-samples.ts turns these into samples/*.xlsx.
 */

/** a number shown with a number format, e.g. { value: 0.95, numberFormat: '0%' } shown as 95% */
export interface FormattedNumber {
  value: number;
  numberFormat: string;
}

/** a formula with the value Excel would show for it */
export interface SampleFormula {
  formula: string;
  result: number;
}

/** a date typed as a date: Excel stores it as a serial number shown with a date format */
export interface SampleDate {
  /** "YYYY-MM-DD" */
  date: string;
  numberFormat: string;
}

export type SampleCell = string | number | null | FormattedNumber | SampleFormula | SampleDate;

export interface SampleSheet {
  name: string;
  rows: SampleCell[][];
  /** 1-based rows drawn as table headers (bold, shaded, bordered) */
  headerRows?: number[];
  /** 1-based rows drawn as titles (large, bold, centred) */
  titleRows?: number[];
  /** merged areas, e.g. "A2:A8" for an 一级指标 spanning its indicators */
  merges?: string[];
  /** width of each column from A, in characters */
  columnWidths?: number[];
  /** 1-based columns whose text wraps (long free text) */
  wrapColumns?: number[];
}

export interface SampleWorkbook {
  /** file name under samples/, e.g. "seed-000.xlsx" */
  file: string;
  /** one line saying what the sample is */
  description: string;
  sheets: SampleSheet[];
}

export function percent(value: number, numberFormat = '0%'): FormattedNumber {
  return { value, numberFormat };
}
