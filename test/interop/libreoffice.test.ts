import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoreXlsxFile } from '../../src/cli/score-file';
import { isCellError, type CellError, type CellScalar } from '../../src/domain/model';
import { openXlsx } from '../../src/hosts/xlsx';
import { SAMPLE_WORKBOOKS } from '../../samples/data';
import { SAMPLES_DIR } from '../../scripts/build-samples';
import { zipEntries } from '../fixtures/zip-entries';

type CellValues = Map<string, CellScalar | CellError>;

/** every non-blank cell of every sheet, by "Sheet!A1", as the add-in's own hosts read them */
async function cellValues(file: string): Promise<CellValues> {
  const workbook = await openXlsx(file);
  const values: CellValues = new Map();
  for (const grid of await workbook.readSheets(await workbook.sheetNames())) {
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) values.set(`${grid.name}!${columnLetters(grid.left + c)}${grid.top + r}`, value);
      }),
    );
  }
  return values;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** LibreOffice writes numbers with 15 significant digits */
function sameValue(a: CellScalar | CellError | undefined, b: CellScalar | CellError | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** a fresh LibreOffice profile that recalculates every formula when it loads an .xlsx */
async function recalculatingProfile(): Promise<string> {
  const profile = path.join(os.tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(path.join(profile, 'user'), { recursive: true });
  await fs.writeFile(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
      '</oor:items>',
    ].join('\n'),
  );
  return profile;
}

/**
 * The scored samples as a colleague without the add-in sees them: opened in LibreOffice (headless,
 * recalculating on load), saved again as .xlsx, read back. One conversion for all files: it is slow.
 */
describe('the scored workbooks in LibreOffice', () => {
  let work: string;
  const scored = new Map<string, CellValues>();
  const resaved = new Map<string, CellValues>();
  let resavedSeed002 = '';

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-lo-'));
    const scoredDir = path.join(work, 'scored');
    const resavedDir = path.join(work, 'libreoffice');
    await fs.mkdir(scoredDir);
    await fs.mkdir(resavedDir);
    const files: string[] = [];
    for (const sample of SAMPLE_WORKBOOKS) {
      const output = path.join(scoredDir, sample.file);
      const result = await scoreXlsxFile({ input: path.join(SAMPLES_DIR, sample.file), output });
      if (result.kind !== 'scored') throw new Error(`${sample.file} did not score: ${result.kind}`);
      files.push(output);
    }
    const profile = await recalculatingProfile();
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', resavedDir, ...files], {
        timeout: 180_000,
        stdio: 'pipe',
      });
    } finally {
      await fs.rm(profile, { recursive: true, force: true });
    }
    resavedSeed002 = path.join(resavedDir, 'seed-002.xlsx');
    for (const sample of SAMPLE_WORKBOOKS) {
      scored.set(sample.file, await cellValues(path.join(scoredDir, sample.file)));
      resaved.set(sample.file, await cellValues(path.join(resavedDir, sample.file)));
    }
  }, 240_000);

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it.each(SAMPLE_WORKBOOKS.map((sample) => [sample.file]))('%s: every value written reads the same after LibreOffice saved it', (file) => {
    const before = scored.get(file)!;
    const after = resaved.get(file)!;
    expect(before.size).toBeGreaterThan(100);
    const differences = [...before]
      .filter(([address, value]) => !sameValue(value, after.get(address)))
      .map(([address, value]) => ({ address, written: value, libreOffice: after.get(address) ?? null }));
    expect(differences).toEqual([]);
    const added = [...after.keys()].filter((address) => !before.has(address));
    expect(added).toEqual([]);
  });

  it.each(SAMPLE_WORKBOOKS.map((sample) => [sample.file]))('%s: no cell shows an error value once LibreOffice has recalculated', (file) => {
    const errors = [...resaved.get(file)!].filter(([, value]) => isCellError(value)).map(([address]) => address);
    expect(errors).toEqual([]);
  });

  it('keeps the results the add-in wrote: the scores beside the indicators and the totals in 评分结果', () => {
    const seed002 = resaved.get('seed-002.xlsx')!;
    const scoreHeader = [...seed002].find(([address, value]) => address.startsWith('绩效指标!') && value === '计算得分');
    expect(scoreHeader).toBeDefined();
    const column = scoreHeader![0].replace(/^绩效指标!([A-Z]+)\d+$/, '$1');
    expect(seed002.get(`绩效指标!${column}6`)).toBe(0.94);
    expect([...seed002].some(([address, value]) => address.startsWith('评分结果!') && value === 95.91)).toBe(true);
    expect([...seed002].some(([address, value]) => address.startsWith('自评报告!') && typeof value === 'string' && value.includes('1,288.38'))).toBe(true);
  });

  it('shows the 自评报告’s paragraphs whole: their merged rows keep the height of their wrapped text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(resavedSeed002);
    const report = workbook.getWorksheet('自评报告')!;
    const paragraphs: Array<{ length: number; height: number }> = [];
    report.eachRow((row) => {
      const text = row.getCell(1).value;
      if (typeof text === 'string' && text.length > 150) paragraphs.push({ length: text.length, height: row.height ?? 0 });
    });
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    // at most about 42 Chinese characters a line, 11-point text: 15 points a line at the least
    for (const { length, height } of paragraphs) expect(height).toBeGreaterThanOrEqual(Math.ceil(length / 45) * 14);
  });
});

