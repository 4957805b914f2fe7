import { chineseNumeral } from '../../../src/domain/narrative/numerals';

describe('Chinese numerals for 一、 and （一）', () => {
  it.each([
    [1, '一'],
    [4, '四'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
    [99, '九十九'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('falls back to Arabic numbers beyond 99', () => {
    expect(chineseNumeral(100)).toBe('100');
  });
});
