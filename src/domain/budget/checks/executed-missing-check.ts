import type { BudgetCategory, RawCell, Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { linesOf, locationOf, type BudgetLine } from '../budget-line';

/**
 * The lines whose spending the report needs: the unit's total and its parts. A 任务 line gives the
 * task's funds (seed 002 publishes its three tasks' funds and no spending by task), fund sources and
 * 三公经费 are often given with their budget only, and a line of no known category may be anything.
 */
const SPENDING_ASKED_OF: readonly BudgetCategory[] = ['total', 'basic', 'project', 'personnel', 'publicUse'];
/** 人员经费 and 日常公用经费 are 基本支出's parts: given its spending, theirs may be left out */
const PARTS_OF_BASIC: readonly BudgetCategory[] = ['personnel', 'publicUse'];

/**
 * The lines with a budget and their 全年执行数 cell left blank, in table order: they have no execution
 * rate, and nothing else says so (the parts checks pass over blank cells). A blank is not 0: the user is
 * asked to fill it in, with 0 where nothing was spent. Not asked: the line carrying 分值 (its own
 * message, missingForScore), a cell that cannot be read (BUDGET_VALUE_UNREADABLE already), a table with
 * no 全年执行数 column, and lines of other categories (SPENDING_ASKED_OF). Where the column is blank on
 * every line (a budget-only table), the first such line alone is named: one cell tells what to fill in.
 */
export function linesMissingExecuted(lines: readonly BudgetLine[]): Set<BudgetLine> {
  const basicSpent = linesOf(lines, 'basic').some((line) => line.figures.executed !== null);
  const missing = lines.filter((line) => {
    const { row, figures } = line;
    if (row.category === null || !SPENDING_ASKED_OF.includes(row.category)) return false;
    if (basicSpent && PARTS_OF_BASIC.includes(row.category)) return false;
    if (row.executed === null || !isBlank(row.executed) || figures.points !== null) return false;
    const budget = figures.adjusted ?? figures.initial;
    return budget !== null && budget !== 0;
  });
  const anySpent = lines.some((line) => line.figures.executed !== null);
  return new Set(anySpent ? missing : missing.slice(0, 1));
}

/** the warning at a line's blank 全年执行数 (see linesMissingExecuted) */
export function executedMissing(line: BudgetLine): Warning {
  const { row, figures } = line;
  const base = figures.adjusted !== null ? 'adjusted' : 'initial';
  const params = { line: line.name, field: 'executed', text: '', reason: 'executedBlank', base, budget: figures[base] ?? 0 };
  return createWarning('BUDGET_VALUE_UNREADABLE', locationOf(row, 'executed'), params, 'warning');
}

const isBlank = (cell: RawCell): boolean => cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
