import { formatBounds, quoteSheetName, sheetAddress, splitSheetAddress } from '../../../src/hosts/memory/range-address';

describe('A1 addresses as Excel writes them', () => {
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
