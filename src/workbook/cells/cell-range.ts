/**
 * Rectangles of cells named the way Excel names them: "F12", "B2:D4" (corners in any order), whole
 * columns "C:E" and whole rows "3:5", with or without a "Sheet!" prefix. One reading for every host.
 */
import { columnNumber } from './a1';

export const LAST_ROW = 1_048_576;
export const LAST_COLUMN = 16_384;

/** 1-based, inclusive */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Corner = { row: number | null; column: number | null };

/** the rectangle an address names (a sheet prefix is ignored); null when Excel would not accept it */
export function parseRange(address: string): CellRange | null {
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
  return {
    top: wholeColumns ? 1 : Math.min(start.row!, end.row!),
    bottom: wholeColumns ? LAST_ROW : Math.max(start.row!, end.row!),
    left: wholeRows ? 1 : Math.min(start.column!, end.column!),
    right: wholeRows ? LAST_COLUMN : Math.max(start.column!, end.column!),
  };
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] === '' ? null : columnNumber(match[1]);
  if (match[1] !== '' && column === null) return null;
  const row = match[2] === '' ? null : Number(match[2]);
  if (row !== null && (row < 1 || row > LAST_ROW)) return null;
  return { row, column };
}

/** whether the two share at least one cell */
export function rangesMeet(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function rangeContains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/**
 * Whether writing cell contents to `rect` would change part of the merged area `merge`, which Excel
 * refuses ("cannot change part of a merged cell"): the two meet, `rect` does not hold the whole merge,
 * and it reaches more than the merge's top-left cell (which stands for the whole merge).
 */
export function cutsMergedArea(rect: CellRange, merge: CellRange): boolean {
  if (!rangesMeet(rect, merge) || rangeContains(rect, merge)) return false;
  const onlyTopLeft = rect.top <= merge.top && rect.left <= merge.left && Math.min(rect.bottom, merge.bottom) === merge.top && Math.min(rect.right, merge.right) === merge.left;
  return !onlyTopLeft;
}

/**
 * "C4" → "$C$4", "B2:D4" → "$B$2:$D$4" (a sheet prefix is kept): the form a hyperlink to a cell is written
 * in. LibreOffice reads a relative "C4" or "R5" in a link's location as R1C1 notation (row/column),
 * leaves it unconverted and the link is dead; an absolute reference means the same in every notation.
 */
export function absoluteAddress(address: string): string {
  const cut = address.lastIndexOf('!') + 1;
  const corners = address.slice(cut).split(':');
  if (corners.length > 2 || !parseRange(address)) return address;
  const absolute = corners.map((corner) => {
    const [, column, row] = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(corner.trim())!;
    return `${column === '' ? '' : `$${column.toUpperCase()}`}${row === '' ? '' : `$${row}`}`;
  });
  return address.slice(0, cut) + absolute.join(':');
}
