import type { Scheme, Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { exactFiguresOf, hasNote, locationOf, noteParams, type BudgetLine } from '../budget-line';
import { executionRate } from '../execution-rate';
import { isBelowProduct } from '../../numbers/compare';

/**
 * A line's execution rate against 100% and the scheme's low line, compared on exact decimals.
 * Under-spending 三公经费 is the aim, not a problem, so those lines are not checked for a low rate.
 * A low rate explained in 说明 stays listed, as info: the report still has to say why.
 */
export function checkExecutionRate(line: BudgetLine, scheme: Scheme): Warning[] {
  // the rate on the amounts before any rounding in conversion; the amounts told as the line shows them
  const rate = executionRate(exactFiguresOf(line));
  // a line with 分值 is told the same by the score (missingForScore), on the same cell: once is enough
  if (rate === null) return line.figures.points !== null && line.figures.points > 0 ? [] : spentWithoutBudget(line);
  const at = locationOf(line.row, 'executed');
  const shown = executionRate(line.figures) ?? rate;
  const figures = { line: line.name, rate: rate.rate, executed: shown.executed, budget: shown.budget, base: rate.base };

  // figures compare as their decimals do (see numbers/compare)
  // over by less than the rounding shows (1,291.734 against 1,291.73 万元): the exact amounts say it
  const overByRounding = shown.executed <= shown.budget;
  if (rate.executed > rate.budget) return [createWarning('EXECUTION_OVER_100', at, overByRounding ? { ...figures, executed: rate.executed, budget: rate.budget } : figures)];

  const isLow = isBelowProduct(rate.executed, rate.budget, scheme.lowExecutionRate);
  if (!isLow || line.row.category === 'threePublic') return [];
  const params = { ...figures, threshold: scheme.lowExecutionRate, note: line.row.note.trim(), ...noteParams(line) };
  return [createWarning('EXECUTION_LOW', at, params, hasNote(line) ? 'info' : undefined)];
}

/**
 * Money spent against a budget of 0 or less has no rate, yet it is the plainest overspending (or a
 * budget typed in the wrong cell): say so on the budget cell the rate would have used.
 */
function spentWithoutBudget(line: BudgetLine): Warning[] {
  const { initial, adjusted, executed } = line.figures;
  const base = adjusted !== null ? 'adjusted' : 'initial';
  const budget = adjusted ?? initial;
  if (budget === null || executed === null || budget > 0 || !(executed > 0)) return [];
  const params = { line: line.name, field: base, text: String(budget), reason: 'spentWithoutBudget', budget, executed };
  return [createWarning('BUDGET_VALUE_UNREADABLE', locationOf(line.row, base), params, 'warning')];
}
