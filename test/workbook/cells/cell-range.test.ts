import { parseRange, rangeContains, rangesMeet } from '../../../src/workbook/cells/cell-range';

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

  it('tells whether two ranges share a cell, and whether one holds another', () => {
    expect(rangesMeet(parseRange('A1:B2')!, parseRange('B2:C3')!)).toBe(true);
    expect(rangesMeet(parseRange('A1:B2')!, parseRange('C1:C9')!)).toBe(false);
    expect(rangeContains(parseRange('A:C')!, parseRange('B2:C9')!)).toBe(true);
    expect(rangeContains(parseRange('B2:C9')!, parseRange('A1:B2')!)).toBe(false);
  });
});
