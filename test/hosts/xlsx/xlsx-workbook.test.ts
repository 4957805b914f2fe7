import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { createXlsxWorkbook, isUnreadableWorkbookError, openXlsx, type UnreadableWorkbookReason } from '../../../src/hosts/xlsx';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-open-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** an empty zip's end of central directory record, which a complete zip ends with */
const END_RECORD = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);

async function reasonFor(input: Buffer | string): Promise<{ reason: UnreadableWorkbookReason; zh: string; en: string }> {
  try {
    await openXlsx(input);
  } catch (error) {
    if (isUnreadableWorkbookError(error)) return { reason: error.reason, zh: error.messages['zh-CN'], en: error.messages['en-US'] };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('opening a file that is not a readable .xlsx', () => {
  it('rejects a text file renamed .xlsx as not an .xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, '单位名称,评价年度\n武汉市新洲区工商业联合会,2019\n');
    const { reason, zh, en } = await reasonFor(file);
    expect(reason).toBe('notXlsx');
    expect(zh).toContain('不是 .xlsx');
    expect(en).toContain('not an .xlsx');
  });

  it('rejects an OLE compound file as encrypted or .xls (Excel 97-2003)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const { reason, zh, en } = await reasonFor(ole);
    expect(reason).toBe('encryptedOrXls');
    expect(zh).toContain('.xls（Excel 97-2003）');
    expect(en).toContain('encrypted or .xls (Excel 97-2003)');
  });

  it('rejects a zip that is not a workbook (a Word document)', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('自评报告')] }] }));
    expect((await reasonFor(docx)).reason).toBe('zipNotWorkbook');
  });

  it('rejects a binary .xlsb workbook with the advice to save it as .xlsx', async () => {
    const xlsbLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.bin....'), END_RECORD]);
    const { reason, zh } = await reasonFor(xlsbLike);
    expect(reason).toBe('binaryWorkbook');
    expect(zh).toContain('另存为 .xlsx');
  });

  it('rejects a damaged workbook whose zip cannot be read', async () => {
    // complete to the end record, which announces one entry where there is none
    const oneEntry = Buffer.from(END_RECORD);
    oneEntry.writeUInt16LE(1, 8);
    oneEntry.writeUInt16LE(1, 10);
    oneEntry.writeUInt32LE(46, 12);
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml'), Buffer.alloc(64, 7), oneEntry]);
    expect((await reasonFor(damaged)).reason).toBe('corrupt');
  });

  it('says a workbook cut short (a download that stopped) is incomplete, not "a zip but not a workbook"', async () => {
    const whole = await fs.readFile(path.join(__dirname, '../../../samples/seed-000.xlsx'));
    for (const cut of [whole.subarray(0, 3000), whole.subarray(0, whole.length - 10)]) {
      const { reason, zh, en } = await reasonFor(Buffer.from(cut));
      expect(reason).toBe('incomplete');
      expect(zh).toBe('文件不完整或已损坏（可能下载或复制时中断），请重新获取原文件后再试');
      expect(en).toContain('incomplete or damaged');
    }
  });

  it('rejects an empty file, a missing path and a folder, each with its own reason', async () => {
    const empty = path.join(dir, 'empty.xlsx');
    await fs.writeFile(empty, '');
    expect((await reasonFor(empty)).reason).toBe('empty');
    expect((await reasonFor(path.join(dir, 'missing.xlsx'))).reason).toBe('notFound');
    expect((await reasonFor(dir)).reason).toBe('notAFile');
  });

  it('says each reason in one line', async () => {
    const { zh, en } = await reasonFor(Buffer.from('hello'));
    expect(zh).not.toContain('\n');
    expect(en).not.toContain('\n');
  });
});

describe('saving', () => {
  it('opens from a path and saves to another path, leaving the input file as it was', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('预算执行').getCell('B2').value = 1291.73;
    const input = path.join(dir, 'in.xlsx');
    await workbook.xlsx.writeFile(input);
    const before = await fs.readFile(input);

    const xlsx = await openXlsx(input);
    await xlsx.apply({ ops: [{ kind: 'setCells', sheet: '预算执行', top: 2, left: 3, cells: [[{ kind: 'value', value: 0.997 }]] }] });
    const output = path.join(dir, 'out.xlsx');
    await xlsx.save(output);

    expect((await fs.readFile(input)).equals(before)).toBe(true);
    const [grid] = await (await openXlsx(output)).readSheets(['预算执行']);
    expect(grid.values).toEqual([[1291.73, 0.997]]);
  });

  it('builds a new workbook from a plan alone, opening on its first visible sheet', async () => {
    const xlsx = createXlsxWorkbook();
    await xlsx.apply({
      ops: [
        { kind: 'ensureSheet', sheet: '评分元数据', visibility: 'veryHidden' },
        { kind: 'ensureSheet', sheet: '基本信息' },
        { kind: 'setCells', sheet: '基本信息', top: 1, left: 1, cells: [[{ kind: 'text', value: '项目' }, { kind: 'text', value: '内容' }]] },
      ],
    });
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await xlsx.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(reread.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['评分元数据', 'veryHidden'],
      ['基本信息', 'visible'],
    ]);
    expect(reread.views[0].activeTab).toBe(1);
  });

  it('refuses to save a workbook without any sheet, which Excel could not open', async () => {
    await expect(createXlsxWorkbook().toBuffer()).rejects.toThrow('at least one sheet');
  });
});
