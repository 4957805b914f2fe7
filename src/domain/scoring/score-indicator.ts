import type {
  Comparator,
  IndicatorField,
  IndicatorRow,
  Level1Kind,
  ParsedValue,
  QualitativeLevel,
  Scheme,
  ScoredIndicator,
} from '../model';
import { isRatioBelow } from '../numbers/compare';
import { daysInMonth } from '../parsing/deadline';
import { normaliseText, trimmed, withoutClosingPunctuation } from '../parsing/normalise-text';
import { formatParsedValue, plainDecimal } from '../parsing/format-value';
import { COMPARATOR_SIGN } from '../parsing/operator-words';
import { alignedPair, type AlignmentNote } from './aligned-pairs';
import type { Findings } from './findings';
import { roundDecimals, roundScore } from './fast-round';
import type { NumberCell, ParsedIndicator } from './parsed-indicator';
import { scoreQualitative } from './qualitative-score';
import { isHigherBetter, isLowerBetter, scoreQuantitative } from './quantitative-score';
import { RowScoredIndicator } from './row-scored-indicator';
import { NO_DEADLINE_YEAR, type DeadlineYear } from './table-year';
import { canonicalUnit, shiftDecimal } from './unit-alignment';

type QuantityValue = Extract<ParsedValue, { kind: 'quantity' }>;
type DeadlineValue = Extract<ParsedValue, { kind: 'deadline' }>;

/** Words that answer a deadline target: on time or not. */
const DEADLINE_ANSWERS: ReadonlyMap<string, boolean> = new Map([
  ['按时', true],
  ['按时完成', true],
  ['按期', true],
  ['按期完成', true],
  ['已按时完成', true],
  ['已按期完成', true],
  ['已如期完成', true],
  ['提前完成', true],
  ['已提前完成', true],
  ['如期', true],
  ['如期完成', true],
  ['未按时', false],
  ['未按时完成', false],
  ['未按期', false],
  ['未按期完成', false],
  ['未如期完成', false],
  ['超期', false],
  ['超期完成', false],
  ['逾期', false],
  ['逾期完成', false],
  ['延期', false],
  ['延期完成', false],
]);

/** What scoring one row yields besides the report's line: facts the warnings stage needs. */
export interface IndicatorScoring {
  row: IndicatorRow;
  indicator: ScoredIndicator;
  /** scored on a qualitative band: the computed score is the user's in-band score */
  bandScored: boolean;
  /**
   * The reported score before rounding is points × shareNumerator / shareDenominator; a denominator
   * of 0 when the score is exact as it stands (the user's, full, 0). The rescale scales this.
   */
  shareNumerator: number;
  shareDenominator: number;
}

interface Outcome {
  comparator: Comparator | 'qualitative' | null;
  target: ParsedValue;
  actual: ParsedValue;
  computedScore: number | null;
  completionRate: number | null;
  status: ScoredIndicator['status'];
  provisional: boolean;
  bandScored: boolean;
  /** see IndicatorScoring */
  shareNumerator: number;
  shareDenominator: number;
}

/**
 * The score stage for one row: the computed score, the status and every finding that scoring itself
 * makes (unreadable cells, interpretations, unit problems, band and provisional scores). Never throws:
 * a row that cannot be scored is 'invalid' and its findings say why. The result is written into
 * `into` when given, so that a stage scoring 100,000 rows does not make 100,000 holders.
 * `deadlineYear` places a date written without its year (see DeadlineYear).
 */
export function scoreIndicator(
  input: ParsedIndicator,
  level1Kind: Level1Kind,
  scheme: Scheme,
  findings: Findings,
  into: IndicatorScoring = { row: input.row, indicator: null as unknown as ScoredIndicator, bandScored: false, shareNumerator: 0, shareDenominator: 0 },
  deadlineYear: DeadlineYear = NO_DEADLINE_YEAR,
): IndicatorScoring {
  let parsed = input;
  const { row } = parsed;
  const selfScore = readSelfScore(parsed, findings);
  if (parsed.target.kind === 'deadline' && parsed.actual.kind === 'unreadable') {
    // 按时 / 逾期 answer a deadline; the parser, reading the cell alone, cannot know that.
    const onTime = DEADLINE_ANSWERS.get(parsed.actual.text.replace(/\s+/g, ''));
    if (onTime !== undefined) parsed = { ...parsed, actual: { kind: 'yesNo', value: onTime, label: parsed.actual.text } };
  }
  if (parsed.target.kind === 'yesNo' && parsed.actual.kind === 'notApplicable' && parsed.actual.text === '无') {
    // 有/无 targets: the parser reads 无 alone as 不适用, but against 有 it is the answer "no".
    interpreted(parsed, findings, 'actual', 'noneAsNo', '无', '否');
    parsed = { ...parsed, actual: { kind: 'yesNo', value: false, label: '无' } };
  }

  if (isNone(parsed.target) && (isNone(parsed.actual) || parsed.actual.kind === 'yesNo')) {
    // 无 as a target (安全事故 无) asks that none happen: against 无 it is met, against 有/是 missed.
    interpreted(parsed, findings, 'target', 'noneTargetAsNo', '无', '否');
    parsed = { ...parsed, target: NONE_AS_NO, actual: isNone(parsed.actual) ? NONE_AS_NO : parsed.actual };
  }
  parsed = noneAgainstQuantity(parsed, findings);
  parsed = descriptiveTarget(parsed, findings);

  if (parsed.target.kind === 'notApplicable' || parsed.actual.kind === 'notApplicable') {
    const field: IndicatorField = parsed.target.kind === 'notApplicable' ? 'target' : 'actual';
    const text = parsed.target.kind === 'notApplicable' ? parsed.target.text : (parsed.actual as { text: string }).text;
    const points = parsed.points.kind === 'number' ? parsed.points.value : parsed.points.kind === 'share' ? shareOf(parsed.points.fraction, scheme.totalPoints) : null;
    findings.addAtField('NOT_APPLICABLE_EXCLUDED', row, field, { indicator: parsed.name, row: row.row, text, points: points ?? '' });
    const excluded = outcome(parsed.comparatorColumn, parsed.target, parsed.actual, null, null, 'notApplicable', false, false);
    return finish(into, parsed, level1Kind, scheme, points, selfScore, excluded);
  }

  const points = readPoints(parsed, findings, scheme.totalPoints);
  const targetReadable = checkTarget(parsed, findings);
  const actualReadable = checkActual(parsed, findings);
  if (points === null || !targetReadable || !actualReadable) {
    return finish(into, parsed, level1Kind, scheme, points, selfScore, invalidOutcome(parsed));
  }
  const scored = scoreReadable(parsed, points, selfScore, scheme, deadlineYear, findings);
  return finish(into, parsed, level1Kind, scheme, points, selfScore, scored);
}

