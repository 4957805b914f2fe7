import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { ZipFile } from 'yazl';
import { deflateStoredZip } from '../../../src/hosts/xlsx/deflate-zip';
import { zipEntries } from '../../fixtures/zip-entries';

/** a workbook with what a scored file holds: text, numbers with formats, styles, merges, widths, a hidden sheet */
function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('绩效指标');
  sheet.getColumn(1).width = 30;
  sheet.addRow(['一级指标', '二级指标', '三级指标', '分值', '完成率']);
  for (let i = 1; i <= 300; i++) {
    const row = sheet.addRow(['产出指标', '数量指标', `指标${i}`, 0.09 * (i % 7), (i % 11) / 10]);
    row.getCell(5).numFmt = '0%';
    row.getCell(3).font = { bold: i % 2 === 0 };
  }
  sheet.mergeCells('A2:A50');
  const report = workbook.addWorksheet('自评报告');
  report.getCell('A1').value = '2024 年度部门整体支出绩效自评报告';
  report.mergeCells('A1:E1');
  workbook.addWorksheet('评分元数据', { state: 'veryHidden' }).getCell('A1').value = '{"version":1}';
  return workbook;
}

async function storedZip(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return (await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Buffer;
}

async function sheetModels(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => JSON.stringify(sheet.model));
}

describe('deflating the zip ExcelJS stored', () => {
  let stored: Buffer;
  let deflated: Buffer;
  beforeAll(async () => {
    stored = await storedZip(sampleWorkbook());
    deflated = await deflateStoredZip(stored);
  });

  it('keeps every entry under its name, in its order, with the same bytes', () => {
    const before = zipEntries(stored);
    const after = zipEntries(deflated);
    expect(before.map((entry) => entry.name)).toContain('[Content_Types].xml');
    expect(after.map((entry) => entry.name)).toEqual(before.map((entry) => entry.name));
    after.forEach((entry, i) => {
      expect(entry.data().equals(before[i].data())).toBe(true);
      expect(entry.crc32).toBe(crc32(entry.data()));
    });
  });

  it('deflates every file, so the workbook is smaller than stored', () => {
    const files = zipEntries(deflated).filter((entry) => !entry.name.endsWith('/'));
    expect(files.every((entry) => entry.method === 8)).toBe(true);
    expect(deflated.length).toBeLessThan(stored.length / 2);
  });

  it('is a workbook ExcelJS reads back as it wrote it', async () => {
    expect(await sheetModels(deflated)).toEqual(await sheetModels(stored));
  });

  it('keeps the order of entries whatever their names', async () => {
    const zip = new ZipFile();
    for (const name of ['b.xml', '1', 'a/', 'a/0.xml']) {
      if (name.endsWith('/')) zip.addEmptyDirectory(name);
      else zip.addBuffer(Buffer.from(`<x>${name}</x>`), name, { compress: false });
    }
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const repacked = zipEntries(await deflateStoredZip(Buffer.concat(chunks)));
    expect(repacked.map((entry) => entry.name)).toEqual(['b.xml', '1', 'a/', 'a/0.xml']);
    expect(repacked[1].data().toString()).toBe('<x>1</x>');
  });
});
