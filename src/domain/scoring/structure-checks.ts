import type { BasicInfo, Level1Kind, Scheme } from '../model';
import { ExactSum } from './fast-round';
import { fieldLocation, sheetLocation, type Finding, type FindingLocation } from './findings';
import type { IndicatorScoring } from './score-indicator';

/** An indicator set is output-heavy from this many 产出 indicators … */
export const OUTPUT_HEAVY_MIN_OUTPUTS = 5;
/** … when they are more than this many times the 效益 indicators (seed 002's task 3: 5 vs 2). */
export const OUTPUT_HEAVY_RATIO = 2;

export interface StructureContext {
  info: BasicInfo;
  /** points of the budget execution line counted in the total (0 when none) */
  budgetPoints: number;
  scheme: Scheme;
}

/**
 * Checks on the indicator table as a whole: duplicates, the points total, the level-1 weights against
 * the reference, missing dimensions and output-heavy indicator sets.
 */
export function checkStructure(scorings: readonly IndicatorScoring[], context: StructureContext, findings: Finding[]): void {
  if (scorings.length === 0) return;
  const tableLocation = sheetLocation(scorings[0].row.sheet);
  checkDuplicates(scorings, findings);
  const pointsByKind = sumPointsByKind(scorings, context.budgetPoints);
  checkPointsTotal(pointsByKind, context, tableLocation, findings);
  checkReferenceWeights(pointsByKind, context, tableLocation, findings);
  checkMissingDimensions(scorings, context, tableLocation, findings);
  checkOutputHeavy(scorings, tableLocation, findings);
}

/** The same 三级指标 twice in one task: the second and later rows are flagged, naming the first. */
function checkDuplicates(scorings: readonly IndicatorScoring[], findings: Finding[]): void {
  const firstRowByTask = new Map<string | null, Map<string, number>>();
  for (const { row } of scorings) {
    const name = row.level3.trim();
    if (name === '') continue;
    let firstRow = firstRowByTask.get(row.task);
    if (!firstRow) firstRowByTask.set(row.task, (firstRow = new Map()));
    const first = firstRow.get(name);
    if (first === undefined) {
      firstRow.set(name, row.row);
      continue;
    }
    findings.push({ code: 'DUPLICATE_INDICATOR', at: fieldLocation(row, 'level3'), params: { indicator: row.level3.trim(), row: row.row, task: row.task ?? '', firstRow: first } });
  }
}

type PointsByKind = Record<Level1Kind, number> & { all: number };

/** Points as the table sets them, not-applicable rows included: the design is what should add up. */
function sumPointsByKind(scorings: readonly IndicatorScoring[], budgetPoints: number): PointsByKind {
  const sums: Record<Level1Kind | 'all', ExactSum> = {
    output: new ExactSum(),
    benefit: new ExactSum(),
    satisfaction: new ExactSum(),
    budget: new ExactSum(),
    other: new ExactSum(),
    all: new ExactSum(),
  };
  for (const { indicator } of scorings) {
    if (indicator.points === null) continue;
    sums[indicator.level1Kind].add(indicator.points);
    sums.all.add(indicator.points);
  }
  sums.budget.add(budgetPoints);
  sums.all.add(budgetPoints);
  return {
    output: sums.output.value,
    benefit: sums.benefit.value,
    satisfaction: sums.satisfaction.value,
    budget: sums.budget.value,
    other: sums.other.value,
    all: sums.all.value,
  };
}

function checkPointsTotal(points: PointsByKind, context: StructureContext, at: FindingLocation, findings: Finding[]): void {
  if (points.all === context.scheme.totalPoints) return;
  findings.push({ code: 'POINTS_TOTAL_MISMATCH', at, params: { sum: points.all, expected: context.scheme.totalPoints, budgetPoints: context.budgetPoints || '' } });
}

/**
 * The reference weights (产出 50, 效益 30, 满意度 10, 预算执行率 10) are those of a 项目支出 evaluation:
 * compared only for project evaluations, or when a budget line carries points (the project layout).
 * A department table such as seed 000's (产出 80 / 效果 20) is not compared.
 */
function checkReferenceWeights(points: PointsByKind, context: StructureContext, at: FindingLocation, findings: Finding[]): void {
  if (context.info.evaluationType !== 'project' && context.budgetPoints <= 0) return;
  const reference = context.scheme.referenceWeights;
  for (const dimension of ['output', 'benefit', 'satisfaction', 'budget'] as const) {
    if (points[dimension] === reference[dimension]) continue;
    findings.push({ code: 'WEIGHTS_DIFFER_FROM_REFERENCE', at, params: { dimension, actual: points[dimension], reference: reference[dimension] } });
  }
}

/**
 * No 效益 or no 满意度 dimension: a warning for project evaluations, where the template requires them;
 * information for others (seed 000, a department evaluation, has 产出 and 效果 only).
 */
function checkMissingDimensions(scorings: readonly IndicatorScoring[], context: StructureContext, at: FindingLocation, findings: Finding[]): void {
  const present = new Set<Level1Kind>();
  for (const { indicator } of scorings) present.add(indicator.level1Kind);
  const severity = context.info.evaluationType === 'project' ? 'warning' : 'info';
  for (const dimension of ['benefit', 'satisfaction'] as const) {
    if (!present.has(dimension)) findings.push({ code: 'LEVEL1_MISSING', at, params: { dimension }, severity });
  }
}

interface KindCounts {
  output: number;
  benefit: number;
  first: IndicatorScoring;
}

/**
 * Output-heavy: at least OUTPUT_HEAVY_MIN_OUTPUTS 产出 indicators and more than OUTPUT_HEAVY_RATIO
 * times as many as 效益 indicators, within a task and over the whole table (the latter skipped when
 * the table is one task, which would say the same twice).
 */
function checkOutputHeavy(scorings: readonly IndicatorScoring[], tableLocation: FindingLocation, findings: Finding[]): void {
  const byTask = new Map<string, KindCounts>();
  const overall: KindCounts = { output: 0, benefit: 0, first: scorings[0] };
  let rowsWithoutTask = 0;
  for (const scoring of scorings) {
    const { indicator } = scoring;
    const task = indicator.task;
    let counts: KindCounts | undefined;
    if (task === null) rowsWithoutTask++;
    else {
      counts = byTask.get(task);
      if (!counts) byTask.set(task, (counts = { output: 0, benefit: 0, first: scoring }));
    }
    if (indicator.level1Kind === 'output') {
      overall.output++;
      if (counts) counts.output++;
    } else if (indicator.level1Kind === 'benefit') {
      overall.benefit++;
      if (counts) counts.benefit++;
    }
  }
  for (const [task, counts] of byTask) {
    if (isOutputHeavy(counts)) {
      const row = counts.first.row;
      findings.push({ code: 'OUTPUT_HEAVY', at: fieldLocation(row, row.cells.task ? 'task' : 'level1'), params: { task, output: counts.output, benefit: counts.benefit } });
    }
  }
  const oneTaskOnly = byTask.size === 1 && rowsWithoutTask === 0;
  if (!oneTaskOnly && isOutputHeavy(overall)) {
    findings.push({ code: 'OUTPUT_HEAVY', at: tableLocation, params: { task: '', output: overall.output, benefit: overall.benefit } });
  }
}

function isOutputHeavy(counts: KindCounts): boolean {
  return counts.output >= OUTPUT_HEAVY_MIN_OUTPUTS && counts.output > OUTPUT_HEAVY_RATIO * counts.benefit;
}
