import Big from 'big.js';
import type { GradeBand } from '../model';

/**
 * Figures as the seed reports print them. Every rounding is half up on the exact decimal value
 * (Big), so 0.9975 of a budget prints as 99.8% and never as JavaScript's binary 99.7%.
 */

const isFiniteNumber = (value: number): boolean => Number.isFinite(value);

/** "1234567.5" → "1,234,567.5": groups the integer digits of a plain decimal string. */
function groupThousands(decimal: string): string {
  const negative = decimal.startsWith('-');
  const unsigned = negative ? decimal.slice(1) : decimal;
  const point = unsigned.indexOf('.');
  if ((point < 0 ? unsigned.length : point) <= 3) return decimal;
  const [whole, fraction] = unsigned.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return negative ? `-${body}` : body;
}

/** Big prints -0 as "-0.00"; a figure that rounds to zero is written without a sign. */
function withoutNegativeZero(decimal: string): string {
  return /^-[0.]+$/.test(decimal) ? decimal.slice(1) : decimal;
}

/** a fen is 0.000001 万元: no amount has more decimals, and what lies beyond is binary noise (0.1 + 0.2) */
const AMOUNT_DECIMALS = 6;

/**
 * 万元 amounts as the seeds print them: the workbook's own decimals, trailing zeros dropped, with
 * thousands separators (1,288.38; 189.4; 0), as seed 000 writes 189.4 万元 and seed 002 0 万元.
 */
export function formatAmount(value: number): string {
  if (!isFiniteNumber(value)) return String(value);
  return groupThousands(withoutNegativeZero(new Big(value).round(AMOUNT_DECIMALS, Big.roundHalfUp).toFixed()));
}

/** numerator / denominator on exact decimals; null when the denominator is zero or a value is not finite. */
function exactRatio(numerator: number, denominator: number): Big | null {
  if (!isFiniteNumber(numerator) || !isFiniteNumber(denominator) || denominator === 0) return null;
  return new Big(numerator).div(denominator);
}

/** A rate with one decimal, from its two figures: (1,288.38, 1,291.73) → "99.7%"; null when not computable. */
export function formatRate(numerator: number, denominator: number): string | null {
  const ratio = exactRatio(numerator, denominator);
  return ratio === null ? null : percentWithDecimals(ratio, 1);
}

/** A rate with one decimal from a ratio already computed (1.35796 → "135.8%"). */
export function formatRatio(ratio: number): string {
  if (!isFiniteNumber(ratio)) return String(ratio);
  return percentWithDecimals(new Big(ratio), 1);
}

/**
 * 得分比 in the scoring table: a whole percent (74 / 80 → "93%"), as seed 000 prints it, but never
 * reaching a bound the score did not reach, whether 100% or a grade's lower bound (`gradeBounds`, on
 * 100): 9.97 / 10 is "99.7%", and 89.6 / 100 beside 良 is "89.6%", not "90%". Null when there are no
 * points.
 */
export function formatWholePercent(score: number, points: number, gradeBounds: readonly number[] = []): string | null {
  const ratio = exactRatio(score, points);
  if (ratio === null) return null;
  const { decimals, rounding } = scoreRatioRounding(ratio, gradeBounds);
  return `${withoutNegativeZero(ratio.times(100).round(decimals, rounding).toFixed(decimals))}%`;
}

/**
 * A 得分比 beside its grade, as the 自评报告 prints it (formatWholePercent on the bands the grade was
 * given on): 93%, and 94.97 under bands 95/85 as 94.97%, never 95.0% beside 较好. Null when there are
 * no points.
 */
export function formatScoreRatio(score: number, points: number, gradeBands: readonly GradeBand[]): string | null {
  return formatWholePercent(score, points, gradeBands.map((band) => band.min));
}

/**
 * The 得分比 as the number a sheet cell holds: the ratio rounded as formatWholePercent shows it
 * (74 / 80 → 0.93, 9.97 / 10 → 0.997), so the cell, under the format of as many decimals, shows what
 * the Word table shows.
 */
export function wholePercentValue(score: number, points: number, gradeBounds: readonly number[] = []): number | null {
  const ratio = exactRatio(score, points);
  if (ratio === null) return null;
  const { decimals, rounding } = scoreRatioRounding(ratio, gradeBounds);
  return ratio.times(100).round(decimals, rounding).div(100).toNumber();
}

/** beyond this a percent is cut rather than rounded: a score has two decimals, so this is only reached by odd points */
const MAX_RATIO_DECIMALS = 4;

/**
 * 0, or as many decimals as it takes for the percent not to reach a bound (100, or a grade's lower
 * bound) that the exact ratio is below: a 得分比 shown as 90% beside 良 would contradict its grade.
 */
function scoreRatioRounding(ratio: Big, gradeBounds: readonly number[]): { decimals: number; rounding: Big.RoundingMode } {
  const percent = ratio.times(100);
  const above = [100, ...gradeBounds].filter((bound) => Number.isFinite(bound) && percent.lt(bound));
  if (above.length === 0) return { decimals: 0, rounding: Big.roundHalfUp };
  const lowest = above.reduce((a, b) => Math.min(a, b));
  for (let decimals = 0; decimals <= MAX_RATIO_DECIMALS; decimals += 1) {
    if (percent.round(decimals, Big.roundHalfUp).lt(lowest)) return { decimals, rounding: Big.roundHalfUp };
  }
  return { decimals: MAX_RATIO_DECIMALS, rounding: Big.roundDown };
}

function percentWithDecimals(ratio: Big, decimals: number): string {
  return `${withoutNegativeZero(ratio.times(100).round(decimals, Big.roundHalfUp).toFixed(decimals))}%`;
}

/**
 * The number as JavaScript prints it, when that is plain decimal notation: then it is exactly the
 * decimal Big would read from it (Big reads a number through String) and print again. Most figures of
 * a report are such, and Big costs about as much as the rest of formatting them together.
 */
function plainDecimal(value: number): string | null {
  const text = String(value);
  return text.includes('e') ? null : text;
}

function decimalsOf(plain: string): number {
  const point = plain.indexOf('.');
  return point < 0 ? 0 : plain.length - point - 1;
}

/** Scores with up to two decimals, trailing zeros dropped: 95.91, 93, 9.9. */
export function formatScore(value: number): string {
  if (!isFiniteNumber(value)) return String(value);
  const plain = plainDecimal(value);
  // String(-0) is "0", as Big's "-0" becomes
  if (plain !== null && decimalsOf(plain) <= 2) return plain;
  return withoutNegativeZero(new Big(value).round(2, Big.roundHalfUp).toFixed());
}

/**
 * A target or an actual value as the user typed it, with thousands separators and no rounding:
 * 17905 → "17,905", 1029.2 → "1,029.2", 90.8 → "90.8".
 */
export function formatQuantity(value: number): string {
  if (!isFiniteNumber(value)) return String(value);
  return groupThousands(plainDecimal(value) ?? withoutNegativeZero(new Big(value).toFixed()));
}

/** A threshold from the scheme as a percent without trailing zeros: 0.9 → "90%", 0.855 → "85.5%". */
export function formatThreshold(ratio: number): string {
  if (!isFiniteNumber(ratio)) return String(ratio);
  return `${new Big(ratio).times(100).toFixed()}%`;
}
