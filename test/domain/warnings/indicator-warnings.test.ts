/**
 * Each indicator, structure and credibility warning: one table that raises it (at the cell it is
 * about) and one that must not. Columns of the test table: A 一级 B 二级 C 三级 D 指标性质 E 年度指标值
 * F 度量单位 G 实际完成值 H 分值 I 自评得分 J 偏差原因; the first indicator is on row 2.
 */
import { evaluate } from '../../../src/domain/evaluate';
import type { EvaluationReport, WarningCode } from '../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { basicInfo, budgetRows, indicatorRows, seed002Input } from '../../fixtures/seeds';
import { evaluateTable, warningsOf, type Row, type TableOptions } from '../scoring/evaluate-table';

interface Case {
  code: WarningCode;
  raises: { rows: Row[]; options?: TableOptions; cells: Array<string | null> };
  doesNot: { rows: Row[]; options?: TableOptions };
}

const met = (extra: Partial<Row> = {}): Row => ({ target: '≥100', actual: 100, ...extra });
const fullTable = (points = 10) => [
  { level1: '产出', target: '≥100', actual: 100, points },
  { level1: '效益', target: '≥100', actual: 100, points },
  { level1: '满意度', target: '≥90%', actual: '95%', points },
];
const withCaps = { executionCaps: { ...DEFAULT_SCHEME.executionCaps, enabled: true } };

