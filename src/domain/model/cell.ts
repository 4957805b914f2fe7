/** Where a value came from: a worksheet cell. `address` is A1 style without the sheet ("F12"). */
export interface CellRef {
  sheet: string;
  address: string;
  /** 1-based Excel row */
  row: number;
  /** 1-based Excel column */
  column: number;
}

/**
 * The 1-based column of each field a table has. One object per table, shared by all the rows read
 * from it: a row's cells are its row number and these columns (see cellOfField), not an object each.
 */
export type FieldColumns<Field extends string> = Readonly<Partial<Record<Field, number>>>;

/** An Excel error value such as #N/A or #DIV/0!, kept apart from text so it is never mistaken for it. */
export interface CellError {
  error: string;
}

export type CellScalar = string | number | boolean | null;

/** A cell as a host reads it: its value and the number format that tells how it is displayed. */
export interface RawCell {
  value: CellScalar | CellError;
  /** Excel number format code, e.g. "0.00%", "General", "@". */
  numberFormat?: string;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}
