import { parseComparator } from '../../../src/domain/parsing';

const cell = (value: string) => ({ value });

describe('parseComparator: the 指标性质 column', () => {
  test.each([
    ['≥', 'gte'],
    ['>=', 'gte'],
    ['＞＝', 'gte'],
    ['≧', 'gte'],
    ['正向', 'gte'],
    ['正向指标', 'gte'],
    ['不低于', 'gte'],
    ['不少于', 'gte'],
    ['大于等于', 'gte'],
    ['达到', 'gte'],
    ['>', 'gt'],
    ['＞', 'gt'],
    ['高于', 'gt'],
    ['大于', 'gt'],
    ['超过', 'gt'],
    ['≤', 'lte'],
    ['<=', 'lte'],
    ['＜＝', 'lte'],
    ['反向', 'lte'],
    ['反向指标', 'lte'],
    ['不高于', 'lte'],
    ['不超过', 'lte'],
    ['不多于', 'lte'],
    ['不大于', 'lte'],
    ['<', 'lt'],
    ['低于', 'lt'],
    ['少于', 'lt'],
    ['小于', 'lt'],
    ['=', 'eq'],
    ['＝', 'eq'],
    ['等于', 'eq'],
    ['定性', 'qualitative'],
    ['定性指标', 'qualitative'],
    [' ≥ ', 'gte'],
    ['> =', 'gte'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseComparator(cell(input))).toBe(expected);
  });

  test('不超过 is ≤, not the > of 超过 (the longer word wins)', () => {
    expect(parseComparator(cell('不超过'))).toBe('lte');
    expect(parseComparator(cell('超过'))).toBe('gt');
  });

  test.each([null, { value: null }, { value: '' }, { value: '   ' }])('blank is no direction: %j', (raw) => {
    expect(parseComparator(raw)).toBeNull();
  });

  test('numbers, booleans, errors and unknown words give no direction', () => {
    expect(parseComparator({ value: 1 })).toBeNull();
    expect(parseComparator({ value: true })).toBeNull();
    expect(parseComparator({ value: { error: '#N/A' } })).toBeNull();
    expect(parseComparator(cell('定量'))).toBeNull();
    expect(parseComparator(cell('≥95%'))).toBeNull();
  });
});
