/** Rectangular selections in the playground grid, in 1-based rows and columns. */
import { cellAddress, parseCellAddress } from '../workbook/cells/a1';

export interface GridPoint {
  row: number;
  column: number;
}

export interface GridRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeBetween(anchor: GridPoint, focus: GridPoint): GridRange {
  return {
    top: Math.min(anchor.row, focus.row),
    left: Math.min(anchor.column, focus.column),
    bottom: Math.max(anchor.row, focus.row),
    right: Math.max(anchor.column, focus.column),
  };
}

export function rangeToAddress(range: GridRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** "B2", "B2:D9" or "Sheet!B2:D9" (the sheet part is ignored); null when unreadable */
export function parseRangeAddress(address: string): GridRange | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second = first] = local.split(':');
  const start = parseCellAddress(first);
  const end = parseCellAddress(second);
  if (!start || !end) return null;
  return rangeBetween(start, end);
}

export function rangeContains(range: GridRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}