const CASES: Case[] = [
  { code: 'TARGET_UNREADABLE', raises: { rows: [{ target: '90-95%', actual: 92 }], cells: ['E2'] }, doesNot: { rows: [{ target: '≥90%', actual: 92 }] } },
  { code: 'ACTUAL_UNREADABLE', raises: { rows: [{ target: '≥90%', actual: '良好' }], cells: ['G2'] }, doesNot: { rows: [{ target: '≥90%', actual: '92%' }] } },
  { code: 'ACTUAL_MISSING', raises: { rows: [{ target: '≥90%', actual: null }], cells: ['G2'] }, doesNot: { rows: [{ target: '≥90%', actual: 0 }] } },
  {
    code: 'POINTS_INVALID',
    raises: { rows: [met({ points: '十分' }), met({ points: null }), met({ points: 0 }), met({ selfScore: 'abc' }), met({ points: 1e300 })], cells: ['H2', 'H3', 'H4', 'I5', 'H6'] },
    // "/" in 自评得分: no self-score, on a row that does not apply (as MOF tables fill it) or one that does
    doesNot: { rows: [met({ points: '10分', selfScore: '10' }), { target: '/', actual: '/', points: '/', selfScore: '/' }, met({ selfScore: '/' })] },
  },
  { code: 'TARGET_ZERO', raises: { rows: [{ target: '≥0', actual: 4 }], cells: ['E2'] }, doesNot: { rows: [{ target: '≥1', actual: 4 }, { target: '≤0', actual: 0 }] } },
  {
    code: 'UNIT_MISMATCH',
    raises: { rows: [{ target: '≥4个', actual: '80人次' }, { target: '≥50万元', actual: '480000元' }], cells: ['G2', 'G3'] },
    doesNot: { rows: [{ target: '≥20场次', actual: '22场' }, { target: '≥50', unit: '万元', actual: 51 }] },
  },
  { code: 'PLACEHOLDER', raises: { rows: [{ target: '*', actual: '*' }, met({ points: '*' })], cells: ['E2', 'G2', 'H3'] }, doesNot: { rows: [{ target: '达成', actual: '达成', selfScore: 10 }] } },
  {
    code: 'DUPLICATE_INDICATOR',
    raises: { rows: [met({ level3: '培训场次' }), met({ level3: '培训场次' })], cells: ['C3'] },
    doesNot: {
      rows: [met({ task: '任务一', level3: '培训场次' }), met({ task: '任务二', level3: '培训场次' })],
      options: { layout: { withTask: true } },
    },
  },
  {
    code: 'VALUE_INTERPRETED',
    raises: { rows: [{ target: '≥95%', unit: '', actual: 96 }, { target: '95', actual: 96 }], cells: ['G2', 'D3'] },
    doesNot: { rows: [{ target: '≥95', unit: '%', actual: 96 }, { target: '≥95%', actual: '96%' }] },
  },
  { code: 'NOT_APPLICABLE_EXCLUDED', raises: { rows: [{ target: '不适用', actual: '/' }, { target: '≥1', actual: '—' }], cells: ['E2', 'G3'] }, doesNot: { rows: [met()] } },
  {
    code: 'MISSED_NO_REASON',
    raises: { rows: [{ target: '≥100', actual: 99 }, { target: '达成', actual: '部分达成', selfScore: 7 }, { target: '≤5', actual: 6 }], cells: ['G2', 'G3', 'G4'] },
    doesNot: { rows: [{ target: '≥100', actual: 99, reason: '受疫情影响延期。' }, { target: '≥100', actual: 100 }, { target: '≤5', actual: 5 }] },
  },
  {
    code: 'OVERACHIEVED_NO_REASON',
    // 11.7 / 9 is 1.3 exactly, though 1.2999999999999998 in binary
    raises: { rows: [{ target: '≥100', actual: 130 }, { target: '≥9', actual: 11.7 }, { target: '≥1.1万元', actual: '1.43万元' }, { target: '≥100名', actual: '130人' }], cells: ['G2', 'G3', 'G4', 'G5'] },
    doesNot: { rows: [{ target: '≥100', actual: 129.9 }, { target: '≥9', actual: 11.69 }, { target: '≥100', actual: 200, reason: '目标设置偏低。' }, { target: '≤100', actual: 10 }] },
  },
  {
    code: 'LOW_COMPLETION',
    raises: { rows: [{ target: '≥100', actual: 59.9, reason: '原因' }, { target: '≤3', actual: 5.01, reason: '原因' }], cells: ['G2', 'G3'] },
    // 4.02 / 6.7 is 0.6 exactly, though 0.5999999999999999 in binary; 3 / 5 for a ≤ indicator
    doesNot: { rows: [{ target: '≥100', actual: 60, reason: '原因' }, { target: '≥6.7', actual: 4.02, reason: '原因' }, { target: '≤3', actual: 5, reason: '原因' }] },
  },
  { code: 'EQUALITY_MISMATCH', raises: { rows: [{ target: '=100%', actual: '98%' }], cells: ['G2'] }, doesNot: { rows: [{ target: '=100%', actual: '100%' }] } },
  {
    code: 'SELF_SCORE_DIFFERS',
    // 9.104 against 9 is 0.104 apart, above 0.1 though it rounds to 0.1
    raises: { rows: [{ target: '≥100', actual: 90, selfScore: 10, reason: '原因' }, { target: '≥100', actual: 90, selfScore: 9.104, reason: '原因' }], cells: ['I2', 'I3'] },
    // 1.1 against 1 is 0.1 apart exactly (0.10000000000000009 in binary)
    doesNot: { rows: [{ target: '≥100', actual: 90, selfScore: 9.1, reason: '原因' }, { target: '达成', actual: '达成', selfScore: 8.5 }, { target: '≥100', actual: 10, selfScore: 1.1, reason: '原因' }] },
  },
  { code: 'SCORE_ABOVE_POINTS', raises: { rows: [met({ selfScore: 12 })], cells: ['I2'] }, doesNot: { rows: [met({ selfScore: 10 })] } },
  {
    code: 'SCORE_OUTSIDE_BAND',
    raises: { rows: [{ target: '达成', actual: '达成', selfScore: 7 }, { target: '达成', actual: '部分达成', selfScore: 8, reason: '原因' }], cells: ['I2', 'I3'] },
    doesNot: { rows: [{ target: '达成', actual: '达成', selfScore: 8 }, { target: '达成', actual: '未达成', selfScore: 5.99, reason: '原因' }] },
  },
  { code: 'SCORE_PROVISIONAL', raises: { rows: [{ target: '达成', actual: '达成' }], cells: ['I2'] }, doesNot: { rows: [{ target: '达成', actual: '达成', selfScore: 10 }] } },
  {
    code: 'OVERACHIEVEMENT_DEDUCTED',
    raises: { rows: [{ target: '≥100', actual: 130, reason: '原因' }], options: { scheme: { overAchievement: { threshold: 1.3, deductionEnabled: true, deductionPoints: 2 } } }, cells: ['G2'] },
    doesNot: { rows: [{ target: '≥100', actual: 130, reason: '原因' }] },
  },
  {
    code: 'TOTAL_CAPPED',
    raises: {
      rows: [met({ points: 90 })],
      options: { scheme: withCaps, budget: budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 75, points: 10 }]) },
      cells: [null],
    },
    doesNot: { rows: [met({ points: 90 })], options: { scheme: withCaps, budget: budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 95, points: 10 }]) } },
  },
  { code: 'POINTS_TOTAL_MISMATCH', raises: { rows: fullTable(30), cells: [null] }, doesNot: { rows: [...fullTable(30), met({ points: 10 })] } },
  {
    code: 'WEIGHTS_DIFFER_FROM_REFERENCE',
    raises: { rows: [met({ level1: '产出', points: 60 }), met({ level1: '效益', points: 20 }), met({ level1: '满意度', points: 20 })], options: { evaluationType: 'project' }, cells: [null, null, null, null] },
    doesNot: { rows: [met({ level1: '产出', points: 60 }), met({ level1: '效益', points: 20 }), met({ level1: '满意度', points: 20 })], options: { evaluationType: 'department' } },
  },
  {
    code: 'LEVEL1_MISSING',
    raises: { rows: [met({ level1: '产出' }), met({ level1: '效益' })], options: { evaluationType: 'project' }, cells: [null] },
    doesNot: { rows: fullTable() },
  },
  {
    code: 'OUTPUT_HEAVY',
    raises: { rows: [...Array.from({ length: 5 }, () => met({ level1: '产出' })), met({ level1: '效益' }), met({ level1: '效益' })], cells: [null] },
    doesNot: { rows: [...Array.from({ length: 4 }, () => met({ level1: '产出' })), met({ level1: '效益' })] },
  },
  {
    code: 'COST_WITH_GTE',
    // at the cell that holds the ≥: 指标性质, or the target when that is where it was written
    raises: { rows: [{ level2: '成本指标', comparator: '≥', target: '50', unit: '万元', actual: 48 }, { level2: '成本指标', target: '≥50万元', actual: '48万元' }], cells: ['D2', 'E3'] },
    // with no direction written, a cost is scored ≤: nobody wrote the ≥ the warning would blame
    doesNot: { rows: [{ level2: '成本指标', comparator: '≤', target: '50', unit: '万元', actual: 48 }, { level2: '成本指标', target: '100万元', actual: '90万元' }] },
  },
  {
    code: 'PERCENT_TARGET_ABOVE_100',
    raises: { rows: [{ target: '≥120%', actual: '125%' }], cells: ['E2'] },
    doesNot: { rows: [{ target: '≥100%', actual: '100%' }, { target: '≤120%', actual: '110%' }] },
  },
  {
    code: 'SCORE_MAY_BE_INFLATED',
    raises: { rows: [met({ points: 96 }), { target: '≥100', actual: 50, points: 4, reason: '原因' }], cells: [null] },
    doesNot: { rows: [met({ points: 96 }), met({ points: 4 })] },
  },
];