/**
 * 无 alone reads as 不适用, but beside a number it is the number none: an actual of 无 against ≥2场 is
 * 0场 (a missed target, not one left out of the total), and a target of 无 against 1起 is =0起 (安全事故
 * 无: any incident misses it). Said in a VALUE_INTERPRETED note either way.
 */
function noneAgainstQuantity(parsed: ParsedIndicator, findings: Findings): ParsedIndicator {
  const { target, actual } = parsed;
  if (target.kind === 'quantity' && isNone(actual)) {
    interpreted(parsed, findings, 'actual', 'noneAsZero', '无', `0${target.unit}`);
    return { ...parsed, actual: { kind: 'quantity', value: 0, unit: target.unit, comparator: null, notes: [] } };
  }
  if (actual.kind === 'quantity' && isNone(target)) {
    interpreted(parsed, findings, 'target', 'noneAsZeroTarget', '无', `=0${actual.unit}`);
    let zero = NONE_TARGETS.get(actual.unit);
    if (zero === undefined) NONE_TARGETS.set(actual.unit, (zero = { kind: 'quantity', value: 0, unit: actual.unit, comparator: 'eq', notes: [] }));
    return { ...parsed, target: zero };
  }
  return parsed;
}

/**
 * The =0 targets that 无 stands for, one per unit: shared by the rows, and known as the scorer's own
 * reading (an "=" nobody wrote, so no EQUALITY_MISMATCH) by being one of these.
 */
const NONE_TARGETS = new Map<string, QuantityValue>();

/**
 * A 定性 indicator's target is often a description (有效提升, 明显改善) rather than a level: any text
 * with no number is then its goal, to be 达成, when 指标性质 says 定性 or the actual is a 达成-type
 * level; the actual is scored on the bands. An actual in the goal's own words says how far it was
 * reached, as tables often fill them: the words alone (有效提升 | 有效提升) or after 已 are 达成, after
 * 基本 or 部分 部分达成 (as 基本完成 is: a shortfall the user concedes), after 未 or 不 未达成; each said in a
 * VALUE_INTERPRETED note. Other words (有效提升 | 明显提升) are not read: their band is the user's to say.
 */
function descriptiveTarget(parsed: ParsedIndicator, findings: Findings): ParsedIndicator {
  const { target, actual } = parsed;
  if (target.kind !== 'unreadable' || target.reason !== 'noNumber') return parsed;
  const goal: ParsedValue = { kind: 'qualitative', level: 'achieved', label: target.text };
  if (actual.kind === 'unreadable' && actual.reason === 'noNumber') {
    const reading = readingInGoalWords(actual.text, target.text);
    if (reading !== null) {
      const { what, to } = reading.prefix === '' ? GOAL_RESTATED : GOAL_READINGS[reading.level];
      findings.addAtField('VALUE_INTERPRETED', parsed.row, 'actual', { indicator: parsed.name, row: parsed.row.row, what, from: trimmed(actual.text), to, target: trimmed(target.text) });
      return { ...parsed, target: goal, actual: { kind: 'qualitative', level: reading.level, label: actual.text } };
    }
  }
  if (parsed.comparatorColumn !== 'qualitative' && actual.kind !== 'qualitative') return parsed;
  return { ...parsed, target: goal };
}

/** words before a goal's own that say how far it was reached */
const GOAL_PREFIXES: ReadonlyArray<readonly [string, QualitativeLevel]> = [
  ['', 'achieved'],
  ['已', 'achieved'],
  ['已经', 'achieved'],
  ['基本', 'partial'],
  ['已基本', 'partial'],
  ['部分', 'partial'],
  ['未', 'notAchieved'],
  ['尚未', 'notAchieved'],
  ['没有', 'notAchieved'],
  ['不', 'notAchieved'],
];

