import type { BudgetLine } from '../../../src/domain/budget/budget-line';
import { readBudgetLine } from '../../../src/domain/budget/read-budget-line';
import type { BudgetRow } from '../../../src/domain/model';
import { BUDGET_SHEET, budgetRows as sheetRows, type BudgetSpec } from '../../fixtures/seeds';

export { BUDGET_SHEET };

/** A budget line at a given row of the standard 预算执行 sheet (资金项目 | 类别 | 年初 | 全年 | 执行 | 分值 | 上年 | 说明). */
export type LineSpec = BudgetSpec & { row: number };

export function budgetRow(spec: LineSpec): BudgetRow {
  return sheetRows([spec], BUDGET_SHEET, spec.row)[0];
}

/** Rows 2, 3, 4 … from a list of specs without row numbers. */
export function budgetRows(specs: readonly BudgetSpec[]): BudgetRow[] {
  return sheetRows(specs);
}

export function budgetLine(spec: BudgetSpec & { row?: number }): BudgetLine {
  return readBudgetLine(budgetRow({ row: 2, ...spec })).line;
}

export function budgetLines(specs: readonly BudgetSpec[]): BudgetLine[] {
  return budgetRows(specs).map((row) => readBudgetLine(row).line);
}
