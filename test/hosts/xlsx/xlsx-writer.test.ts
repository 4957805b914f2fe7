import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { openXlsx } from '../../../src/hosts/xlsx';
import { applyPlan } from '../../../src/hosts/xlsx/apply-plan';
import { CellStyleCache } from '../../../src/hosts/xlsx/cell-style';
import { writeXlsxBuffer } from '../../../src/hosts/xlsx/xlsx-writer';
import { crc32, ZipWriter } from '../../../src/hosts/xlsx/zip-writer';
import type { CellStyle } from '../../../src/workbook/write-plan';
import { zipEntryText } from './zip-entry';

const FIXED_DATE = new Date(Date.UTC(2024, 2, 1, 8, 30, 0));
/** 1×1 transparent PNG */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Every kind of cell and sheet setting ExcelJS writes, to compare its writer with this one. */
function everyKindOfContent(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'test';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('数据 & "引号"', { properties: { tabColor: { argb: 'FF00FF00' } } });
  sheet.getCell('A1').value = 42;
  sheet.getCell('B1').value = -0.000123;
  sheet.getCell('C1').value = '文本 <&> "quoted"';
  sheet.getCell('D1').value = true;
  sheet.getCell('E1').value = false;
  sheet.getCell('F1').value = { error: '#DIV/0!' };
  sheet.getCell('G1').value = new Date(Date.UTC(2022, 5, 30));
  sheet.getCell('G1').numFmt = 'yyyy-mm-dd';
  sheet.getCell('H1').value = { richText: [{ text: '粗', font: { bold: true } }, { text: '体' }] };
  sheet.getCell('I1').value = { text: '外部链接', hyperlink: 'https://example.com/?a=1&b=2', tooltip: 'tip' };
  sheet.getCell('J1').value = { text: '内部链接', hyperlink: "#'数据 & \"引号\"'!A1" };
  // formulas with every kind of result, a formula in the middle of a row of plain cells
  sheet.getCell('A2').value = 1;
  sheet.getCell('B2').value = { formula: 'A2*2', result: 2 };
  sheet.getCell('C2').value = 'after a formula';
  sheet.getCell('D2').value = { formula: 'C2&"!"', result: 'after a formula!' };
  sheet.getCell('E2').value = { formula: 'A2>0', result: true };
  sheet.getCell('F2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('G2').value = { formula: 'TODAY()', result: new Date(Date.UTC(2024, 0, 2)) };
  sheet.getCell('G2').numFmt = 'yyyy-mm-dd';
  sheet.getCell('H2').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  sheet.getCell('A3').value = { formula: 'A2+1', result: 2, shareType: 'shared', ref: 'A3:A5' } as ExcelJS.CellFormulaValue;
  sheet.getCell('A4').value = { sharedFormula: 'A3', result: 3 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell('A5').value = { sharedFormula: 'A3', result: 4 } as ExcelJS.CellSharedFormulaValue;
  sheet.fillFormula('B3:B5', 'A3*10', [20, 30, 40]);
  // styles: a styled empty cell, a styled row, fonts, fills, borders, alignment, protection
  sheet.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  sheet.getCell('D3').value = 0.5;
  sheet.getCell('D3').numFmt = '0.0%';
  sheet.getCell('D3').font = { name: '宋体', size: 12, bold: true, color: { argb: 'FFC00000' } };
  sheet.getCell('D3').border = { top: { style: 'thin' }, bottom: { style: 'medium', color: { argb: 'FF808080' } } };
  sheet.getCell('D3').alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getCell('D3').protection = { locked: false };
  sheet.getRow(4).font = { italic: true };
  // rows: height, hidden, outline levels
  sheet.getRow(6).height = 30;
  sheet.getCell('A6').value = 'tall';
  sheet.getRow(7).hidden = true;
  sheet.getCell('A7').value = 'hidden';
  sheet.getRow(8).outlineLevel = 1;
  sheet.getCell('A8').value = 'grouped';
  // a row with only an unstyled empty cell, and one with nothing written at all
  sheet.getCell('A9').value = null;
  sheet.getRow(10).height = 12;
  // merges, one with content under it
  sheet.mergeCells('A11:C12');
  sheet.getCell('A11').value = '合并';
  sheet.mergeCells('E11:F11');
  // an unstyled date and an unstyled number over merges: the covered cells share their style object
  sheet.getCell('H11').value = new Date(Date.UTC(2021, 11, 31));
  sheet.mergeCells('H11:I12');
  sheet.getCell('H14').value = 7;
  sheet.mergeCells('H14:I14');
  // columns, views, validation, conditional format, note, page setup, auto filter, print area
  sheet.getColumn(1).width = 20;
  sheet.getColumn(3).hidden = true;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }];
  sheet.getCell('B13').dataValidation = { type: 'list', allowBlank: true, formulae: ['"达成,部分达成,未达成"'] };
  sheet.addConditionalFormatting({ ref: 'A1:A5', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [2], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });
  // an unstyled date: ExcelJS gives it a date format of its own when writing
  sheet.getCell('D13').value = new Date(Date.UTC(2023, 0, 1));
  sheet.getCell('C13').value = '有批注';
  sheet.getCell('C13').note = '批注';
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: 'A1:J13' };
  sheet.autoFilter = 'A1:J1';
  sheet.headerFooter = { oddFooter: '第 &P 页' };

  const image = workbook.addImage({ base64: PNG_BASE64, extension: 'png' });
  sheet.addImage(image, 'L2:M4');
  workbook.definedNames.add("'数据 & \"引号\"'!$A$1", 'answer');

  const table = workbook.addWorksheet('表格');
  table.addTable({ name: 'Scores', ref: 'A1', columns: [{ name: '指标' }, { name: '得分' }], rows: [['a', 1], ['b', 2]] });
  workbook.addWorksheet('隐藏', { state: 'veryHidden' }).getCell('A1').value = 'marker';
  return workbook;
}

