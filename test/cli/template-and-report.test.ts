import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ReportJson } from '../../src/cli/report-json';
import { LARGE_WORKBOOK_ROWS } from '../../src/cli/score-file';
import { seed000 } from '../../samples/data/seed-000';
import { SAMPLES_DIR } from '../../scripts/build-samples';
import { normaliseHeaderText, normaliseLabelText } from '../../src/workbook/detect/header-text';
import { zipEntryText } from '../fixtures/zip-entries';
import { exists, runCli, sha256 } from './cli-test-helpers';

const ROOT = path.resolve(__dirname, '..', '..');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-tr-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('perf-eval template', () => {
  it('writes the blank template with the four standard sheets', async () => {
    const output = path.join(dir, 'blank.xlsx');
    const run = await runCli(['template', output]);
    expect(run).toEqual({ code: 0, stdout: `已写出模板 ${output}\n`, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['基本信息', '预算执行', '绩效指标', '评分设置']));
    const header = (workbook.getWorksheet('绩效指标')!.getRow(1).values as unknown[]).filter(Boolean).map((text) => normaliseHeaderText(String(text)));
    expect(header).toEqual(expect.arrayContaining(['一级指标', '三级指标', '年度指标值', '实际完成值', '分值']));
  });

  it('offers dropdowns for 类别, 一级指标, 指标性质 and 评价类型 that anyone opening the file sees, rejecting nothing', async () => {
    const output = path.join(dir, 'dropdowns.xlsx');
    expect((await runCli(['template', output])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const list = (sheet: string, address: string) => workbook.getWorksheet(sheet)!.getCell(address).dataValidation;
    expect(list('预算执行', 'B2')).toMatchObject({ type: 'list', formulae: ['"合计,基本支出,人员经费,日常公用经费,项目支出,三公经费,财政拨款,上年结转,其他资金,任务"'] });
    expect(list('绩效指标', 'B1000')).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(list('绩效指标', 'E2')).toMatchObject({ type: 'list', formulae: ['"≥,≤,＝,>,<,定性"'] });
    expect(list('基本信息', 'B5')).toMatchObject({ type: 'list', formulae: ['"部门整体支出,项目支出"'] });
    for (const [sheet, address] of [['预算执行', 'B2'], ['绩效指标', 'B2'], ['绩效指标', 'E2'], ['基本信息', 'B5']]) {
      expect(list(sheet, address)).toMatchObject({ allowBlank: true, errorStyle: 'information' });
      expect(list(sheet, address)!.showErrorMessage).toBeFalsy();
    }
    // the headers and the other columns carry none
    for (const [sheet, address] of [['预算执行', 'B1'], ['预算执行', 'A2'], ['绩效指标', 'C2'], ['基本信息', 'B4'], ['评分设置', 'B2']]) expect(list(sheet, address)).toBeUndefined();
  });

  it('filled in by hand with seed 000 (indicators, budget, 基本信息), scores 93 / 优 as the report did', async () => {
    const blank = path.join(dir, 'seed-000-by-hand.xlsx');
    expect((await runCli(['template', blank])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(blank);
    for (const source of seed000.sheets) {
      const worksheet = workbook.getWorksheet(source.name)!;
      const [sourceHeader, ...rows] = source.rows;
      if (source.name === '基本信息') {
        // the template lists the items already: fill in 内容 beside each
        for (const [item, content] of rows) {
          const row = [...Array(worksheet.rowCount).keys()].map((index) => index + 1).find((r) => normaliseLabelText(String(worksheet.getCell(r, 1).value)) === normaliseLabelText(String(item)));
          expect(row).toBeDefined();
          worksheet.getCell(row!, 2).value = content as ExcelJS.CellValue;
        }
        continue;
      }
      // each value under the template's column with the same header, as a colleague would type it
      const templateHeader = (worksheet.getRow(1).values as unknown[]).slice(1).map((text) => normaliseHeaderText(String(text ?? '')));
      const columns = sourceHeader.map((text) => templateHeader.indexOf(normaliseHeaderText(String(text))) + 1);
      expect(columns).not.toContain(0);
      rows.forEach((values, index) => values.forEach((value, i) => value !== null && (worksheet.getCell(index + 2, columns[i]).value = value as ExcelJS.CellValue)));
    }
    await workbook.xlsx.writeFile(blank);
    const run = await runCli(['score', blank, '-o', path.join(dir, 'seed-000-by-hand.scored.xlsx'), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.total).toMatchObject({ score: 93, max: 100, grade: '优' });
    expect(report.indicators).toHaveLength(9);
    // the scored copy keeps the template's dropdowns, once each
    const scored = await fs.readFile(path.join(dir, 'seed-000-by-hand.scored.xlsx'));
    const sqrefs = (part: string) => [...zipEntryText(scored, part)!.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((match) => match[1]);
    const parts = (await (async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(scored as unknown as ExcelJS.Buffer);
      return book.worksheets.map((sheet) => [sheet.name, `xl/worksheets/sheet${sheet.id}.xml`]);
    })());
    const lists = Object.fromEntries(parts.map(([name, part]) => [name, zipEntryText(scored, part) ? sqrefs(part) : []]));
    expect(lists).toMatchObject({ 基本信息: ['B5'], 预算执行: ['B2:B1000'], 绩效指标: ['B2:B1000', 'E2:E1000'] });
  });

  it('keeps an existing file unless --force is given', async () => {
    const output = path.join(dir, 'kept.xlsx');
    await fs.copyFile(path.join(SAMPLES_DIR, 'seed-000.xlsx'), output);
    const before = await sha256(output);
    const refused = await runCli(['template', output]);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: `${output} 已存在，未覆盖；请换一个文件名，或加 --force 覆盖\n` });
    expect(await sha256(output)).toBe(before);
    expect((await runCli(['template', output, '--force'])).code).toBe(0);
    expect(await sha256(output)).not.toBe(before);
  });

  it('says a folder is a folder, with or without --force, instead of offering to overwrite it', async () => {
    const folder = path.join(dir, 'templates');
    await fs.mkdir(folder);
    const expected = `无法写入 ${folder}${path.sep}：这是一个文件夹，请给出输出文件名（如 ${path.join(folder, 'template.xlsx')}）\n`;
    expect(await runCli(['template', `${folder}${path.sep}`])).toEqual({ code: 2, stdout: '', stderr: expected });
    expect(await runCli(['template', `${folder}${path.sep}`, '--force'])).toEqual({ code: 2, stdout: '', stderr: expected });
    expect((await runCli(['template', folder, '--force'])).stderr).toContain('这是一个文件夹');
  });

  it('says in one line when the folder to write into does not exist', async () => {
    const run = await runCli(['template', path.join(dir, 'no-such-folder', 'blank.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^无法写入 .*blank\.xlsx：文件夹 .*no-such-folder 不存在，请先建立该文件夹，或换一个输出位置\n$/);
  });
});

describe('perf-eval report', () => {
  it('writes the 自评报告 as a Word document, leaving the workbook as it was', async () => {
    const input = path.join(SAMPLES_DIR, 'seed-002.xlsx');
    const before = await sha256(input);
    const output = path.join(dir, '自评报告.docx');
    const run = await runCli(['report', input, '-o', output]);
    expect(run).toEqual({ code: 0, stdout: `总分 95.91 / 100（得分比 96%），综合评价：优\n已写出自评报告 ${output}\n`, stderr: '' });
    expect(await sha256(input)).toBe(before);
    const documentXml = zipEntryText(await fs.readFile(output), 'word/document.xml') ?? '';
    expect(documentXml).toContain('广州市黄埔区工商业联合会');
    expect(documentXml).toContain('1,288.38');
  });

  it('fails like score on a file it cannot read, writing nothing', async () => {
    const output = path.join(dir, 'none.docx');
    const run = await runCli(['report', path.join(ROOT, 'README.md'), '-o', output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是 .xlsx 工作簿');
    expect(await exists(output)).toBe(false);
  });

  it('writes the report of a workbook with no room for the result columns, which only score refuses', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效指标');
    sheet.addRow(['一级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
    sheet.addRow(['产出指标', '培训场次', 10, 10, 100]);
    // the user's notes in every column the result block could take (F to Y)
    for (let column = 6; column <= 25; column += 1) sheet.getCell(2, column).value = '备注';
    const input = path.join(dir, 'no-room.xlsx');
    await workbook.xlsx.writeFile(input);
    const refused = await runCli(['score', input, '-o', path.join(dir, 'no-room.out.xlsx')]);
    expect(refused.code).toBe(2);
    const output = path.join(dir, 'no-room.docx');
    const run = await runCli(['report', input, '-o', output]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await exists(output)).toBe(true);
  });
});

describe('progress on large workbooks', () => {
  it('tells on stderr that it is scoring a large workbook, keeping stdout the JSON', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效指标');
    sheet.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值']);
    for (let i = 0; i < LARGE_WORKBOOK_ROWS; i++) sheet.addRow(['产出指标', '数量指标', `指标${i + 1}`, 10, 10, 0.02]);
    const input = path.join(dir, 'large.xlsx');
    await workbook.xlsx.writeFile(input);
    const run = await runCli(['score', input, '-o', path.join(dir, 'large.scored.xlsx'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`正在评分（${LARGE_WORKBOOK_ROWS + 1} 行）…`);
    expect((JSON.parse(run.stdout) as ReportJson).indicators).toHaveLength(LARGE_WORKBOOK_ROWS);
  });
});
