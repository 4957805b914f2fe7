import { cellAddress, columnLetters, columnNumber, parseCellAddress, rangeAddress } from '../../../src/domain/cells/a1';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (number, letters) => {
    expect(columnLetters(number)).toBe(letters);
    expect(columnNumber(letters)).toBe(number);
  });

  it('rejects what is not a column or a cell', () => {
    expect(columnNumber('XFE')).toBeNull();
    expect(columnNumber('A1')).toBeNull();
    expect(parseCellAddress('A0')).toBeNull();
    expect(parseCellAddress('评分')).toBeNull();
  });

  it('reads and writes cells and ranges', () => {
    expect(cellAddress(12, 6)).toBe('F12');
    expect(parseCellAddress('$F$12')).toEqual({ row: 12, column: 6 });
    expect(rangeAddress(1, 11, 10, 14)).toBe('K1:N10');
    expect(rangeAddress(3, 2, 3, 2)).toBe('B3');
  });
});
