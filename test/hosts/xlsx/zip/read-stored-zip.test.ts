import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { ZipFile } from 'yazl';
import { readStoredZip } from '../../../../src/hosts/xlsx/zip/read-stored-zip';
import { zipEntries } from '../../../fixtures/zip-entries';

async function yazlZip(files: Array<[string, string, boolean]>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, text, compress] of files) zip.addBuffer(Buffer.from(text), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('reading the zip ExcelJS stores', () => {
  it('gives every file of a stored workbook in directory order, its data read in place, its CRC as recorded', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('绩效指标').addRow(['三级指标', '分值']);
    const stored = (await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Buffer;
    const records = readStoredZip(stored);
    expect(records.map((record) => record.name.toString('utf8'))).toEqual(zipEntries(stored).map((entry) => entry.name));
    for (const record of records) {
      expect(record.data.buffer).toBe(stored.buffer);
      expect(record.crc32).toBe(crc32(record.data));
      expect(record.uncompressedSize).toBe(record.data.length);
    }
    expect(records.find((record) => record.name.toString() === 'xl/worksheets/sheet1.xml')?.data.toString('utf8')).toContain('<sheetData>');
  });

  it('refuses a zip with a compressed file, naming it', async () => {
    const zip = await yazlZip([
      ['a.xml', '<a/>', false],
      ['b.xml', '<b>'.repeat(100), true],
    ]);
    expect(() => readStoredZip(zip)).toThrow('zip entry b.xml is compressed, not stored');
  });

  it('refuses what is not a zip', () => {
    expect(() => readStoredZip(Buffer.from('单位名称,评价年度\n'.repeat(5)))).toThrow('not a zip');
  });
});
