import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportJson } from '../../src/cli/report-json';
import { exists, runCli, sha256 } from './cli-test-helpers';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-bad-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function workbookFile(name: string, fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** runs `perf-eval score FILE -o OUT [--json]` and checks the input was left exactly as it was */
async function scoreUnchanged(input: string, extra: string[] = []) {
  const before = await sha256(input);
  const output = `${input}.out.xlsx`;
  const run = await runCli(['score', input, '-o', output, ...extra]);
  expect(await sha256(input)).toBe(before);
  return { ...run, output, wrote: await exists(output) };
}

function expectOneLineFailure(run: { code: number; stdout: string; stderr: string; wrote: boolean }, ...phrases: string[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd()).not.toContain('\n');
  for (const phrase of phrases) expect(run.stderr).toContain(phrase);
  expect(run.wrote).toBe(false);
}

describe('perf-eval score on files it cannot score', () => {
  it('says a text file is not an .xlsx', async () => {
    const file = path.join(dir, '指标.xlsx');
    await fs.writeFile(file, '一级指标,三级指标,分值\n产出,培训场次,10\n');
    expectOneLineFailure(await scoreUnchanged(file), `无法读取 ${file}`, '不是 .xlsx 工作簿');
  });

  it('says an encrypted file or an old .xls must be saved as .xlsx first', async () => {
    const file = path.join(dir, 'old.xls');
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
    expectOneLineFailure(await scoreUnchanged(file), '已加密或是 .xls（Excel 97-2003）');
  });

  it('says so in English with --lang en-US', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, 'plain text');
    expectOneLineFailure(await scoreUnchanged(file, ['--lang', 'en-US']), `cannot read ${file}: this is not an .xlsx workbook`);
  });

  it('says a workbook cut short (head -c 3000) is incomplete or damaged', async () => {
    const file = path.join(dir, 'cut.xlsx');
    await fs.writeFile(file, (await fs.readFile(path.join(__dirname, '../../samples/seed-000.xlsx'))).subarray(0, 3000));
    expectOneLineFailure(await scoreUnchanged(file), `无法读取 ${file}：文件不完整或已损坏`);
  });

  it('says a missing file does not exist', async () => {
    const run = await runCli(['score', path.join(dir, 'nowhere.xlsx')]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `无法读取 ${path.join(dir, 'nowhere.xlsx')}：文件不存在\n` });
  });

  describe('a file the system will not let it read', () => {
    afterEach(() => jest.restoreAllMocks());

    /** the file exists, but reading it fails as the system says (a test run as root cannot chmod it away) */
    async function failingRead(code: string, argv: (file: string) => string[]) {
      const file = path.join(dir, `${code}.xlsx`);
      await fs.copyFile(path.join(__dirname, '../../samples/seed-000.xlsx'), file);
      jest.spyOn(fs, 'readFile').mockRejectedValue(Object.assign(new Error(`${code}: system message, open '${file}'`), { code }));
      const run = await runCli(argv(file));
      return { run, file };
    }

    it.each([
      ['EACCES', '没有读取该文件的权限', 'no permission to read the file'],
      ['EPERM', '没有读取该文件的权限', 'no permission to read the file'],
      ['EBUSY', '文件正被其他程序（如 Excel、WPS）占用，请关闭后再试', 'the file is in use by another program (Excel, WPS); close it and try again'],
      ['EIO', '读取文件时出错（磁盘或网络位置的读写错误），请把文件复制到本机后再试（EIO）', 'the file could not be read (a disk or network read error); copy it to this computer and try again (EIO)'],
    ])('says %s in one line in the language asked for, exit 2, for score and report', async (code, zh, en) => {
      const score = await failingRead(code, (file) => ['score', file, '-o', `${file}.out.xlsx`]);
      expect(score.run).toEqual({ code: 2, stdout: '', stderr: `无法读取 ${score.file}：${zh}\n` });
      const english = await failingRead(code, (file) => ['score', file, '-o', `${file}.out.xlsx`, '--lang', 'en-US']);
      expect(english.run).toEqual({ code: 2, stdout: '', stderr: `cannot read ${english.file}: ${en}\n` });
      const report = await failingRead(code, (file) => ['report', file, '-o', `${file}.docx`]);
      expect(report.run).toEqual({ code: 2, stdout: '', stderr: `无法读取 ${report.file}：${zh}\n` });
    });
  });

  it('finds no indicator table in an empty workbook', async () => {
    const file = await workbookFile('empty.xlsx', (workbook) => workbook.addWorksheet('Sheet1'));
    expectOneLineFailure(await scoreUnchanged(file), '未找到绩效指标表', '一级指标、三级指标、年度指标值、实际完成值、分值');
  });

  it('finds no indicator table when the workbook has only the other sheets', async () => {
    const file = await workbookFile('sheets-missing.xlsx', (workbook) => {
      const info = workbook.addWorksheet('基本信息');
      info.addRow(['项目', '内容']);
      info.addRow(['单位名称', '某区某局']);
      const budget = workbook.addWorksheet('预算执行');
      budget.addRow(['资金项目', '类别', '全年预算数', '全年执行数']);
      budget.addRow(['部门整体支出', '合计', 100, 96]);
    });
    expectOneLineFailure(await scoreUnchanged(file), '未找到绩效指标表');
  });

  it('names the sheet, the header row and the required column that is missing', async () => {
    const file = await workbookFile('no-actual.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '分值']);
      sheet.addRow(['产出指标', '数量指标', '培训场次', 4, 10]);
    });
    expectOneLineFailure(await scoreUnchanged(file), '工作表「绩效指标」', '第 1 行', '缺少必需的列「实际完成值」');
  });

  it('says a table with a header and no indicators has nothing to score', async () => {
    const file = await workbookFile('header-only.xlsx', (workbook) => workbook.addWorksheet('绩效指标').addRow(HEADER));
    expectOneLineFailure(await scoreUnchanged(file), '绩效指标表（绩效指标!A1）下没有指标行');
  });

  it('says a table whose every indicator is marked 不适用 has nothing to score, naming the first mark', async () => {
    const file = await workbookFile('all-excluded.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow(HEADER);
      sheet.addRow(['产出指标', '数量指标', '培训人次', '/', '/', 10]);
      sheet.addRow(['效益指标', '社会效益指标', '满意度', '不适用', '不适用', 10]);
    });
    expectOneLineFailure(await scoreUnchanged(file), '绩效指标表的 2 个指标都标为不适用（如 绩效指标!D2 “/”），没有可评分的指标');
  });

  it('stops on a formula the file holds no result for (a script wrote it), naming the first cell it reads, for score and report', async () => {
    const uncalculated = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;
    const file = await workbookFile('formula.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow([...HEADER, '备注']);
      // I2, a column of the user's own, comes first in the row but is not read
      sheet.addRow(['产出指标', '数量指标', '培训人次', '100', uncalculated('80+0'), uncalculated('25*2'), null, null, uncalculated('1+1')]);
      sheet.addRow(['效益指标', '社会效益指标', '满意度', '90%', '95%', uncalculated('100-50'), null, null]);
    });
    const zh = await scoreUnchanged(file);
    expectOneLineFailure(zh);
    expect(zh.stderr).toBe(`无法评分 ${file}：绩效指标!E2 是公式，但文件中没有保存计算结果；请在 Excel、WPS 或 LibreOffice 中打开并保存后再评分\n`);
    const en = await scoreUnchanged(file, ['--json', '--lang', 'en-US']);
    expectOneLineFailure(en);
    expect(en.stderr).toBe(
      `cannot score ${file}: 绩效指标!E2 is a formula, but the file holds no calculated result for it; open and save the file in Excel, WPS or LibreOffice, then score it\n`,
    );
    const docx = path.join(dir, 'formula.docx');
    const report = await runCli(['report', file, '-o', docx]);
    expect(report).toEqual({ code: 2, stdout: '', stderr: zh.stderr });
    expect(await exists(docx)).toBe(false);
  });
  it('names a header that is a formula without a saved result, where it would otherwise say no indicator table was found', async () => {
    const file = await workbookFile('formula-header.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow(HEADER.map((text) => (text === '实际完成值' ? ({ formula: '"实际完成值"' } as ExcelJS.CellFormulaValue) : text)));
      sheet.addRow(['产出指标', '数量指标', '培训人次', '100', 120, 50, null, null]);
    });
    const column = String.fromCharCode(65 + HEADER.indexOf('实际完成值'));
    const zh = await scoreUnchanged(file);
    expectOneLineFailure(zh);
    expect(zh.stderr).toBe(`无法评分 ${file}：绩效指标!${column}1 是公式，但文件中没有保存计算结果；请在 Excel、WPS 或 LibreOffice 中打开并保存后再评分\n`);
  });

  it('names the first such formula when its headers leave no indicator table to find at all', async () => {
    const file = await workbookFile('formula-headers.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow(HEADER.map((text) => ({ formula: `"${text}"` }) as ExcelJS.CellFormulaValue));
      sheet.addRow(['产出指标', '数量指标', '培训人次', '100', 120, 50, null, null]);
    });
    const zh = await scoreUnchanged(file);
    expectOneLineFailure(zh);
    expect(zh.stderr).toBe(`无法评分 ${file}：绩效指标!A1 是公式，但文件中没有保存计算结果；请在 Excel、WPS 或 LibreOffice 中打开并保存后再评分\n`);
  });
});

