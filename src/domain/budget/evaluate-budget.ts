import type { BudgetCategory, BudgetLineResult, BudgetRow, BudgetSummary, Scheme, Warning } from '../model';
import { exactFiguresOf, type BudgetLine } from './budget-line';
import { scoreBudget, type LineScore } from './budget-score';
import { checkAdjustment } from './checks/adjustment-check';
import { checkCategory } from './checks/category-check';
import { executedMissing, linesMissingExecuted } from './checks/executed-missing-check';
import { checkExecutionRate } from './checks/execution-rate-checks';
import { checkParts } from './checks/parts-check';
import { checkThreePublic } from './checks/three-public-check';
import { executionRate, fullYearRate } from './execution-rate';
import { readBudgetLine } from './read-budget-line';
import { statedUnitNotes } from './stated-unit-notes';
import { categoryFigure, unitTotals, type UnitTotals } from './unit-totals';

export interface BudgetEvaluation {
  /** null when the workbook has no budget lines */
  summary: BudgetSummary | null;
  /** a note on each unit other than 万元 the table states, then per line in table order (unreadable cells, rates, adjustments, 三公), then the score, then the sums */
  warnings: Warning[];
}

/** The 预算执行 table's metrics, score and warnings. Never throws: bad cells become warnings. */
export interface BudgetContext {
  /** Σ points of the indicator table; the default budget points apply only where it leaves room */
  indicatorPoints?: number;
}

export function evaluateBudget(rows: readonly BudgetRow[], scheme: Scheme, context: BudgetContext = {}): BudgetEvaluation {
  if (rows.length === 0) return { summary: null, warnings: [] };
  const warnings: Warning[] = statedUnitNotes(rows);
  const lines = rows.map((row) => {
    const read = readBudgetLine(row);
    warnings.push(...read.warnings);
    return read.line;
  });
  // amounts as the lines show them (to 0.01 万元 where converted from 元); rates on the exact ones
  const unit = unitTotals(lines);
  const rateUnit = unitTotals(lines, exactFiguresOf);
  const spendingMissing = linesMissingExecuted(lines);
  for (const line of lines) {
    warnings.push(...checkCategory(line));
    if (spendingMissing.has(line)) warnings.push(executedMissing(line));
    if (!restatesTotalLine(line, unit)) warnings.push(...checkExecutionRate(line, scheme), ...checkAdjustment(line));
    warnings.push(...checkThreePublic(line));
  }
  const score = scoreBudget(lines, rateUnit, scheme, context.indicatorPoints ?? 0);
  warnings.push(...score.warnings, ...checkParts(lines, scheme));

  const executed = (category: BudgetCategory) => categoryFigure(lines, [category], 'executed');
  const projectInitial = categoryFigure(lines, ['project'], 'initial');
  const exactProject = (field: 'initial' | 'adjusted' | 'executed') => categoryFigure(lines, ['project'], field, exactFiguresOf);
  const projectRate = executionRate({ initial: exactProject('initial'), adjusted: exactProject('adjusted'), executed: exactProject('executed') });

  const summary: BudgetSummary = {
    initial: unit?.initial ?? null,
    adjusted: unit?.adjusted ?? null,
    executed: unit?.executed ?? null,
    // what the score, the caps and the credibility check rest on: 全年 only, never 年初
    executionRate: rateUnit ? (fullYearRate(rateUnit)?.rate ?? null) : null,
    points: score.points,
    score: score.score,
    basic: executed('basic'),
    personnel: executed('personnel'),
    publicUse: executed('publicUse'),
    project: executed('project'),
    projectInitial,
    projectExecutionRate: projectRate?.rate ?? null,
    threePublic: executed('threePublic'),
    threePublicLastYear: categoryFigure(lines, ['threePublic'], 'lastYear'),
    fiscal: executed('fiscal'),
    carryOver: executed('carryOver'),
    otherFunds: executed('otherFunds'),
    lines: lines.map((line) => lineResult(line, score.byLine.get(line))),
  };
  return { summary, warnings };
}

/**
 * A line with the 合计 line's very figures (其中：当年财政拨款 when all the money is this year's
 * appropriation, 项目支出 when the unit has only project spending) is the same money: its rate and its
 * adjustment are the total's, whose warnings already say them, so they are not said twice.
 */
function restatesTotalLine(line: BudgetLine, unit: UnitTotals | null): boolean {
  const total = unit?.totalLine;
  if (!total || total === line) return false;
  const { initial, adjusted, executed } = line.figures;
  return initial === total.figures.initial && adjusted === total.figures.adjusted && executed === total.figures.executed;
}

function lineResult(line: BudgetLine, score: LineScore | undefined): BudgetLineResult {
  const { row, figures } = line;
  return {
    sheet: row.sheet,
    row: row.row,
    name: line.name,
    category: row.category,
    initial: figures.initial,
    adjusted: figures.adjusted,
    executed: figures.executed,
    executionRate: executionRate(exactFiguresOf(line))?.rate ?? null,
    points: score?.points ?? null,
    score: score?.score ?? null,
  };
}
