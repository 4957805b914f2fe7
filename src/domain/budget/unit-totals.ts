import type { BudgetCategory } from '../model';
import { exactSum } from '../numbers/round';
import { linesOf, type AmountField, type BudgetLine } from './budget-line';

/** which figures of a line to read: as shown (rounded where converted from 元), or exact (exactFiguresOf) */
export type FiguresOf = (line: BudgetLine) => Record<AmountField, number | null>;

const shownFigures: FiguresOf = (line) => line.figures;
import type { BudgetFigures } from './execution-rate';

/**
 * The sum of one figure over the lines of some categories, exact. Null when there is no such line, or
 * when one of them lacks the figure: a partial sum would pass for a total and mislead.
 */
export function categoryFigure(lines: readonly BudgetLine[], categories: readonly BudgetCategory[], field: AmountField, figuresOf = shownFigures): number | null {
  const selected = categories.flatMap((category) => linesOf(lines, category));
  if (selected.length === 0) return null;
  const values = selected.map((line) => figuresOf(line)[field]);
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
export function unitTotals(lines: readonly BudgetLine[], figuresOf = shownFigures): UnitTotals | null {
  const totalLine = linesOf(lines, 'total')[0];
  if (totalLine) return { source: 'totalLine', totalLine, ...pick(figuresOf(totalLine)) };
  for (const [source, categories] of [
    ['basicAndProject', PARTS],
    ['tasks', ['task']],
  ] as const) {
    if (categories.some((category) => linesOf(lines, category).length > 0)) {
      return {
        source,
        totalLine: null,
        initial: categoryFigure(lines, categories, 'initial', figuresOf),
        adjusted: categoryFigure(lines, categories, 'adjusted', figuresOf),
        executed: categoryFigure(lines, categories, 'executed', figuresOf),
      };
    }
  }
  return null;
}

function pick(figures: BudgetFigures): BudgetFigures {
  return { initial: figures.initial, adjusted: figures.adjusted, executed: figures.executed };
}
