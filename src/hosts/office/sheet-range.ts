/**
 * Rectangles of cells named the way Excel names them ("B2", "A2:D1048576", "C:C", "3:5") and the
 * questions the office host asks of them: do two meet, is one covered by others.
 */
import { absoluteAddress, parseRange, rangeContains, rangesMeet, type CellRange } from '../../workbook/cells/cell-range';

export interface SheetRange {
  sheet: string;
  /** A1 address without the sheet */
  address: string;
}

/** whether every cell of `rect` lies in one of `cover` (which may overlap each other) */
export function isCovered(rect: CellRange, cover: readonly CellRange[]): boolean {
  const index = cover.findIndex((candidate) => rangesMeet(candidate, rect));
  if (index < 0) return false;
  const piece = cover[index];
  if (rangeContains(piece, rect)) return true;
  const rest = cover.filter((_, other) => other !== index);
  return outside(rect, piece).every((remaining) => isCovered(remaining, rest));
}

/** the parts of `rect` outside `hole` (up to four rectangles) */
function outside(rect: CellRange, hole: CellRange): CellRange[] {
  const parts: CellRange[] = [];
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

/**
 * "'评分结果'!$A$1": the form Excel reads in a hyperlink's documentReference. Absolute, because Excel saves
 * it as the link's location, and LibreOffice reads a relative C4 or R5 there as R1C1 notation (a dead link).
 */
export function documentReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${absoluteAddress(address)}`;
}

/**
 * The rectangles of a RangeAreas address ("'绩效指标'!J4:M4,'绩效指标'!H2:H3", with or without a space
 * after each comma); a comma inside a quoted sheet name does not split. What cannot be read is left out.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const areas: CellRange[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index <= address.length; index++) {
    const char = address[index];
    if (char === "'") quoted = !quoted;
    else if ((char === ',' && !quoted) || index === address.length) {
      const area = parseRange(address.slice(start, index).trim());
      if (area) areas.push(area);
      start = index + 1;
    }
  }
  return areas;
}
