import type { BudgetSummary, Level1Kind, LevelTotal, ReportTotal, Scheme, ScoredIndicator, TaskSummary } from '../model';
import { ExactSum, roundScore, scaleScore } from './fast-round';
import { WORKBOOK_LOCATION, type Finding } from './findings';
import { gradeFor, scoreRatio } from './grade';
import { percentText } from './score-indicator';

/** The level the budget execution line forms in the totals. */
export const BUDGET_LEVEL_NAME = '预算执行';

export interface Totals {
  levels: LevelTotal[];
  tasks: TaskSummary[];
  total: ReportTotal;
}

/** The budget line's part in the totals: counted when it carries points and the table has no 预算执行 dimension. */
export interface BudgetPart {
  points: number;
  score: number;
}

/**
 * The budget summary's score counts as its own level when its line carries points, unless the
 * indicator table already holds a 预算执行 dimension: that would count budget execution twice.
 */
export function budgetPart(summary: BudgetSummary | null, indicators: readonly ScoredIndicator[]): BudgetPart | null {
  if (!summary || !(summary.points > 0)) return null;
  for (const indicator of indicators) if (indicator.level1Kind === 'budget') return null;
  return { points: summary.points, score: summary.score };
}

/**
 * The totals stage: the rescale of not-applicable rows, levels (first-seen order, then the budget
 * level), tasks, the total, its execution cap and the grades.
 */
export function computeTotals(
  indicators: readonly ScoredIndicator[],
  budget: BudgetSummary | null,
  scheme: Scheme,
  findings: Finding[],
): Totals {
  const part = budgetPart(budget, indicators);
  const factor = rescaleFactor(indicators, part, scheme);
  if (factor !== null) rescaleScores(indicators, factor);
  const budgetScore = part ? (factor !== null ? roundScore(part.score * factor) : part.score) : 0;
  const budgetPoints = part ? (factor !== null ? roundScore(part.points * factor) : part.points) : 0;

  const levels = levelTotals(indicators, factor, scheme);
  if (part) levels.push(budgetLevel(budgetPoints, budgetScore, scheme));

  const scoreSum = new ExactSum();
  const pointsSum = new ExactSum();
  for (const level of levels) {
    scoreSum.add(level.score);
    pointsSum.add(level.points);
  }
  const max = factor !== null ? scheme.totalPoints : pointsSum.value;
  const total = capTotal(scoreSum.value, max, budget, scheme, findings);
  return { levels, tasks: taskSummaries(indicators, budget), total };
}

function isCounted(indicator: ScoredIndicator): boolean {
  return indicator.status !== 'notApplicable' && indicator.points !== null;
}

/**
 * With rescaleNotApplicable, when some rows are not applicable, the rest are scored on the scheme's
 * total: factor = totalPoints / applicable points (budget line included). null when nothing to rescale.
 */
function rescaleFactor(indicators: readonly ScoredIndicator[], part: BudgetPart | null, scheme: Scheme): number | null {
  if (!scheme.rescaleNotApplicable) return null;
  let anyExcluded = false;
  const applicable = new ExactSum();
  for (const indicator of indicators) {
    if (indicator.status === 'notApplicable') anyExcluded = true;
    else if (indicator.points !== null) applicable.add(indicator.points);
  }
  if (part) applicable.add(part.points);
  if (!anyExcluded || applicable.value <= 0) return null;
  return scheme.totalPoints / applicable.value;
}

function rescaleScores(indicators: readonly ScoredIndicator[], factor: number): void {
  for (const indicator of indicators) {
    if (indicator.score !== null && indicator.status !== 'notApplicable') indicator.score = roundScore(indicator.score * factor);
  }
}

interface LevelAccumulator {
  level1: string;
  kind: Level1Kind;
  points: ExactSum;
  score: ExactSum;
  indicatorCount: number;
  met: number;
  missed: number;
}