describe.each(CASES)('$code', ({ code, raises, doesNot }) => {
  it('is raised, at the cell it is about', () => {
    const report = evaluateTable(raises.rows, raises.options);
    expect(warningsOf(report, code).map((w) => w.cell)).toEqual(raises.cells);
    for (const warning of warningsOf(report, code)) {
      expect(warning.message['zh-CN']).not.toBe(code);
      expect(warning.message['en-US']).not.toBe('');
    }
  });

  it('is not raised where it does not apply', () => {
    expect(warningsOf(evaluateTable(doesNot.rows, doesNot.options), code)).toEqual([]);
  });
});

describe('warnings in detail', () => {
  it('scores a unit mismatch only when it is a money conversion', () => {
    const report = evaluateTable([{ target: '≥4个', actual: '80人次' }, { target: '≥50万元', actual: '480000元' }]);
    expect(report.indicators.map((i) => [i.status, i.computedScore])).toEqual([
      ['invalid', null],
      ['missed', 9.6],
    ]);
    expect(warningsOf(report, 'UNIT_MISMATCH').map((w) => w.params.scored)).toEqual(['no', 'yes']);
  });

  it('scores a percentage with a word glued to it, saying which word was left out', () => {
    const report = evaluateTable([
      { target: '≥100%', actual: '100%完成' },
      { target: '≥95%满意度', actual: '96%' },
      { target: 95, actual: '90%满意' },
    ]);
    expect(report.indicators.map((i) => [i.status, i.computedScore])).toEqual([
      ['met', 10],
      ['met', 10],
      ['missed', 9.47],
    ]);
    expect(warningsOf(report, 'UNIT_MISMATCH')).toEqual([]);
    const ignored = warningsOf(report, 'VALUE_INTERPRETED').filter((w) => String(w.params.what).endsWith('TextIgnored'));
    expect(ignored.map((w) => [w.cell, w.params.from, w.params.to])).toEqual([
      ['G2', '完成', '100%'],
      ['E3', '满意度', '≥95%'],
      ['G4', '满意', '90%'],
    ]);
    expect(ignored[1].message['zh-CN']).toBe('指标“指标2”：年度指标值中数值后的“满意度”不是单位，已忽略，按“≥95%”计分。');
  });

  it('gives each unreadable value its own reason, in both languages', () => {
    const report = evaluateTable([
      { target: '满意度≥95%', actual: '96%' },
      { target: '≥95%', actual: '约95%' },
      { target: '12月前', actual: '11月30日' },
      { target: '≥95%', actual: '95%不到' },
      { target: '≥95%以下', actual: '96%' },
    ]);
    const problems = [...warningsOf(report, 'TARGET_UNREADABLE'), ...warningsOf(report, 'ACTUAL_UNREADABLE')].map((w) => [w.cell, w.params.problem]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['E2', 'textBeforeNumber'],
        ['G3', 'approximate'],
        ['E4', 'unclearDate'],
        ['G5', 'textAfterNumber'],
        ['E6', 'conflictingDirection'],
      ]),
    );
    for (const w of [...warningsOf(report, 'TARGET_UNREADABLE'), ...warningsOf(report, 'ACTUAL_UNREADABLE')]) {
      expect(w.message['zh-CN']).not.toContain('单位无法识别');
      expect(w.message['en-US']).not.toContain('unit that cannot be read');
    }
    expect(warningsOf(report, 'TARGET_UNREADABLE')[0].message['zh-CN']).toBe(
      '指标“指标1”的年度指标值“满意度≥95%”的数值前有其他文字，请只填写方向、数值和单位（如“≥95%”），说明可写在偏差原因栏，该指标未计分。',
    );
  });

  it('makes a bare number read as a percentage a warning, naming both readings, when the other reading scores far apart', () => {
    const report = evaluateTable([
      { target: '≤5%', actual: 0.8 },
      { target: '≥95%', actual: 1.05 },
      { target: '≥95%', actual: 0.96 },
      { target: '≥95%', actual: 96 },
      { target: '≤5%', actual: 4 },
    ]);
    expect(report.indicators.map((i) => i.computedScore)).toEqual([0.63, 0.11, 10, 10, 10]);
    const notes = warningsOf(report, 'VALUE_INTERPRETED').map((w) => [w.cell, w.severity, w.params.other ?? null]);
    expect(notes).toEqual([
      ['G2', 'warning', '0.8%'],
      ['G3', 'warning', '105%'],
      ['G4', 'info', null],
      ['G5', 'info', null],
      ['G6', 'info', null],
    ]);
    const first = warningsOf(report, 'VALUE_INTERPRETED')[0].message;
    expect(first['zh-CN']).toBe('指标“指标1”：实际完成值 0.8 看作比例，已按 80% 计分，得 0.63 分；若按 0.8% 计则得 10 分，两种理解得分相差较大，请在单元格中写明单位（%）后核实。');
    expect(first['en-US']).toContain('read as 0.8% it would score 10');
  });

  it('scores a target in the direction its number format shows ("≤"0% shows 0.05 as ≤5%)', () => {
    const report = evaluateTable([{ target: { value: 0.05, numberFormat: '"≤"0%' }, actual: { value: 0.08, numberFormat: '0%' } }]);
    expect(report.indicators[0]).toMatchObject({ comparator: 'lte', status: 'missed', computedScore: 6.25 });
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => w.params.what)).not.toContain('comparatorDefault');
  });

  it('reads points written as a percentage as that share of the total, with a note', () => {
    const report = evaluateTable([
      { target: '≥100', actual: 100, points: { value: 0.1, numberFormat: '0%' } },
      { target: '≥100', actual: 50, points: '７%' },
      { target: '≥100', actual: 100, points: 10, selfScore: { value: 8, numberFormat: '0%' } },
    ], { layout: { withSelfScore: true } });
    expect(report.indicators.map((i) => [i.points, i.computedScore])).toEqual([
      [10, 10],
      [7, 3.5],
      [10, 10],
    ]);
    expect(report.indicators[2].selfScore).toBe(8);
    expect(warningsOf(report, 'POINTS_INVALID')).toEqual([]);
    const notes = warningsOf(report, 'VALUE_INTERPRETED').filter((w) => w.params.what === 'pointsFromPercent');
    expect(notes.map((w) => [w.cell, w.severity, w.params.from, w.params.to])).toEqual([
      ['H2', 'info', '10%', 10],
      ['H3', 'info', '７%', 7],
    ]);
    expect(notes[0].message['zh-CN']).toBe('指标“指标1”：分值“10%”为百分比，已按总分 100 分的 10% 计为 10 分。');
  });

  it('names units in a unit mismatch and in the reported values as typed, not canonical', () => {
    const report = evaluateTable([{ target: '≤5个工作日', actual: '4天' }, { target: '≥100名', actual: '120人' }]);
    expect(warningsOf(report, 'UNIT_MISMATCH').map((w) => [w.params.targetUnit, w.params.actualUnit])).toEqual([['个工作日', '天']]);
    expect(report.indicators[1].status).toBe('met');
    expect([report.indicators[1].target, report.indicators[1].actual].map((v) => (v.kind === 'quantity' ? v.unit : v.kind))).toEqual(['名', '人']);
  });

  it('makes LEVEL1_MISSING a warning for a project evaluation and information for a department', () => {
    const rows = [met({ level1: '产出' }), met({ level1: '满意度' })];
    expect(warningsOf(evaluateTable(rows, { evaluationType: 'project' }), 'LEVEL1_MISSING').map((w) => [w.severity, w.params.dimension])).toEqual([['warning', 'benefit']]);
    expect(warningsOf(evaluateTable(rows, { evaluationType: 'department' }), 'LEVEL1_MISSING').map((w) => w.severity)).toEqual(['info']);
  });

  it('never compares a department with the 项目支出 reference weights, even when a budget line carries points', () => {
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 100, points: 10 }]);
    const heavy = [met({ level1: '产出', points: 60 }), met({ level1: '效益', points: 20 }), met({ level1: '满意度', points: 10 })];
    expect(warningsOf(evaluateTable(heavy, { budget, evaluationType: 'department' }), 'WEIGHTS_DIFFER_FROM_REFERENCE')).toEqual([]);
    expect(warningsOf(evaluate(seed002Input(), DEFAULT_SCHEME), 'WEIGHTS_DIFFER_FROM_REFERENCE')).toEqual([]);
  });

  it('compares level-1 weights for a project, and where 评价类型 is not given when a budget line carries points', () => {
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 100, points: 10 }]);
    const rows = [met({ level1: '产出', points: 50 }), met({ level1: '效益', points: 30 }), met({ level1: '满意度', points: 10 })];
    expect(warningsOf(evaluateTable(rows, { budget, evaluationType: 'project' }), 'WEIGHTS_DIFFER_FROM_REFERENCE')).toEqual([]);
    const heavy = [met({ level1: '产出', points: 60 }), met({ level1: '效益', points: 20 }), met({ level1: '满意度', points: 10 })];
    const differences = (report: EvaluationReport) =>
      warningsOf(report, 'WEIGHTS_DIFFER_FROM_REFERENCE').map((w) => [w.params.dimension, w.params.actual, w.params.reference]);
    expect(differences(evaluateTable(heavy, { budget, evaluationType: 'project' }))).toEqual([
      ['output', 60, 50],
      ['benefit', 20, 30],
    ]);
    // 评价类型 left blank (evaluateTable would fill in 部门整体)
    const untyped = (budgetLines: typeof budget) =>
      evaluate({ info: basicInfo({ unitName: '测试单位' }, null), indicators: indicatorRows(heavy.map((row, i) => ({ level1: '产出', level3: `指标${i + 1}`, points: 10, ...row }))), budget: budgetLines }, DEFAULT_SCHEME);
    expect(differences(untyped(budget))).toEqual([
      ['output', 60, 50],
      ['benefit', 20, 30],
    ]);
    expect(differences(untyped([]))).toEqual([]);
  });

  it('counts the budget line in the points total', () => {
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 100, points: 10 }]);
    expect(warningsOf(evaluateTable(fullTable(30), { budget }), 'POINTS_TOTAL_MISMATCH')).toEqual([]);
  });

  it('prints a completion rate under 60% as under it: 5,999 of 10,000 is 59.99%, not 60%', () => {
    const report = evaluateTable([{ target: '≥10000人次', actual: '5999人次', reason: '原因' }]);
    const low = report.warnings.find((w) => w.code === 'LOW_COMPLETION');
    expect(low?.params.percent).toBe('59.99%');
    expect(low?.message['zh-CN']).toContain('59.99%');
    expect(evaluateTable([{ target: '≥100', actual: 55.55, reason: '原因' }]).warnings.find((w) => w.code === 'LOW_COMPLETION')?.params.percent).toBe('55.6%');
  });

  it('quotes a late deadline\'s answer as the user typed it (逾期, 未按时完成), not as 否', () => {
    const report = evaluateTable([{ target: '12月底前', actual: '逾期' }, { target: '12月底前', actual: '未按时完成' }]);
    expect(warningsOf(report, 'MISSED_NO_REASON').map((w) => w.params.actual)).toEqual(['逾期', '未按时完成']);
    expect(warningsOf(report, 'MISSED_NO_REASON')[0].message['zh-CN']).toContain('实际 逾期');
  });

  it('warns, naming both, when 指标性质 contradicts the target\'s own sign, and scores by the column', () => {
    const report = evaluateTable([
      { comparator: '反向', target: '≥95%', actual: '90%' },
      { comparator: '≤', target: '≥95%', actual: '90%' },
      { comparator: '正向', target: '≤5天', actual: '3天', reason: '原因' },
      { comparator: '正向', target: '≥95%', actual: '96%' },
      { comparator: '=', target: '≥95%', actual: '96%' },
    ]);
    const contradicted = warningsOf(report, 'VALUE_INTERPRETED').filter((w) => w.params.what === 'comparatorContradicted');
    expect(contradicted.map((w) => [w.cell, w.severity, w.params.from, w.params.to, w.params.sign])).toEqual([
      ['D2', 'warning', '反向', '≥95%', '≤'],
      ['D3', 'warning', '≤', '≥95%', '≤'],
      ['D4', 'warning', '正向', '≤5天', '≥'],
    ]);
    expect(contradicted[0].message['zh-CN']).toBe('指标“指标1”：指标性质“反向”与年度指标值“≥95%”自带的方向相反，已按指标性质“≤”计分，请核实哪一个有误。');
    expect(report.indicators.map((i) => i.comparator)).toEqual(['lte', 'lte', 'gte', 'gte', 'eq']);
  });

  it('raises SCORE_MAY_BE_INFLATED for a high total with execution below 90%', () => {
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 85, points: 2 }]);
    const report = evaluateTable([met({ points: 98 })], { budget });
    expect(report.total.score).toBe(99.7);
    expect(warningsOf(report, 'SCORE_MAY_BE_INFLATED').map((w) => w.params.executionRate)).toEqual(['85%']);
    expect(warningsOf(report, 'SCORE_MAY_BE_INFLATED')[0].message['zh-CN']).toContain('严禁刻意抬高分数');
    const justUnder = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 89.99, points: 2 }]);
    expect(warningsOf(evaluateTable([met({ points: 98 })], { budget: justUnder }), 'SCORE_MAY_BE_INFLATED').map((w) => w.params.executionRate)).toEqual(['89.99%']);
  });

  it('points OUTPUT_HEAVY for seed 002 at task 3’s first 任务 cell', () => {
    const heavy = warningsOf(evaluate(seed002Input()), 'OUTPUT_HEAVY');
    expect(heavy.map((w) => [w.cell, w.params.output, w.params.benefit])).toEqual([['A13', 5, 2]]);
  });

  it('makes a unit mismatch it cannot score an error, one it converted a warning', () => {
    const report = evaluateTable([{ target: '≥4个', actual: '80人次' }, { target: '≥50万元', actual: '480000元' }]);
    expect(warningsOf(report, 'UNIT_MISMATCH').map((w) => [w.cell, w.severity])).toEqual([
      ['G2', 'error'],
      ['G3', 'warning'],
    ]);
    expect(report.indicators.map((indicator) => indicator.status)).toEqual(['invalid', 'missed']);
  });

  it('does not score points above the total: no indicator is worth more than all of them', () => {
    const report = evaluateTable([met({ points: 150 })]);
    expect(warningsOf(report, 'POINTS_INVALID')[0].message['zh-CN']).toBe('指标“指标1”的分值“150”大于总分，该指标未计分。');
    expect(report.indicators[0].status).toBe('invalid');
  });

  it('explains every problem of one row, not only the first', () => {
    const report = evaluateTable([{ target: '90-95%', actual: '良好', points: '十分' }]);
    expect(report.warnings.filter((w) => w.cell !== null).map((w) => [w.code, w.cell])).toEqual([
      ['TARGET_UNREADABLE', 'E2'],
      ['ACTUAL_UNREADABLE', 'G2'],
      ['POINTS_INVALID', 'H2'],
    ]);
    expect(report.indicators[0].status).toBe('invalid');
  });
});

