import { mergeCellStyle } from '../../../src/hosts/xlsx/cell-style';

describe('the font of a cell the host styles', () => {
  it('starts from the workbook’s default font, so a bold or coloured cell is not a nameless font (a serif face in LibreOffice)', () => {
    for (const planned of [{ bold: true }, { fontSize: 14 }, { fontColor: '#0563C1' }, { italic: true }]) {
      expect(mergeCellStyle(undefined, planned, undefined).font).toMatchObject({ name: 'Calibri', family: 2, scheme: 'minor' });
    }
    expect(mergeCellStyle(undefined, { bold: true }, undefined).font).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    expect(mergeCellStyle(undefined, { bold: true, fontSize: 14 }, undefined).font).toMatchObject({ size: 14, bold: true });
    expect(mergeCellStyle(undefined, { fontColor: '#0563C1' }, undefined).font?.color).toEqual({ argb: 'FF0563C1' });
  });

  it('keeps the user’s own font where the cell has one', () => {
    const current = { font: { name: '宋体', size: 12, color: { argb: 'FF1F4E79' } } };
    expect(mergeCellStyle(current, { bold: true }, undefined).font).toMatchObject({ name: '宋体', size: 12, bold: true, color: { argb: 'FF1F4E79' } });
  });

  it('adds no font where the plan sets none', () => {
    expect(mergeCellStyle(undefined, { wrap: true }, undefined).font).toBeUndefined();
  });
});
