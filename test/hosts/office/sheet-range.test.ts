import { documentReference, isCovered, parseRect, rectsMeet } from '../../../src/hosts/office/sheet-range';

describe('cell rectangles', () => {
  it('reads cells, ranges, whole columns and rows, with or without a sheet', () => {
    expect(parseRect('B2')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRect('A2:D1048576')).toEqual({ top: 2, left: 1, bottom: 1_048_576, right: 4 });
    expect(parseRect('C:C')).toEqual({ top: 1, left: 3, bottom: 1_048_576, right: 3 });
    expect(parseRect('3:4')).toEqual({ top: 3, left: 1, bottom: 4, right: 16_384 });
    expect(parseRect("'绩效指标'!F12")).toEqual({ top: 12, left: 6, bottom: 12, right: 6 });
    for (const text of ['', 'C', 'A1:3', 'A0', '完成率']) expect(parseRect(text)).toBeNull();
  });

  it('tells whether two rectangles share a cell', () => {
    expect(rectsMeet(parseRect('A1:B2')!, parseRect('B2:C3')!)).toBe(true);
    expect(rectsMeet(parseRect('A1:B2')!, parseRect('C1:C9')!)).toBe(false);
  });

  it('tells whether a rectangle is covered by several others together', () => {
    const cover = [parseRect('F1:F10')!, parseRect('G1:H5')!, parseRect('G6:H10')!];
    expect(isCovered(parseRect('F2:H9')!, cover)).toBe(true);
    expect(isCovered(parseRect('E2:H9')!, cover)).toBe(false);
    expect(isCovered(parseRect('F2:H11')!, cover)).toBe(false);
    expect(isCovered(parseRect('A1')!, [])).toBe(false);
  });

  it('writes a place in the workbook as a hyperlink reads it', () => {
    expect(documentReference('绩效指标', 'D4')).toBe("'绩效指标'!D4");
    expect(documentReference("Bob's", 'A1')).toBe("'Bob''s'!A1");
  });
});
