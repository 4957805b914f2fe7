import type { Comparator, ReverseFormula } from '../model';
import { scaleScore } from './fast-round';

export interface QuantitativeScore {
  score: number;
  met: boolean;
  /** B / A (≤: A / B), null where that ratio means nothing (a zero target, a zero actual under ≤) */
  completionRate: number | null;
  /** a ≥ target of 0: every actual meets it, so it measures nothing */
  targetZero: boolean;
  /** '=' target not hit exactly */
  equalityMismatch: boolean;
  /**
   * The score before rounding is points × shareNumerator / shareDenominator: a rescale of the points
   * scales that, not the rounded score (rounding twice turns 25 into 25.01).
   */
  shareNumerator: number;
  shareDenominator: number;
}

/** ≥ and > are scored alike, as are ≤ and <: the template notes do not tell them apart. */
export function isHigherBetter(comparator: Comparator | 'qualitative' | null): boolean {
  return comparator === 'gte' || comparator === 'gt';
}

export function isLowerBetter(comparator: Comparator | 'qualitative' | null): boolean {
  return comparator === 'lte' || comparator === 'lt';
}

/**
 * DOMAIN.md "Default scoring scheme", quantitative rules, for a points value w > 0, a target A ≥ 0 and
 * an actual B ≥ 0 (a negative actual has already been counted as 0):
 * - ≥, >: w if B ≥ A, else w·B/A. A = 0 gives w (and a TARGET_ZERO warning: the target measures nothing).
 * - ≤, <: w if B ≤ A, else w·A/B ('ratio') or w·max(0, 1 − (B−A)/A) ('linear'). A = 0 is scored like
 *   '=' with A = 0, the limit of both formulas: w if B = 0, else 0.
 * - =: A > 0 as ≥; A = 0: w if B ≤ 0, else 0. B ≠ A is flagged either way.
 * Scores are rounded half up to 2 decimals on exact decimals.
 */
export function scoreQuantitative(
  points: number,
  target: number,
  actual: number,
  comparator: Comparator,
  reverseFormula: ReverseFormula,
): QuantitativeScore {
  if (comparator === 'eq' && target === 0) {
    return result(actual <= 0 ? points : 0, actual <= 0, null, false, actual !== 0, actual <= 0 ? 1 : 0, 1);
  }
  if (comparator === 'eq' || comparator === 'gte' || comparator === 'gt') {
    const equalityMismatch = comparator === 'eq' && actual !== target;
    if (target === 0) return result(points, true, null, true, equalityMismatch, 1, 1);
    const completionRate = actual / target;
    if (actual >= target) return result(points, true, completionRate, false, equalityMismatch, 1, 1);
    return result(scaleScore(points, actual, target), false, completionRate, false, equalityMismatch, actual, target);
  }
  if (target === 0) {
    return result(actual <= 0 ? points : 0, actual <= 0, null, false, false, actual <= 0 ? 1 : 0, 1);
  }
  const completionRate = actual === 0 ? null : target / actual;
  if (actual <= target) return result(points, true, completionRate, false, false, 1, 1);
  if (reverseFormula === 'ratio') return result(scaleScore(points, target, actual), false, completionRate, false, false, target, actual);
  if (actual >= 2 * target) return result(0, false, completionRate, false, false, 0, 1);
  // w·(1 − (B−A)/A) = w·(2A − B)/A, reaching 0 at B ≥ 2A; 2A − B on the decimals the user typed
  // (0.2 − 0.15 is 0.05, not 0.05000000000000002).
  const remaining = Number((2 * target - actual).toPrecision(15));
  return result(scaleScore(points, remaining, target), false, completionRate, false, false, remaining, target);
}

function result(
  score: number,
  met: boolean,
  completionRate: number | null,
  targetZero: boolean,
  equalityMismatch: boolean,
  shareNumerator: number,
  shareDenominator: number,
): QuantitativeScore {
  return { score, met, completionRate, targetZero, equalityMismatch, shareNumerator, shareDenominator };
}
