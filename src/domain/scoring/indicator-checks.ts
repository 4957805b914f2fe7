import type { Scheme, ScoredIndicator } from '../model';
import { formatParsedValue } from '../parsing';
import { fieldLocation, type Finding } from './findings';
import { roundScore } from './fast-round';
import { isHigherBetter, isLowerBetter } from './quantitative-score';
import { percentText } from './score-indicator';
import type { IndicatorScoring } from './score-indicator';

const COMPARATOR_SYMBOL = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' } as const;

/**
 * Deviation and score checks on one scored row: a missed target or a large over-achievement with no
 * reason, low completion, self-score problems, and targets that look wrongly set (成本 with ≥, a
 * percentage above 100%). Rows excluded as not applicable are not checked.
 */
export function checkIndicator(scoring: IndicatorScoring, scheme: Scheme, findings: Finding[]): void {
  const indicator = scoring.indicator;
  if (indicator.status === 'notApplicable') return;
  const { row } = scoring;
  const hasReason = indicator.reason.trim() !== '';

  if (indicator.status === 'missed' && !hasReason) {
    findings.push({
      code: 'MISSED_NO_REASON',
      at: fieldLocation(row, 'actual'),
      params: { indicator: row.level3.trim(), row: row.row, target: formatParsedValue(indicator.target), actual: formatParsedValue(indicator.actual) },
    });
  }
  const overRatio = overAchievementRatio(indicator);
  if (overRatio !== null && overRatio >= scheme.overAchievement.threshold && !hasReason) {
    findings.push({
      code: 'OVERACHIEVED_NO_REASON',
      at: fieldLocation(row, 'actual'),
      params: { indicator: row.level3.trim(), row: row.row, target: formatParsedValue(indicator.target), actual: formatParsedValue(indicator.actual), percent: percentText(overRatio) },
    });
  }
  if (indicator.completionRate !== null && indicator.completionRate < scheme.lowCompletion) {
    findings.push({
      code: 'LOW_COMPLETION',
      at: fieldLocation(row, 'actual'),
      params: { indicator: row.level3.trim(), row: row.row, percent: percentText(indicator.completionRate), threshold: percentText(scheme.lowCompletion) },
    });
  }
  checkSelfScore(scoring, scheme, findings);
  checkTargetSetting(scoring, findings);
}

function checkSelfScore(scoring: IndicatorScoring, scheme: Scheme, findings: Finding[]): void {
  const { indicator } = scoring;
  const { selfScore, points, computedScore } = indicator;
  if (selfScore === null) return;
  const { row } = scoring;
  if (points !== null && selfScore > points) {
    findings.push({ code: 'SCORE_ABOVE_POINTS', at: fieldLocation(row, 'selfScore'), params: { indicator: row.level3.trim(), row: row.row, selfScore, points } });
  }
  // On a qualitative band the in-band self-score is the computed score, and an out-of-band one already
  // has its own warning.
  if (scoring.bandScored || computedScore === null) return;
  if (roundScore(Math.abs(selfScore - computedScore)) > scheme.selfScoreTolerance) {
    findings.push({ code: 'SELF_SCORE_DIFFERS', at: fieldLocation(row, 'selfScore'), params: { indicator: row.level3.trim(), row: row.row, selfScore, computed: computedScore } });
  }
}

function checkTargetSetting(scoring: IndicatorScoring, findings: Finding[]): void {
  const { indicator, row } = scoring;
  const { comparator, target } = indicator;
  if (indicator.level2.includes('成本') && isHigherBetter(comparator)) {
    findings.push({
      code: 'COST_WITH_GTE',
      at: fieldLocation(row, row.cells.comparator ? 'comparator' : 'target'),
      params: { indicator: row.level3.trim(), row: row.row, comparator: COMPARATOR_SYMBOL[comparator as 'gte' | 'gt'] },
    });
  }
  if (target.kind === 'quantity' && target.unit === '%' && target.value > 100 && !isLowerBetter(comparator)) {
    findings.push({ code: 'PERCENT_TARGET_ABOVE_100', at: fieldLocation(row, 'target'), params: { indicator: row.level3.trim(), row: row.row, target: formatParsedValue(target) } });
  }
}

/** B / A of a ≥ indicator with a positive target, where over-achievement is a question. */
function overAchievementRatio(indicator: ScoredIndicator): number | null {
  const { target, actual, comparator } = indicator;
  if (!isHigherBetter(comparator) || target.kind !== 'quantity' || actual.kind !== 'quantity' || target.value <= 0) return null;
  if (target.unit !== actual.unit) return null;
  return actual.value / target.value;
}
