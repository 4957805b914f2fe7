import { isCellError, type CellError, type CellRef, type CellScalar, type RawCell } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellAddress } from './a1';
import type { CellRange } from './cell-range';

/** Reading single cells of a SheetGrid by their Excel row and column, whatever the used range's origin. */

export type GridValue = CellScalar | CellError;

export function lastRow(grid: SheetGrid): number {
  return grid.top + grid.values.length - 1;
}

export function lastColumn(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  return grid.left + width - 1;
}

export function valueAt(grid: SheetGrid, row: number, column: number): GridValue {
  const line = grid.values[row - grid.top];
  if (!line) return null;
  const value = line[column - grid.left];
  return value === undefined ? null : value;
}

export function numberFormatAt(grid: SheetGrid, row: number, column: number): string | undefined {
  const line = grid.numberFormats[row - grid.top];
  return line ? line[column - grid.left] : undefined;
}

/** A cell as the engine reads it: its value, numbers as Excel shows them (see asExcelShowsIt), and its number format. */
export function rawCellAt(grid: SheetGrid, row: number, column: number): RawCell {
  const numberFormat = numberFormatAt(grid, row, column);
  const read = valueAt(grid, row, column);
  const value = typeof read === 'number' ? asExcelShowsIt(read) : read;
  return numberFormat === undefined ? { value } : { value, numberFormat };
}

/** Excel shows, and takes typed in, at most 15 significant digits */
const EXCEL_DIGITS = 15;

/**
 * A number at the 15 significant digits Excel shows. A typed number never has more; a formula's result
 * can (=0.1+0.2 is 0.30000000000000004, =0.95*1.1 is 1.0450000000000002), and its user sees 0.3: read
 * at full precision, a target worked out by formula was missed by an actual typed equal to it, and the
 * report quoted 0.30000000000000004.
 */
export function asExcelShowsIt(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  // Most cells hold a decimal of up to four places, nearest to tenThousandths / 10⁴ (a correctly rounded
  // division), which has 15 digits or fewer: it stands as it is, without toPrecision's string (~0.7 µs).
  const tenThousandths = Math.round(value * 1e4);
  if (Math.abs(tenThousandths) < 1e15 && tenThousandths / 1e4 === value) return value;
  return Number(value.toPrecision(EXCEL_DIGITS));
}

export function isBlankValue(value: GridValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function isBlankAt(grid: SheetGrid, row: number, column: number): boolean {
  return isBlankValue(valueAt(grid, row, column));
}

export function formulaAt(grid: SheetGrid, row: number, column: number): string | null {
  return grid.formulas?.[row - grid.top]?.[column - grid.left] ?? null;
}

/**
 * Whether someone put something in the cell, even what reads as blank: spaces, a formula that shows
 * nothing (=IF(K2="","",K2)) or has no saved result, or a merged area over it (what is written into a
 * merge's covered cell lands in its top-left cell). The add-in never writes over such a cell.
 */
export function isOccupiedAt(grid: SheetGrid, row: number, column: number): boolean {
  return valueAt(grid, row, column) !== null || formulaAt(grid, row, column) !== null || mergedAreaAt(grid, row, column) !== null;
}

/** the merged area the cell belongs to (as its top-left cell or a covered one), if any */
export function mergedAreaAt(grid: SheetGrid, row: number, column: number): CellRange | null {
  if (!grid.merges || grid.merges.length === 0) return null;
  const inRow = mergesByRow(grid.merges).get(row);
  if (!inRow) return null;
  for (const area of inRow) if (area.left <= column && column <= area.right) return area;
  return null;
}

/**
 * The merges of each row, built once per merge list: placement asks about every cell of a block, and
 * a sheet with its 一级指标 merged down has a merge every few rows.
 */
const mergeIndexes = new WeakMap<readonly CellRange[], Map<number, CellRange[]>>();

function mergesByRow(merges: readonly CellRange[]): Map<number, CellRange[]> {
  const known = mergeIndexes.get(merges);
  if (known) return known;
  const index = new Map<number, CellRange[]>();
  for (const area of merges) {
    for (let row = area.top; row <= area.bottom; row += 1) {
      const list = index.get(row);
      if (list) list.push(area);
      else index.set(row, [area]);
    }
  }
  mergeIndexes.set(merges, index);
  return index;
}

/** How a value reads as text: numbers in their shortest form, errors as their code ("#N/A"). */
export function textOf(value: GridValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

export function textAt(grid: SheetGrid, row: number, column: number): string {
  return textOf(valueAt(grid, row, column));
}

export function cellRef(sheet: string, row: number, column: number): CellRef {
  return { sheet, address: cellAddress(row, column), row, column };
}
