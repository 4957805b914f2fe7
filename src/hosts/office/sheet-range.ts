/**
 * Rectangles of cells named the way Excel names them ("B2", "A2:D1048576", "C:C", "3:5") and the
 * questions the office host asks of them: do two meet, is one covered by others.
 */
import { columnNumber } from '../../workbook/cells/a1';

export interface CellRect {
  /** 1-based, inclusive */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetRange {
  sheet: string;
  /** A1 address without the sheet */
  address: string;
}

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** the rectangle of an address (a "Sheet!" prefix is ignored); null when it is not one */
export function parseRect(address: string): CellRect | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second, extra] = local.split(':');
  if (extra !== undefined || first === undefined) return null;
  const start = parseCorner(first);
  const end = second === undefined ? start : parseCorner(second);
  if (!start || !end) return null;
  if (second === undefined && (start.row === null || start.column === null)) return null;
  if ((start.row === null) !== (end.row === null) || (start.column === null) !== (end.column === null)) return null;
  return {
    top: start.row === null ? 1 : Math.min(start.row, end.row!),
    bottom: start.row === null ? LAST_ROW : Math.max(start.row, end.row!),
    left: start.column === null ? 1 : Math.min(start.column, end.column!),
    right: start.column === null ? LAST_COLUMN : Math.max(start.column, end.column!),
  };
}

function parseCorner(text: string): { row: number | null; column: number | null } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] === '' ? null : columnNumber(match[1]);
  if (match[1] !== '' && column === null) return null;
  const row = match[2] === '' ? null : Number(match[2]);
  if (row !== null && (row < 1 || row > LAST_ROW)) return null;
  return { row, column };
}

export function rectsMeet(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: CellRect, inner: CellRect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** whether every cell of `rect` lies in one of `cover` (which may overlap each other) */
export function isCovered(rect: CellRect, cover: readonly CellRect[]): boolean {
  const index = cover.findIndex((candidate) => rectsMeet(candidate, rect));
  if (index < 0) return false;
  const piece = cover[index];
  if (contains(piece, rect)) return true;
  const rest = cover.filter((_, other) => other !== index);
  return outside(rect, piece).every((remaining) => isCovered(remaining, rest));
}

/** the parts of `rect` outside `hole` (up to four rectangles) */
function outside(rect: CellRect, hole: CellRect): CellRect[] {
  const parts: CellRect[] = [];
  if (hole.top > rect.top) parts.push({ ...rect, bottom: hole.top - 1 });
  if (hole.bottom < rect.bottom) parts.push({ ...rect, top: hole.bottom + 1 });
  const top = Math.max(rect.top, hole.top);
  const bottom = Math.min(rect.bottom, hole.bottom);
  if (hole.left > rect.left) parts.push({ top, bottom, left: rect.left, right: hole.left - 1 });
  if (hole.right < rect.right) parts.push({ top, bottom, left: hole.right + 1, right: rect.right });
  return parts;
}

/** Excel compares sheet names without regard to case */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** "'评分结果'!A1": the form Excel reads in a hyperlink's documentReference */
export function documentReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
