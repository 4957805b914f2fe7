import type { RawCell, Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { locationOf, type BudgetLine } from '../budget-line';

/**
 * A line with a budget and its 全年执行数 cell left blank: it has no execution rate, and nothing else
 * says so (the parts checks pass over blank cells). A blank is not 0: the user is asked to fill it in,
 * with 0 where nothing was spent. The line carrying 分值 has its own message (missingForScore), a cell
 * that cannot be read has BUDGET_VALUE_UNREADABLE already, and a table with no 全年执行数 column has
 * nothing to fill in. A 任务 line gives the task's funds, which is what the report needs of it (seed
 * 002 publishes its three tasks' funds and no spending by task).
 */
export function checkExecutedMissing(line: BudgetLine): Warning[] {
  const { row, figures } = line;
  if (row.category === 'task' || row.executed === null || !isBlank(row.executed) || figures.points !== null) return [];
  const base = figures.adjusted !== null ? 'adjusted' : figures.initial !== null ? 'initial' : null;
  const budget = base === null ? null : figures[base];
  if (base === null || budget === null || budget === 0) return [];
  return [createWarning('BUDGET_VALUE_UNREADABLE', locationOf(row, 'executed'), { line: line.name, field: 'executed', text: '', reason: 'executedBlank', base, budget }, 'warning')];
}

const isBlank = (cell: RawCell): boolean => cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
