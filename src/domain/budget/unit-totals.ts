import type { BudgetCategory } from '../model';
import { exactSum } from '../numbers/round';
import { linesOf, type AmountField, type BudgetLine } from './budget-line';
import type { BudgetFigures } from './execution-rate';

/**
 * The sum of one figure over the lines of some categories, exact. Null when there is no such line, or
 * when one of them lacks the figure: a partial sum would pass for a total and mislead.
 */
export function categoryFigure(lines: readonly BudgetLine[], categories: readonly BudgetCategory[], field: AmountField): number | null {
  const selected = categories.flatMap((category) => linesOf(lines, category));
  if (selected.length === 0) return null;
  const values = selected.map((line) => line.figures[field]);
  return values.every((v): v is number => v !== null) ? exactSum(values) : null;
}

export type UnitTotalsSource = 'totalLine' | 'basicAndProject' | 'tasks';

export interface UnitTotals extends BudgetFigures {
  source: UnitTotalsSource;
  /** the 合计 line when the totals are its own figures */
  totalLine: BudgetLine | null;
}

const PARTS: readonly BudgetCategory[] = ['basic', 'project'];

/**
 * The unit's 全年预算数 and 执行数: the (first) 合计 line; without one, 基本支出 + 项目支出; without
 * those, the 任务 lines (a project evaluation listing only its tasks). Figures are never mixed from two
 * sources, so B and A of the rate always describe the same money.
 */
export function unitTotals(lines: readonly BudgetLine[]): UnitTotals | null {
  const totalLine = linesOf(lines, 'total')[0];
  if (totalLine) return { source: 'totalLine', totalLine, ...pick(totalLine) };
  for (const [source, categories] of [
    ['basicAndProject', PARTS],
    ['tasks', ['task']],
  ] as const) {
    if (categories.some((category) => linesOf(lines, category).length > 0)) {
      return {
        source,
        totalLine: null,
        initial: categoryFigure(lines, categories, 'initial'),
        adjusted: categoryFigure(lines, categories, 'adjusted'),
        executed: categoryFigure(lines, categories, 'executed'),
      };
    }
  }
  return null;
}

function pick(line: BudgetLine): BudgetFigures {
  return { initial: line.figures.initial, adjusted: line.figures.adjusted, executed: line.figures.executed };
}