function levelTotals(indicators: readonly ScoredIndicator[], factor: number | null, scheme: Scheme): LevelTotal[] {
  const byName = new Map<string, LevelAccumulator>();
  for (const indicator of indicators) {
    let level = byName.get(indicator.level1);
    if (!level) {
      level = { level1: indicator.level1, kind: indicator.level1Kind, points: new ExactSum(), score: new ExactSum(), indicatorCount: 0, met: 0, missed: 0 };
      byName.set(indicator.level1, level);
    }
    level.indicatorCount++;
    if (indicator.status === 'met') level.met++;
    else if (indicator.status === 'missed') level.missed++;
    if (!isCounted(indicator)) continue;
    level.points.add(indicator.points as number);
    if (indicator.score !== null) level.score.add(indicator.score);
  }
  const levels: LevelTotal[] = [];
  for (const level of byName.values()) {
    const points = factor !== null ? roundScore(level.points.value * factor) : level.points.value;
    const score = level.score.value;
    const ratio = scoreRatio(score, points);
    levels.push({
      level1: level.level1,
      kind: level.kind,
      points,
      score,
      ratio,
      grade: gradeFor(ratio, scheme),
      indicatorCount: level.indicatorCount,
      met: level.met,
      missed: level.missed,
    });
  }
  return levels;
}

function budgetLevel(points: number, score: number, scheme: Scheme): LevelTotal {
  const ratio = scoreRatio(score, points);
  const full = score >= points;
  return {
    level1: BUDGET_LEVEL_NAME,
    kind: 'budget',
    points,
    score,
    ratio,
    grade: gradeFor(ratio, scheme),
    indicatorCount: 1,
    met: full ? 1 : 0,
    missed: full ? 0 : 1,
  };
}

/**
 * Execution caps (when enabled): the lowest cap whose rate bound the execution rate is under. Caps are
 * written on a 100-point total, so they apply to the 得分比: with a total of 100 a cap of 89 is 89 points.
 */
function capTotal(score: number, max: number, budget: BudgetSummary | null, scheme: Scheme, findings: Finding[]): ReportTotal {
  const rate = budget?.executionRate ?? null;
  let capped: number | null = null;
  if (scheme.executionCaps.enabled && rate !== null) {
    let lowest: number | null = null;
    for (const cap of scheme.executionCaps.caps) {
      if (rate < cap.rateBelow && (lowest === null || cap.maxTotal < lowest)) lowest = cap.maxTotal;
    }
    if (lowest !== null) {
      const capScore = scaleScore(lowest, max, 100);
      if (score > capScore) {
        capped = capScore;
        findings.push({ code: 'TOTAL_CAPPED', at: WORKBOOK_LOCATION, params: { executionRate: percentText(rate), cap: capScore, from: score } });
      }
    }
  }
  const finalScore = capped ?? score;
  const ratio = scoreRatio(finalScore, max);
  return { score: finalScore, max, ratio, grade: gradeFor(ratio, scheme), cappedFrom: capped !== null ? score : null };
}

function emptyKindCounts(): Record<Level1Kind, number> {
  return { output: 0, benefit: 0, satisfaction: 0, budget: 0, other: 0 };
}

interface TaskAccumulator {
  summary: TaskSummary;
  points: ExactSum;
  score: ExactSum;
}

/** Per 任务, in first-seen order; rows without a task belong to none. Funds come from the budget table's 任务 line. */
function taskSummaries(indicators: readonly ScoredIndicator[], budget: BudgetSummary | null): TaskSummary[] {
  const byName = new Map<string, TaskAccumulator>();
  for (const indicator of indicators) {
    if (indicator.task === null) continue;
    let task = byName.get(indicator.task);
    if (!task) {
      task = {
        summary: { name: indicator.task, funds: taskFunds(indicator.task, budget), indicatorCount: 0, countsByKind: emptyKindCounts(), met: 0, missed: [], points: 0, score: 0 },
        points: new ExactSum(),
        score: new ExactSum(),
      };
      byName.set(indicator.task, task);
    }
    const summary = task.summary;
    summary.indicatorCount++;
    summary.countsByKind[indicator.level1Kind]++;
    if (indicator.status === 'met') summary.met++;
    else if (indicator.status === 'missed') summary.missed.push({ name: indicator.name, reason: indicator.reason, sheet: indicator.sheet, row: indicator.row });
    if (!isCounted(indicator)) continue;
    task.points.add(indicator.points as number);
    if (indicator.score !== null) task.score.add(indicator.score);
  }
  const tasks: TaskSummary[] = [];
  for (const task of byName.values()) {
    task.summary.points = task.points.value;
    task.summary.score = task.score.value;
    tasks.push(task.summary);
  }
  return tasks;
}

/** 涉及资金: the task line's 全年预算数, else its 执行数, else its 年初预算数. */
function taskFunds(name: string, budget: BudgetSummary | null): number | null {
  if (!budget) return null;
  const key = name.trim();
  for (const line of budget.lines) {
    if (line.category === 'task' && line.name.trim() === key) return line.adjusted ?? line.executed ?? line.initial;
  }
  return null;
}
