import Big from 'big.js';
import type { Comparator, IndicatorRow, ParsedValue, Scheme, ScoredIndicator } from '../model';
import { isRatioBelow } from '../numbers/compare';
import { formatParsedValue } from '../parsing/format-value';
import { trimmed } from '../parsing/normalise-text';
import type { WarningParams } from '../warnings/catalogue';
import type { Findings } from './findings';
import type { ParsedBlock } from './parsed-indicator';
import type { ScoredTable } from './score-indicators';
import { isHigherBetter, isLowerBetter } from './quantitative-score';
import { percentText, percentTextBelow } from './score-indicator';
import { canonicalUnit } from './unit-alignment';

const COMPARATOR_SYMBOL = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' } as const;

/**
 * Deviation and score checks on each scored row: a missed target or a large over-achievement with no
 * reason, low completion, self-score problems, and targets that look wrongly set (成本 with ≥, a
 * percentage above 100%). Rows excluded as not applicable are not checked.
 *
 * Rows share their values (see TableParser) and their ratios repeat, so the texts the messages
 * quote are written once per value and shared by the warnings that quote them.
 */
export class IndicatorChecks {
  private readonly valueTexts = new Map<ParsedValue, string>();
  /** quantities by comparator, unit and number */
  private readonly quantityTexts = new Map<Comparator | null, Map<string, Map<number, string>>>();
  private readonly percentTexts = new Map<number, string>();
  /** percentTextBelow(ratio, scheme.lowCompletion) by ratio */
  private readonly lowCompletionTexts = new Map<number, string>();
  private readonly lowCompletionText: string;
  private lastLevel2: string | null = null;
  private lastIsCost = false;

  constructor(
    private readonly scheme: Scheme,
    private readonly findings: Findings,
  ) {
    this.lowCompletionText = percentText(scheme.lowCompletion);
  }

  /** The rows of a parsed block, scored already. */
  checkRows(parsed: ParsedBlock, table: ScoredTable, from: number, to: number): void {
    const { rows, indicators, bandScored } = table;
    for (let i = from; i < to; i++) {
      const k = i - parsed.first;
      this.check(rows[i], parsed.name[k], indicators[i], bandScored[i] === 1, parsed.comparatorColumn[k]);
    }
  }

  /** `name` is the row's 三级指标, trimmed; `comparatorColumn` its 指标性质 as read */
  check(row: IndicatorRow, name: string, indicator: ScoredIndicator, bandScored: boolean, comparatorColumn: Comparator | 'qualitative' | null = null): void {
    if (indicator.status === 'notApplicable') return;
    const { scheme, findings } = this;
    const hasReason = indicator.reason !== '' && trimmed(indicator.reason) !== '';

    if (indicator.status === 'missed' && !hasReason) {
      findings.addAtField(
        'MISSED_NO_REASON',
        row,
        'actual',
        withReasonPlace(row, {
          indicator: name,
          row: row.row,
          target: this.valueText(indicator.target),
          actual: this.valueText(indicator.actual),
        }),
      );
    }
    const overRatio = overAchievementRatio(indicator);
    if (overRatio !== null && !hasReason && isOverAchieved(indicator, scheme.overAchievement.threshold)) {
      findings.addAtField(
        'OVERACHIEVED_NO_REASON',
        row,
        'actual',
        withReasonPlace(row, {
          indicator: name,
          row: row.row,
          target: this.valueText(indicator.target),
          actual: this.valueText(indicator.actual),
          percent: this.percent(overRatio),
        }),
      );
    }
    if (indicator.completionRate !== null && isCompletionBelow(indicator, scheme.lowCompletion)) {
      findings.addAtField('LOW_COMPLETION', row, 'actual', {
        indicator: name,
        row: row.row,
        percent: this.percentBelow(indicator.completionRate, scheme.lowCompletion),
        threshold: this.lowCompletionText,
      });
    }
    this.checkSelfScore(row, name, indicator, bandScored);
    this.checkTargetSetting(row, name, indicator, comparatorColumn);
  }

  private checkSelfScore(row: IndicatorRow, name: string, indicator: ScoredIndicator, bandScored: boolean): void {
    const { selfScore, points, computedScore } = indicator;
    if (selfScore === null) return;
    if (points !== null && selfScore > points) {
      this.findings.addAtField('SCORE_ABOVE_POINTS', row, 'selfScore', { indicator: name, row: row.row, selfScore, points });
    }
    // On a qualitative band the in-band self-score is the computed score, and an out-of-band one already
    // has its own warning.
    if (bandScored || computedScore === null) return;
    if (differsBeyond(selfScore, computedScore, this.scheme.selfScoreTolerance)) {
      this.findings.addAtField('SELF_SCORE_DIFFERS', row, 'selfScore', { indicator: name, row: row.row, selfScore, computed: computedScore });
    }
  }