/** the VALUE_INTERPRETED note of each reading */
const GOAL_RESTATED = { what: 'actualRestatesTarget', to: '达成' };
const GOAL_READINGS: Record<QualitativeLevel, { what: string; to: string }> = {
  achieved: { what: 'actualReachesTarget', to: '达成' },
  partial: { what: 'actualPartlyReachesTarget', to: '部分达成' },
  notAchieved: { what: 'actualMissesTarget', to: '未达成' },
};

/** an actual in the goal's words (健全 → 健全, 已健全, 基本健全, 未健全): the words before them and the band they give, or null */
function readingInGoalWords(actual: string, goal: string): { prefix: string; level: QualitativeLevel } | null {
  const goalWords = words(goal);
  const actualWords = words(actual);
  if (goalWords === '' || NOT_A_GOAL.test(goalWords) || !actualWords.endsWith(goalWords)) return null;
  const prefix = actualWords.slice(0, actualWords.length - goalWords.length);
  const known = GOAL_PREFIXES.find(([words]) => words === prefix);
  return known ? { prefix, level: known[1] } : null;
}

/**
 * A reference, a placeholder or a word about the indicator rather than its goal, the whole cell (详见附件 |
 * 详见附件, 暂无, 见说明, 按要求, 定性): the same words in both cells say nothing of how far a goal was
 * reached: 详见/参见… anything, 见 a document (见项目实施方案), 附件…. A goal that merely holds such a word
 * (按时报送决算说明, 见成效) is a goal.
 */
const NOT_A_GOAL =
  /^(?:(?:详见|参见|具体见|另见)\S*|参照(?:附件|附表|说明)\S*|见\S{0,12}(?:方案|报告|计划|文件|材料|清单|通知|办法|附表|下表|上表|附件|说明)[\d一二三四五六七八九十、，,及和附件表]*|(?:附件|附表)\S*|下表|上表|说明|备注|暂无|无|待定|待填|待补充|按要求|按规定|定性|定量|同上|略|空)$/;

/** the words of a cell, whatever the width, spaces and closing 。 or ！ */
function words(text: string): string {
  return withoutClosingPunctuation(normaliseText(text).replace(/\s+/g, ''));
}

/** 无 read as the answer "no", shared by every row that holds it */
const NONE_AS_NO: ParsedValue = { kind: 'yesNo', value: false, label: '无' };

function isNone(value: ParsedValue): boolean {
  return value.kind === 'notApplicable' && value.text === '无';
}

/**
 * A row's outcome, written over row after row: finish() copies it into the report's line at once, and
 * nothing keeps it, so 100,000 rows need one rather than 100,000 short-lived objects.
 */
const OUTCOME: Outcome = {
  comparator: null,
  target: { kind: 'blank' },
  actual: { kind: 'blank' },
  computedScore: null,
  completionRate: null,
  status: 'invalid',
  provisional: false,
  bandScored: false,
  shareNumerator: 0,
  shareDenominator: 0,
};

function outcome(
  comparator: Outcome['comparator'],
  target: ParsedValue,
  actual: ParsedValue,
  computedScore: number | null,
  completionRate: number | null,
  status: ScoredIndicator['status'],
  provisional: boolean,
  bandScored: boolean,
): Outcome {
  OUTCOME.comparator = comparator;
  OUTCOME.target = target;
  OUTCOME.actual = actual;
  OUTCOME.computedScore = computedScore;
  OUTCOME.completionRate = completionRate;
  OUTCOME.status = status;
  OUTCOME.provisional = provisional;
  OUTCOME.bandScored = bandScored;
  OUTCOME.shareNumerator = 0;
  OUTCOME.shareDenominator = 0;
  return OUTCOME;
}

function invalidOutcome(parsed: ParsedIndicator): Outcome {
  return outcome(parsed.comparatorColumn, inColumnUnit(parsed.target, parsed.unitColumn), inColumnUnit(parsed.actual, parsed.unitColumn), null, null, 'invalid', false, false);
}

/**
 * A bare number of a row not scored, in the 度量单位 column's unit as the report quotes it (目标 ≥100 人,
 * as a scored row's), since the unit alignment that does this for scored rows never ran. Not a bare
 * 0.95 beside %: whether that is 95% or 0.95% is the alignment's to say.
 */
function inColumnUnit(value: ParsedValue, unitColumn: string): ParsedValue {
  if (value.kind !== 'quantity' || value.unit !== '') return value;
  const unit = trimmed(unitColumn);
  if (unit === '' || (canonicalUnit(unit) === '%' && Math.abs(value.value) <= 1)) return value;
  return restated(value, value.value, unit);
}

/** The report's line for the row, written with what the row's scoring found into `into`. */
function finish(
  into: IndicatorScoring,
  parsed: ParsedIndicator,
  level1Kind: Level1Kind,
  scheme: Scheme,
  points: number | null,
  selfScore: number | null,
  outcome: Outcome,
): IndicatorScoring {
  const { row } = parsed;
  const counted = outcome.status !== 'notApplicable';
  const reported = counted && scheme.reportScore === 'self' && selfScore !== null ? capScore(selfScore, points) : outcome.computedScore;
  const indicator = new RowScoredIndicator(row, {
    level1Kind,
    comparator: outcome.comparator,
    target: outcome.target,
    actual: outcome.actual,
    points,
    computedScore: outcome.computedScore,
    selfScore,
    score: counted ? reported : null,
    completionRate: outcome.completionRate,
    status: outcome.status,
    provisional: outcome.provisional,
  });
  into.row = row;
  into.indicator = indicator;
  into.bandScored = outcome.bandScored;
  const ownScore = reported === outcome.computedScore;
  into.shareNumerator = ownScore ? outcome.shareNumerator : 0;
  into.shareDenominator = ownScore ? outcome.shareDenominator : 0;
  return into;
}

