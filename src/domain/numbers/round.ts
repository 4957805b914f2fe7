import Big from 'big.js';

/**
 * Rounds half up on the exact decimal value, not on its binary approximation:
 * roundHalfUp(1.005) === 1.01 and roundHalfUp(10 * 100.1 / 200) === 5.01.
 * Inputs are taken at their shortest decimal representation (what a user typed).
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  return new Big(value).round(decimals, Big.roundHalfUp).toNumber();
}

/** w × b / a computed on exact decimals, then rounded half up. */
export function scaledRatio(weight: number, numerator: number, denominator: number, decimals = 2): number {
  return new Big(weight).times(numerator).div(denominator).round(decimals, Big.roundHalfUp).toNumber();
}

/** Sum on exact decimals, so 169.58 + 19.82 is exactly 189.4. */
export function exactSum(values: readonly number[]): number {
  let total = new Big(0);
  for (const v of values) total = total.plus(v);
  return total.toNumber();
}
