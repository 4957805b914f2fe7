import type { CellRef, IndicatorField, IndicatorRow, Severity, WarningCode } from '../model';
import type { WarningParams } from '../warnings/catalogue';

/**
 * Where a finding points: a cell, a whole sheet (address null) or the whole workbook (sheet null).
 * row and column are kept as numbers so warnings sort without re-reading addresses; 0 for none.
 */
export interface FindingLocation {
  sheet: string | null;
  address: string | null;
  row: number;
  column: number;
}

/**
 * A warning before its messages are written: scoring records what it found, and the warnings stage
 * turns findings into the report's warnings (messages, order) in one place.
 */
export interface Finding {
  code: WarningCode;
  at: FindingLocation;
  params: WarningParams;
  /** overrides the catalogue's severity where the same case weighs differently (LEVEL1_MISSING) */
  severity?: Severity;
}

export const WORKBOOK_LOCATION: FindingLocation = { sheet: null, address: null, row: 0, column: 0 };

export function sheetLocation(sheet: string): FindingLocation {
  return { sheet, address: null, row: 0, column: 0 };
}

export function cellLocation(cell: CellRef): FindingLocation {
  return cell;
}

/**
 * The cell of one field of an indicator row; when the table has no such column, the row's 三级指标 cell,
 * else the row itself, so the finding still lands on the right line.
 */
export function fieldLocation(row: IndicatorRow, field: IndicatorField): FindingLocation {
  const cell = row.cells[field] ?? row.cells.level3;
  if (cell) return cell;
  return { sheet: row.sheet, address: null, row: row.row, column: 0 };
}

/** Every indicator message names the indicator by its 三级指标 and, for an unnamed one, its row. */
export function indicatorParams(row: IndicatorRow): { indicator: string; row: number } {
  return { indicator: row.level3.trim(), row: row.row };
}
