import Big from 'big.js';
import { roundHalfUp, scaledRatio } from '../numbers/round';

/**
 * The engine rounds every score, and big.js costs about 2 µs a call: too slow for 100,000 indicators.
 * These give exactly the results of numbers/round.ts (a property test checks it) by rounding the
 * binary value directly whenever it is clearly away from a half-cent tie, and handing the near-ties,
 * where the binary error could flip the result, to the exact decimal code.
 */

/** Far above the binary error of a product of a few user-typed decimals below 1e9. */
const TIE_MARGIN = 1e-6;
const FAST_LIMIT = 1e9;

function roundedCents(value: number): number | null {
  const cents = value * 100;
  if (!(Math.abs(cents) < FAST_LIMIT)) return null;
  const fraction = cents - Math.floor(cents);
  if (Math.abs(fraction - 0.5) <= TIE_MARGIN) return null;
  return Math.round(cents) / 100;
}

/** roundHalfUp(value, 2) */
export function roundScore(value: number): number {
  const fast = roundedCents(value);
  return fast ?? roundHalfUp(value, 2);
}

/** roundHalfUp(value, decimals) for 0–6 decimals, on the same fast path. */
export function roundDecimals(value: number, decimals: number): number {
  if (decimals === 2) return roundScore(value);
  const factor = 10 ** decimals;
  const scaled = value * factor;
  if (Math.abs(scaled) < FAST_LIMIT) {
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > TIE_MARGIN) return Math.round(scaled) / factor;
  }
  return roundHalfUp(value, decimals);
}

/** scaledRatio(weight, numerator, denominator, 2): weight × numerator / denominator, rounded half up. */
export function scaleScore(weight: number, numerator: number, denominator: number): number {
  const fast = roundedCents((weight * numerator) / denominator);
  return fast ?? scaledRatio(weight, numerator, denominator, 2);
}

/**
 * A running sum of scores and points on exact decimals. Scores have at most 2 decimals, so they are
 * added as whole cents (exact in binary); a value with more decimals switches the sum to big.js.
 */
export class ExactSum {
  private cents = 0;
  private exact: Big | null = null;

  add(value: number): void {
    if (this.exact !== null) {
      this.exact = this.exact.plus(value);
      return;
    }
    const scaled = value * 100;
    const cents = Math.round(scaled);
    // A value with at most 2 decimals lands within binary rounding error (~1e-16 relative) of its
    // whole cents; any decimal beyond the second moves it much further.
    if (Math.abs(scaled - cents) <= Math.abs(scaled) * 1e-15 && Math.abs(cents) < CENTS_LIMIT) {
      this.cents += cents;
      return;
    }
    this.exact = new Big(this.cents).div(100).plus(value);
  }

  get value(): number {
    return this.exact !== null ? this.exact.toNumber() : this.cents / 100;
  }
}

/** Well inside 2^53 even after adding a million of them. */
const CENTS_LIMIT = 2 ** 32;
