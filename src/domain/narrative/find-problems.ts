import Big from 'big.js';
import type { BudgetLineResult, EvaluationReport, Level1Kind, Warning, WarningCode } from '../model';
import type { NarrativeSource } from './document';
import { dimensionName } from './dimension-name';
import { formatAmount, formatRatio, formatThreshold } from './figures';
import type { BudgetLineFacts, LowExecutionLine, OverAchievedFacts, OverExecutionLine, Problem } from './phrases/facts';
import { budgetLineName, oneLineText, paragraphsOf, withoutEndPunctuation, withoutListNumber } from './quoted-text';
import { indicatorOfWarning, indicatorSource, infoSource, uniqueSources, warningSource } from './sources';
import { indicatorName, missedFacts, overAchievementDeductions } from './indicator-facts';
import { phrasebookFor, type Phrasebook } from './phrases';
import { actualText, targetText } from './value-text';

/** A problem the report raises, with the cells it rests on. */
export interface RaisedProblem {
  problem: Problem;
  sources: NarrativeSource[];
}

type Params = Warning['params'];

function numberParam(params: Params, key: string): number | null {
  const value = params[key];
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
}

function textParam(params: Params, key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value).trim();
}

function amountParam(params: Params, key: string): string {
  const value = numberParam(params, key);
  return value === null ? textParam(params, key) : formatAmount(Math.abs(value));
}

function warningsOf(report: EvaluationReport, codes: readonly WarningCode[]): Warning[] {
  return report.warnings.filter((warning) => codes.includes(warning.code));
}

function warningSources(warnings: readonly Warning[]): NarrativeSource[] {
  return uniqueSources(warnings.map(warningSource));
}

function budgetLineFacts(params: Params): BudgetLineFacts {
  const rate = numberParam(params, 'rate');
  return {
    name: budgetLineName(textParam(params, 'line')),
    budget: amountParam(params, 'budget'),
    executed: amountParam(params, 'executed'),
    rate: rate === null ? textParam(params, 'rate') : formatRatio(rate),
    base: params.base === 'initial' ? 'initial' : 'adjusted',
  };
}

/** the budget line a warning is about (same sheet and row) */
function budgetLineOf(report: EvaluationReport, warning: Warning): BudgetLineResult | undefined {
  const source = warningSource(warning);
  return source === null ? undefined : report.budget?.lines.find((line) => line.sheet === source.sheet && line.row === source.row);
}

/**
 * Slow lines, the 合计 first when it is one of them: the unit's own rate is low, and the lines below it
 * are its parts (其中…), not further lines beside it.
 */
function lowExecution(report: EvaluationReport): RaisedProblem | null {
  const warnings = warningsOf(report, ['EXECUTION_LOW']);
  if (warnings.length === 0) return null;
  const lineFacts = (warning: Warning): LowExecutionLine => {
    const threshold = numberParam(warning.params, 'threshold');
    return {
      ...budgetLineFacts(warning.params),
      threshold: threshold === null ? null : formatThreshold(threshold),
      note: withoutEndPunctuation(oneLineText(textParam(warning.params, 'note'))),
    };
  };
  const totalWarning = warnings.find((warning) => budgetLineOf(report, warning)?.category === 'total');
  const total = totalWarning ? lineFacts(totalWarning) : null;
  const lines = warnings.filter((warning) => warning !== totalWarning).map(lineFacts);
  const ordered = totalWarning ? [totalWarning, ...warnings.filter((warning) => warning !== totalWarning)] : warnings;
  return { problem: { kind: 'lowExecution', total, lines }, sources: warningSources(ordered) };
}

function overExecution(report: EvaluationReport): RaisedProblem | null {
  const warnings = warningsOf(report, ['EXECUTION_OVER_100']);
  if (warnings.length === 0) return null;
  const lines: OverExecutionLine[] = warnings.map(({ params }) => {
    const budget = numberParam(params, 'budget');
    const executed = numberParam(params, 'executed');
    return { ...budgetLineFacts(params), excess: budget !== null && executed !== null ? formatAmount(new Big(executed).minus(budget).toNumber()) : '' };
  });
  return { problem: { kind: 'overExecution', lines }, sources: warningSources(warnings) };
}

const DIMENSIONS: readonly Level1Kind[] = ['output', 'benefit', 'satisfaction', 'budget', 'other'];

/**
 * 产出 heavy tasks, and missing dimensions where the engine weighs them as a warning (a project
 * evaluation); for a department the engine reports a missing 满意度 as information only, and seed 000,
 * which has none, does not count it among its problems.
 */
