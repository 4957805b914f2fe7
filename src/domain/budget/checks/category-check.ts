import type { Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { locationOf, type BudgetLine } from '../budget-line';

/**
 * A 类别 the engine does not know leaves the line out of every total and check of the parts, which the
 * user would not guess: say so. A warning, not an error: the line's own rate is still checked.
 */
export function checkCategory(line: BudgetLine): Warning[] {
  const text = line.row.categoryText.trim();
  if (line.row.category !== null || text === '') return [];
  const params = { line: line.name, field: 'category', text, reason: 'unknownCategory' };
  return [createWarning('BUDGET_VALUE_UNREADABLE', locationOf(line.row, 'category'), params, 'warning')];
}
