import type { BasicInfo, IndicatorRow, Level1Kind, Scheme, ScoredIndicator } from '../model';
import { ExactSum } from './fast-round';
import { sheetLocation, type Findings, type FindingLocation } from './findings';
import type { ParsedBlock } from './parsed-indicator';
import type { ScoredTable } from './score-indicators';

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

type PointsByKind = Record<Level1Kind, number> & { all: number };

interface KindCounts {
  output: number;
  benefit: number;
  /** the task's first row */
  first: IndicatorRow;
}

/**
 * Checks on the indicator table as a whole: duplicates, the points total, the level-1 weights against
 * the reference, missing dimensions and output-heavy indicator sets. They take a block of rows at a
 * time (see evaluate), then finish(). The pass over the
 * rows flags duplicates as it meets them (the same 三级指标 twice in one task: the second and later
 * rows, naming the first) and counts points, dimensions and indicators per task. Rows come task by
 * task, so the previous row's task is tried before a lookup.
 */
export class StructureTally {
  private readonly firstRowByTask = new Map<string | null, Map<string, number>>();
  /** points as the table sets them, not-applicable rows included: the design is what should add up */
  private readonly sums: Record<Level1Kind | 'all', ExactSum> = {
    output: new ExactSum(),
    benefit: new ExactSum(),
    satisfaction: new ExactSum(),
    budget: new ExactSum(),
    other: new ExactSum(),
    all: new ExactSum(),
  };
  private readonly present = new Set<Level1Kind>();
  private readonly byTask = new Map<string, KindCounts>();
  private readonly overall: KindCounts;
  private rowsWithoutTask = 0;
  private lastTask: string | null | undefined = undefined;
  private firstRows: Map<string, number> | undefined;
  private counts: KindCounts | undefined;
  private lastKind: Level1Kind | undefined;

  constructor(
    private readonly table: Pick<ScoredTable, 'rows' | 'indicators'>,
    private readonly findings: Findings,
  ) {
    this.overall = { output: 0, benefit: 0, first: table.rows[0] };
  }

  /** The rows of a parsed block, scored already. */
  add(parsed: ParsedBlock, from: number, to: number): void {
    const { rows, indicators } = this.table;
    const names = parsed.name;
    const { sums, overall } = this;
    for (let i = from; i < to; i++) {
      const row = rows[i];
      const indicator = indicators[i];
      const task = row.task;
      let firstRows = this.firstRows;
      if (task !== this.lastTask || firstRows === undefined) {
        firstRows = this.firstRowByTask.get(task);
        if (!firstRows) this.firstRowByTask.set(task, (firstRows = new Map()));
        this.firstRows = firstRows;
        this.counts = undefined;
        if (task !== null) {
          let counts = this.byTask.get(task);
          if (!counts) this.byTask.set(task, (counts = { output: 0, benefit: 0, first: row }));
          this.counts = counts;
        }
        this.lastTask = task;
      }
      if (task === null) this.rowsWithoutTask++;

      const name = names[i - parsed.first];
      if (name !== '') {
        const first = firstRows.get(name);
        if (first === undefined) firstRows.set(name, row.row);
        else this.findings.addAtField('DUPLICATE_INDICATOR', row, 'level3', { indicator: name, row: row.row, task: task ?? '', firstRow: first });
      }

      const kind = indicator.level1Kind;
      if (kind !== this.lastKind) this.present.add((this.lastKind = kind));
      if (indicator.points !== null) {
        sums[kind].add(indicator.points);
        sums.all.add(indicator.points);
      }
      const counts = this.counts;
      if (kind === 'output') {
        overall.output++;
        if (counts) counts.output++;
      } else if (kind === 'benefit') {
        overall.benefit++;
        if (counts) counts.benefit++;
      }
    }
  }

  /** Σ of the indicators' points, on exact decimals, once every row is in (before finish adds the budget's). */
  get indicatorPoints(): number {
    return this.sums.all.value;
  }

