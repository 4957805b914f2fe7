import Big from 'big.js';
import type { Scheme } from '../model';

/**
 * 综合评价 for a 得分比 (0–1): the first band, from the top, whose inclusive lower bound the ratio × 100
 * reaches, compared on exact decimals so that 0.9 is 90 and not 89.99999999999999.
 */
export function gradeFor(ratio: number, scheme: Pick<Scheme, 'grades'>): string {
  const bands = [...scheme.grades].sort((a, b) => b.min - a.min);
  if (bands.length === 0) return '';
  const onHundred = Number.isFinite(ratio) ? new Big(ratio).times(100) : new Big(0);
  for (const band of bands) {
    if (onHundred.gte(band.min)) return band.label;
  }
  return bands[bands.length - 1].label;
}

/** score / max as the report's 得分比 on exact decimals (9.97 / 10 is 0.997); 0 when there is nothing to score against. */
export function scoreRatio(score: number, max: number): number {
  return max > 0 ? new Big(score).div(max).toNumber() : 0;
}
