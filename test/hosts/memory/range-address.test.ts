import { formatBounds, parseBounds, quoteSheetName, sheetAddress, splitSheetAddress } from '../../../src/hosts/memory/range-address';

describe('A1 addresses as Excel writes them', () => {
  it('reads cells, ranges in any corner order, whole columns and whole rows', () => {
    expect(parseBounds('F12')).toEqual({ top: 12, left: 6, bottom: 12, right: 6 });
    expect(parseBounds('$C$3:a1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseBounds('C:E')).toEqual({ top: 1, left: 3, bottom: 1_048_576, right: 5 });
    expect(parseBounds('3:5')).toEqual({ top: 3, left: 1, bottom: 5, right: 16_384 });
    expect(parseBounds("'绩效指标'!B2:D4")).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
  });

  it('refuses what is not an address', () => {
    for (const text of ['', 'A', '3', 'A0', 'XFE1', 'A1:B2:C3', 'A1048577', '培训']) expect(parseBounds(text)).toBeNull();
  });

  it('writes a single cell without a colon', () => {
    expect(formatBounds({ top: 4, left: 28, bottom: 4, right: 28 })).toBe('AB4');
    expect(formatBounds({ top: 1, left: 1, bottom: 9, right: 3 })).toBe('A1:C9');
  });

  it('quotes sheet names that are not plain identifiers, doubling apostrophes', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('绩效指标')).toBe("'绩效指标'");
    expect(quoteSheetName('Sheet 2')).toBe("'Sheet 2'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    // a name that reads like a cell must be quoted, or "A1!B2" would be ambiguous
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(sheetAddress('评分结果', { top: 2, left: 1, bottom: 2, right: 1 })).toBe("'评分结果'!A2");
  });

  it('splits a sheet-qualified address back into sheet and cell', () => {
    expect(splitSheetAddress("'Bob''s'!C3")).toEqual({ sheet: "Bob's", address: 'C3' });
    expect(splitSheetAddress('Sheet1!A1:B2')).toEqual({ sheet: 'Sheet1', address: 'A1:B2' });
    expect(splitSheetAddress('B2')).toEqual({ sheet: null, address: 'B2' });
  });
});
