import { evaluateBudget } from './budget';
import type { EvaluationInput, EvaluationReport, Scheme } from './model';
import { REPORT_SCHEMA_VERSION } from './model';
import { DEFAULT_SCHEME } from './scheme/defaults';
import { checkCredibility } from './scoring/credibility';
import { Findings } from './scoring/findings';
import { IndicatorChecks } from './scoring/indicator-checks';
import { TableParser } from './scoring/parse-indicators';
import { TableScorer } from './scoring/score-indicators';
import { StructureTally } from './scoring/structure-checks';
import { TotalsTally } from './scoring/totals';
import { orderedWarnings } from './scoring/warning-order';

export { gradeFor, scoreRatio } from './scoring/grade';
export { BUDGET_LEVEL_NAME } from './scoring/totals';
export { classifyLevel1 } from './scoring/level1-kind';
export { percentText } from './scoring/score-indicator';

/** The stages of one evaluation, in the order they run. */
export const EVALUATION_STAGES = ['parse', 'score', 'budget', 'totals', 'warnings'] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];

/** Milliseconds spent in each stage, filled in by evaluate() when a collector is passed. */
export type StageTimings = Record<EvaluationStage, number>;

export interface EvaluateOptions {
  /** collector for the time spent in each stage (the benchmark passes one; nothing else needs it) */
  timings?: StageTimings;
  /** called as each stage ends, e.g. to sample memory; must not touch the input */
  onStageEnd?: (stage: EvaluationStage) => void;
}

export function emptyTimings(): StageTimings {
  return { parse: 0, score: 0, budget: 0, totals: 0, warnings: 0 };
}

/**
 * The engine's one entry point: reads, scores and checks a workbook's tables and returns the report
 * the pane, the sheets, the narrative and the command line all show. Pure and deterministic: the same
 * input gives the same report, key order included. Never throws on bad input: every row is scored or
 * its warnings say why not.
 */
export function evaluate(input: EvaluationInput, scheme: Scheme = DEFAULT_SCHEME, options: EvaluateOptions = {}): EvaluationReport {
  const clock = stageClock(options);

  // The indicator rows go through parsing, scoring, their own checks and the totals' counting a block
  // at a time, so that a block's cells are still in the processor's cache when the later stages read
  // them again: a workbook's hundred thousand rows are far larger than the cache. The stages are the
  // same, and so is the report (warnings are ordered at the end, totals finished once the budget is
  // read); each stage's time is summed over the blocks.
  const parser = new TableParser(input.indicators, BLOCK_ROWS);
  const findings = new Findings();
  const scorer = new TableScorer(input.indicators, scheme, findings, input.info.year);
  const { indicators } = scorer.table;
  const structure = new StructureTally(scorer.table, findings);
  const totalsTally = new TotalsTally(indicators, scheme, scorer.table);
  passRows({ parser, scorer, checks: new IndicatorChecks(scheme, findings), structure, totals: totalsTally }, clock);
  clock.end('parse');
  clock.end('score');

  const budgetResult = evaluateBudget(input.budget, scheme, { indicatorPoints: structure.indicatorPoints });
  clock.lap('budget');

  const totals = totalsTally.finish(budgetResult.summary, findings);
  clock.lap('totals');

  const budgetPoints = totals.budgetPart?.points ?? 0;
  structure.finish({ info: input.info, budgetPoints, scheme });
  checkCredibility(totals.total, indicators, budgetResult.summary, scheme, findings);
  const warnings = orderedWarnings(findings, budgetResult.warnings);
  clock.lap('warnings');

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    info: input.info,
    total: totals.total,
    gradeBands: scheme.grades.map((band) => ({ ...band })),
    budget: budgetResult.summary,
    levels: totals.levels,
    tasks: totals.tasks,
    indicators,
    warnings,
  };
}

/** Rows per block: a block's input and results fit in a core's cache. */
const BLOCK_ROWS = 256;

interface RowStages {
  parser: TableParser;
  scorer: TableScorer;
  checks: IndicatorChecks;
  structure: StructureTally;
  totals: TotalsTally;
}

/**
 * The row stages over every row, a block at a time. A function of its own: V8 compiles a hot loop in
 * the middle of a function before the code after it has ever run, and would throw that code away (and
 * run the rest of evaluate slowly) on every call.
 */
function passRows({ parser, scorer, checks, structure, totals }: RowStages, clock: StageClock): void {
  const parsed = parser.block;
  const count = scorer.table.rows.length;
  for (let from = 0; from < count; from += BLOCK_ROWS) {
    const to = Math.min(count, from + BLOCK_ROWS);
    parser.parse(from, to);
    clock.add('parse');
    scorer.score(parsed, from, to);
    clock.add('score');
    checks.checkRows(parsed, scorer.table, from, to);
    structure.add(parsed, from, to);
    clock.add('warnings');
    totals.add(from, to);
    clock.add('totals');
  }
}

interface StageClock {
  /** adds the time since the last mark to `stage` */
  add(stage: EvaluationStage): void;
  /** `stage` is over */
  end(stage: EvaluationStage): void;
  /** add, then end */
  lap(stage: EvaluationStage): void;
}

function stageClock({ timings, onStageEnd }: EvaluateOptions): StageClock {
  if (!timings && !onStageEnd) return { add: () => undefined, end: () => undefined, lap: () => undefined };
  let last = performance.now();
  const add = (stage: EvaluationStage) => {
    const now = performance.now();
    if (timings) timings[stage] += now - last;
    last = now;
  };
  const end = (stage: EvaluationStage) => {
    onStageEnd?.(stage);
    last = performance.now();
  };
  return {
    add,
    end,
    lap(stage) {
      add(stage);
      end(stage);
    },
  };
}