  /**
   * A 成本 indicator scored with ≥ or > has it from the user (with no direction a cost is scored ≤): the
   * warning points at the cell that holds it, 指标性质 or the target.
   */
  private checkTargetSetting(row: IndicatorRow, name: string, indicator: ScoredIndicator, comparatorColumn: Comparator | 'qualitative' | null): void {
    const { comparator, target } = indicator;
    if (isHigherBetter(comparator) && this.isCost(indicator.level2)) {
      this.findings.addAtField('COST_WITH_GTE', row, isHigherBetter(comparatorColumn) ? 'comparator' : 'target', {
        indicator: name,
        row: row.row,
        comparator: COMPARATOR_SYMBOL[comparator as 'gte' | 'gt'],
      });
    }
    if (target.kind === 'quantity' && target.unit === '%' && target.value > 100 && !isLowerBetter(comparator)) {
      this.findings.addAtField('PERCENT_TARGET_ABOVE_100', row, 'target', { indicator: name, row: row.row, target: this.valueText(target) });
    }
  }

  /** 二级指标 names repeat row after row (成本指标 …): the last answer is kept. */
  private isCost(level2: string): boolean {
    if (level2 !== this.lastLevel2) {
      this.lastLevel2 = level2;
      this.lastIsCost = level2.includes('成本');
    }
    return this.lastIsCost;
  }

  private valueText(value: ParsedValue): string {
    if (value.kind !== 'quantity') {
      let text = this.valueTexts.get(value);
      if (text === undefined) this.valueTexts.set(value, (text = formatParsedValue(value)));
      return text;
    }
    // A reinterpreted quantity (95 read as 95%) is a new object on each row: remembered by what it
    // says. (-0 writes as 0 too: String(-0) is "0".)
    let byUnit = this.quantityTexts.get(value.comparator);
    if (byUnit === undefined) this.quantityTexts.set(value.comparator, (byUnit = new Map()));
    let byNumber = byUnit.get(value.unit);
    if (byNumber === undefined) byUnit.set(value.unit, (byNumber = new Map()));
    let text = byNumber.get(value.value);
    if (text === undefined) byNumber.set(value.value, (text = formatParsedValue(value)));
    return text;
  }

  private percent(ratio: number): string {
    let text = this.percentTexts.get(ratio);
    if (text === undefined) this.percentTexts.set(ratio, (text = percentText(ratio)));
    return text;
  }
  private percentBelow(ratio: number, threshold: number): string {
    let text = this.lowCompletionTexts.get(ratio);
    if (text === undefined) this.lowCompletionTexts.set(ratio, (text = percentTextBelow(ratio, threshold)));
    return text;
  }

}

/**
 * The params of a warning asking for a reason say where it goes, as the budget's do (noteParams):
 * reasonColumn 0 where the table has no 偏差原因 column, and reasonHeader, the column's header, where the
 * table heads it otherwise than 偏差原因分析及改进措施 (偏差原因). A table with the standard column, as
 * most have, adds nothing: the engine bench's 100,000 rows raise some 31,000 of these warnings, and a
 * param more on each (reasonColumn 1) took its Node runs from about 5,900 page faults to 6,070. The
 * header is the one string the table's rows share.
 */
function withReasonPlace(row: IndicatorRow, params: WarningParams): WarningParams {
  if (row.columns.reason === undefined) params.reasonColumn = 0;
  else if (row.reasonHeader !== undefined && row.reasonHeader !== '') params.reasonHeader = row.reasonHeader;
  return params;
}

/**
 * |a − b| > tolerance on the exact decimals: 9.104 against 9 differs by 0.104, more than 0.1 (rounding
 * the difference first hid it), and 1.1 against 1 by exactly 0.1, not 0.10000000000000009 as in binary.
 * The binary difference decides unless it is within rounding error of the tolerance.
 */
function differsBeyond(a: number, b: number, tolerance: number): boolean {
  const difference = Math.abs(a - b);
  const margin = (Math.abs(a) + Math.abs(b) + tolerance) * 1e-12;
  if (difference > tolerance + margin) return true;
  if (difference < tolerance - margin) return false;
  return new Big(a).minus(b).abs().gt(tolerance);
}

/** B / A at or above `threshold` on exact decimals, for an indicator overAchievementRatio gives a ratio. */
function isOverAchieved({ target, actual }: ScoredIndicator, threshold: number): boolean {
  return target.kind === 'quantity' && actual.kind === 'quantity' && !isRatioBelow(actual.value, target.value, threshold);
}

/**
 * The completion rate below `threshold` on exact decimals: B / A for ≥, > and =, A / B for ≤ and <
 * (scoreQuantitative), so that a rate of exactly 60% is not "below 60%".
 */
function isCompletionBelow({ target, actual, comparator, completionRate }: ScoredIndicator, threshold: number): boolean {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity') return completionRate !== null && completionRate < threshold;
  return isLowerBetter(comparator) ? isRatioBelow(target.value, actual.value, threshold) : isRatioBelow(actual.value, target.value, threshold);
}

/** B / A of a ≥ indicator with a positive target, where over-achievement is a question. */
function overAchievementRatio(indicator: ScoredIndicator): number | null {
  const { target, actual, comparator } = indicator;
  if (!isHigherBetter(comparator) || target.kind !== 'quantity' || actual.kind !== 'quantity' || target.value <= 0) return null;
  // the reported values keep the user's spelling: 100名 against 120人 is one unit
  if (target.unit !== actual.unit && canonicalUnit(target.unit) !== canonicalUnit(actual.unit)) return null;
  return actual.value / target.value;
}
