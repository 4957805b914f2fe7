/** A1-style addresses: 1-based rows and columns, as Excel counts them. */

export const MAX_EXCEL_COLUMN = 16384;

/** letters by column number, built once each: addresses are made for every cell of every row read */
const LETTERS_CACHE: string[] = [];

export function columnLetters(column: number): string {
  const cached = LETTERS_CACHE[column];
  if (cached !== undefined) return cached;
  const letters = lettersOf(column);
  if (Number.isInteger(column) && column >= 1 && column <= MAX_EXCEL_COLUMN) LETTERS_CACHE[column] = letters;
  return letters;
}

function lettersOf(column: number): string {
  let rest = column;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "AB" → 28; null for anything that is not a column name */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let value = 0;
  for (const letter of letters.toUpperCase()) value = value * 26 + (letter.charCodeAt(0) - 64);
  return value <= MAX_EXCEL_COLUMN ? value : null;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** "F12" → { row: 12, column: 6 }; null when it is not a single-cell A1 address */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  if (column === null || row < 1) return null;
  return { row, column };
}
