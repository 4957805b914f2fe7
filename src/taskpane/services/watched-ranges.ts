/**
 * Which edits re-score: the input tables' columns from their header row down (so rows typed below a
 * table count too), and which ranges are the add-in's own writes (never a reason to re-score).
 */
import type { Detection } from '../../workbook/detect/detection-types';
import { columnLetters } from '../../workbook/cells/a1';
import type { WritePlan } from '../../workbook/write-plan';

export interface SheetRange {
  sheet: string;
  address: string;
}

const LAST_EXCEL_ROW = 1_048_576;

export function inputRanges(detection: Detection): SheetRange[] {
  const tables = [detection.indicators, detection.budget, detection.basicInfo, detection.settings];
  return tables.flatMap((table) =>
    table ? [{ sheet: table.sheet, address: `${columnLetters(table.left)}${table.firstHeaderRow}:${columnLetters(table.right)}${LAST_EXCEL_ROW}` }] : [],
  );
}

export function writtenRanges(plan: WritePlan): SheetRange[] {
  return plan.ops.flatMap((op): SheetRange[] => {
    switch (op.kind) {
      case 'setCells': {
        const rows = op.cells.length;
        const columns = Math.max(0, ...op.cells.map((row) => row.length));
        if (rows === 0 || columns === 0) return [];
        const start = `${columnLetters(op.left)}${op.top}`;
        const end = `${columnLetters(op.left + columns - 1)}${op.top + rows - 1}`;
        return [{ sheet: op.sheet, address: start === end ? start : `${start}:${end}` }];
      }
      case 'clearRange':
      case 'merge':
        return [{ sheet: op.sheet, address: op.address }];
      default:
        return [];
    }
  });
}
