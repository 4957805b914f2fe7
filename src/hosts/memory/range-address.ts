/**
 * Addresses as Excel writes them: "A1", "B2:D9", whole columns "C:C" and rows "3:5", with the sheet
 * in front ("Sheet1!A1:C3", "'绩效指标'!F12") when Excel would put it there.
 */
import { rangeAddress } from '../../workbook/cells/a1';
import type { CellRange } from '../../workbook/cells/cell-range';

/** 1-based, inclusive */
export type Bounds = CellRange;

export function formatBounds(bounds: Bounds): string {
  return rangeAddress(bounds.top, bounds.left, bounds.bottom, bounds.right);
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

export function boundsHeight(bounds: Bounds): number {
  return bounds.bottom - bounds.top + 1;
}

export function boundsWidth(bounds: Bounds): number {
  return bounds.right - bounds.left + 1;
}
