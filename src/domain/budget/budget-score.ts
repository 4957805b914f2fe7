import type { BudgetCategory, Scheme, Warning } from '../model';
import { exactSum, scaledRatio } from '../numbers/round';
import { createWarning, type WarningParams } from '../warnings/catalogue';
import { exactFiguresOf, locationOf, type BudgetLine } from './budget-line';
import { fullYearRate, type ExecutionRate } from './execution-rate';
import type { UnitTotals } from './unit-totals';

export interface LineScore {
  points: number;
  score: number;
}

export interface BudgetScore {
  points: number;
  score: number;
  /** the lines that carry points, with their score */
  byLine: Map<BudgetLine, LineScore>;
  warnings: Warning[];
}

/** w · min(B / A, 1), rounded half up to 2 decimals; nothing spent scores 0. */
export function executionScore(points: number, rate: ExecutionRate): number {
  if (rate.rate >= 1) return points;
  if (rate.executed <= 0) return 0;
  return scaledRatio(points, rate.executed, rate.budget);
}

/**
 * Which line carries the budget execution points:
 * - every line with a 分值 is scored on its own rate (the 合计 line for a department, the 项目支出 or
 *   任务 line for a project), and the budget score is their sum; 分值 0 says "not scored" (seed 000
 *   has no budget line in its scoring table);
 * - the 分值 the reader moved from the indicator table's 预算执行率 row, where the budget table has no
 *   合计 line (BudgetRow.pointsScoreUnitTotals), scores the unit's totals, as the row's rate is theirs;
 * - with no 分值 anywhere, the unit's totals are scored with scheme.budgetPointsDefault, shown on the
 *   合计 line when there is one — but only when the indicator table leaves room for them: a department
 *   whose indicators already carry the full total would otherwise be scored out of 110;
 * - with no 分值 and no computable unit rate (no budget figures at all), nothing is scored: 0 of 0.
 */
export function scoreBudget(lines: readonly BudgetLine[], unit: UnitTotals | null, scheme: Scheme, indicatorPoints = 0): BudgetScore {
  const byLine = new Map<BudgetLine, LineScore>();
  const warnings: Warning[] = [];
  const pointed = lines.filter((line) => line.figures.points !== null);
  const unitScores: LineScore[] = [];

  if (pointed.length > 0) {
    for (const line of pointed) {
      const points = line.figures.points ?? 0;
      if (points > scheme.totalPoints) {
        // no line is worth more than the whole evaluation: a typing slip, left out rather than scored
        warnings.push(aboveTotal(line));
        continue;
      }
      // points for the whole unit are scored on its totals, and shown on no one line; where a part
      // lacks a figure the totals cannot be summed, and the line's own rate stands in (the blank part has
      // its own warning)
      const unitRate = line.row.pointsScoreUnitTotals && unit ? fullYearRate(unit) : null;
      const forUnit = unitRate !== null;
      const rate = unitRate ?? fullYearRate(exactFiguresOf(line));
      if (rate === null && points > 0) warnings.push(missingForScore(line));
      const scored = { points, score: rate === null ? 0 : executionScore(points, rate) };
      if (forUnit) unitScores.push(scored);
      else byLine.set(line, scored);
    }
  } else {
    const unitRate = unit ? fullYearRate(unit) : null;
    const points = scheme.budgetPointsDefault;
    const leavesRoom = exactSum([indicatorPoints, points]) <= scheme.totalPoints;
    if (!leavesRoom) return { points: 0, score: 0, byLine, warnings };
    if (unitRate === null) {
      const onInitialOnly = unit !== null && unit.adjusted === null && unit.initial !== null && unit.executed !== null;
      if (onInitialOnly) warnings.push(unscoredWithoutFullYear(lines, unit));
      return { points: 0, score: 0, byLine, warnings };
    }
    const score = executionScore(points, unitRate);
    if (unit?.totalLine) byLine.set(unit.totalLine, { points, score });
    return { points, score, byLine, warnings };
  }

  const scores = [...byLine.values(), ...unitScores];
  return { points: exactSum(scores.map((s) => s.points)), score: exactSum(scores.map((s) => s.score)), byLine, warnings };
}

function aboveTotal(line: BudgetLine): Warning {
  return createWarning('BUDGET_VALUE_UNREADABLE', locationOf(line.row, 'points'), { line: line.name, field: 'points', text: String(line.figures.points), reason: 'aboveTotal' });
}

/**
 * The line with 分值 lacks 全年执行数, or a 全年预算数 above 0: the 全年预算数 of 0 or less (budget), or the
 * 年初预算数 when that is all there is (initial: it is not a substitute), is named.
 */
function missingForScore(line: BudgetLine): Warning {
  const { executed, adjusted, initial } = line.figures;
  const field = executed === null ? 'executed' : 'adjusted';
  const budget: WarningParams = adjusted !== null ? (adjusted <= 0 ? { budget: adjusted } : {}) : initial !== null ? { initial } : { noBudget: 1 };
  const params = { line: line.name, field, text: '', reason: 'missingForScore', ...budget };
  return createWarning('BUDGET_VALUE_UNREADABLE', locationOf(line.row, field), params);
}

/**
 * No line has 分值 and the unit's totals have 年初 but no 全年: the default points are not scored (points
 * nobody typed are not added as a 0), and the user is told, since a 年初 figure was there to be used.
 */
function unscoredWithoutFullYear(lines: readonly BudgetLine[], unit: UnitTotals): Warning {
  const line = unit.totalLine ?? lines.find((l) => UNIT_PARTS[unit.source].includes(l.row.category) && l.figures.adjusted === null) ?? lines[0];
  // the 年初 quoted is the named line's own: the unit's sum when the line is the 合计, else the part's
  const initial = unit.totalLine ? unit.initial : line.figures.initial;
  return createWarning('BUDGET_VALUE_UNREADABLE', locationOf(line.row, 'adjusted'), { line: line.name, field: 'adjusted', text: '', reason: 'unscoredWithoutFullYear', initial: initial ?? 0 }, 'warning');
}

const UNIT_PARTS: Record<UnitTotals['source'], readonly (BudgetCategory | null)[]> = { totalLine: ['total'], basicAndProject: ['basic', 'project'], tasks: ['task'] };