interface ZipEntry {
  name: string;
  data: Buffer;
  flags: number;
  date: Date;
}

/** Every file entry of a zip, in directory order, inflated; throws when an entry's CRC-32 or size is wrong. */
function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const found: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const time = zip.readUInt16LE(offset + 12);
    const day = zip.readUInt16LE(offset + 14);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + compressedSize);
    const data = method === 0 ? stored : inflateRawSync(stored);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC-32 does not match`);
    const date = new Date(Date.UTC((day >> 9) + 1980, ((day >> 5) & 0xf) - 1, day & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
    found.push({ name, data, flags, date });
  }
  return found;
}

async function entries(zip: Buffer): Promise<Map<string, string>> {
  return new Map(zipEntries(zip).map((entry) => [entry.name, entry.data.toString('utf8')]));
}

/**
 * Both writers get a workbook of their own, built the same way: ExcelJS keeps what a write computes
 * (style and shared-string ids) on the cells' value models, so a second write of one workbook could
 * hide a difference.
 */
async function expectSameFileAsExcelJs(build: () => ExcelJS.Workbook | Promise<ExcelJS.Workbook>): Promise<void> {
  const excelJs = await entries(Buffer.from((await (await build()).xlsx.writeBuffer()) as ArrayBuffer));
  const ours = await entries(await writeXlsxBuffer(await build()));
  expect([...ours.keys()].sort()).toEqual([...excelJs.keys()].sort());
  for (const [name, xml] of excelJs) expect({ name, xml: ours.get(name) }).toEqual({ name, xml });
}

describe('writing an .xlsx', () => {
  it('writes the same parts, character for character, as ExcelJS for every kind of cell and setting', async () => {
    await expectSameFileAsExcelJs(everyKindOfContent);
  });

  it('writes the same parts as ExcelJS for a workbook it loaded', async () => {
    const bytes = (await everyKindOfContent().xlsx.writeBuffer()) as ExcelJS.Buffer;
    await expectSameFileAsExcelJs(async () => {
      const loaded = new ExcelJS.Workbook();
      await loaded.xlsx.load(bytes);
      loaded.created = FIXED_DATE;
      loaded.modified = FIXED_DATE;
      return loaded;
    });
  });

  it('writes the same parts as ExcelJS after a plan was applied, merges and links included', async () => {
    await expectSameFileAsExcelJs(() => {
      const workbook = everyKindOfContent();
      applyPlan(workbook, {
      ops: [
        { kind: 'ensureSheet', sheet: '评分结果' },
        {
          kind: 'setCells',
          sheet: '评分结果',
          top: 1,
          left: 1,
          cells: [
            [{ kind: 'text', value: '标题', style: { bold: true, border: true } }, { kind: 'text', value: '' }],
            [{ kind: 'value', value: 0.5, numberFormat: '0.0%' }, { kind: 'text', value: 'A1', link: { sheet: '数据 & "引号"', address: 'A1' } }],
          ],
        },
        { kind: 'merge', sheet: '评分结果', address: 'A1:B1' },
      ],
      });
      return workbook;
    });
  });

  it('leaves the workbook as it was: cells keep style objects of their own, worksheets their model getter', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = 1;
    sheet.getCell('A2').value = 2;
    await writeXlsxBuffer(workbook);
    expect(Object.prototype.hasOwnProperty.call(sheet, 'model')).toBe(false);
    sheet.getCell('A1').font = { bold: true };
    expect(sheet.getCell('A2').font).toBeUndefined();
    expect((sheet.model as unknown as { rows: unknown[] }).rows).toHaveLength(2);
  });

  it('saves through openXlsx into a file ExcelJS reads back, CRCs checked', async () => {
    const source = await everyKindOfContent().xlsx.writeBuffer();
    const saved = await (await openXlsx(Buffer.from(source as ArrayBuffer))).toBuffer();
    expect(zipEntries(saved).length).toBeGreaterThan(10);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(saved as unknown as ExcelJS.Buffer);
    const sheet = reread.getWorksheet('数据 & "引号"') as ExcelJS.Worksheet;
    expect(sheet.getCell('C1').value).toBe('文本 <&> "quoted"');
    expect(sheet.getCell('B2').value).toEqual({ formula: 'A2*2', result: 2 });
    expect(sheet.getCell('C13').note).toBe('批注');
    expect(reread.getWorksheet('隐藏')?.state).toBe('veryHidden');
  });
});

describe('the zip', () => {
  it('holds each entry deflated, with its CRC-32, sizes and name, in the order appended', async () => {
    const zip = new ZipWriter();
    zip.append('<a>text</a>', { name: 'a.xml' });
    zip.append(Buffer.from([0, 1, 2, 255]), { name: 'bin/b.bin' });
    zip.append(new Uint8Array([7, 8, 9]), { name: 'c.bin' });
    zip.append(new Uint8Array([5, 6]).buffer, { name: 'd.bin' });
    zip.append(PNG_BASE64, { name: 'xl/media/image1.png', base64: true });
    const bytes = await zip.toBuffer(FIXED_DATE);
    const found = zipEntries(bytes);
    expect(found.map((entry) => entry.name)).toEqual(['a.xml', 'bin/b.bin', 'c.bin', 'd.bin', 'xl/media/image1.png']);
    expect(found[0].data.toString('utf8')).toBe('<a>text</a>');
    expect([...found[1].data]).toEqual([0, 1, 2, 255]);
    expect([...found[2].data]).toEqual([7, 8, 9]);
    expect([...found[3].data]).toEqual([5, 6]);
    expect(found[4].data.toString('base64')).toBe(PNG_BASE64);
    expect(found[0].date.toISOString()).toBe('2024-03-01T08:30:00.000Z');
    expect(found[0].flags).toBe(0);
    expect(zipEntryText(bytes, 'a.xml')).toBe('<a>text</a>');
  });

  it('marks a name that is not ASCII as UTF-8', async () => {
    const zip = new ZipWriter();
    zip.append('x', { name: '图片.xml' });
    const [entry] = zipEntries(await zip.toBuffer());
    expect(entry.name).toBe('图片.xml');
    expect(entry.flags & 0x0800).toBe(0x0800);
    expect(entry.data.toString()).toBe('x');
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});

describe('sharing merged styles', () => {
  it('tells planned styles apart by every field', () => {
    const values: Required<CellStyle> = { bold: true, italic: true, fontSize: 14, fontColor: '#C00000', fill: '#FFF2CC', wrap: true, horizontal: 'center', vertical: 'middle', border: true };
    const cache = new CellStyleCache();
    const base = cache.merged(undefined, {}, undefined);
    const seen = new Set<object>([base]);
    for (const field of Object.keys(values) as Array<keyof CellStyle>) {
      const style = cache.merged(undefined, { [field]: values[field] }, undefined);
      expect(seen.has(style)).toBe(false);
      seen.add(style);
      expect(cache.merged(undefined, { [field]: values[field] }, undefined)).toBe(style);
    }
    expect(cache.merged(undefined, { bold: false }, undefined)).not.toBe(cache.merged(undefined, { bold: true }, undefined));
    expect(cache.merged(undefined, {}, '0.00')).not.toBe(base);
  });

  it('gives equal planned styles, each a new object, one merged style, and keeps a cell style of its own apart', () => {
    const cache = new CellStyleCache();
    const plain = cache.merged({}, { bold: true, border: true }, '0.00');
    // more distinct styles than it remembers, then the first again
    for (let size = 8; size < 30; size++) cache.merged({}, { fontSize: size }, undefined);
    expect(cache.merged({}, { bold: true, border: true }, '0.00')).toBe(plain);
    expect(cache.merged(undefined, { bold: true, border: true }, '0.00')).toBe(plain);
    expect(plain).toEqual({ numFmt: '0.00', font: { bold: true }, border: expect.objectContaining({ top: expect.anything() }) });

    const userStyle: Partial<ExcelJS.Style> = { font: { name: '宋体', size: 16 } };
    const onUserCell = cache.merged(userStyle, { bold: true, border: true }, '0.00');
    expect(onUserCell).not.toBe(plain);
    expect(onUserCell.font).toEqual({ name: '宋体', size: 16, bold: true });
    expect(cache.merged(userStyle, { bold: true, border: true }, '0.00')).toBe(onUserCell);
    expect(cache.merged(userStyle, { bold: true, border: true }, '0.0%')).not.toBe(onUserCell);
    expect(cache.merged(userStyle, undefined, '0.00')).not.toBe(onUserCell);
  });
});
