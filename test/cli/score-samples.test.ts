import { linkSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ReportJson } from '../../src/cli/report-json';
import { SAMPLES_DIR } from '../../scripts/build-samples';
import { exists, runCli, sha256 } from './cli-test-helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function scoreJson(sample: string, extra: string[] = []): Promise<ReportJson> {
  const input = path.join(SAMPLES_DIR, sample);
  const before = await sha256(input);
  const output = path.join(dir, sample.replace('.xlsx', '.scored.xlsx'));
  const run = await runCli(['score', input, '-o', output, '--json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(await sha256(input)).toBe(before);
  return JSON.parse(run.stdout) as ReportJson;
}

const findings = (json: ReportJson) => json.warnings.map((warning) => `${warning.code}@${warning.sheet}!${warning.cell}`);

describe('perf-eval score on seed 000 (武汉市新洲区工商联 2019)', () => {
  let json: ReportJson;
  beforeAll(async () => {
    json = await scoreJson('seed-000.xlsx');
  });

  it('scores 93 of 100, 优, as the published report', () => {
    expect(json.schemaVersion).toBe(1);
    expect(json.unit).toBe('武汉市新洲区工商业联合会');
    expect(json.year).toBe('2019');
    expect(json.evaluationType).toBe('department');
    expect(json.total).toEqual({ score: 93, max: 100, ratio: 0.93, grade: '优', cappedFrom: null });
  });

  it('totals 产出 74 of 80 and 效果 19 of 20', () => {
    expect(json.levels.map((level) => [level.level1, level.points, level.score, level.grade])).toEqual([
      ['产出', 80, 74, '优'],
      ['效果', 20, 19, '优'],
    ]);
  });

  it('lists the nine indicators with their Excel rows, names, scores and status', () => {
    expect(json.indicators.map((indicator) => [indicator.sheet, indicator.row, indicator.name, indicator.score, indicator.status])).toEqual([
      ['绩效指标', 2, '开展主题教育', 10, 'met'],
      ['绩效指标', 3, '党的精神宣传活动', 10, 'met'],
      ['绩效指标', 4, '非公经济人士培训班', 11, 'met'],
      ['绩效指标', 5, '搭建平台服务企业', 14, 'met'],
      ['绩效指标', 6, '创建市“四好”商会及“五好”工商联', 11, 'met'],
      ['绩效指标', 7, '助力招商引资', 9, 'met'],
      ['绩效指标', 8, '开展走访调研活动', 9, 'met'],
      ['绩效指标', 9, '精准扶贫', 9, 'met'],
      ['绩效指标', 10, '慈善公益活动', 10, 'met'],
    ]);
  });

  it('flags the 项目支出 execution rate of 135.8%, computed on the 年初预算数, on its cell', () => {
    const over = json.warnings.find((warning) => warning.code === 'EXECUTION_OVER_100');
    expect(over).toMatchObject({ severity: 'warning', sheet: '预算执行', cell: 'E6' });
    expect(over?.message).toContain('135.8%');
    expect(over?.message).toContain('年初预算数');
  });

  it('reads the budget figures of the seed', () => {
    expect(json.budget).toMatchObject({ executed: 222.48, basic: 189.4, personnel: 169.58, publicUse: 19.82, project: 33.08, projectInitial: 24.36, threePublic: 0.38 });
  });
});

describe('perf-eval score on seed 002 (广州市黄埔区工商联 2022)', () => {
  let json: ReportJson;
  beforeAll(async () => {
    json = await scoreJson('seed-002.xlsx');
  });

  it('scores 95.91, 优, with the budget execution 1,288.38 of 1,291.73 worth 9.97', () => {
    expect(json.total).toMatchObject({ score: 95.91, max: 100, grade: '优' });
    expect(json.budget).toMatchObject({ adjusted: 1291.73, executed: 1288.38, points: 10, score: 9.97, basic: 815.05, project: 473.33 });
  });

  it('gives the three tasks their funds and their indicators counted by type', () => {
    expect(
      json.tasks.map((task) => [task.name, task.funds, task.indicatorCount, task.countsByKind.output, task.countsByKind.benefit, task.countsByKind.satisfaction, task.met]),
    ).toEqual([
      ['工商联业务及海内外联谊工作', 42.52, 6, 3, 2, 1, 5],
      ['区非公有制经济组织党委工作', 52.61, 5, 2, 1, 2, 5],
      ['区“两新”组织党建创新中心工作', 290.17, 8, 5, 2, 1, 8],
    ]);
  });

  it('names the one missed indicator with the reason the unit gave', () => {
    expect(json.tasks[0].missed).toEqual([
      {
        name: '乡村振兴产业对接成功案例',
        reason: '2022 年受新冠病毒疫情影响，会员企业与贵州等地的产业对接事宜暂未达成意向',
        sheet: '绩效指标',
        row: 6,
      },
    ]);
    expect(json.indicators.find((indicator) => indicator.row === 6)).toMatchObject({ status: 'missed', score: 0.94, points: 5 });
    expect(findings(json)).not.toContain('MISSED_NO_REASON@绩效指标!K6');
  });

  it('warns that 95.91 with a missed target may be set too high', () => {
    expect(findings(json)).toContain('SCORE_MAY_BE_INFLATED@null!null');
  });
});

describe('perf-eval score on project-mof (messy values in the MoF layout)', () => {
  let json: ReportJson;
  beforeAll(async () => {
    json = await scoreJson('project-mof.xlsx');
  });

  it('scores 93.5: 产出 49, 效益 26, 满意度 10 and 预算执行 8.5', () => {
    expect(json.evaluationType).toBe('project');
    expect(json.total).toMatchObject({ score: 93.5, max: 100, grade: '优' });
    expect(json.levels.map((level) => [level.level1, level.points, level.score])).toEqual([
      ['产出指标', 50, 49],
      ['效益指标', 30, 26],
      ['满意度指标', 10, 10],
      ['预算执行', 10, 8.5],
    ]);
    expect(json.budget).toMatchObject({ adjusted: 280, executed: 238, executionRate: 0.85, score: 8.5 });
  });

  it('reads operator words, text percentages, full-width digits, durations and a date against 12月底前', () => {
    const byRow = new Map(json.indicators.map((indicator) => [indicator.row, indicator]));
    expect(byRow.get(10)).toMatchObject({ name: '补贴培训人数', status: 'met', score: 10 });
    expect(byRow.get(11)).toMatchObject({ name: '培训课时总数', status: 'met', score: 5 });
    expect(byRow.get(12)).toMatchObject({ name: '培训合格率', status: 'met', score: 10 });
    expect(byRow.get(13)).toMatchObject({ name: '取得职业技能等级证书人员占比', status: 'missed', score: 9, completionRate: 0.9 });
    expect(byRow.get(14)).toMatchObject({ name: '培训补贴资金拨付时限', status: 'met', score: 5 });
    expect(byRow.get(15)).toMatchObject({ name: '年度培训任务完成时间', status: 'met', score: 5 });
    expect(byRow.get(16)).toMatchObject({ name: '人均培训补贴标准', status: 'met', score: 5 });
    expect(byRow.get(18)).toMatchObject({ name: '带动创业人数', status: 'notApplicable', score: null });
    expect(byRow.get(19)).toMatchObject({ name: '培训成果长效机制建立', provisional: true, score: 10, selfScore: null });
    expect(byRow.get(20)).toMatchObject({ name: '参训人员平均月收入增长率', computedScore: 6, selfScore: 8, score: 6 });
  });

  it('raises the warnings its messy values call for, each on its cell', () => {
    expect(findings(json)).toEqual(
      expect.arrayContaining([
        'MISSED_NO_REASON@项目支出绩效自评表!E13',
        'NOT_APPLICABLE_EXCLUDED@项目支出绩效自评表!D18',
        'SCORE_PROVISIONAL@项目支出绩效自评表!G19',
        'SELF_SCORE_DIFFERS@项目支出绩效自评表!G20',
        'EXECUTION_LOW@项目支出绩效自评表!D4',
        'ADJUSTMENT_UNEXPLAINED@项目支出绩效自评表!C4',
      ]),
    );
    expect(json.warnings.every((warning) => warning.message.length > 0 && /[\u4e00-\u9fff]/.test(warning.message))).toBe(true);
  });

  it('reads the "/" filling every cell of its not-applicable row as no self-score, not as an error', () => {
    expect(json.warnings.filter((warning) => warning.cell?.endsWith('18')).map((warning) => warning.code)).toEqual(['NOT_APPLICABLE_EXCLUDED']);
    expect(json.warnings.filter((warning) => warning.severity === 'error')).toEqual([]);
  });

  it('gives the warnings in English with --lang en-US', async () => {
    const english = await scoreJson('project-mof.xlsx', ['--lang', 'en-US']);
    const missed = english.warnings.find((warning) => warning.code === 'MISSED_NO_REASON');
    expect(missed?.message).toMatch(/missed its target/);
    expect(english.total.score).toBe(93.5);
  });
});

describe('the human summary and the scored file', () => {
  it('prints unit, total, grade, warnings by severity and the first warnings with their cells', async () => {
    const output = path.join(dir, 'summary.xlsx');
    const run = await runCli(['score', path.join(SAMPLES_DIR, 'seed-000.xlsx'), '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('武汉市新洲区工商业联合会 2019 年度部门整体支出绩效自评');
    expect(run.stdout).toContain('总分 93 / 100（得分比 93%），综合评价：优');
    expect(run.stdout).toContain('分项：产出 74/80；效果 19/20');
    expect(run.stdout).toMatch(/提示：错误 0 条，警告 \d+ 条，信息 \d+ 条/);
    expect(run.stdout).toContain('[警告] 预算执行!E6');
    expect(run.stdout).toContain(`已写入 ${output}`);
  });

  it('says the same in English with --lang en-US', async () => {
    const run = await runCli(['score', path.join(SAMPLES_DIR, 'seed-002.xlsx'), '-o', path.join(dir, 'en.xlsx'), '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('total 95.91 / 100 (96%), grade: 优');
    expect(run.stdout).toContain('budget: 1,291.73 (10k yuan) budgeted, 1,288.38 spent, execution 99.7%');
    expect(run.stdout).toMatch(/warnings: \d+ errors, \d+ warnings, \d+ notes/);
  });

  it('writes the scored copy beside the input as NAME.scored.xlsx when no -o is given', async () => {
    const input = path.join(dir, '自评 2022.xlsx');
    await fs.copyFile(path.join(SAMPLES_DIR, 'seed-002.xlsx'), input);
    const run = await runCli(['score', input]);
    expect(run.code).toBe(0);
    expect(await exists(path.join(dir, '自评 2022.scored.xlsx'))).toBe(true);
  });

  it('writes the results beside the tables and the 评分结果 and 自评报告 sheets into the copy', async () => {
    const output = path.join(dir, 'seed-002.scored.xlsx');
    await runCli(['score', path.join(SAMPLES_DIR, 'seed-002.xlsx'), '-o', output]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['基本信息', '预算执行', '绩效指标', '评分结果', '自评报告']));
    const indicators = workbook.getWorksheet('绩效指标')!;
    const header = (indicators.getRow(1).values as unknown[]).filter((value) => typeof value === 'string');
    expect(header.slice(-4)).toEqual(['完成率', '计算得分', '状态', '提示']);
    const scoreColumn = header.indexOf('计算得分') + 1;
    expect(indicators.getCell(6, scoreColumn).value).toBe(0.94);
    expect(indicators.getCell(6, 4).value).toBe('乡村振兴产业对接成功案例');
  });

  it('refuses to write over its input', async () => {
    const input = path.join(dir, 'same.xlsx');
    await fs.copyFile(path.join(SAMPLES_DIR, 'seed-000.xlsx'), input);
    const before = await sha256(input);
    const run = await runCli(['score', input, '-o', path.join(dir, '.', 'same.xlsx')]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('输出文件不能与输入文件相同：输入文件从不修改\n');
    expect(await sha256(input)).toBe(before);
  });

  it('refuses to write over its input under another name of the same file (a hard link), for score and report', async () => {
    const input = path.join(dir, 'linked.xlsx');
    const other = path.join(dir, 'linked-too.xlsx');
    await fs.copyFile(path.join(SAMPLES_DIR, 'seed-000.xlsx'), input);
    linkSync(input, other);
    const before = await sha256(input);
    for (const argv of [['score', input, '-o', other], ['report', input, '-o', other]]) {
      const run = await runCli(argv);
      expect(run).toEqual({ code: 2, stdout: '', stderr: '输出文件不能与输入文件相同：输入文件从不修改\n' });
      expect(await sha256(input)).toBe(before);
    }
  });
});
