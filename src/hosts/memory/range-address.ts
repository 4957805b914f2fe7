/**
 * Addresses as Excel writes them: "A1", "B2:D9", whole columns "C:C" and rows "3:5", with the sheet
 * in front ("Sheet1!A1:C3", "'绩效指标'!F12") when Excel would put it there.
 */
import { cellAddress, columnNumber } from '../../workbook/cells/a1';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1-based, inclusive */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Corner = { row: number | null; column: number | null };

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] === '' ? null : columnNumber(match[1]);
  if (match[1] !== '' && column === null) return null;
  const row = match[2] === '' ? null : Number(match[2]);
  if (row !== null && (row < 1 || row > MAX_ROWS)) return null;
  return { row, column };
}

/** "A1", "A1:C3", "C:E", "3:5" (a sheet prefix is ignored); null when Excel would not accept it */
export function parseBounds(address: string): Bounds | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.split(':');
  if (parts.length > 2) return null;
  const start = parseCorner(parts[0]);
  const end = parts.length === 2 ? parseCorner(parts[1]) : start;
  if (!start || !end) return null;
  const wholeColumns = start.row === null && end.row === null && start.column !== null && end.column !== null;
  const wholeRows = start.column === null && end.column === null && start.row !== null && end.row !== null;
  const cells = start.row !== null && start.column !== null && end.row !== null && end.column !== null;
  // "A" alone or "3" alone is not an address; whole columns and rows need the colon
  if (parts.length === 1 && !cells) return null;
  if (!wholeColumns && !wholeRows && !cells) return null;
  const top = wholeColumns ? 1 : Math.min(start.row!, end.row!);
  const bottom = wholeColumns ? MAX_ROWS : Math.max(start.row!, end.row!);
  const left = wholeRows ? 1 : Math.min(start.column!, end.column!);
  const right = wholeRows ? MAX_COLUMNS : Math.max(start.column!, end.column!);
  return { top, left, bottom, right };
}

export function formatBounds(bounds: Bounds): string {
  const start = cellAddress(bounds.top, bounds.left);
  const end = cellAddress(bounds.bottom, bounds.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Excel leaves a sheet name bare when it is a plain identifier and quotes it otherwise (spaces,
 * punctuation, non-ASCII names such as 绩效指标, names that look like a cell), doubling apostrophes.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, bounds: Bounds): string {
  return `${quoteSheetName(sheet)}!${formatBounds(bounds)}`;
}

/** "'绩效指标'!F12" → { sheet: "绩效指标", address: "F12" }; an address without a sheet gives sheet null */
export function splitSheetAddress(address: string): { sheet: string | null; address: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address };
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: address.slice(bang + 1) };
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function boundsContain(outer: Bounds, inner: Bounds): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function boundsHeight(bounds: Bounds): number {
  return bounds.bottom - bounds.top + 1;
}

export function boundsWidth(bounds: Bounds): number {
  return bounds.right - bounds.left + 1;
}