/**
 * The warning links of 评分结果 once LibreOffice has read them: the .ods it saves holds each link as
 * its own cell reference ("#'Sheet'.$C$4") only when it understood the location. A relative C4 or R5 it
 * takes for R1C1 notation and keeps as written ("#'Sheet'!C4"), a dead link.
 */
describe('the blank template in LibreOffice: its dropdowns and print titles', () => {
  let content: string;

  beforeAll(async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-lo-lists-'));
    const profile = path.join(os.tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
    try {
      const template = path.join(work, 'template.xlsx');
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'perf-eval.js'), 'template', template], { timeout: 120_000, stdio: 'pipe' });
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'ods', '--outdir', work, template], { timeout: 120_000, stdio: 'pipe' });
      content = zipEntries(await fs.readFile(path.join(work, 'template.ods'))).find((entry) => entry.name === 'content.xml')!.data().toString('utf8');
    } finally {
      await fs.rm(profile, { recursive: true, force: true });
      await fs.rm(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('keeps each list, blanks allowed, and shows no error message that would refuse another word', () => {
    const validations = [...content.matchAll(/<table:content-validation [^>]*?(?:\/>|>[\s\S]*?<\/table:content-validation>)/g)].map((match) => match[0]);
    const lists = validations.map((validation) => [...(/table:condition="of:cell-content-is-in-list\(([^"]*)\)"/.exec(validation)?.[1] ?? '').matchAll(/&quot;([^&]*)&quot;/g)].map((word) => word[1]));
    expect(lists).toEqual(
      expect.arrayContaining([
        ['部门整体支出', '项目支出'],
        ['合计', '基本支出', '人员经费', '日常公用经费', '项目支出', '三公经费', '财政拨款', '上年结转', '其他资金', '任务'],
        ['产出指标', '效益指标', '满意度指标'],
      ]),
    );
    expect(lists).toHaveLength(4);
    for (const validation of validations) {
      expect(validation).toContain('table:allow-empty-cell="true"');
      expect(validation).not.toMatch(/<table:error-message[^>]*table:display="true"/);
    }
    // the cells use them
    expect(content.match(/table:content-validation-name="/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('prints each sheet’s header row again at the top of every page', () => {
    const headerRows = [...content.matchAll(/<table:table table:name="([^"]*)"[\s\S]*?<table:table-header-rows>([\s\S]*?)<\/table:table-header-rows>/g)].map((match) => ({
      sheet: match[1],
      rows: match[2].match(/<table:table-row[ >]/g)?.length ?? 0,
      firstHeader: /<text:p>([^<]*)/.exec(match[2])?.[1],
    }));
    expect(headerRows).toEqual([
      { sheet: '基本信息', rows: 1, firstHeader: '项目' },
      { sheet: '预算执行', rows: 1, firstHeader: '资金项目' },
      { sheet: '绩效指标', rows: 1, firstHeader: '任务' },
      { sheet: '评分设置', rows: 1, firstHeader: '参数' },
    ]);
  });
});