describe('MISSED_NO_REASON and OVERACHIEVED_NO_REASON name the reason column as the table heads it', () => {
  const rows: Row[] = [
    { level3: '培训场次', target: '≥100', actual: 90 },
    { level3: '服务人次', target: '≥100', actual: 150 },
  ];
  const messages = (report: EvaluationReport, locale: 'zh-CN' | 'en-US') =>
    (['MISSED_NO_REASON', 'OVERACHIEVED_NO_REASON'] as const).map((code) => warningsOf(report, code)[0]?.message[locale]);

  it('asks for the reason in “偏差原因” where the table heads its reason column so', () => {
    const report = evaluateTable(rows, { layout: { reasonHeader: '偏差原因' } });
    expect(messages(report, 'zh-CN')).toEqual([
      '指标“培训场次”未达到年度指标值（目标 ≥100，实际 90），请在“偏差原因”中写明未完成原因及改进措施。',
      '指标“服务人次”实际完成值 150 达到目标 ≥100 的 150%，超出较多，可能是目标值设置偏低，请在“偏差原因”中说明原因。',
    ]);
    expect(messages(report, 'en-US')).toEqual([
      'Indicator “培训场次” missed its target (target ≥100, actual 90); please give the reason for the deviation and the measures taken in the reason column (偏差原因).',
      'Indicator “服务人次” reached 150% of its target (actual 150, target ≥100); the target may have been set too low. Please explain in the reason column (偏差原因).',
    ]);
    expect(warningsOf(report, 'MISSED_NO_REASON')[0].params).toMatchObject({ reasonHeader: '偏差原因' });
    expect(warningsOf(report, 'MISSED_NO_REASON')[0].params).not.toHaveProperty('reasonColumn');
  });

  it('says so, and where to add one, where the table has no reason column', () => {
    const report = evaluateTable(rows, { layout: { withReason: false } });
    expect(messages(report, 'zh-CN')).toEqual([
      '指标“培训场次”未达到年度指标值（目标 ≥100，实际 90），本表没有偏差原因栏，请在实际完成值一栏之后插入一列“偏差原因分析及改进措施”并写明未完成原因及改进措施。',
      '指标“服务人次”实际完成值 150 达到目标 ≥100 的 150%，超出较多，可能是目标值设置偏低，本表没有偏差原因栏，请在实际完成值一栏之后插入一列“偏差原因分析及改进措施”并说明原因。',
    ]);
    expect(messages(report, 'en-US')).toEqual([
      'Indicator “培训场次” missed its target (target ≥100, actual 90); this table has no reason column: please insert one headed 偏差原因分析及改进措施 after the actual values (实际完成值) and give the reason for the deviation and the measures taken there.',
      'Indicator “服务人次” reached 150% of its target (actual 150, target ≥100); the target may have been set too low. This table has no reason column: please insert one headed 偏差原因分析及改进措施 after the actual values (实际完成值) and explain there.',
    ]);
    expect(warningsOf(report, 'OVERACHIEVED_NO_REASON')[0].params).toMatchObject({ reasonColumn: 0 });
    expect(warningsOf(report, 'OVERACHIEVED_NO_REASON')[0].params).not.toHaveProperty('reasonHeader');
  });

  it('names the standard column 偏差原因分析及改进措施 where the table has it', () => {
    const report = evaluateTable(rows);
    expect(messages(report, 'zh-CN')).toEqual([
      '指标“培训场次”未达到年度指标值（目标 ≥100，实际 90），请填写偏差原因分析及改进措施。',
      '指标“服务人次”实际完成值 150 达到目标 ≥100 的 150%，超出较多，可能是目标值设置偏低，请在“偏差原因分析及改进措施”中说明原因。',
    ]);
    expect(messages(report, 'en-US')[1]).toContain('Please explain in the reason column (偏差原因分析及改进措施).');
    expect(Object.keys(warningsOf(report, 'MISSED_NO_REASON')[0].params)).toEqual(['indicator', 'row', 'target', 'actual']);
  });
});
