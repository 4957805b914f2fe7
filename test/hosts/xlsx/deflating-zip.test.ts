import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { DeflatingZip } from '../../../src/hosts/xlsx/deflating-zip';
import { zipEntries } from '../../fixtures/zip-entries';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst><si><t>部门整体支出绩效自评</t></si></sst>';

describe('a zip built as its files arrive', () => {
  it('holds every file under its name, in the order added, deflated, with its CRC-32', async () => {
    const zip = new DeflatingZip();
    zip.append(XML, { name: '[Content_Types].xml' });
    zip.append(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), { name: 'xl/media/image1.png' });
    zip.append('<workbook/>', { name: 'xl/workbook.xml' });
    const entries = zipEntries(await zip.toBuffer());

    expect(entries.map((entry) => entry.name)).toEqual(['[Content_Types].xml', 'xl/media/image1.png', 'xl/workbook.xml']);
    expect(entries.every((entry) => entry.method === 8)).toBe(true);
    expect(entries[0].data().toString('utf8')).toBe(XML);
    expect(entries[1].data()).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    for (const entry of entries) expect(entry.crc32).toBe(crc32(entry.data()));
  });

  it('writes text as UTF-8 and decodes base64 content, as ExcelJS hands images over', async () => {
    const image = Buffer.from('GIF89a 一张图');
    const zip = new DeflatingZip();
    zip.append(image.toString('base64'), { name: 'xl/media/image1.gif', base64: true });
    zip.append('指标', { name: 'a.txt' });
    const [gif, text] = zipEntries(await zip.toBuffer());
    expect(gif.data()).toEqual(image);
    expect(text.data()).toEqual(Buffer.from('指标', 'utf8'));
  });

  it('keeps the first position and the last content of a file added twice', async () => {
    const zip = new DeflatingZip();
    zip.append('<a>1</a>', { name: 'a.xml' });
    zip.append('<b/>', { name: 'b.xml' });
    zip.append('<a>2</a>', { name: 'a.xml' });
    const entries = zipEntries(await zip.toBuffer());
    expect(entries.map((entry) => [entry.name, entry.data().toString()])).toEqual([
      ['a.xml', '<a>2</a>'],
      ['b.xml', '<b/>'],
    ]);
  });

  it('flags a name as UTF-8 only when it is not plain ASCII', async () => {
    const zip = new DeflatingZip();
    zip.append('x', { name: 'xl/media/图1.png' });
    zip.append('x', { name: 'xl/media/image2.png' });
    const bytes = await zip.toBuffer();
    const flagsOfLocalHeader = (name: string) => bytes.readUInt16LE(bytes.indexOf(Buffer.from(name, 'utf8')) - 30 + 6);
    expect(flagsOfLocalHeader('xl/media/图1.png') & 0x0800).toBe(0x0800);
    expect(flagsOfLocalHeader('xl/media/image2.png') & 0x0800).toBe(0);
    expect(zipEntries(bytes).map((entry) => entry.name)).toEqual(['xl/media/图1.png', 'xl/media/image2.png']);
  });

  it('is smaller than the files it holds, and each file inflates back from its own bytes', async () => {
    const sheet = `<sheetData>${'<row><c t="s"><v>1</v></c></row>'.repeat(2_000)}</sheetData>`;
    const zip = new DeflatingZip();
    zip.append(sheet, { name: 'xl/worksheets/sheet1.xml' });
    const bytes = await zip.toBuffer();
    expect(bytes.length).toBeLessThan(sheet.length / 20);
    const [entry] = zipEntries(bytes);
    expect(inflateRawSync(bytes.subarray(30 + entry.name.length, 30 + entry.name.length + entry.compressedSize)).toString()).toBe(sheet);
  });

  it('gives a workbook ExcelJS reads', async () => {
    const zip = new DeflatingZip();
    const source = new ExcelJS.Workbook();
    source.addWorksheet('绩效指标').addRow(['三级指标', '分值']);
    const stored = (await source.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Buffer;
    for (const entry of zipEntries(stored)) if (!entry.name.endsWith('/')) zip.append(entry.data(), { name: entry.name });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await zip.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(read.getWorksheet('绩效指标')?.getRow(1).values).toEqual([undefined, '三级指标', '分值']);
  });
});