function indicatorDesign(report: EvaluationReport): RaisedProblem | null {
  const heavy = warningsOf(report, ['OUTPUT_HEAVY']);
  const missing = warningsOf(report, ['LEVEL1_MISSING']).filter((warning) => warning.severity !== 'info');
  if (heavy.length === 0 && missing.length === 0) return null;
  const missingDimensions = DIMENSIONS.filter((kind) => missing.some((warning) => warning.params.dimension === kind));
  return {
    problem: {
      kind: 'indicatorDesign',
      outputHeavy: heavy.map((warning) => ({
        task: textParam(warning.params, 'task'),
        output: numberParam(warning.params, 'output') ?? 0,
        benefit: numberParam(warning.params, 'benefit') ?? 0,
      })),
      labels: { output: dimensionLabel(report, 'output', '产出'), benefit: dimensionLabel(report, 'benefit', '效益') },
      missingDimensions,
    },
    sources: warningSources([...heavy, ...missing]),
  };
}

function dimensionLabel(report: EvaluationReport, kind: Level1Kind, fallback: string): string {
  const indicator = report.indicators.find((candidate) => candidate.level1Kind === kind);
  return indicator ? dimensionName(indicator.level1) : fallback;
}

function missedTargets(report: EvaluationReport, phrases: Phrasebook): RaisedProblem | null {
  const missed = report.indicators.filter((indicator) => indicator.status === 'missed');
  if (missed.length === 0) return null;
  return {
    problem: { kind: 'missedTargets', indicators: missed.map((indicator) => missedFacts(indicator, phrases)) },
    sources: uniqueSources(missed.map((indicator) => indicatorSource(indicator, 'actual'))),
  };
}

function targetsTooLow(report: EvaluationReport, phrases: Phrasebook): RaisedProblem | null {
  const warnings = warningsOf(report, ['OVERACHIEVED_NO_REASON', 'OVERACHIEVEMENT_DEDUCTED']);
  if (warnings.length === 0) return null;
  const facts: OverAchievedFacts[] = [];
  const deductions = overAchievementDeductions(report);
  const named = new Set<string>();
  for (const warning of warnings) {
    const indicator = indicatorOfWarning(warning, report.indicators);
    const name = indicator ? indicatorName(indicator, phrases) : textParam(warning.params, 'indicator');
    if (named.has(name)) continue;
    named.add(name);
    const percent = indicator?.completionRate != null ? formatRatio(indicator.completionRate) : textParam(warning.params, 'percent');
    facts.push({
      name,
      target: indicator ? targetText(indicator) : textParam(warning.params, 'target') || null,
      actual: indicator ? actualText(indicator) : textParam(warning.params, 'actual') || null,
      percent: percent === '' ? null : percent,
      deduction: indicator ? (deductions.get(indicator) ?? null) : null,
    });
  }
  return { problem: { kind: 'targetsTooLow', indicators: facts }, sources: warningSources(warnings) };
}

function threePublicUp(report: EvaluationReport): RaisedProblem | null {
  const warning = warningsOf(report, ['THREE_PUBLIC_UP'])[0];
  if (!warning) return null;
  const { params } = warning;
  return {
    problem: {
      kind: 'threePublicUp',
      executed: amountParam(params, 'executed'),
      lastYear: amountParam(params, 'lastYear'),
      increase: amountParam(params, 'increase'),
      note: withoutEndPunctuation(oneLineText(textParam(params, 'note'))),
    },
    sources: warningSources([warning]),
  };
}

function userNoted(report: EvaluationReport): RaisedProblem[] {
  const sources = infoSource(report.info, 'extraProblems');
  return paragraphsOf(report.info.extraProblems)
    .map(withoutListNumber)
    .filter((text) => text !== '')
    .map((text) => ({ problem: { kind: 'userNoted', text }, sources }));
}

/**
 * 三、存在的主要问题, from what the evaluation found: the unit's own 存在问题补充 first (seed 002 opens with
 * it), then slow or over-100% execution, unbalanced indicators, missed targets, targets set too low and
 * 三公经费 growth. Nothing else is raised: with none of these the report says there is nothing to report
 * rather than invent a problem. A score that may be too high and budget figures that do not add up are
 * checks for whoever fills in the workbook (the warnings, the 评分结果 sheet): a unit does not submit a
 * report that doubts its own score or its own figures.
 */
export function findProblems(report: EvaluationReport, phrases: Phrasebook = phrasebookFor('zh-CN')): RaisedProblem[] {
  const found = [
    lowExecution(report),
    overExecution(report),
    indicatorDesign(report),
    missedTargets(report, phrases),
    targetsTooLow(report, phrases),
    threePublicUp(report),
  ];
  return [...userNoted(report), ...found.filter((problem): problem is RaisedProblem => problem !== null)];
}
