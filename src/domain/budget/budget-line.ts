import type { BudgetCategory, BudgetField, BudgetRow } from '../model';
import type { WarningLocation } from '../warnings/catalogue';

/** The figures of a 预算执行 line, in 万元 (分值 in points). */
export const AMOUNT_FIELDS = ['initial', 'adjusted', 'executed', 'points', 'lastYear'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** A 预算执行 row with its figures read; null where the cell is blank or unreadable. */
export interface BudgetLine {
  row: BudgetRow;
  /** the name messages use: 资金项目, else 类别 as typed, else the row number */
  name: string;
  figures: Record<AmountField, number | null>;
  /**
   * The figures before rounding, where amounts were converted from 元 or 千元 and rounded to 0.01 万元
   * (see read-budget-line): the sums are checked on these, so that rounding each line never makes a
   * table that adds up in 元 look as if it did not.
   */
  exactFigures?: Record<AmountField, number | null>;
}

/** the figures before any rounding in conversion: what rates and sums are worked out on */
export function exactFiguresOf(line: BudgetLine): Record<AmountField, number | null> {
  return line.exactFigures ?? line.figures;
}

/** a figure before any rounding in conversion */
export function exactFigure(line: BudgetLine, field: AmountField): number | null {
  return exactFiguresOf(line)[field];
}

export function lineName(row: BudgetRow): string {
  const name = row.name.trim() || row.categoryText.trim();
  return name !== '' ? name : `第 ${row.row} 行`;
}

/** The cell a finding is about; the line's name cell (or just its sheet) when that column is absent. */
export function locationOf(row: BudgetRow, field: BudgetField): WarningLocation {
  return row.cells[field] ?? row.cells.name ?? { sheet: row.sheet, address: null };
}

export function linesOf(lines: readonly BudgetLine[], category: BudgetCategory): BudgetLine[] {
  return lines.filter((line) => line.row.category === category);
}

export const hasNote = (line: BudgetLine): boolean => line.row.note.trim() !== '';

/**
 * Whether the table has a 说明 column for the reason a warning asks for (1) or not (0): the MoF
 * 自评表 has none, and "write it in 说明" must then say to add one. A warning param, so a number.
 */
export const noteColumnParam = (line: BudgetLine): 0 | 1 => (line.row.cells.note ? 1 : 0);

/** The params that say where the reason goes: whether there is a 说明 column, and its header where it is not 说明 (备注). */
export function noteParams(line: BudgetLine): { noteColumn: 0 | 1; noteHeader?: string } {
  const noteColumn = noteColumnParam(line);
  const header = line.row.noteHeader;
  return noteColumn === 1 && header ? { noteColumn, noteHeader: header } : { noteColumn };
}