describe('the warning links in LibreOffice', () => {
  let work: string;
  let links: string[];

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-lo-links-'));
    const scored = path.join(work, 'project-mof.xlsx');
    const result = await scoreXlsxFile({ input: path.join(SAMPLES_DIR, 'project-mof.xlsx'), output: scored });
    if (result.kind !== 'scored') throw new Error(`project-mof.xlsx did not score: ${result.kind}`);
    const profile = path.join(os.tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'ods', '--outdir', work, scored], { timeout: 120_000, stdio: 'pipe' });
    } finally {
      await fs.rm(profile, { recursive: true, force: true });
    }
    const content = zipEntries(await fs.readFile(path.join(work, 'project-mof.ods'))).find((entry) => entry.name === 'content.xml')!.data().toString('utf8');
    links = [...content.matchAll(/<text:a [^>]*xlink:href="([^"]*)"/g)].map((match) => match[1].replace(/&apos;/g, "'"));
  }, 180_000);

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('reads every link as a cell reference, those to column C included', () => {
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => !/^#'[^']+'\.\$[A-Z]+\$\d+$/.test(link))).toEqual([]);
    expect(links).toContain("#'项目支出绩效自评表'.$C$4");
  });
});

/**
 * A name holding a character XML cannot carry as it is (U+FFFE, pasted from another system; Excel
 * stores it escaped): the scored copy quotes it in 评分结果 and 自评报告, and LibreOffice must still read
 * every text of the file, not show the texts after it blank.
 */
describe('a name holding a character XML cannot carry, in LibreOffice', () => {
  const oddName = '乡村振兴\uFFFE产业对接成功案例';
  let sheets: Map<string, string>;

  beforeAll(async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-lo-xstring-'));
    const profile = path.join(os.tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(SAMPLES_DIR, 'seed-002.xlsx'));
      workbook.getWorksheet('绩效指标')!.getCell('D6').value = oddName;
      const input = path.join(work, 'odd-name.xlsx');
      await workbook.xlsx.writeFile(input);
      const scored = path.join(work, 'scored.xlsx');
      const result = await scoreXlsxFile({ input, output: scored });
      if (result.kind !== 'scored') throw new Error(`the workbook did not score: ${result.kind}`);
      // one CSV per sheet (the filter's last option, -1), UTF-8
      const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', csvFilter, '--outdir', work, scored], { timeout: 120_000, stdio: 'pipe' });
      sheets = new Map();
      for (const sheet of ['评分结果', '自评报告']) sheets.set(sheet, await fs.readFile(path.join(work, `scored-${sheet}.csv`), 'utf8'));
    } finally {
      await fs.rm(profile, { recursive: true, force: true });
      await fs.rm(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('shows 评分结果 whole: its title, its notes and the warning quoting the name', () => {
    const results = sheets.get('评分结果')!;
    expect(results).toContain('2022年度绩效自评评分结果');
    expect(results).toContain('满意度指标');
    expect(results).toContain(`“${oddName}”`);
  });

  it('shows the 自评报告 whole, the name quoted with its character', () => {
    const report = sheets.get('自评报告')!;
    expect(report).toContain('广州市黄埔区工商业联合会');
    expect(report).toContain(oddName);
  });
});