describe('perf-eval score on awkward but scorable files', () => {
  it('scores a workbook with a chart, saying in one line on stderr that the chart is not kept', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(__dirname, '../../samples/seed-000.xlsx')));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    const file = path.join(dir, 'with-chart.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const zh = await scoreUnchanged(file);
    expect(zh.code).toBe(0);
    expect(zh.wrote).toBe(true);
    expect(zh.stderr).toBe('注意：输入文件中的图表不会保留在输出文件中（命令行读写 .xlsx 时无法保留）；如需保留，请在 Excel 中用加载项评分\n');
    const en = await scoreUnchanged(file, ['--json', '--lang', 'en-US']);
    expect(en.stderr).toBe("note: the input's charts will not be kept in the output file (the command line cannot carry them over); to keep them, score in Excel with the add-in\n");
    expect(() => JSON.parse(en.stdout)).not.toThrow();
  });

  it('scores a workbook whose formulas without a saved result are in cells it does not read', async () => {
    const file = await workbookFile('formula-elsewhere.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow([...HEADER, '备注']);
      sheet.addRow(['产出指标', '数量指标', '培训人次', 100, { formula: '80+0', result: 80 }, 50, null, null, { formula: 'E2/D2' }]);
      sheet.addRow(['效益指标', '社会效益指标', '满意度', '90%', '95%', 50, null, null]);
      workbook.addWorksheet('草稿').getCell('B2').value = { formula: 'SUM(A1:A9)' } as ExcelJS.CellFormulaValue;
    });
    const run = await scoreUnchanged(file, ['--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ReportJson).total.score).toBe(90);
  });

  it('scores around error values (#N/A, #DIV/0!) and names each cell that holds one', async () => {
    const file = await workbookFile('errors.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow(HEADER);
      sheet.addRow(['产出指标', '数量指标', '培训场次', { error: '#N/A' }, 4, 50, null, null]);
      sheet.addRow(['效益指标', '社会效益指标', '就业率', 0.9, { formula: 'D3/0', result: { error: '#DIV/0!' } }, 40, null, null]);
      sheet.addRow(['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, null, null]);
    });
    const run = await scoreUnchanged(file, ['--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ReportJson;
    const target = json.warnings.find((warning) => warning.code === 'TARGET_UNREADABLE');
    const actual = json.warnings.find((warning) => warning.code === 'ACTUAL_UNREADABLE');
    expect(target).toMatchObject({ sheet: '绩效指标', cell: 'D2' });
    expect(target?.message).toContain('#N/A');
    expect(actual).toMatchObject({ sheet: '绩效指标', cell: 'E3' });
    expect(actual?.message).toContain('#DIV/0!');
    expect(json.indicators.map((indicator) => indicator.status)).toEqual(['invalid', 'invalid', 'met']);
    expect(json.total.score).toBe(10);
  });

  it('ignores a hundred formatted blank rows below the table: no phantom indicators, no extra warnings', async () => {
    const rows = [
      ['产出指标', '数量指标', '培训场次', '≥4场', '4场', 60, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 40, null, null],
    ];
    const plain = await workbookFile('plain.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      [HEADER, ...rows].forEach((row) => sheet.addRow(row));
    });
    const padded = await workbookFile('hundred-blank-rows.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      [HEADER, ...rows].forEach((row) => sheet.addRow(row));
      for (let row = 4; row < 104; row++) {
        for (let column = 1; column <= HEADER.length; column++) sheet.getCell(row, column).border = { bottom: { style: 'thin' } };
      }
    });
    const expected = JSON.parse((await scoreUnchanged(plain, ['--json'])).stdout) as ReportJson;
    const run = await scoreUnchanged(padded, ['--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ReportJson;
    expect(json.indicators).toHaveLength(2);
    expect(json.total).toEqual(expected.total);
    expect(json.warnings.map((warning) => warning.code)).toEqual(expected.warnings.map((warning) => warning.code));
    expect(json.problems).toEqual([]);
  });

  it('names the rows it did not read below a hundred blank rows inside the table', async () => {
    const file = await workbookFile('gap.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('绩效指标');
      sheet.addRow(HEADER);
      sheet.addRow(['产出指标', '数量指标', '培训场次', '≥4场', '4场', 60, null, null]);
      sheet.getRow(103).values = ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 40, null, null];
    });
    const run = await scoreUnchanged(file, ['--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ReportJson;
    expect(json.indicators).toHaveLength(1);
    expect(json.problems).toEqual([expect.objectContaining({ code: 'ROWS_AFTER_BLANK_GAP', severity: 'warning', sheet: '绩效指标', cell: 'A103:H103' })]);
    expect(json.problems[0].message).toContain('第 103 行起的内容未读取');
  });
});

describe('perf-eval score where it cannot write', () => {
  const seed = path.join(__dirname, '../../samples/seed-000.xlsx');

  it('names the folder that does not exist, in the language asked for', async () => {
    const folder = path.join(dir, '没有的文件夹');
    const output = path.join(folder, 'out.xlsx');
    const zh = await runCli(['score', seed, '-o', output]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`无法写入 ${output}：文件夹 ${folder} 不存在，请先建立该文件夹，或换一个输出位置\n`);
    const en = await runCli(['score', seed, '-o', output, '--lang', 'en-US']);
    expect(en.stderr).toBe(`cannot write ${output}: the folder ${folder} does not exist; create it first, or write somewhere else\n`);
    expect(await exists(folder)).toBe(false);
  });

  it('says the output is a folder, with or without a trailing separator, and names a file to give instead', async () => {
    const output = path.join(dir, 'a-folder.xlsx');
    await fs.mkdir(output);
    const run = await runCli(['score', seed, '-o', output]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `无法写入 ${output}：这是一个文件夹，请给出输出文件名（如 ${path.join(output, 'seed-000.scored.xlsx')}）\n` });
    const slash = `${output}${path.sep}`;
    const en = await runCli(['score', seed, '-o', slash, '--lang', 'en-US']);
    expect(en.stderr).toBe(`cannot write ${slash}: this is a folder; give an output file name (such as ${path.join(output, 'seed-000.scored.xlsx')})\n`);
    const report = await runCli(['report', seed, '-o', slash]);
    expect(report.stderr).toBe(`无法写入 ${slash}：这是一个文件夹，请给出输出文件名（如 ${path.join(output, 'seed-000.docx')}）\n`);
  });

  it('names a folder ending in a separator that does not exist as the missing folder', async () => {
    const folder = path.join(dir, 'not-made');
    const run = await runCli(['score', seed, '-o', `${folder}${path.sep}`]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `无法写入 ${folder}${path.sep}：文件夹 ${folder} 不存在，请先建立该文件夹，或换一个输出位置\n` });
  });

  it('refuses an output name that Excel or Word would not open (a Word report named .xlsx, a workbook named .docx, .xlsm or with no extension), writing nothing', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'extensions-'));
    const at = (name: string) => path.join(folder, name);
    expect(await runCli(['report', seed, '-o', at('评分后.xlsx')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `无法写入 ${at('评分后.xlsx')}：写出的是 Word 文档，文件名须以 .docx 结尾，否则 Word 打不开（如 ${at('评分后.docx')}）\n`,
    });
    expect(await runCli(['score', seed, '-o', at('自评报告.docx')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `无法写入 ${at('自评报告.docx')}：写出的是 Excel 工作簿，文件名须以 .xlsx 结尾，否则 Excel 打不开（如 ${at('自评报告.xlsx')}）\n`,
    });
    expect((await runCli(['score', seed, '-o', at('评分后.xlsm'), '--lang', 'en-US'])).stderr).toBe(
      `cannot write ${at('评分后.xlsm')}: the file written is an Excel workbook; its name must end in .xlsx, or Excel will not open it (such as ${at('评分后.xlsx')})\n`,
    );
    expect((await runCli(['score', seed, '-o', at('评分后')])).stderr).toContain(`文件名须以 .xlsx 结尾，否则 Excel 打不开（如 ${at('评分后.xlsx')}）`);
    expect((await runCli(['template', at('模板')])).stderr).toContain(`文件名须以 .xlsx 结尾，否则 Excel 打不开（如 ${at('模板.xlsx')}）`);
    // a dot in the name is not an extension to replace: the right one is added
    expect((await runCli(['score', seed, '-o', at('自评表2024.03.15')])).stderr).toContain(`（如 ${at('自评表2024.03.15.xlsx')}）`);
    expect(await fs.readdir(folder)).toEqual([]);
    // the letter case of the extension does not matter
    expect((await runCli(['score', seed, '-o', at('评分后.XLSX')])).code).toBe(0);
    expect((await runCli(['report', seed, '-o', at('报告.DOCX')])).code).toBe(0);
  });

  it('checks where the output goes before reading the input (a large workbook takes seconds to score)', async () => {
    const reads = jest.spyOn(fs, 'readFile');
    const output = path.join(dir, 'not-made-either', 'out.xlsx');
    for (const argv of [['score', seed, '-o', output], ['report', seed, '-o', output]]) {
      const run = await runCli(argv);
      expect(run.stderr).toContain(`文件夹 ${path.dirname(output)} 不存在`);
    }
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });
});