function capScore(score: number, points: number | null): number {
  const floored = score < 0 ? 0 : score;
  return points !== null && floored > points ? points : floored;
}

/** 分值: a number above 0 and at most the scheme's total (no single indicator is worth more than all). */
function readPoints(parsed: ParsedIndicator, findings: Findings, totalPoints: number): number | null {
  const { row, points } = parsed;
  const mergedRow = row.mergedWith?.points;
  if (mergedRow !== undefined) {
    // the points of the merged rows together, the top one's cell holding them: no one row's to score
    const text = points.kind === 'number' ? String(points.value) : '';
    findings.addAtField('POINTS_INVALID', row, 'points', { indicator: parsed.name, row: row.row, field: 'points', text, problem: 'merged', mergedRow });
    return null;
  }
  let value: number;
  switch (points.kind) {
    case 'number':
      value = points.value;
      break;
    case 'share':
      // 分值 10% (or 0.1 shown as 10%) is a weight: that share of the total, said in a note
      value = shareOf(points.fraction, totalPoints);
      findings.addAtField('VALUE_INTERPRETED', row, 'points', { indicator: parsed.name, row: row.row, what: 'pointsFromPercent', from: points.text, to: value, total: totalPoints });
      break;
    case 'placeholder':
      findings.addAtField('PLACEHOLDER', row, 'points', { indicator: parsed.name, row: row.row, field: 'points', text: points.text });
      return null;
    case 'blank':
      findings.addAtField('POINTS_INVALID', row, 'points', { indicator: parsed.name, row: row.row, field: 'points', text: '', problem: 'blank' });
      return null;
    case 'notApplicable': // an indicator that is scored needs its points, whatever the mark says
    case 'invalid':
      findings.addAtField('POINTS_INVALID', row, 'points', { indicator: parsed.name, row: row.row, field: 'points', text: points.text, problem: 'notNumber' });
      return null;
  }
  if (value > totalPoints) {
    findings.addAtField('POINTS_INVALID', row, 'points', { indicator: parsed.name, row: row.row, field: 'points', text: String(value), problem: 'aboveTotal' });
    return null;
  }
  if (value > 0) return value;
  findings.addAtField('POINTS_INVALID', row, 'points', { indicator: parsed.name, row: row.row, field: 'points', text: String(value), problem: 'notPositive' });
  return null;
}

/** 10% of 100 points: 10, on the decimals (7% of 100 is 7, not 7.000000000000001) */
function shareOf(fraction: number, totalPoints: number): number {
  return Number((fraction * totalPoints).toPrecision(15));
}

/**
 * 自评得分: blank is fine, and so is a not-applicable mark ("/", as Ministry of Finance tables fill every
 * cell of a row that does not apply): neither gives a self-score. Anything else but a number ≥ 0 is
 * reported and ignored.
 */
function readSelfScore(parsed: ParsedIndicator, findings: Findings): number | null {
  const { row, selfScore } = parsed;
  const cell: NumberCell = selfScore;
  const mergedRow = row.mergedWith?.selfScore;
  if (mergedRow !== undefined) {
    // the 自评得分 of the merged rows together: none of it is one row's alone, the top one's included
    const text = cell.kind === 'number' ? String(cell.value) : '';
    findings.addAtField('POINTS_INVALID', row, 'selfScore', { indicator: parsed.name, row: row.row, field: 'selfScore', text, problem: 'merged', mergedRow });
    return null;
  }
  switch (cell.kind) {
    case 'blank':
      return null;
    case 'notApplicable':
      return null;
    case 'share':
      // a self-score is in points, not a share of them: a number shown as % is still its number
      if (cell.raw === null) {
        findings.addAtField('POINTS_INVALID', row, 'selfScore', { indicator: parsed.name, row: row.row, field: 'selfScore', text: cell.text, problem: 'notNumber' });
        return null;
      }
      if (cell.raw >= 0) return cell.raw;
      findings.addAtField('POINTS_INVALID', row, 'selfScore', { indicator: parsed.name, row: row.row, field: 'selfScore', text: String(cell.raw), problem: 'negative' });
      return null;
    case 'number':
      if (cell.value >= 0) return cell.value;
      findings.addAtField('POINTS_INVALID', row, 'selfScore', { indicator: parsed.name, row: row.row, field: 'selfScore', text: String(cell.value), problem: 'negative' });
      return null;
    case 'placeholder':
      findings.addAtField('PLACEHOLDER', row, 'selfScore', { indicator: parsed.name, row: row.row, field: 'selfScore', text: cell.text });
      return null;
    case 'invalid':
      findings.addAtField('POINTS_INVALID', row, 'selfScore', { indicator: parsed.name, row: row.row, field: 'selfScore', text: cell.text, problem: 'notNumber' });
      return null;
  }
}

