import type { CellRef, FieldColumns } from '../model';
import { cellAddress } from './a1';

/** A table row as the engine knows it: its sheet, its 1-based row, and its table's columns. */
export interface RowOfTable<Field extends string> {
  sheet: string;
  row: number;
  columns: FieldColumns<Field>;
}

/** The cell of `field` on `row`; null when the row's table has no such column. */
export function cellOfField<Field extends string>(row: RowOfTable<Field>, field: Field): CellRef | null {
  const column = row.columns[field];
  return column === undefined ? null : { sheet: row.sheet, address: cellAddress(row.row, column), row: row.row, column };
}