  /** The checks on the whole table, once every row is in. */
  finish(context: StructureContext): void {
    const { rows } = this.table;
    if (rows.length === 0) return;
    const { sums, findings } = this;
    const tableLocation = sheetLocation(rows[0].sheet);
    sums.budget.add(context.budgetPoints);
    sums.all.add(context.budgetPoints);
    const points: PointsByKind = {
      output: sums.output.value,
      benefit: sums.benefit.value,
      satisfaction: sums.satisfaction.value,
      budget: sums.budget.value,
      other: sums.other.value,
      all: sums.all.value,
    };
    checkPointsTotal(points, context, tableLocation, findings);
    checkReferenceWeights(points, context, tableLocation, findings);
    checkMissingDimensions(this.present, context, tableLocation, findings);
    checkOutputHeavy(this.byTask, this.overall, this.rowsWithoutTask, tableLocation, findings);
  }
}

function checkPointsTotal(points: PointsByKind, context: StructureContext, at: FindingLocation, findings: Findings): void {
  if (points.all === context.scheme.totalPoints) return;
  findings.add('POINTS_TOTAL_MISMATCH', at, { sum: points.all, expected: context.scheme.totalPoints, budgetPoints: context.budgetPoints || '' });
}

/**
 * The reference weights (产出 50, 效益 30, 满意度 10, 预算执行率 10) are those of a 项目支出 evaluation:
 * compared for project evaluations, and where 评价类型 is not given, when a budget line carries points
 * (the project layout). A department sets its own weights (seed 000: 产出 80 / 效果 20; seed 002 scores
 * its budget too), so a department is never compared, budget points or not.
 */
function checkReferenceWeights(points: PointsByKind, context: StructureContext, at: FindingLocation, findings: Findings): void {
  const type = context.info.evaluationType;
  if (type === 'department' || (type !== 'project' && context.budgetPoints <= 0)) return;
  const reference = context.scheme.referenceWeights;
  for (const dimension of ['output', 'benefit', 'satisfaction', 'budget'] as const) {
    if (points[dimension] === reference[dimension]) continue;
    findings.add('WEIGHTS_DIFFER_FROM_REFERENCE', at, { dimension, actual: points[dimension], reference: reference[dimension] });
  }
}

/**
 * No 效益 or no 满意度 dimension: a warning for project evaluations, where the template requires them;
 * information for others (seed 000, a department evaluation, has 产出 and 效果 only).
 */
function checkMissingDimensions(present: ReadonlySet<Level1Kind>, context: StructureContext, at: FindingLocation, findings: Findings): void {
  const severity = context.info.evaluationType === 'project' ? 'warning' : 'info';
  for (const dimension of ['benefit', 'satisfaction'] as const) {
    if (!present.has(dimension)) findings.add('LEVEL1_MISSING', at, { dimension }, severity);
  }
}

/**
 * Output-heavy: at least OUTPUT_HEAVY_MIN_OUTPUTS 产出 indicators and more than OUTPUT_HEAVY_RATIO
 * times as many as 效益 indicators, within a task and over the whole table (the latter skipped when
 * the table is one task, which would say the same twice).
 */
function checkOutputHeavy(
  byTask: ReadonlyMap<string, KindCounts>,
  overall: KindCounts,
  rowsWithoutTask: number,
  tableLocation: FindingLocation,
  findings: Findings,
): void {
  for (const [task, counts] of byTask) {
    if (isOutputHeavy(counts)) {
      const row = counts.first;
      findings.addAtField('OUTPUT_HEAVY', row, row.columns.task !== undefined ? 'task' : 'level1', { task, output: counts.output, benefit: counts.benefit });
    }
  }
  const oneTaskOnly = byTask.size === 1 && rowsWithoutTask === 0;
  if (!oneTaskOnly && isOutputHeavy(overall)) {
    findings.add('OUTPUT_HEAVY', tableLocation, { task: '', output: overall.output, benefit: overall.benefit });
  }
}

function isOutputHeavy(counts: KindCounts): boolean {
  return counts.output >= OUTPUT_HEAVY_MIN_OUTPUTS && counts.output > OUTPUT_HEAVY_RATIO * counts.benefit;
}
