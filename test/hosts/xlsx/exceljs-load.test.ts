import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ZipFile } from 'yazl';
import { loadXlsx } from '../../../src/hosts/xlsx/exceljs-load';
import { everyKindOfPart } from '../../fixtures/every-kind-of-part';
import { zipEntries } from '../../fixtures/zip-entries';

const SAMPLES = path.join(__dirname, '../../../samples');

async function excelJsOwnLoad(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** the same files zipped again by yazl with zip64 records, which the host's reader leaves to JSZip */
async function asZip64(bytes: Buffer): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of zipEntries(bytes)) if (!entry.name.endsWith('/')) zip.addBuffer(entry.data(), entry.name, { forceZip64Format: true });
  zip.end({ comment: '', forceZip64Format: true });
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('loading a workbook with node’s zlib instead of JSZip', () => {
  let jsZipLoads: jest.SpyInstance;
  beforeEach(() => {
    jsZipLoads = jest.spyOn(JSZip, 'loadAsync');
  });
  afterEach(() => jsZipLoads.mockRestore());

  it('reads every part as ExcelJS alone does: sheets, shared strings, styles, images, a table, links', async () => {
    const bytes = (await (await everyKindOfPart()).xlsx.writeBuffer()) as unknown as Buffer;
    const loaded = await loadXlsx(new ExcelJS.Workbook(), bytes);
    expect(jsZipLoads).not.toHaveBeenCalled();
    const own = await excelJsOwnLoad(bytes);
    expect(loaded.model).toEqual(own.model);
    expect(loaded.model.media).toHaveLength(3);
    const indicators = loaded.getWorksheet('绩效指标');
    expect(indicators?.getCell('B2').numFmt).toBe('0%');
    expect(indicators?.getCell('A3').hyperlink).toBe("#'评分结果'!A1");
  });

  it.each(['seed-000.xlsx', 'seed-002.xlsx', 'project-mof.xlsx'])('reads %s as ExcelJS alone does', async (sample) => {
    const bytes = await fs.readFile(path.join(SAMPLES, sample));
    const loaded = await loadXlsx(new ExcelJS.Workbook(), bytes);
    expect(jsZipLoads).not.toHaveBeenCalled();
    expect(loaded.model).toEqual((await excelJsOwnLoad(bytes)).model);
  });

  it('leaves a zip it does not take to JSZip, and the workbook still loads', async () => {
    const bytes = await asZip64(await fs.readFile(path.join(SAMPLES, 'seed-000.xlsx')));
    const loaded = await loadXlsx(new ExcelJS.Workbook(), bytes);
    expect(jsZipLoads).toHaveBeenCalledTimes(1);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual((await excelJsOwnLoad(bytes)).worksheets.map((sheet) => sheet.name));
  });

  it('gives JSZip back at once, so nothing else in the process reads zips with the host’s reader', async () => {
    const bytes = await fs.readFile(path.join(SAMPLES, 'seed-000.xlsx'));
    const loading = loadXlsx(new ExcelJS.Workbook(), bytes);
    expect(JSZip.loadAsync).toBe(jsZipLoads);
    await loading;
    await excelJsOwnLoad(bytes);
    expect(jsZipLoads).toHaveBeenCalledTimes(1);
  });

  it('rejects a workbook whose compressed data is damaged, and gives JSZip back', async () => {
    const bytes = Buffer.from(await fs.readFile(path.join(SAMPLES, 'seed-000.xlsx')));
    const sheet = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml'));
    bytes.fill(0xff, sheet + 40, sheet + 200);
    await expect(loadXlsx(new ExcelJS.Workbook(), bytes)).rejects.toThrow();
    expect(JSZip.loadAsync).toBe(jsZipLoads);
  });
});
