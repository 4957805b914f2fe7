import Big from 'big.js';
import fc from 'fast-check';
import { isBelowProduct, isRatioBelow } from '../../../src/domain/numbers/compare';

/** Decimals as users type them. */
const decimal = (max: number, decimals: number) =>
  fc.integer({ min: -max * 10 ** decimals, max: max * 10 ** decimals }).map((n) => Number((n / 10 ** decimals).toFixed(decimals)));

const exact = (x: number, a: number, b: number) => new Big(x).lt(new Big(a).times(b));

describe('comparisons on exact decimals give what big.js gives', () => {
  it('x < a × b for user-typed decimals', () => {
    fc.assert(
      fc.property(decimal(100000, 4), decimal(100000, 4), decimal(2, 4), (x, a, b) => {
        expect(isBelowProduct(x, a, b)).toBe(exact(x, a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('x at, just below and just above a × b', () => {
    fc.assert(
      fc.property(decimal(100000, 2), fc.integer({ min: 1, max: 100 }), fc.integer({ min: -2, max: 2 }), (a, percent, step) => {
        const b = percent / 100;
        const x = Number(new Big(a).times(b).plus(new Big(step).times('0.0001')).toString());
        expect(isBelowProduct(x, a, b)).toBe(exact(x, a, b));
      }),
      { numRuns: 5000 },
    );
    // 0.9 × 1291.73 is exactly 1162.557; in binary it is 1162.5570000000002
    expect(isBelowProduct(1162.557, 1291.73, 0.9)).toBe(false);
    expect(isBelowProduct(1162.5569999, 1291.73, 0.9)).toBe(true);
  });

  it('any finite doubles, huge and tiny ones too', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -10, max: 10, noNaN: true }), (x, a, b) => {
        expect(isBelowProduct(x, a, b)).toBe(exact(x, a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('n / d < t as decimals, whatever the signs: a rate at its threshold is not below it', () => {
    // 4.02 / 6.7 is 0.6 (binary: 0.5999999999999999); 11.7 / 9 is 1.3 (binary: 1.2999999999999998)
    expect(isRatioBelow(4.02, 6.7, 0.6)).toBe(false);
    expect(isRatioBelow(4.0199, 6.7, 0.6)).toBe(true);
    expect(isRatioBelow(11.7, 9, 1.3)).toBe(false);
    expect(isRatioBelow(-3, -5, 0.6)).toBe(false);
    expect(isRatioBelow(-2.99, -5, 0.6)).toBe(true);
    fc.assert(
      fc.property(decimal(100000, 3), decimal(100000, 3).filter((d) => d !== 0), decimal(2, 2), (n, d, t) => {
        // n / d < t, multiplied out by d (which flips the comparison when d is negative)
        const product = new Big(d).times(t);
        expect(isRatioBelow(n, d, t)).toBe(d > 0 ? new Big(n).lt(product) : new Big(n).gt(product));
      }),
      { numRuns: 3000 },
    );
  });
});
