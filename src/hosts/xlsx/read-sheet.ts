import ExcelJS from 'exceljs';
import type { CellError, CellScalar } from '../../domain/model';
import type { SheetGrid } from '../../workbook/grid';
import { GENERAL_FORMAT, readCell } from './read-cell';
import type { CellRange } from '../../workbook/cells/cell-range';

/**
 * A worksheet's used range as a SheetGrid. Like Excel's used range, it spans every cell that holds a
 * value or a format of its own (so a formatted but empty table still counts), and it need not start
 * at A1. An empty sheet reads as A1 alone, as Office.js reports it.
 */
export function readSheet(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean,
  /** told the 1-based row and column of each formula the file holds no result for, row by row */
  onUncalculated?: (row: number, column: number) => void,
): SheetGrid {
  const bounds = usedBounds(worksheet) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  const values: Array<Array<CellScalar | CellError>> = [];
  const numberFormats: string[][] = [];
  const formulas: Array<Array<string | null>> = [];
  const merges = new Map<ExcelJS.Cell, CellRange>();
  for (let r = 0; r < height; r++) {
    const row = worksheet.findRow(bounds.top + r);
    const rowValues: Array<CellScalar | CellError> = new Array(width).fill(null);
    const rowFormats: string[] = new Array(width).fill(GENERAL_FORMAT);
    const rowFormulas: Array<string | null> = new Array(width).fill(null);
    if (row) {
      for (let c = 0; c < width; c++) {
        const cell = row.findCell(bounds.left + c);
        if (!cell) continue;
        if (cell.type === ExcelJS.ValueType.Merge) widenMerge(merges, cell);
        const read = readCell(cell, date1904);
        rowValues[c] = read.value;
        rowFormats[c] = read.numberFormat;
        rowFormulas[c] = read.formula;
        if (read.uncalculated) onUncalculated?.(bounds.top + r, bounds.left + c);
      }
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
  }
  return {
    name: worksheet.name,
    top: bounds.top,
    left: bounds.left,
    values,
    numberFormats,
    formulas,
    visibility: worksheet.state,
    ...(merges.size > 0 ? { merges: [...merges.values()] } : {}),
  };
}

/**
 * A merge's area, from its covered cells as they are met (each names its top-left cell): read from the
 * cells already visited rather than from ExcelJS's internal list of merges.
 */
function widenMerge(merges: Map<ExcelJS.Cell, CellRange>, covered: ExcelJS.Cell): void {
  const master = covered.master;
  // ExcelJS declares row and col as strings; they are numbers
  const row = Number(covered.row);
  const column = Number(covered.col);
  const area = merges.get(master);
  if (!area) {
    merges.set(master, { top: Number(master.row), left: Number(master.col), bottom: row, right: column });
    return;
  }
  area.bottom = Math.max(area.bottom, row);
  area.right = Math.max(area.right, column);
}

function usedBounds(worksheet: ExcelJS.Worksheet): CellRange | null {
  let bounds: CellRange | null = null;
  const include = (row: number, column: number): void => {
    if (!bounds) {
      bounds = { top: row, left: column, bottom: row, right: column };
      return;
    }
    bounds.top = Math.min(bounds.top, row);
    bounds.bottom = Math.max(bounds.bottom, row);
    bounds.left = Math.min(bounds.left, column);
    bounds.right = Math.max(bounds.right, column);
  };
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell && isUsed(cell)) include(r, c);
    }
  }
  return bounds;
}

function isUsed(cell: ExcelJS.Cell): boolean {
  if (cell.type !== ExcelJS.ValueType.Null) return true;
  const style = cell.style as Partial<ExcelJS.Style> | undefined;
  if (!style) return false;
  return style.numFmt !== undefined || style.font !== undefined || style.fill !== undefined || style.border !== undefined || style.alignment !== undefined;
}