describe('bad usage', () => {
  it.each([
    [[], '用法：perf-eval'],
    [['score'], 'perf-eval score 需要一个文件名'],
    [['rate', 'x.xlsx'], '未知命令“rate”'],
    [['score', 'x.xlsx', '--lang', 'de-DE'], '不支持的语言“de-DE”'],
    [['report', 'x.xlsx', '-o', 'r.docx', '--json'], '参数有误：选项 --json 只用于 score'],
    [['score', 'x.xlsx', '--force'], '参数有误：选项 --force 只用于 template'],
  ])('exits 2 with one line for %j', async (argv, expected) => {
    const run = await runCli(argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(expected);
    expect(run.stderr.trimEnd()).not.toContain('\n');
  });

  it('prints the help on stdout with exit 0, in both languages', async () => {
    const zh = await runCli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('不给 -o 时，输出写在输入文件旁，文件名为 <输入文件名>.scored.xlsx');
    const en = await runCli(['-h', '--lang', 'en-US']);
    expect(en.stdout).toContain('without -o, OUT is written beside IN as <IN name>.scored.xlsx');
  });

  it('gives in the help every case of exit status 2, an output it cannot write included, and that score replaces an existing output', async () => {
    const zh = (await runCli(['--help'])).stdout;
    expect(zh).toContain('2 用法错误、文件无法读取或评分（不是 .xlsx、已加密、找不到绩效指标表等）\n        或输出文件无法写入');
    expect(zh).toContain('已有的输出文件会被替换');
    expect(zh).toContain('输出文件照常写出；进度和注意事项在标准错误输出');
    const en = (await runCli(['--help', '--lang', 'en-US'])).stdout;
    expect(en).toContain('or an output that cannot be written, with a one-line reason');
    expect(en).toContain('an existing OUT is replaced');
  });
});
