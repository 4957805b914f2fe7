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
    return { score: actual <= 0 ? points : 0, met: actual <= 0, completionRate: null, targetZero: false, equalityMismatch: actual !== 0 };
  }
  if (comparator === 'eq' || comparator === 'gte' || comparator === 'gt') {
    const equalityMismatch = comparator === 'eq' && actual !== target;
    if (target === 0) return { score: points, met: true, completionRate: null, targetZero: true, equalityMismatch };
    const completionRate = actual / target;
    if (actual >= target) return { score: points, met: true, completionRate, targetZero: false, equalityMismatch };
    return { score: scaleScore(points, actual, target), met: false, completionRate, targetZero: false, equalityMismatch };
  }
  if (target === 0) {
    return { score: actual <= 0 ? points : 0, met: actual <= 0, completionRate: null, targetZero: false, equalityMismatch: false };
  }
  const completionRate = actual === 0 ? null : target / actual;
  if (actual <= target) return { score: points, met: true, completionRate, targetZero: false, equalityMismatch: false };
  const score = reverseFormula === 'ratio' ? scaleScore(points, target, actual) : linearReverse(points, target, actual);
  return { score, met: false, completionRate, targetZero: false, equalityMismatch: false };
}

/** w·(1 − (B−A)/A) = w·(2A − B)/A, reaching 0 at B ≥ 2A. */
function linearReverse(points: number, target: number, actual: number): number {
  if (actual >= 2 * target) return 0;
  // 2A − B on the decimals the user typed (0.2 − 0.15 is 0.05, not 0.05000000000000002).
  const remaining = Number((2 * target - actual).toPrecision(15));
  return scaleScore(points, remaining, target);
}