function checkTarget(parsed: ParsedIndicator, findings: Findings): boolean {
  const { row, target } = parsed;
  switch (target.kind) {
    case 'blank':
      findings.addAtField('TARGET_UNREADABLE', row, 'target', { indicator: parsed.name, row: row.row, text: '', problem: 'blank' });
      return false;
    case 'unreadable':
      findings.addAtField('TARGET_UNREADABLE', row, 'target', { indicator: parsed.name, row: row.row, text: target.text, problem: target.reason });
      return false;
    case 'placeholder':
      findings.addAtField('PLACEHOLDER', row, 'target', { indicator: parsed.name, row: row.row, field: 'target', text: target.text });
      return false;
    case 'quantity':
      if (target.value >= 0) return true;
      findings.addAtField('TARGET_UNREADABLE', row, 'target', { indicator: parsed.name, row: row.row, text: formatParsedValue(target), problem: 'negative' });
      return false;
    default:
      return true;
  }
}

function checkActual(parsed: ParsedIndicator, findings: Findings): boolean {
  const { row, actual } = parsed;
  switch (actual.kind) {
    case 'blank':
      findings.addAtField('ACTUAL_MISSING', row, 'actual', { indicator: parsed.name, row: row.row });
      return false;
    case 'unreadable':
      findings.addAtField('ACTUAL_UNREADABLE', row, 'actual', { indicator: parsed.name, row: row.row, text: actual.text, problem: actual.reason });
      return false;
    case 'placeholder':
      findings.addAtField('PLACEHOLDER', row, 'actual', { indicator: parsed.name, row: row.row, field: 'actual', text: actual.text });
      return false;
    default:
      return true;
  }
}

function scoreReadable(
  parsed: ParsedIndicator,
  points: number,
  selfScore: number | null,
  scheme: Scheme,
  deadlineYear: DeadlineYear,
  findings: Findings,
): Outcome {
  const { target, actual } = parsed;
  if (target.kind === 'quantity' && target.ignoredText !== undefined) interpreted(parsed, findings, 'target', 'targetTextIgnored', target.ignoredText, formatParsedValue(target));
  if (actual.kind === 'quantity' && actual.ignoredText !== undefined) interpreted(parsed, findings, 'actual', 'actualTextIgnored', actual.ignoredText, formatParsedValue(actual));
  if (target.kind === 'quantity' && target.notes.length !== 0) noteNumeral(parsed, findings, 'target', target);
  if (actual.kind === 'quantity' && actual.notes.length !== 0) noteNumeral(parsed, findings, 'actual', actual);
  switch (target.kind) {
    case 'quantity':
      if (actual.kind === 'quantity') return scoreQuantity(parsed, target, actual, points, scheme, findings);
      if (actual.kind === 'qualitative') {
        interpreted(parsed, findings, 'actual', 'qualitativeActual', formatParsedValue(actual), actual.label);
        return scoreBand(parsed, actual.level, points, selfScore, findings);
      }
      return kindMismatch(parsed, findings);
    case 'qualitative':
      if (actual.kind === 'qualitative') return scoreBand(parsed, actual.level, points, selfScore, findings);
      if (actual.kind === 'yesNo') {
        const level: QualitativeLevel = actual.value ? 'achieved' : 'notAchieved';
        interpreted(parsed, findings, 'actual', 'yesNoAsLevel', actual.label, level === 'achieved' ? '达成' : '未达成');
        return scoreBand(parsed, level, points, selfScore, findings);
      }
      return kindMismatch(parsed, findings);
    case 'yesNo':
      if (actual.kind === 'yesNo') {
        const met = actual.value === target.value;
        return scoredOutcome(parsed, 'qualitative', met ? points : 0, met);
      }
      return kindMismatch(parsed, findings);
    case 'deadline':
      return scoreDeadline(parsed, target, points, selfScore, deadlineYear, findings);
    default:
      return kindMismatch(parsed, findings);
  }
}

/** 两场 read as 2场, 不少于三次 as ≥3次: the cell's words (on one line, as unreadable cells are quoted) and the figure scored */
function noteNumeral(parsed: ParsedIndicator, findings: Findings, field: 'target' | 'actual', value: QuantityValue): void {
  if (!value.notes.includes('chineseNumeral')) return;
  const written = parsed.row[field].value;
  const from = typeof written === 'string' ? normaliseText(written) : formatParsedValue(value);
  interpreted(parsed, findings, field, field === 'target' ? 'targetNumeral' : 'actualNumeral', from, formatParsedValue(value));
}

function scoredOutcome(parsed: ParsedIndicator, comparator: Outcome['comparator'], score: number, met: boolean): Outcome {
  return outcome(comparator, parsed.target, parsed.actual, score, null, met ? 'met' : 'missed', false, false);
}

function kindMismatch(parsed: ParsedIndicator, findings: Findings): Outcome {
  const { row } = parsed;
  findings.addAtField(
    'ACTUAL_UNREADABLE',
    row,
    'actual',
    { indicator: parsed.name, row: row.row, text: formatParsedValue(parsed.actual), problem: 'kindMismatch', target: formatParsedValue(parsed.target) },
  );
  return invalidOutcome(parsed);
}

function interpreted(parsed: ParsedIndicator, findings: Findings, field: IndicatorField, what: string, from: string, to: string): void {
  findings.addAtField('VALUE_INTERPRETED', parsed.row, field, { indicator: parsed.name, row: parsed.row.row, what, from, to });
}

