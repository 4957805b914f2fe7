import fc from 'fast-check';
import { roundHalfUp, scaledRatio } from '../../../src/domain/numbers/round';
import { ExactSum, roundScore, scaleScore } from '../../../src/domain/scoring/fast-round';
import { exactSum } from '../../../src/domain/numbers/round';

/** Decimals as users type them: up to 2 decimals for points, up to 4 for values. */
const decimal = (max: number, decimals: number) =>
  fc.integer({ min: 0, max: max * 10 ** decimals }).map((n) => Number((n / 10 ** decimals).toFixed(decimals)));

describe('fast score rounding gives exactly what numbers/round.ts gives', () => {
  it('rounds the documented ties half up on the exact decimal', () => {
    expect(scaleScore(10, 100.1, 200)).toBe(5.01);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(2.675)).toBe(2.68);
    expect(scaleScore(10, 1, 3)).toBe(3.33);
  });

  it('w × B / A for any user-typed decimals', () => {
    fc.assert(
      fc.property(decimal(100, 2), decimal(100000, 4), decimal(100000, 4).filter((a) => a > 0), (w, b, a) => {
        expect(scaleScore(w, b, a)).toBe(scaledRatio(w, b, a, 2));
      }),
      { numRuns: 5000 },
    );
  });

  it('half-cent ties built on purpose', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const tie = Number(`${Math.floor(n / 10)}.${String(n % 10)}5`) / 100;
        expect(roundScore(tie)).toBe(roundHalfUp(tie, 2));
      }),
      { numRuns: 5000 },
    );
  });

  it('sums scores exactly, also when a value has more than two decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(decimal(100, 2), decimal(100, 5)), { maxLength: 50 }), (values) => {
        const sum = new ExactSum();
        for (const v of values) sum.add(v);
        expect(sum.value).toBe(exactSum(values));
      }),
      { numRuns: 2000 },
    );
    const sum = new ExactSum();
    [169.58, 19.82].forEach((v) => sum.add(v));
    expect(sum.value).toBe(189.4);
  });
});
