import { classifyNumberFormat, numberFormatLiterals } from '../../../src/domain/parsing/number-format';

describe('classifyNumberFormat', () => {
  test.each([
    [undefined, 'plain'],
    ['General', 'plain'],
    ['@', 'plain'],
    ['0.00', 'plain'],
    ['#,##0.00_);[Red](#,##0.00)', 'plain'],
    ['0"%"', 'plain'],
    ['0\\%', 'plain'],
    ['0"天"', 'plain'],
    ['0%', 'percent'],
    ['0.00%', 'percent'],
    ['[Red]0.0%', 'percent'],
    ['0;0%', 'plain'],
    ['yyyy/m/d', 'date'],
    ['yyyy"年"m"月"d"日"', 'date'],
    ['[$-804]mmmm d', 'date'],
    ['m/d', 'date'],
    ['yyyy"年"m"月"', 'month'],
    ['mmm-yy', 'month'],
    ['h:mm:ss', 'plain'],
    ['[h]:mm', 'plain'],
    ['mm:ss', 'plain'],
    ['[mm]', 'plain'],
  ])('%s is %s', (format, kind) => {
    expect(classifyNumberFormat(format)).toBe(kind);
  });
});

describe('numberFormatLiterals', () => {
  test.each([
    ['0%', { comparator: null, unit: '' }],
    ['"≤"0%', { comparator: 'lte', unit: '' }],
    ['">="0.00"万元";"<"0', { comparator: 'gte', unit: '万元' }],
    ['0"年"00', { comparator: null, unit: '' }],
    ['"≥"0"以下"', { comparator: null, unit: '' }],
    ['yyyy"年"m"月"', { comparator: null, unit: '' }],
  ])('%s gives %j', (format, literals) => {
    expect(numberFormatLiterals(format)).toEqual(literals);
  });
});
