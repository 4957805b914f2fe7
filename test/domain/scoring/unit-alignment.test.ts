import fc from 'fast-check';
import { alignUnits, shiftDecimal } from '../../../src/domain/scoring/unit-alignment';

describe('unit alignment', () => {
  it('reads a bare number beside a percentage target as a percentage, and says so', () => {
    expect(alignUnits({ value: 95, unit: '%' }, { value: 95, unit: '' }, '')).toEqual({
      kind: 'aligned',
      target: { value: 95, unit: '%' },
      actual: { value: 95, unit: '%' },
      interpretations: ['bareActualAsPercent'],
      converted: null,
    });
  });
  it('reads a fraction ≤ 1 beside a target above 1% as a share', () => {
    const result = alignUnits({ value: 95, unit: '%' }, { value: 0.95, unit: '' }, '');
    expect(result).toMatchObject({ actual: { value: 95, unit: '%' }, interpretations: ['fractionActualAsPercent'] });
    expect(alignUnits({ value: 95, unit: '%' }, { value: 0.57, unit: '' }, '')).toMatchObject({ actual: { value: 57 } });
  });
  it('takes the 度量单位 column as the unit of a bare number, without an interpretation', () => {
    expect(alignUnits({ value: 95, unit: '' }, { value: 96, unit: '' }, '%')).toMatchObject({
      target: { value: 95, unit: '%' },
      actual: { value: 96, unit: '%' },
      interpretations: [],
    });
    expect(alignUnits({ value: 95, unit: '%' }, { value: 0.96, unit: '' }, '%')).toMatchObject({ actual: { value: 96 }, interpretations: ['fractionActualAsPercent'] });
  });
  it('leaves 0.5 beside a 1% target alone: both readings are plausible', () => {
    expect(alignUnits({ value: 1, unit: '%' }, { value: 0.5, unit: '' }, '')).toMatchObject({ actual: { value: 0.5, unit: '%' }, interpretations: ['bareActualAsPercent'] });
  });
  it('treats synonyms as one unit', () => {
    expect(alignUnits({ value: 5, unit: '个工作日' }, { value: 4, unit: '工作日' }, '')).toMatchObject({ kind: 'aligned', converted: null });
    expect(alignUnits({ value: 20, unit: '场次' }, { value: 22, unit: '场' }, '')).toMatchObject({ kind: 'aligned', converted: null });
  });
  it('converts money units exactly, and reports it', () => {
    expect(alignUnits({ value: 50, unit: '万元' }, { value: 480000, unit: '元' }, '')).toMatchObject({
      kind: 'aligned',
      actual: { value: 48, unit: '万元' },
      converted: { from: '元', to: '万元' },
    });
  });
  it('reads 万 and 亿 beside a money unit as 万元 and 亿元', () => {
    expect(alignUnits({ value: 1, unit: '万元' }, { value: 1.2, unit: '万' }, '')).toMatchObject({
      kind: 'aligned',
      actual: { value: 1.2, unit: '万元' },
      converted: null,
    });
    expect(alignUnits({ value: 1, unit: '亿' }, { value: 9000, unit: '万元' }, '')).toMatchObject({
      kind: 'aligned',
      actual: { value: 0.9, unit: '亿元' },
      converted: { from: '万元', to: '亿元' },
    });
    expect(alignUnits({ value: 1, unit: '万' }, { value: 2, unit: '人次' }, '')).toMatchObject({ kind: 'incompatible' });
  });
  it('refuses counts of different things and a percentage against a count', () => {
    expect(alignUnits({ value: 4, unit: '个' }, { value: 80, unit: '人次' }, '')).toEqual({ kind: 'incompatible', targetUnit: '个', actualUnit: '人次' });
    expect(alignUnits({ value: 95, unit: '%' }, { value: 3, unit: '个' }, '')).toEqual({ kind: 'incompatible', targetUnit: '%', actualUnit: '个' });
  });
});

describe('shiftDecimal', () => {
  const slow = (value: number, exponent: number) => Number((value * 10 ** exponent).toPrecision(15));

  it('gives what 15 significant digits give, whole results included (0.57 × 100 is 57)', () => {
    expect(shiftDecimal(0.57, 2)).toBe(57);
    expect(shiftDecimal(95, -2)).toBe(0.95);
    expect(shiftDecimal(0.950000000000001, 2)).toBe(95.0000000000001);
    expect(Object.is(shiftDecimal(-0, 2), 0)).toBe(true);
    expect(shiftDecimal(12345678901234.56, 2)).toBe(slow(12345678901234.56, 2));
    // a large value lands near, not on, a whole number (found by the property below in CI)
    expect(shiftDecimal(-60541666636943144, -2)).toBe(slow(-60541666636943144, -2));
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000)), fc.constantFrom(-4, -2, 2, 4), (value, exponent) => {
        expect(shiftDecimal(value, exponent)).toBe(slow(value, exponent));
      }),
      { numRuns: 100000 },
    );
  });
});
