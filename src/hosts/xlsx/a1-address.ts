/** A1 addresses for the .xlsx host: "F12", "A1:C3", column letters. */

export interface CellPosition {
  /** 1-based */
  row: number;
  /** 1-based */
  column: number;
}

export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "F12" → { row: 12, column: 6 }; null when it is not a cell address */
export function parseCellAddress(address: string): CellPosition | null {
  const match = CELL_PATTERN.exec(address.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > 1_048_576 || column > 16_384) return null;
  return { row, column };
}

/** "A1:C3" or "B2" (a sheet prefix "Sheet!A1" is ignored); null when unreadable */
export function parseRangeAddress(address: string): RangeBounds | null {
  const withoutSheet = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = withoutSheet.split(':');
  const start = parseCellAddress(first);
  const end = second === undefined ? start : parseCellAddress(second);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function rangeAddress(bounds: RangeBounds): string {
  return `${cellAddress(bounds.top, bounds.left)}:${cellAddress(bounds.bottom, bounds.right)}`;
}

export function rangesIntersect(a: RangeBounds, b: RangeBounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
