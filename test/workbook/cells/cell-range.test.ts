import { absoluteAddress, parseRange, rangeContains, rangesMeet } from '../../../src/workbook/cells/cell-range';

describe('cell ranges as Excel names them', () => {
  it('reads cells, ranges in any corner order, whole columns and whole rows, with or without a sheet', () => {
    expect(parseRange('F12')).toEqual({ top: 12, left: 6, bottom: 12, right: 6 });
    expect(parseRange('$C$3:a1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange('A2:D1048576')).toEqual({ top: 2, left: 1, bottom: 1_048_576, right: 4 });
    expect(parseRange('C:E')).toEqual({ top: 1, left: 3, bottom: 1_048_576, right: 5 });
    expect(parseRange('3:5')).toEqual({ top: 3, left: 1, bottom: 5, right: 16_384 });
    expect(parseRange("'绩效指标'!B2:D4")).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
  });

  it('refuses what is not an address', () => {
    for (const text of ['', 'A', '3', 'C', 'A0', 'XFE1', 'A1:3', 'A1:B2:C3', 'A1048577', '培训', '完成率']) expect(parseRange(text)).toBeNull();
  });

  it('makes an address absolute, as links are written (LibreOffice reads a relative C4 or R5 as R1C1)', () => {
    expect(absoluteAddress('C4')).toBe('$C$4');
    expect(absoluteAddress('R5')).toBe('$R$5');
    expect(absoluteAddress('b2:$D4')).toBe('$B$2:$D$4');
    expect(absoluteAddress('$A$1')).toBe('$A$1');
    expect(absoluteAddress('C:E')).toBe('$C:$E');
    expect(absoluteAddress('3:5')).toBe('$3:$5');
    expect(absoluteAddress("'绩效指标'!C4")).toBe("'绩效指标'!$C$4");
    for (const text of ['', '培训', 'A1:B2:C3']) expect(absoluteAddress(text)).toBe(text);
  });

  it('tells whether two ranges share a cell, and whether one holds another', () => {
    expect(rangesMeet(parseRange('A1:B2')!, parseRange('B2:C3')!)).toBe(true);
    expect(rangesMeet(parseRange('A1:B2')!, parseRange('C1:C9')!)).toBe(false);
    expect(rangeContains(parseRange('A:C')!, parseRange('B2:C9')!)).toBe(true);
    expect(rangeContains(parseRange('B2:C9')!, parseRange('A1:B2')!)).toBe(false);
  });
});