/**
 * The direction a quantity is scored in: 指标性质, else the sign written in the target, else a default
 * said in a VALUE_INTERPRETED note: "=" for a target of 0 (DOMAIN's A = 0 rule: any actual above 0
 * misses it), "≤" for a 成本 indicator (a cost is better lower), "≥" otherwise. A 指标性质 that
 * contradicts the target's own sign (反向 beside ≥95%) is applied, as the column always is, but never
 * silently: the warning names both, since only the user knows which one is wrong.
 */
function resolveComparator(parsed: ParsedIndicator, own: Comparator | null, targetValue: number, targetUnit: string, findings: Findings): Comparator {
  const column = parsed.comparatorColumn;
  if (column !== null && column !== 'qualitative') {
    if (own !== null && ((isHigherBetter(own) && isLowerBetter(column)) || (isLowerBetter(own) && isHigherBetter(column)))) {
      reportContradiction(parsed, column, findings);
    }
    return column;
  }
  if (own !== null) return own;
  const field: IndicatorField = parsed.row.columns.comparator !== undefined ? 'comparator' : 'target';
  const from = column === 'qualitative' ? '定性' : '';
  if (targetValue === 0) {
    interpreted(parsed, findings, field, 'comparatorZeroTarget', from, '=');
    return 'eq';
  }
  // a rate under 成本 (资金到位率 100%) is still better higher: only amounts and counts default to ≤
  if (parsed.row.level2.includes('成本') && !isPercentUnit(targetUnit)) {
    interpreted(parsed, findings, field, 'comparatorCostDefault', from, '≤');
    return 'lte';
  }
  interpreted(parsed, findings, field, 'comparatorDefault', from, '≥');
  return 'gte';
}

function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '‰';
}

/** Only ≥/> against ≤/< contradict: = beside ≥ is scored alike (A > 0) and flagged by EQUALITY_MISMATCH. */
function reportContradiction(parsed: ParsedIndicator, column: Comparator, findings: Findings): void {
  const { row } = parsed;
  const written = row.comparator?.value;
  findings.addAtField(
    'VALUE_INTERPRETED',
    row,
    'comparator',
    {
      indicator: parsed.name,
      row: row.row,
      what: 'comparatorContradicted',
      from: typeof written === 'string' ? written.trim() : COMPARATOR_SIGN[column],
      to: formatParsedValue(parsed.target),
      sign: COMPARATOR_SIGN[column],
    },
    // the score follows one of two readings that disagree: more than a note
    'warning',
  );
}

function scoreQuantity(
  parsed: ParsedIndicator,
  target: QuantityValue,
  actual: QuantityValue,
  points: number,
  scheme: Scheme,
  findings: Findings,
): Outcome {
  const { row } = parsed;
  // The same non-blank unit on both sides (≥95% against 97%, the usual case) needs none of
  // alignUnits' filling in, percentage readings or conversions. The units are the user's spelling
  // (≤5个工作日, 名) from here on: canonical spellings serve comparing only, never showing.
  let targetValue = target.value;
  let actualValue = actual.value;
  let targetUnit = target.unit;
  let actualUnit = actual.unit;
  let interpretations: readonly AlignmentNote[] = NO_NOTES;
  if (targetUnit !== actualUnit || targetUnit === '') {
    const { alignment, notes, shown } = alignedPair(target, actual, parsed.unitColumn);
    if (alignment.kind === 'incompatible') {
      findings.addAtField(
        'UNIT_MISMATCH',
        row,
        'actual',
        { indicator: parsed.name, row: row.row, targetUnit: shown.target, actualUnit: shown.actual, scored: 'no' },
        // not scored: an error, as every row the engine cannot score has one
        'error',
      );
      return invalidOutcome(parsed);
    }
    if (alignment.converted) {
      findings.addAtField(
        'UNIT_MISMATCH',
        row,
        'actual',
        { indicator: parsed.name, row: row.row, targetUnit: alignment.converted.to, actualUnit: alignment.converted.from, scored: 'yes' },
      );
    }
    targetValue = alignment.target.value;
    targetUnit = shown.target;
    actualValue = alignment.actual.value;
    actualUnit = shown.actual;
    interpretations = notes;
  }
  if (actualValue < 0) {
    interpreted(parsed, findings, 'actual', 'negativeActual', `${actualValue}${actualUnit}`, `0${actualUnit}`);
    actualValue = 0;
  }
  const comparator = resolveComparator(parsed, target.comparator, targetValue, targetUnit, findings);
  const result = scoreQuantitative(points, targetValue, actualValue, comparator, scheme.reverseFormula);
  for (const note of interpretations) {
    reportPercentReading(parsed, note, comparator, points, targetValue, actualValue, result.score, scheme, findings);
  }

  const reportedTarget = sameAmount(target, targetValue, targetUnit) ? target : restated(target, targetValue, targetUnit);
  const reportedActual = sameAmount(actual, actualValue, actualUnit) ? actual : restated(actual, actualValue, actualUnit);

  if (result.targetZero) {
    findings.addAtField('TARGET_ZERO', row, 'target', { indicator: parsed.name, row: row.row, target: formatParsedValue(reportedTarget) });
  }
  if (result.equalityMismatch && isWrittenEquality(parsed, target)) {
    findings.addAtField(
      'EQUALITY_MISMATCH',
      row,
      'actual',
      { indicator: parsed.name, row: row.row, target: formatParsedValue(reportedTarget), actual: formatParsedValue(reportedActual) },
    );
  }
  let score = result.score;
  const over = scheme.overAchievement;
  if (over.deductionEnabled && isHigherBetter(comparator) && targetValue > 0 && !isRatioBelow(actualValue, targetValue, over.threshold)) {
    score = Math.max(0, roundScore(points - over.deductionPoints));
    findings.addAtField(
      'OVERACHIEVEMENT_DEDUCTED',
      row,
      'actual',
      { indicator: parsed.name, row: row.row, deduction: over.deductionPoints, percent: percentText(actualValue / targetValue), threshold: percentText(over.threshold) },
    );
  }
  const scored = outcome(comparator, reportedTarget, reportedActual, score, result.completionRate, result.met ? 'met' : 'missed', false, false);
  if (score === result.score) {
    scored.shareNumerator = result.shareNumerator;
    scored.shareDenominator = result.shareDenominator;
  }
  return scored;
}

