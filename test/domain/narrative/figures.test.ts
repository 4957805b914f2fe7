import Big from 'big.js';
import fc from 'fast-check';
import {
  formatAmount,
  formatQuantity,
  formatRate,
  formatRatio,
  formatScore,
  formatThreshold,
  formatWholePercent,
  wholePercentValue,
} from '../../../src/domain/narrative/figures';

describe('万元 amounts', () => {
  it('have thousands separators and the workbook’s own decimals, as the seeds print them (189.4 万元, 0 万元)', () => {
    expect(formatAmount(1291.73)).toBe('1,291.73');
    expect(formatAmount(1288.38)).toBe('1,288.38');
    expect(formatAmount(189.4)).toBe('189.4');
    expect(formatAmount(280)).toBe('280');
    expect(formatAmount(0)).toBe('0');
    expect(formatAmount(1234567.891)).toBe('1,234,567.891');
    expect(formatAmount(12.3456)).toBe('12.3456');
  });

  it('leave out binary noise past a fen (0.000001 万元), rounding half up on the exact decimal', () => {
    expect(formatAmount(0.1 + 0.2)).toBe('0.3');
    expect(formatAmount(1.0000005)).toBe('1.000001');
    expect(formatAmount(1e21)).toBe('1,000,000,000,000,000,000,000');
  });

  it('keep the sign of a negative amount and drop it from a zero', () => {
    expect(formatAmount(-1234.5)).toBe('-1,234.5');
    expect(formatAmount(-0.0000001)).toBe('0');
  });
});

describe('rates', () => {
  it('have one decimal, computed from the two figures', () => {
    expect(formatRate(1288.38, 1291.73)).toBe('99.7%');
    expect(formatRate(33.08, 24.36)).toBe('135.8%');
    expect(formatRate(238, 280)).toBe('85.0%');
  });

  it('round half up on exact decimals (0.9975 → 99.8%)', () => {
    expect(formatRate(99.75, 100)).toBe('99.8%');
    expect(formatRatio(0.9975)).toBe('99.8%');
    expect(formatRatio(1.3579638752052545)).toBe('135.8%');
  });

  it('are not computed on a zero budget', () => {
    expect(formatRate(10, 0)).toBeNull();
  });

  it('print scheme thresholds without trailing zeros', () => {
    expect(formatThreshold(0.9)).toBe('90%');
    expect(formatThreshold(0.855)).toBe('85.5%');
  });
});

describe('得分比', () => {
  it('is a whole percent (74 / 80 → 93%)', () => {
    expect(formatWholePercent(74, 80)).toBe('93%');
    expect(formatWholePercent(19, 20)).toBe('95%');
    expect(formatWholePercent(93, 100)).toBe('93%');
    expect(formatWholePercent(10, 10)).toBe('100%');
  });

  it('never reads 100% for a score under its points', () => {
    expect(formatWholePercent(9.97, 10)).toBe('99.7%');
    expect(formatWholePercent(99.99, 100)).toBe('99.99%');
    expect(wholePercentValue(9.97, 10)).toBe(0.997);
  });

  it('never reaches a grade bound the score is below (89.6 / 100 beside 良 is 89.6%, not 90%)', () => {
    expect(formatWholePercent(89.6, 100, [90, 80, 60, 0])).toBe('89.6%');
    expect(wholePercentValue(89.6, 100, [90, 80, 60, 0])).toBe(0.896);
    expect(formatWholePercent(94.97, 100, [95, 85, 60, 0])).toBe('94.97%');
    expect(formatWholePercent(79.996, 100, [90, 80, 60, 0])).toBe('79.996%');
    expect(formatWholePercent(74, 80, [90, 80, 60, 0])).toBe('93%');
    expect(formatWholePercent(89.4, 100, [90, 80, 60, 0])).toBe('89%');
    expect(formatWholePercent(90, 100, [90, 80, 60, 0])).toBe('90%');
  });

  it('cuts rather than rounds up a ratio that reaches a bound at every decimal it may show', () => {
    expect(formatWholePercent(89.9999999, 100, [90])).toBe('89.9999%');
    expect(formatWholePercent(99.9999999, 100)).toBe('99.9999%');
  });

  it('is held in a cell as the rounded ratio, so a 0% format shows the same', () => {
    expect(wholePercentValue(74, 80)).toBe(0.93);
    expect(wholePercentValue(20.94, 25)).toBe(0.84);
    expect(wholePercentValue(1, 0)).toBeNull();
  });
});

describe('scores and quantities', () => {
  it('print scores with up to two decimals, trailing zeros dropped', () => {
    expect(formatScore(95.91)).toBe('95.91');
    expect(formatScore(93)).toBe('93');
    expect(formatScore(93.5)).toBe('93.5');
    expect(formatScore(0.9375)).toBe('0.94');
  });

  it('print targets and actuals as typed, grouped by thousands', () => {
    expect(formatQuantity(17905)).toBe('17,905');
    expect(formatQuantity(1029.2)).toBe('1,029.2');
    expect(formatQuantity(90.8)).toBe('90.8');
    expect(formatQuantity(0.125)).toBe('0.125');
  });
});

describe('scores and quantities, for any number', () => {
  // the definition: the exact decimal JavaScript reads the number as, through Big
  const scoreByBig = (value: number) => new Big(value).round(2, Big.roundHalfUp).toFixed().replace(/^-([0.]+)$/, '$1');
  const quantityByBig = (value: number) => {
    const decimal = new Big(value).toFixed().replace(/^-([0.]+)$/, '$1');
    const [whole, fraction] = decimal.replace(/^-/, '').split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${decimal.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
  };
  // figures as people type them (a few decimals), and any double at all
  const figures = fc.oneof(
    fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1, 10, 100, 1000, 1e4, 1e6)).map(([units, scale]) => units / scale),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

  it('print as the exact decimal rounded by Big would', () => {
    fc.assert(fc.property(figures, (value) => formatScore(value) === scoreByBig(value)), { numRuns: 5000 });
    expect(formatScore(-0)).toBe('0');
    expect(formatScore(1e21)).toBe(scoreByBig(1e21));
    expect(formatScore(-0.001)).toBe('0');
  });

  it('print as the exact decimal grouped by thousands, as Big would', () => {
    fc.assert(fc.property(figures, (value) => formatQuantity(value) === quantityByBig(value)), { numRuns: 5000 });
    expect(formatQuantity(-0)).toBe('0');
    expect(formatQuantity(1e-7)).toBe('0.0000001');
    expect(formatQuantity(-1234567.5)).toBe('-1,234,567.5');
  });
});
