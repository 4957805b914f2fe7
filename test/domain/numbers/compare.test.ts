import Big from 'big.js';
import fc from 'fast-check';
import { isBelowProduct } from '../../../src/domain/numbers/compare';

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
});
