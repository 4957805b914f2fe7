import { evaluateBudget } from './budget';
import type { EvaluationInput, EvaluationReport, Scheme, ScoredIndicator } from './model';
import { REPORT_SCHEMA_VERSION } from './model';
import { DEFAULT_SCHEME } from './scheme/defaults';
import { checkCredibility } from './scoring/credibility';
import type { Finding } from './scoring/findings';
import { checkIndicator } from './scoring/indicator-checks';
import { parseIndicators } from './scoring/parse-indicators';
import { scoreIndicators } from './scoring/score-indicators';
import { checkStructure } from './scoring/structure-checks';
import { budgetPart, computeTotals } from './scoring/totals';
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

  const parsed = parseIndicators(input.indicators);
  clock.lap('parse');

  const findings: Finding[] = [];
  const scorings = scoreIndicators(parsed, scheme, findings);
  const indicators = new Array<ScoredIndicator>(scorings.length);
  for (let i = 0; i < scorings.length; i++) indicators[i] = scorings[i].indicator;
  clock.lap('score');

  const budgetResult = evaluateBudget(input.budget, scheme);
  clock.lap('budget');

  const totals = computeTotals(indicators, budgetResult.summary, scheme, findings);
  clock.lap('totals');

  for (const scoring of scorings) checkIndicator(scoring, scheme, findings);
  const budgetPoints = budgetPart(budgetResult.summary, indicators)?.points ?? 0;
  checkStructure(scorings, { info: input.info, budgetPoints, scheme }, findings);
  checkCredibility(totals.total, indicators, budgetResult.summary, scheme, findings);
  const warnings = orderedWarnings(findings, budgetResult.warnings);
  clock.lap('warnings');

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    info: input.info,
    total: totals.total,
    budget: budgetResult.summary,
    levels: totals.levels,
    tasks: totals.tasks,
    indicators,
    warnings,
  };
}

function stageClock({ timings, onStageEnd }: EvaluateOptions): { lap(stage: EvaluationStage): void } {
  if (!timings && !onStageEnd) return { lap: () => undefined };
  let last = performance.now();
  return {
    lap(stage) {
      const now = performance.now();
      if (timings) timings[stage] += now - last;
      onStageEnd?.(stage);
      last = performance.now();
    },
  };
}
