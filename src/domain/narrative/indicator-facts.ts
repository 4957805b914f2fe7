import type { EvaluationReport, ScoredIndicator } from '../model';
import { formatScore } from './figures';
import type { Phrasebook } from './phrases';
import type { IndicatorResultFacts, MissedFacts } from './phrases/facts';
import { oneLineName, oneLineText, withoutEndPunctuation } from './quoted-text';
import { indicatorOfWarning, warningSource } from './sources';
import { actualText, isQualitative, targetText } from './value-text';

/** An indicator as the report's sentences speak of it. */

/** its 三级指标, or where it is when that is blank ("第 12 行指标"), never an empty “” */
export function indicatorName(indicator: ScoredIndicator, phrases: Phrasebook): string {
  const name = oneLineName(indicator.name);
  return name !== '' ? name : phrases.unnamedIndicator(indicator.row);
}

export function missedFacts(indicator: ScoredIndicator, phrases: Phrasebook): MissedFacts {
  return {
    name: indicatorName(indicator, phrases),
    reason: withoutEndPunctuation(oneLineText(indicator.reason)),
    target: targetText(indicator),
    actual: actualText(indicator),
    qualitative: isQualitative(indicator),
    task: indicator.task,
  };
}

/**
 * The points the over-achievement deduction (a scheme option) took off each indicator it hit: the
 * scheme's deduction, or the indicator's points when they were fewer.
 */
export function overAchievementDeductions(report: EvaluationReport): Map<ScoredIndicator, string> {
  const deductions = new Map<ScoredIndicator, string>();
  for (const warning of report.warnings) {
    if (warning.code !== 'OVERACHIEVEMENT_DEDUCTED') continue;
    const indicator = indicatorOfWarning(warning, report.indicators);
    const deduction = Number(warning.params.deduction);
    if (indicator === null || !Number.isFinite(deduction)) continue;
    deductions.set(indicator, formatScore(indicator.points !== null ? Math.min(deduction, indicator.points) : deduction));
  }
  return deductions;
}

/** the results of the indicators in table order; qualitative ones with the same target and result together */
export function resultFacts(indicators: readonly ScoredIndicator[], phrases: Phrasebook, deductions: ReadonlyMap<ScoredIndicator, string> = new Map()): IndicatorResultFacts[] {
  const results: IndicatorResultFacts[] = [];
  const levelGroups = new Map<string, Extract<IndicatorResultFacts, { kind: 'levels' }>>();
  for (const indicator of indicators) {
    const name = indicatorName(indicator, phrases);
    const target = targetText(indicator);
    const actual = actualText(indicator);
    if (!isQualitative(indicator)) {
      results.push({ kind: 'figures', name, target, actual, deduction: deductions.get(indicator) ?? null });
      continue;
    }
    const key = JSON.stringify([target, actual]);
    const group = levelGroups.get(key);
    if (group) {
      group.names.push(name);
      continue;
    }
    const created: Extract<IndicatorResultFacts, { kind: 'levels' }> = { kind: 'levels', names: [name], target, actual };
    levelGroups.set(key, created);
    results.push(created);
  }
  return results;
}

/** why an indicator was not scored, as the report says it */
export type UnscoredCause = 'actualBlank' | 'pointsBlank' | 'pointsMerged' | 'pointsUnreadable' | 'unreadable';

/**
 * The cause of each indicator that could not be scored: a blank actual first (as before), then its
 * 分值 (POINTS_INVALID on the points cell says blank, merged with another row, or not a number), else
 * a figure that could not be read.
 */
export function unscoredCauses(report: EvaluationReport): (indicator: ScoredIndicator) => UnscoredCause {
  const pointsProblems = new Map<string, string>();
  for (const warning of report.warnings) {
    if (warning.code !== 'POINTS_INVALID' || warning.params.field !== 'points') continue;
    const source = warningSource(warning);
    if (source !== null) pointsProblems.set(`${source.sheet}\u0000${source.row}`, String(warning.params.problem));
  }
  return (indicator) => {
    if (indicator.actual.kind === 'blank') return 'actualBlank';
    const problem = pointsProblems.get(`${indicator.sheet}\u0000${indicator.row}`);
    if (problem === undefined) return 'unreadable';
    if (problem === 'blank') return 'pointsBlank';
    if (problem === 'merged') return 'pointsMerged';
    return 'pointsUnreadable';
  };
}
