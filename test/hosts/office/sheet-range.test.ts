import { documentReference, isCovered } from '../../../src/hosts/office/sheet-range';
import { parseRange } from '../../../src/workbook/cells/cell-range';

describe('cell rectangles', () => {
  it('tells whether a rectangle is covered by several others together', () => {
    const cover = [parseRange('F1:F10')!, parseRange('G1:H5')!, parseRange('G6:H10')!];
    expect(isCovered(parseRange('F2:H9')!, cover)).toBe(true);
    expect(isCovered(parseRange('E2:H9')!, cover)).toBe(false);
    expect(isCovered(parseRange('F2:H11')!, cover)).toBe(false);
    expect(isCovered(parseRange('A1')!, [])).toBe(false);
  });

  it('writes a place in the workbook as a hyperlink reads it', () => {
    expect(documentReference('绩效指标', 'D4')).toBe("'绩效指标'!$D$4");
    expect(documentReference("Bob's", 'A1')).toBe("'Bob''s'!$A$1");
    // absolute, or LibreOffice reads C4 / R5 in the saved link as R1C1 notation
    expect(documentReference('项目支出绩效自评表', 'C4')).toBe("'项目支出绩效自评表'!$C$4");
  });
});