const NO_NOTES: readonly AlignmentNote[] = [];

/**
 * An "=" the user wrote, in 指标性质 or in the target: only that asks for the exact figure. The "="
 * a target of 0 or 无 gets by default is the scorer's reading, and a miss is told by the score.
 */
function isWrittenEquality(parsed: ParsedIndicator, target: QuantityValue): boolean {
  const column = parsed.comparatorColumn;
  if (column !== null && column !== 'qualitative') return column === 'eq';
  return target.comparator === 'eq' && NONE_TARGETS.get(target.unit) !== target;
}

/**
 * A bare number beside a percentage is read one way (0.8 as 80%, 1.05 as 1.05%), and said. Where the
 * other reading (0.8%, 105%) is just as plausible and would change the score by more than half the
 * points, the note is a warning naming both readings and both scores: the score is only as good as a
 * guess the user must confirm. Refusing to score would lose the many rows where the reading taken is
 * the right one (0.96 beside ≥95%), and the user would have to fix a cell that was read correctly.
 */
function reportPercentReading(
  parsed: ParsedIndicator,
  note: AlignmentNote,
  comparator: Comparator,
  points: number,
  targetValue: number,
  actualValue: number,
  score: number,
  scheme: Scheme,
  findings: Findings,
): void {
  const onActual = note.field === 'actual';
  const read = onActual ? actualValue : targetValue;
  const fraction = note.what === 'fractionActualAsPercent' || note.what === 'fractionTargetAsPercent';
  const other = fraction ? shiftDecimal(read, -2) : shiftDecimal(read, 2);
  const plausible = onActual ? isPlausibleActual(other, targetValue, comparator) : isWithinTenfold(other, actualValue);
  if (plausible) {
    const otherScore = onActual
      ? scoreQuantitative(points, targetValue, other, comparator, scheme.reverseFormula).score
      : scoreQuantitative(points, other, actualValue, comparator, scheme.reverseFormula).score;
    if (Math.abs(otherScore - score) > points / 2) {
      const params = { indicator: parsed.name, row: parsed.row.row, what: note.what, from: note.from, to: note.to, other: `${plainDecimal(other)}%`, score, otherScore };
      findings.addAtField('VALUE_INTERPRETED', parsed.row, note.field, params, 'warning');
      return;
    }
  }
  interpreted(parsed, findings, note.field, note.what, note.from, note.to);
}

/**
 * An actual reading the user may have meant: within ten times the target either way, or anywhere on
 * the good side of it up to ten times (an error rate of 0.3% beside ≤5% is no stranger than 4%).
 */
function isPlausibleActual(actual: number, target: number, comparator: Comparator): boolean {
  if (isLowerBetter(comparator) && actual <= target) return actual >= 0;
  return isWithinTenfold(actual, target);
}

function isWithinTenfold(value: number, reference: number): boolean {
  return reference > 0 && value > 0 && value * 10 >= reference && value <= reference * 10;
}

function sameAmount(value: QuantityValue, amount: number, unit: string): boolean {
  return value.value === amount && value.unit === unit;
}

/**
 * The value in the unit it was scored in (95 read as 95%, 9,800,000元 as 980万元). Rows share their
 * parsed values, and a shared value is restated the same way row after row: the last restatement of
 * each value is kept and reused (values are never changed once made).
 */
const RESTATED = new WeakMap<QuantityValue, QuantityValue>();

function restated(value: QuantityValue, amount: number, unit: string): QuantityValue {
  const last = RESTATED.get(value);
  if (last !== undefined && Object.is(last.value, amount) && last.unit === unit) return last;
  const restatement: QuantityValue = { ...value, value: amount, unit };
  RESTATED.set(value, restatement);
  return restatement;
}

/** 1.3 → "130%", 0.5835 → "58.4%": a ratio as a percentage with at most one decimal, rounded half up. */
export function percentText(ratio: number): string {
  return `${roundDecimals(percentOf(ratio), 1)}%`;
}

/**
 * percentText for a ratio below `threshold`, with as many more decimals as it takes not to read as the
 * threshold itself: 0.5999 below 60% is "59.99%", not "60%" (a message saying "60%，低于 60%" contradicts
 * itself); beyond 4 decimals the figure is cut rather than rounded up.
 */
export function percentTextBelow(ratio: number, threshold: number): string {
  const percent = percentOf(ratio);
  const limit = percentOf(threshold);
  for (let decimals = 1; decimals <= MAX_PERCENT_DECIMALS; decimals++) {
    const shown = roundDecimals(percent, decimals);
    if (shown < limit) return `${shown}%`;
  }
  const scale = 10 ** MAX_PERCENT_DECIMALS;
  return `${Math.floor(percent * scale) / scale}%`;
}

