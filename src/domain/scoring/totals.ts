import type { BudgetSummary, Level1Kind, LevelTotal, ReportTotal, Scheme, ScoredIndicator, TaskSummary } from '../model';
import { trimmed } from '../parsing/normalise-text';
import { ExactSum, scaleScore } from './fast-round';
import { WORKBOOK_LOCATION, type Findings } from './findings';
import { gradeFor, scoreRatio } from './grade';
import { percentTextBelow } from './score-indicator';

/** The level the budget execution line forms in the totals. */
export const BUDGET_LEVEL_NAME = '预算执行';

export interface Totals {
  levels: LevelTotal[];
  tasks: TaskSummary[];
  total: ReportTotal;
  /** the budget line's part, before any rescale (see budgetPart) */
  budgetPart: BudgetPart | null;
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
  return partOf(summary);
}

function partOf(summary: BudgetSummary): BudgetPart {
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
  findings: Findings,
): Totals {
  const tally = new TotalsTally(indicators, scheme);
  tally.add(0, indicators.length);
  return tally.finish(budget, findings);
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

interface TaskAccumulator {
  summary: TaskSummary;
  points: ExactSum;
  score: ExactSum;
}

/**
 * The totals stage, a block of rows at a time while they are at hand (see evaluate), then finish().
 * Levels and tasks are counted in one pass, each in first-seen order; rows without a task belong to
 * none. Rows come level by level and task by task, so the previous row's level and task are tried
 * first. Scores are summed as they are; when the rescale applies (known only once every row is in),
 * finish() rescales them and sums them again.
 */
export class TotalsTally {
  private readonly levels = new Map<string, LevelAccumulator>();
  private readonly tasks = new Map<string, TaskAccumulator>();
  private level: LevelAccumulator | undefined;
  private task: TaskAccumulator | undefined;
  private hasBudgetDimension = false;
  private anyExcluded = false;
  /** points of the applicable rows, for the rescale */
  private readonly applicable = new ExactSum();

  /**
   * `shares`: per row, the score before rounding as points × numerator / denominator (see
   * ScoredTable), so that a rescale rounds once; without them the rounded scores are rescaled.
   */
  constructor(
    private readonly indicators: readonly ScoredIndicator[],
    private readonly scheme: Scheme,
    private readonly shares: { shareNumerator: Float64Array; shareDenominator: Float64Array } | null = null,
  ) {}

  /** Rows from … to − 1, scored already. */
  add(from: number, to: number): void {
    const { indicators, scheme } = this;
    for (let i = from; i < to; i++) {
      const indicator = indicators[i];
      if (indicator.level1Kind === 'budget') this.hasBudgetDimension = true;
      if (indicator.status === 'notApplicable') this.anyExcluded = true;
      else if (indicator.points !== null && scheme.rescaleNotApplicable) this.applicable.add(indicator.points);
      const counted = isCounted(indicator);

      let level = this.level;
      if (level === undefined || level.level1 !== indicator.level1) {
        level = this.levels.get(indicator.level1);
        if (!level) {
          level = { level1: indicator.level1, kind: indicator.level1Kind, points: new ExactSum(), score: new ExactSum(), indicatorCount: 0, met: 0, missed: 0 };
          this.levels.set(indicator.level1, level);
        }
        this.level = level;
      }
      level.indicatorCount++;
      if (indicator.status === 'met') level.met++;
      else if (indicator.status === 'missed') level.missed++;
      if (counted) {
        level.points.add(indicator.points as number);
        if (indicator.score !== null) level.score.add(indicator.score);
      }

      const name = indicator.task;
      if (name === null) continue;
      let task = this.task;
      if (task === undefined || task.summary.name !== name) {
        task = this.tasks.get(name);
        if (!task) {
          task = {
            // funds are looked up in finish(), once the budget is read
            summary: { name, funds: null, indicatorCount: 0, countsByKind: emptyKindCounts(), met: 0, missed: [], points: 0, score: 0 },
            points: new ExactSum(),
            score: new ExactSum(),
          };
          this.tasks.set(name, task);
        }
        this.task = task;
      }
      const summary = task.summary;
      summary.indicatorCount++;
      summary.countsByKind[indicator.level1Kind]++;
      if (indicator.status === 'met') summary.met++;
      else if (indicator.status === 'missed') summary.missed.push({ name: indicator.name, reason: indicator.reason, sheet: indicator.sheet, row: indicator.row });
      if (counted) {
        task.points.add(indicator.points as number);
        if (indicator.score !== null) task.score.add(indicator.score);
      }
    }
  }

  /** Everything else, once every row is in and the budget is read. */
  finish(budget: BudgetSummary | null, findings: Findings): Totals {
    const { scheme } = this;
    const part = budget !== null && budget.points > 0 && !this.hasBudgetDimension ? partOf(budget) : null;
    // With rescaleNotApplicable, when some rows are not applicable, the rest are scored on the scheme's
    // total (budget line included): see rescale.
    if (part && scheme.rescaleNotApplicable) this.applicable.add(part.points);
    const rescaled = scheme.rescaleNotApplicable && this.anyExcluded && this.applicable.value > 0;
    const budgetLine = rescaled ? this.rescale(part) : part;

    const levels: LevelTotal[] = [];
    for (const level of this.levels.values()) {
      const points = level.points.value;
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
    if (budgetLine) levels.push(budgetLevel(budgetLine.points, budgetLine.score, scheme));
    const funds = taskFunds(budget);
    const tasks: TaskSummary[] = [];
    for (const task of this.tasks.values()) {
      task.summary.funds = funds(task.summary.name);
      task.summary.points = task.points.value;
      task.summary.score = task.score.value;
      tasks.push(task.summary);
    }

    const scoreSum = new ExactSum();
    const pointsSum = new ExactSum();
    for (const level of levels) {
      scoreSum.add(level.score);
      pointsSum.add(level.points);
    }
    const max = rescaled ? scheme.totalPoints : pointsSum.value;
    const total = capTotal(scoreSum.value, max, budget, scheme, findings);
    return { levels, tasks, total, budgetPart: part };
  }

  /**
   * Scores the applicable rows (and the budget line, `part`) on the scheme's total: each line's points
   * become its share of the total, in cents, the cents lost to rounding given to the lines that lost
   * most (largest remainder), so that the points add up to the total exactly and a table that meets
   * every target scores exactly the total. Each score keeps its ratio to its points, rounded and never
   * above them. Level and task points and scores are summed again from the rescaled lines; the
   * budget line's rescaled points and score are returned.
   */
  private rescale(part: BudgetPart | null): BudgetPart | null {
    const lines: Array<ScoredIndicator | BudgetPart> = [];
    const numerators: number[] = [];
    const denominators: number[] = [];
    const { indicators } = this;
    const exact = this.shares;
    for (let i = 0; i < indicators.length; i++) {
      if (!isCounted(indicators[i])) continue;
      lines.push(indicators[i]);
      const known = exact !== null && i < exact.shareDenominator.length;
      numerators.push(known ? exact.shareNumerator[i] : 0);
      denominators.push(known ? exact.shareDenominator[i] : 0);
    }
    if (part) lines.push(part);
    const shares = shareOut(lines.map((line) => line.points as number), this.scheme.totalPoints);

    for (const level of this.levels.values()) {
      level.points = new ExactSum();
      level.score = new ExactSum();
    }
    for (const task of this.tasks.values()) {
      task.points = new ExactSum();
      task.score = new ExactSum();
    }
    let level: LevelAccumulator | undefined;
    let task: TaskAccumulator | undefined;
    let budgetLine: BudgetPart | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const points = shares[i];
      const score = line.score === null ? null : rescaledScore(line.score, line.points as number, points, numerators[i] ?? 0, denominators[i] ?? 0);
      if (line === part) {
        budgetLine = { points, score: score ?? 0 };
        continue;
      }
      const indicator = line as ScoredIndicator;
      indicator.points = points;
      indicator.score = score;
      if (level === undefined || level.level1 !== indicator.level1) level = this.levels.get(indicator.level1) as LevelAccumulator;
      level.points.add(points);
      if (score !== null) level.score.add(score);
      if (indicator.task === null) continue;
      if (task === undefined || task.summary.name !== indicator.task) task = this.tasks.get(indicator.task) as TaskAccumulator;
      task.points.add(points);
      if (score !== null) task.score.add(score);
    }
    return budgetLine;
  }
}

/**
 * score × newPoints / points, rounded half up once, at most newPoints: a full score stays full. From
 * the share before rounding (numerator / denominator) where known: 33.333 points at half its target
 * scored 16.67 (16.6665), which rescaled to 50 points is 25, not 25.01.
 */
function rescaledScore(score: number, points: number, newPoints: number, numerator: number, denominator: number): number {
  if (score >= points) return newPoints;
  const scaled = denominator > 0 ? scaleScore(newPoints, numerator, denominator) : scaleScore(score, newPoints, points);
  return scaled > newPoints ? newPoints : scaled;
}

/**
 * `total` shared out in proportion to `weights` (all > 0), in whole cents that add up to the total:
 * each gets the cents of its exact share rounded down, and the cents left over go one each to the
 * largest remainders, the first line first among equal ones.
 */
export function shareOut(weights: readonly number[], total: number): number[] {
  const totalCents = Math.round(total * 100);
  let sum = 0;
  const cents = weights.map((weight) => Math.round(weight * 100));
  const whole = cents.every((c, i) => Math.abs(c - weights[i] * 100) < 1e-6);
  // Points in whole cents (nearly always) are shared on integers, exactly; others on their binary values.
  const units = whole ? cents : weights.map((weight) => weight * 100);
  for (const unit of units) sum += unit;
  const shares = new Array<number>(units.length);
  const remainders = new Array<number>(units.length);
  let given = 0;
  for (let i = 0; i < units.length; i++) {
    const exact = units[i] * totalCents;
    const floor = Math.floor(exact / sum);
    shares[i] = floor;
    remainders[i] = whole ? exact - floor * sum : exact / sum - floor;
    given += floor;
  }
  const left = totalCents - given;
  if (left > 0) {
    const order = remainders.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
    for (let k = 0; k < left && k < order.length; k++) shares[order[k]]++;
  }
  for (let i = 0; i < shares.length; i++) shares[i] /= 100;
  return shares;
}

function isCounted(indicator: ScoredIndicator): boolean {
  return indicator.status !== 'notApplicable' && indicator.points !== null;
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
function capTotal(score: number, max: number, budget: BudgetSummary | null, scheme: Scheme, findings: Findings): ReportTotal {
  const rate = budget?.executionRate ?? null;
  let capped: number | null = null;
  if (scheme.executionCaps.enabled && rate !== null) {
    let lowest: number | null = null;
    let bound = 0;
    for (const cap of scheme.executionCaps.caps) {
      if (rate < cap.rateBelow && (lowest === null || cap.maxTotal < lowest)) {
        lowest = cap.maxTotal;
        bound = cap.rateBelow;
      }
    }
    if (lowest !== null) {
      const capScore = scaleScore(lowest, max, 100);
      if (score > capScore) {
        capped = capScore;
        findings.add('TOTAL_CAPPED', WORKBOOK_LOCATION, { executionRate: percentTextBelow(rate, bound), cap: capScore, from: score });
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

/**
 * 涉及资金 of a task: its budget line's 全年预算数, else its 执行数, else its 年初预算数; the first line of
 * the (trimmed) name counts. Looked up, not searched: a table may have hundreds of tasks and lines.
 */
function taskFunds(budget: BudgetSummary | null): (name: string) => number | null {
  if (!budget) return () => null;
  const byName = new Map<string, number | null>();
  for (const line of budget.lines) {
    if (line.category !== 'task') continue;
    const key = trimmed(line.name);
    if (!byName.has(key)) byName.set(key, line.adjusted ?? line.executed ?? line.initial);
  }
  return (name) => byName.get(trimmed(name)) ?? null;
}