const MAX_PERCENT_DECIMALS = 4;

/** ratio × 100 is inexact in binary (0.5835 × 100 = 58.349999999999994): back to 15 digits. */
function percentOf(ratio: number): number {
  return Number((ratio * 100).toPrecision(15));
}

const LEVEL_LABEL: Record<QualitativeLevel, string> = { achieved: '达成', partial: '部分达成', notAchieved: '未达成' };

function scoreBand(parsed: ParsedIndicator, level: QualitativeLevel, points: number, selfScore: number | null, findings: Findings): Outcome {
  const { row } = parsed;
  const result = scoreQualitative(level, points, selfScore);
  if (result.provisional) {
    findings.addAtField('SCORE_PROVISIONAL', row, 'selfScore', { indicator: parsed.name, row: row.row, level: LEVEL_LABEL[level], score: result.score });
  } else if (result.clampedFrom !== null && !(selfScore !== null && selfScore > points)) {
    // A self-score above the points is SCORE_ABOVE_POINTS, the clearer message; no band warning on top.
    findings.addAtField(
      'SCORE_OUTSIDE_BAND',
      row,
      'selfScore',
      {
        indicator: parsed.name,
        row: row.row,
        level: LEVEL_LABEL[level],
        selfScore: result.clampedFrom,
        low: result.band.low,
        high: result.band.high,
        highInclusive: result.band.highInclusive ? 'yes' : 'no',
        score: result.score,
      },
    );
  }
  const scored = outcome('qualitative', parsed.target, parsed.actual, result.score, null, level === 'achieved' ? 'met' : 'missed', result.provisional, true);
  if (result.provisional) {
    // the band default is 0.7w or 0.3w before rounding
    scored.shareNumerator = level === 'partial' ? 7 : level === 'notAchieved' ? 3 : 1;
    scored.shareDenominator = level === 'achieved' ? 1 : 10;
  }
  return scored;
}

/**
 * A deadline (12月底前) is met when the actual date is not later (不早于 / 之后: not earlier), or the
 * actual says 是/按时/达成. A late one is scored like a qualitative 未达成: the user's score within
 * [0, 0.6w), else 0.3w, provisional, since how late matters and only the user knows.
 */
function scoreDeadline(
  parsed: ParsedIndicator,
  target: DeadlineValue,
  points: number,
  selfScore: number | null,
  deadlineYear: DeadlineYear,
  findings: Findings,
): Outcome {
  const { actual } = parsed;
  const comparator: Comparator = target.comparator ?? 'lte';
  let onTime: boolean;
  if (actual.kind === 'deadline') {
    const year = placingYear(parsed, target, actual, deadlineYear, findings);
    onTime = isDateInTime(dateKey(actual, year), dateKey(target, year), comparator);
  } else if (actual.kind === 'yesNo') onTime = actual.value;
  else if (actual.kind === 'qualitative') onTime = actual.level === 'achieved';
  else return kindMismatch(parsed, findings);
  if (onTime) return scoredOutcome(parsed, comparator, points, true);
  const late = scoreBand(parsed, 'notAchieved', points, selfScore, findings);
  late.comparator = comparator;
  return late;
}

function isDateInTime(actual: number, target: number, comparator: Comparator): boolean {
  switch (comparator) {
    case 'gte':
      return actual >= target;
    case 'gt':
      return actual > target;
    case 'lt':
      return actual < target;
    default: // ≤ and =: a deadline met by any day up to it
      return actual <= target;
  }
}

/**
 * The year a date without one is placed in when the other date has one: 评价年度, else the table's
 * year (said in a note), else null, and month and day alone are compared, in a warning: 12月31日前
 * against 2023年1月9日 is on time only if the evaluation year is 2023. Never the other date's own year.
 * Two dates without a year are compared on month and day, as written.
 */
function placingYear(parsed: ParsedIndicator, target: DeadlineValue, actual: DeadlineValue, deadlineYear: DeadlineYear, findings: Findings): number | null {
  if (target.year !== null && actual.year !== null) return target.year; // each has its own: none is placed
  if (target.year === null && actual.year === null) return deadlineYear.year;
  const yearless = target.year === null ? target : actual;
  const dated = target.year === null ? actual : target;
  const field: IndicatorField = target.year === null ? 'target' : 'actual';
  const { year, source } = deadlineYear;
  if (year === null) {
    const params = { indicator: parsed.name, row: parsed.row.row, what: 'deadlineMonthDayOnly', from: yearless.text, to: dated.text };
    findings.addAtField('VALUE_INTERPRETED', parsed.row, field, params, 'warning');
    return null;
  }
  if (source === 'table') {
    interpreted(parsed, findings, field, 'deadlineYearFromTable', yearless.text, String(year));
  }
  return year;
}

/**
 * The date as one comparable number, yyyymmdd, a date without its year placed in `year`; a missing
 * day is the end of the month. With no year to place it in, month and day alone (both dates alike).
 */
function dateKey(date: DeadlineValue, year: number | null): number {
  if (year === null) return date.month * 100 + (date.day ?? daysInMonth(date.year, date.month));
  const placed = date.year ?? year;
  return placed * 10_000 + date.month * 100 + (date.day ?? daysInMonth(placed, date.month));
}
