import fc from 'fast-check';
import { emptyTimings, evaluate, EVALUATION_STAGES, gradeFor } from '../../src/domain/evaluate';
import type { CellScalar, EvaluationInput } from '../../src/domain/model';
import { DEFAULT_SCHEME } from '../../src/domain/scheme/defaults';
import { basicInfo, budgetRows, indicatorRows, percentCell, SEED_000_SCORING_TABLE, seed000Input, seed002Input, SEED_002_TASKS } from '../fixtures/seeds';
import { evaluateTable, warningsOf } from './scoring/evaluate-table';

describe('evaluate: seed 000 (新洲区工商联 2019, nine qualitative indicators, all 达成)', () => {
  const report = evaluate(seed000Input());

  it('reproduces the seed scoring table: 产出 74 of 80, 效果 19 of 20, 93 in total, 93%, 优', () => {
    expect(report.levels.map((l) => [l.level1, l.kind, l.points, l.score, l.ratio, l.grade, l.indicatorCount])).toEqual([
      ['产出', 'output', 80, 74, 0.925, '优', 7],
      ['效果', 'benefit', 20, 19, 0.95, '优', 2],
    ]);
    expect(report.total).toEqual({ score: 93, max: 100, ratio: 0.93, grade: '优', cappedFrom: null });
  });

  it('keeps every in-band self-score as the computed score, with no band or self-score warning', () => {
    expect(report.indicators.map((i) => i.computedScore)).toEqual(SEED_000_SCORING_TABLE.map((line) => line.selfScore));
    expect(report.indicators.every((i) => i.status === 'met' && !i.provisional && i.comparator === 'qualitative')).toBe(true);
    expect(warningsOf(report, 'SCORE_OUTSIDE_BAND')).toEqual([]);
    expect(warningsOf(report, 'SELF_SCORE_DIFFERS')).toEqual([]);
    expect(warningsOf(report, 'SCORE_PROVISIONAL')).toEqual([]);
  });

  it('flags the 项目支出 line executed at 135.8% of its 年初 budget', () => {
    expect(warningsOf(report, 'EXECUTION_OVER_100').map((w) => [w.sheet, w.cell])).toEqual([['预算执行', 'E6']]);
    expect(report.budget?.projectExecutionRate).toBeCloseTo(1.358, 3);
  });

  it('has no budget level: the seed scores no budget line', () => {
    expect(report.levels.some((l) => l.kind === 'budget')).toBe(false);
  });

  it('notes the missing 满意度 dimension as information only: it is a department evaluation', () => {
    expect(warningsOf(report, 'LEVEL1_MISSING').map((w) => [w.severity, w.params.dimension])).toEqual([['info', 'satisfaction']]);
  });
});

describe('evaluate: default budget points only where the indicators leave room', () => {
  it('keeps a department scored out of 100 when its indicators carry 100 and the budget has figures but no 分值', () => {
    const input = { ...seed000Input(), budget: budgetRows([{ name: '支出总额', category: 'total', adjusted: 230, executed: 222.48 }]) };
    const report = evaluate(input);
    expect(report.total).toMatchObject({ score: 93, max: 100, grade: '优' });
    expect(report.warnings.map((warning) => warning.code)).not.toContain('POINTS_TOTAL_MISMATCH');
  });

  it('adds the default 10 points when the indicators total 90', () => {
    const input = { ...seed000Input(), budget: budgetRows([{ name: '支出总额', category: 'total', adjusted: 230, executed: 222.48 }]) };
    input.indicators = input.indicators.filter((row) => row.level3 !== '精准扶贫');
    const report = evaluate(input);
    expect(report.total.max).toBe(100);
    expect(report.budget).toMatchObject({ points: 10, score: 9.67 });
  });
});

describe('evaluate: seed 002 (黄埔区工商联 2022, three tasks)', () => {
  const report = evaluate(seed002Input());

  it('summarises each task with its funds, its indicator counts by dimension and its missed indicator', () => {
    expect(report.tasks.map((t) => [t.name, t.funds, t.indicatorCount, t.countsByKind.output, t.countsByKind.benefit, t.countsByKind.satisfaction, t.met])).toEqual([
      [SEED_002_TASKS.business, 42.52, 6, 3, 2, 1, 5],
      [SEED_002_TASKS.partyCommittee, 52.61, 5, 2, 1, 2, 5],
      [SEED_002_TASKS.innovationCentre, 290.17, 8, 5, 2, 1, 8],
    ]);
    expect(report.tasks[0].missed).toEqual([
      { name: '乡村振兴产业对接成功案例', reason: expect.stringContaining('新冠病毒疫情'), sheet: '绩效指标', row: 6 },
    ]);
  });

  it('adds the budget execution line (10 points, 99.7%) as its own level', () => {
    const budget = report.levels[report.levels.length - 1];
    expect(budget).toMatchObject({ level1: '预算执行', kind: 'budget', points: 10, score: 9.97, ratio: 0.997 });
    expect(report.total.max).toBe(100);
    expect(report.total.score).toBe(94.97);
    expect(report.total.grade).toBe('优');
  });

  it('finds task 3 output-heavy (5 产出, 2 效益), as the seed itself says, and not tasks 1 and 2', () => {
    expect(warningsOf(report, 'OUTPUT_HEAVY').map((w) => w.params.task)).toEqual([SEED_002_TASKS.innovationCentre]);
  });
});

describe('evaluate: scoring rules end to end', () => {
  it('5.005 rounds to 5.01: w = 10, target ≥200, actual 100.1', () => {
    const report = evaluateTable([{ target: '≥200', actual: 100.1 }]);
    expect(report.indicators[0]).toMatchObject({ computedScore: 5.01, score: 5.01, status: 'missed', completionRate: 0.5005 });
  });

  it('B = A is met with full points; B = 0 scores 0; a negative B counts as 0', () => {
    const report = evaluateTable([
      { target: '≥50个', actual: '50个' },
      { target: '≥50个', actual: 0 },
      { target: '≥50个', actual: -3 },
    ]);
    expect(report.indicators.map((i) => [i.computedScore, i.status])).toEqual([
      [10, 'met'],
      [0, 'missed'],
      [0, 'missed'],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => [w.cell, w.params.what])).toEqual([['G4', 'negativeActual']]);
  });

  it('A = 0: ≥ gives full points with TARGET_ZERO; = gives full only for B ≤ 0', () => {
    const report = evaluateTable([
      { target: '≥0', actual: 3 },
      { target: '=0', actual: 0 },
      { target: '=0', actual: 1 },
    ]);
    expect(report.indicators.map((i) => i.computedScore)).toEqual([10, 10, 0]);
    expect(warningsOf(report, 'TARGET_ZERO').map((w) => w.cell)).toEqual(['E2']);
    expect(warningsOf(report, 'EQUALITY_MISMATCH').map((w) => w.cell)).toEqual(['G4']);
    const [mismatch] = warningsOf(evaluateTable([{ target: '=100%', actual: '98%' }]), 'EQUALITY_MISMATCH');
    expect(mismatch.message['zh-CN']).toBe('指标“指标1”年度指标值为 =100%（须相等），实际为 98%，请核实。');
    expect(mismatch.message['en-US']).not.toMatch(/equal =/);
  });

  it("≤ above target: 'ratio' gives w·A/B, 'linear' gives w·(2A−B)/A", () => {
    const rows = [{ target: '≤5个工作日', actual: '8个工作日' }];
    expect(evaluateTable(rows).indicators[0].computedScore).toBe(6.25);
    expect(evaluateTable(rows, { scheme: { reverseFormula: 'linear' } }).indicators[0].computedScore).toBe(4);
  });

  it('takes the comparator from 指标性质, else from the target, else ≥ with a note (= for a target of 0, ≤ for a cost)', () => {
    const report = evaluateTable([
      { comparator: '≤', target: '5', actual: 8 },
      { target: '≤5', actual: 8 },
      { target: '5', actual: 8 },
      { target: '0起', actual: '1起', reason: '原因' },
      { level2: '成本指标', target: '100万元', actual: '90万元' },
      { level2: '成本指标', target: '100万元', actual: '110万元', reason: '原因' },
    ]);
    expect(report.indicators.map((i) => i.comparator)).toEqual(['lte', 'lte', 'gte', 'eq', 'lte', 'lte']);
    expect(report.indicators.slice(3).map((i) => [i.status, i.computedScore])).toEqual([
      ['missed', 0],
      ['met', 10],
      ['missed', 9.09],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => [w.cell, w.params.what, w.params.to])).toEqual([
      ['D4', 'comparatorDefault', '≥'],
      ['D5', 'comparatorZeroTarget', '='],
      ['D6', 'comparatorCostDefault', '≤'],
      ['D7', 'comparatorCostDefault', '≤'],
    ]);
    expect(warningsOf(report, 'COST_WITH_GTE')).toEqual([]);
  });

  it('keeps ≥ for a percentage under 成本 (资金到位率 100%): only amounts and counts default to ≤', () => {
    const report = evaluateTable([
      { level2: '成本指标', level3: '资金到位率', target: '100%', actual: '90%', reason: '原因' },
      { level2: '成本指标', target: '50', actual: '40' },
      { level2: '成本指标', target: '100万元', actual: '90万元' },
    ]);
    expect(report.indicators.map((i) => [i.comparator, i.status, i.computedScore])).toEqual([
      ['gte', 'missed', 9],
      ['lte', 'met', 10],
      ['lte', 'met', 10],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => [w.cell, w.params.what])).toEqual([
      ['D2', 'comparatorDefault'],
      ['D3', 'comparatorCostDefault'],
      ['D4', 'comparatorCostDefault'],
    ]);
  });

  it('says that 定性 was given for a numeric target when it defaults the direction, not that none was given', () => {
    const report = evaluateTable([
      { level2: '成本指标', comparator: '定性', target: '100万元', actual: '90万元' },
      { comparator: '定性', target: '5', actual: 8 },
    ]);
    const [cost, other] = warningsOf(report, 'VALUE_INTERPRETED');
    expect(cost.message['zh-CN']).toContain('为成本指标，指标性质为“定性”，但年度指标值为数值，已按“≤”（越低越好）计分');
    expect(cost.message['zh-CN']).not.toContain('未注明');
    expect(cost.message['en-US']).toContain('“定性”');
    expect(other.message['zh-CN']).toContain('指标性质为“定性”，但年度指标值为数值，已按“≥”');
  });

  it('raises EQUALITY_MISMATCH only for an = the user wrote, not for the = a target of 0 or 无 gets by default', () => {
    const report = evaluateTable([
      { target: '0起', actual: '1起', reason: '原因' },
      { target: '无', actual: '2起', reason: '原因' },
      { target: '=0起', actual: '1起', reason: '原因' },
      { comparator: '=', target: '0起', actual: '1起', reason: '原因' },
    ]);
    expect(report.indicators.map((i) => [i.status, i.computedScore])).toEqual([
      ['missed', 0],
      ['missed', 0],
      ['missed', 0],
      ['missed', 0],
    ]);
    expect(warningsOf(report, 'EQUALITY_MISMATCH').map((w) => w.cell)).toEqual(['G4', 'G5']);
  });

  it('reads a %-formatted 0.95, a bare 95 and a bare 0.95 beside ≥95% alike', () => {
    const report = evaluateTable([
      { target: '≥95%', unit: '', actual: percentCell(0.95) },
      { target: '≥95%', unit: '', actual: 95 },
      { target: '≥95%', unit: '', actual: 0.95 },
    ]);
    expect(report.indicators.map((i) => [i.computedScore, i.actual.kind === 'quantity' && i.actual.value])).toEqual([
      [10, 95],
      [10, 95],
      [10, 95],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => w.params.what)).toEqual(['bareActualAsPercent', 'fractionActualAsPercent']);
  });

  it('scores yes/no and deadlines: 是 full, 否 zero; on time (or 按时) full, late (or 逾期) as 未达成 (0.3w, provisional)', () => {
    const report = evaluateTable([
      { target: '是', actual: '是' },
      { target: '是', actual: '否' },
      { target: '12月底前', actual: '12月20日' },
      { target: '12月底前', actual: '是' },
      { target: '11月底前', actual: '12月15日' },
      { target: '有', actual: '无' },
      { target: '12月底前', actual: '按时完成' },
      { target: '12月底前', actual: '逾期' },
    ]);
    expect(report.indicators.map((i) => [i.computedScore, i.status, i.provisional])).toEqual([
      [10, 'met', false],
      [0, 'missed', false],
      [10, 'met', false],
      [10, 'met', false],
      [3, 'missed', true],
      [0, 'missed', false],
      [10, 'met', false],
      [3, 'missed', true],
    ]);
  });

  it('compares deadlines on full dates: a date a year late is late, 不早于 and 之后 are honoured', () => {
    const date = (serial: number) => ({ value: serial, numberFormat: 'yyyy/m/d' });
    const rows = [
      { target: '12月31日前', actual: date(44935) }, // 2023-01-09 in a 2022 evaluation
      { target: date(44926), actual: date(44961) }, // 2022-12-31 against 2023-02-04
      { target: date(44926), actual: date(44900) }, // 2022-12-31 against 2022-12-05
      { target: '2022年12月31日前', actual: '2023年1月9日' },
      { target: '12月底前', actual: '2022-12-20' },
      { target: '12月底前', actual: '2022.12.20' },
      { target: '12月底前', actual: '2022/12/20' },
      { target: '6月底前', actual: { value: 44713, numberFormat: 'yyyy"年"m"月"' } }, // 2022年6月: the month, by its end
      { target: '6月15日前', actual: { value: 44713, numberFormat: 'yyyy"年"m"月"' } },
      { target: '不早于6月30日', actual: '5月1日' },
      { target: '不早于6月30日', actual: '7月1日' },
      { target: '6月30日后', actual: '6月29日' },
      { target: '晚于6月30日', actual: '6月30日' },
    ].map((row) => ({ ...row, reason: '原因' }));
    const report = evaluateTable(rows, { year: '2022年度' });
    expect(report.indicators.map((i) => i.status)).toEqual(['missed', 'missed', 'met', 'missed', 'met', 'met', 'met', 'met', 'missed', 'missed', 'met', 'missed', 'missed']);
  });

  it('without 评价年度, places a deadline without its year in the year the table points to, never in the actual date\'s own year', () => {
    const date = (serial: number) => ({ value: serial, numberFormat: 'yyyy/m/d' });
    // 2022-06-20 and 2022-11-30 vote 2022: 12月31日前 against 2023-01-09 (and 2023-12-20) is late
    const report = evaluateTable([
      { target: '12月31日前', actual: date(44935), reason: '原因' },
      { target: '12月31日前', actual: date(45280), reason: '原因' },
      { target: '6月30日前', actual: date(44732) },
      { target: '11月30日前', actual: date(44895) },
    ]);
    expect(report.indicators.map((i) => i.status)).toEqual(['missed', 'missed', 'met', 'met']);
    const notes = warningsOf(report, 'VALUE_INTERPRETED');
    expect(notes.map((w) => [w.cell, w.params.what, w.params.to])).toEqual([
      ['E2', 'deadlineYearFromTable', '2022'],
      ['E3', 'deadlineYearFromTable', '2022'],
      ['E4', 'deadlineYearFromTable', '2022'],
      ['E5', 'deadlineYearFromTable', '2022'],
    ]);
    expect(notes[0].message['zh-CN']).toContain('“12月31日前”未写年份，已按表中日期所在的 2022 年计');

    // a sheet named for its year says it on its own
    const sheet = evaluateTable([{ target: '12月31日前', actual: date(44935), reason: '原因' }], { layout: { sheet: '2022年绩效指标' } });
    expect(sheet.indicators[0].status).toBe('missed');
  });

  it('without 评价年度 and with nothing in the table to tell the year, compares month and day only, in a warning', () => {
    const report = evaluateTable([{ target: '12月31日前', actual: { value: 44935, numberFormat: 'yyyy/m/d' } }]);
    expect(report.indicators[0].status).toBe('met');
    const [note] = warningsOf(report, 'VALUE_INTERPRETED');
    expect(note).toMatchObject({ severity: 'warning', cell: 'E2', params: { what: 'deadlineMonthDayOnly', from: '12月31日前' } });
    expect(note.message['zh-CN']).toContain('仅按月、日与');
    expect(note.message['en-US']).toContain('only month and day were compared');
    // both without a year: month and day as written, nothing to say
    expect(warningsOf(evaluateTable([{ target: '12月底前', actual: '12月20日' }]), 'VALUE_INTERPRETED')).toEqual([]);
  });

  it('quotes dates as typed, and a date cell as its format shows it', () => {
    const report = evaluateTable(
      [
        { target: '不早于6月1日', actual: '2022.1.1' },
        { target: '6月30日前', actual: { value: 44743, numberFormat: 'yyyy"年"m"月"' } }, // 2022年7月
        { target: '6月30日前', actual: { value: 44743, numberFormat: 'yyyy/m/d' } },
      ],
      { year: '2022' },
    );
    expect(warningsOf(report, 'MISSED_NO_REASON').map((w) => w.message['zh-CN'])).toEqual([
      '指标“指标1”未达到年度指标值（目标 不早于6月1日，实际 2022.1.1），请填写偏差原因分析及改进措施。',
      '指标“指标2”未达到年度指标值（目标 6月30日前，实际 2022年7月），请填写偏差原因分析及改进措施。',
      '指标“指标3”未达到年度指标值（目标 6月30日前，实际 2022/7/1），请填写偏差原因分析及改进措施。',
    ]);
  });

  it('reads 已按时完成, 提前完成 and 按期完成 as on time against a deadline, 超期完成 as late', () => {
    const report = evaluateTable(['已按时完成', '提前完成', '按期完成', '超期完成'].map((actual) => ({ target: '12月底前', actual, reason: '原因' })));
    expect(report.indicators.map((i) => [i.status, i.computedScore])).toEqual([
      ['met', 10],
      ['met', 10],
      ['met', 10],
      ['missed', 3],
    ]);
  });

  it('scores a 定性 indicator with a descriptive target (有效提升) on the bands of its actual', () => {
    const report = evaluateTable([
      { comparator: '定性', target: '有效提升', actual: '达成' },
      { target: '明显改善', actual: '部分达成年度指标并具有一定效果', selfScore: 7, reason: '原因' },
      { comparator: '定性', target: '有效提升', actual: '否', reason: '原因' },
      { target: '良好', actual: '很好' },
    ]);
    expect(report.indicators.map((i) => [i.status, i.computedScore])).toEqual([
      ['met', 10],
      ['missed', 7],
      ['missed', 3],
      ['invalid', null],
    ]);
    expect(warningsOf(report, 'TARGET_UNREADABLE').map((w) => w.cell)).toEqual(['E5']);
  });

  it('reads an actual that restates its descriptive target word for word (有效提升 | 有效提升) as 达成, and says so; other words stay unread', () => {
    const report = evaluateTable([
      { target: '有效提升', actual: '有效提升' },
      { comparator: '定性', target: '合格', actual: ' 合格。', selfScore: 9 },
      { target: '有效提升', actual: '明显提升' },
    ]);
    expect(report.indicators.map((i) => [i.status, i.computedScore, i.provisional])).toEqual([
      ['met', 10, true],
      ['met', 9, false],
      ['invalid', null, false],
    ]);
    const notes = warningsOf(report, 'VALUE_INTERPRETED');
    expect(notes.map((w) => [w.cell, w.message['zh-CN']])).toEqual([
      ['G2', '指标“指标1”：实际完成值与年度指标值相同（“有效提升”），已按“达成”计分。'],
      ['G3', '指标“指标2”：实际完成值与年度指标值相同（“合格。”），已按“达成”计分。'],
    ]);
    expect(notes[0].message['en-US']).toBe('Indicator “指标1” has an actual value that repeats its target word for word (“有效提升”); it was scored as “达成” (achieved).');
    expect(warningsOf(report, 'ACTUAL_UNREADABLE').map((w) => w.cell)).toEqual(['G4']);
  });

  it('reads an actual that is its descriptive target with 已, 基本 / 部分 or 未 / 不 before it on the band those words give, and says so', () => {
    const report = evaluateTable([
      { target: '健全', actual: '已健全' },
      { target: '健全', actual: '基本健全', reason: '个别村管护制度待完善' },
      { comparator: '定性', target: '有效改善', actual: '部分有效改善', selfScore: 7, reason: '原因' },
      { target: '健全', actual: '未健全', reason: '原因' },
      { target: '健全', actual: '不健全', reason: '原因' },
      { target: '健全', actual: '较健全' },
    ]);
    expect(report.indicators.map((i) => [i.status, i.computedScore])).toEqual([
      ['met', 10],
      ['missed', 7],
      ['missed', 7],
      ['missed', 3],
      ['missed', 3],
      ['invalid', null],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => w.message['zh-CN'])).toEqual([
      '指标“指标1”：实际完成值“已健全”即年度指标值“健全”已达到，已按“达成”计分。',
      '指标“指标2”：实际完成值“基本健全”即年度指标值“健全”部分达到，已按“部分达成”计分。',
      '指标“指标3”：实际完成值“部分有效改善”即年度指标值“有效改善”部分达到，已按“部分达成”计分。',
      '指标“指标4”：实际完成值“未健全”即年度指标值“健全”未达到，已按“未达成”计分。',
      '指标“指标5”：实际完成值“不健全”即年度指标值“健全”未达到，已按“未达成”计分。',
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED')[1].message['en-US']).toBe('Indicator “指标2” has the actual value “基本健全”, its target “健全” partly reached; it was scored as “部分达成” (partly achieved).');
    expect(warningsOf(report, 'ACTUAL_UNREADABLE').map((w) => w.cell)).toEqual(['G7']);
  });

  it('reads no level from a reference or a placeholder written in both cells (详见附件, 暂无, 见说明, 按要求, 定性): nothing was said of the goal', () => {
    const words = ['详见附件', '详见附件1', '详见附件一、附件二', '详见自评报告', '参见年度工作计划', '暂无', '见说明', '见项目实施方案', '见附件2', '参见附表', '附件', '下表', '上表', '按要求', '定性', '待定', '同上'];
    const report = evaluateTable(words.map((text) => ({ target: text, actual: text })));
    expect(report.indicators.map((i) => i.status)).toEqual(words.map(() => 'invalid'));
    expect(warningsOf(report, 'VALUE_INTERPRETED')).toEqual([]);
    expect(evaluateTable([{ target: '按要求', actual: '已按要求' }]).indicators[0].status).toBe('invalid');
    // goals that merely hold such a word are goals
    const goals = ['按时召开政策说明会', '按时报送决算说明', '出具审计报告及附件', '见成效', '见成效，群众表示满意', '见义勇为人员表彰', '见习岗位计划完成', '参照国家标准执行', '说明会召开'];
    expect(evaluateTable(goals.map((text) => ({ target: text, actual: text }))).indicators.map((i) => i.status)).toEqual(goals.map(() => 'met'));
  });

  it('reads 无 beside a number as none, not as 不适用: a missed target stays in the total', () => {
    const report = evaluateTable([
      { target: '≥2场', actual: '无', points: 10 },
      { target: '≤0起', actual: '无', points: 10 },
      { target: '无', actual: '1起', points: 10 },
      { target: '无', actual: '0起', points: 10 },
      { target: '/', actual: '无', points: 10 },
    ]);
    expect(report.indicators.map((i) => [i.computedScore, i.status])).toEqual([
      [0, 'missed'],
      [10, 'met'],
      [0, 'missed'],
      [10, 'met'],
      [null, 'notApplicable'],
    ]);
    expect(report.total).toMatchObject({ score: 20, max: 40 });
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => [w.cell, w.params.what, w.params.to])).toEqual([
      ['G2', 'noneAsZero', '0场'],
      ['G3', 'noneAsZero', '0起'],
      ['E4', 'noneAsZeroTarget', '=0起'],
      ['E5', 'noneAsZeroTarget', '=0起'],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED')[0].message['zh-CN']).toContain('实际完成值“无”已按 0场 计分');
    expect(warningsOf(report, 'MISSED_NO_REASON').map((w) => w.cell)).toEqual(['G2', 'G4']);
  });

  it('reads a target of 无 as none to happen: 无 against 无 is met, against 有 or 是 missed; / and 不适用 stay excluded', () => {
    const report = evaluateTable([
      { level2: '安全事故', target: '无', actual: '无' },
      { target: '无', actual: '有', reason: '原因' },
      { target: '无', actual: '是', reason: '原因' },
      { target: '无', actual: '否' },
      { target: '无', actual: '/' },
      { target: '不适用', actual: '无' },
    ]);
    expect(report.indicators.map((i) => [i.computedScore, i.status])).toEqual([
      [10, 'met'],
      [0, 'missed'],
      [0, 'missed'],
      [10, 'met'],
      [null, 'notApplicable'],
      [null, 'notApplicable'],
    ]);
    expect(report.total).toMatchObject({ score: 20, max: 40 });
    expect(warningsOf(report, 'VALUE_INTERPRETED').map((w) => [w.cell, w.params.what])).toEqual([
      ['E2', 'noneTargetAsNo'],
      ['E3', 'noneTargetAsNo'],
      ['E4', 'noneTargetAsNo'],
      ['E5', 'noneTargetAsNo'],
    ]);
    expect(warningsOf(report, 'VALUE_INTERPRETED')[0].message['zh-CN']).toContain('年度指标值“无”已按“否”');
  });

  it('excludes a not-applicable row from the points; with rescale, scores the rest on the scheme total', () => {
    const rows = [
      { target: '/', actual: '/', points: 20 },
      { target: '≥100', actual: 50, points: 40 },
      { target: '≥100', actual: 100, points: 40 },
    ];
    const plain = evaluateTable(rows);
    expect(plain.indicators[0]).toMatchObject({ status: 'notApplicable', score: null, computedScore: null });
    expect(plain.total).toMatchObject({ score: 60, max: 80, ratio: 0.75, grade: '中' });
    const rescaled = evaluateTable(rows, { scheme: { rescaleNotApplicable: true } });
    expect(rescaled.indicators.map((i) => [i.score, i.points])).toEqual([
      [null, 20],
      [25, 50],
      [50, 50],
    ]);
    expect(rescaled.total).toMatchObject({ score: 75, max: 100, ratio: 0.75 });
    expect(rescaled.levels[0]).toMatchObject({ points: 100, score: 75 });
  });

  it('rescales a score from its share before rounding, rounding once (33.333 points at half the target: 25 of 50, not 25.01)', () => {
    const rescale = { scheme: { rescaleNotApplicable: true } };
    const half = evaluateTable(
      [
        { target: '≥10', actual: 10, points: 33.333 },
        { target: '≥10', actual: 5, points: 33.333, reason: '原因' },
        { target: '/', actual: '/', points: 33.334 },
      ],
      rescale,
    );
    expect(half.indicators.map((i) => [i.score, i.points])).toEqual([
      [50, 50],
      [25, 50],
      [null, 33.334],
    ]);
    expect(half.total).toMatchObject({ score: 75, max: 100 });
    // ≤ and a band default alike: 33.333 × 5/8 = 20.833125 (20.83) and 0.7 × 33.333 = 23.3331 (23.33)
    const others = evaluateTable(
      [
        { target: '≤5个工作日', actual: '8个工作日', points: 33.333, reason: '原因' },
        { comparator: '定性', target: '有效提升', actual: '部分达成', points: 33.333, reason: '原因' },
        { target: '/', actual: '/', points: 33.334 },
      ],
      rescale,
    );
    expect(others.indicators.map((i) => i.score)).toEqual([31.25, 35, null]);
  });

  it('rescales points with scores, never a score above its points, and all targets met score exactly the total', () => {
    const met = (points: number) => ({ target: '≥95%', actual: '96%', points });
    const nine = evaluateTable([...Array.from({ length: 9 }, () => met(10)), { target: '/', actual: '/', points: 10 }], { scheme: { rescaleNotApplicable: true } });
    const counted = nine.indicators.filter((i) => i.status !== 'notApplicable');
    expect(counted.map((i) => i.points)).toEqual([11.12, 11.11, 11.11, 11.11, 11.11, 11.11, 11.11, 11.11, 11.11]);
    expect(counted.every((i) => i.score === i.points)).toBe(true);
    expect(nine.total).toMatchObject({ score: 100, max: 100, ratio: 1 });
    expect(nine.levels[0]).toMatchObject({ points: 100, score: 100 });

    const thirty = evaluateTable(
      [{ target: '≥100', actual: 90, points: 30, reason: '原因' }, met(30), met(30), { target: '/', actual: '/', points: 10 }],
      { scheme: { rescaleNotApplicable: true } },
    );
    expect(thirty.indicators.map((i) => [i.score, i.points])).toEqual([
      [30.01, 33.34],
      [33.33, 33.33],
      [33.33, 33.33],
      [null, 10],
    ]);
    expect(thirty.total).toMatchObject({ score: 96.67, max: 100 });
    for (const i of thirty.indicators) if (i.score !== null) expect(i.score).toBeLessThanOrEqual(i.points as number);

    const withBudget = evaluateTable([...Array.from({ length: 8 }, () => met(10)), { target: '/', actual: '/', points: 10 }], {
      scheme: { rescaleNotApplicable: true },
      budget: budgetRows([{ category: 'total', adjusted: 100, executed: 100, points: 10 }]),
    });
    expect(withBudget.levels.map((l) => [l.level1, l.points, l.score])).toEqual([
      ['产出', 88.89, 88.89],
      ['预算执行', 11.11, 11.11],
    ]);
    expect(withBudget.total).toMatchObject({ score: 100, max: 100 });
  });

  it('grades a total of exactly 90 优 and 89.99 良', () => {
    expect(evaluateTable([{ target: '≥100', actual: 90, points: 100 }]).total).toMatchObject({ score: 90, grade: '优' });
    expect(evaluateTable([{ target: '≥10000', actual: 8999, points: 100 }]).total).toMatchObject({ score: 89.99, grade: '良' });
  });

  it('caps the total by the execution rate when the scheme enables caps: the lowest cap that applies', () => {
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 65, points: 10 }]);
    const rows = [{ target: '≥1', actual: 1, points: 90 }];
    const capped = evaluateTable(rows, { budget, scheme: { executionCaps: { ...DEFAULT_SCHEME.executionCaps, enabled: true } } });
    expect(capped.total).toMatchObject({ score: 79, cappedFrom: 96.5, max: 100, grade: '中' });
    expect(warningsOf(capped, 'TOTAL_CAPPED').map((w) => [w.params.cap, w.params.from])).toEqual([[79, 96.5]]);
    const uncapped = evaluateTable(rows, { budget });
    expect(uncapped.total).toMatchObject({ score: 96.5, cappedFrom: null });
    expect(warningsOf(uncapped, 'TOTAL_CAPPED')).toEqual([]);
    // 79.99% is under the 80% bound of the cap it gets: its message must not read "80%"
    const justUnder = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 79.99, points: 10 }]);
    const nearly = evaluateTable(rows, { budget: justUnder, scheme: { executionCaps: { ...DEFAULT_SCHEME.executionCaps, enabled: true } } });
    expect(warningsOf(nearly, 'TOTAL_CAPPED').map((w) => [w.params.executionRate, w.params.cap])).toEqual([['79.99%', 89]]);
  });

  it("reports the user's score where the scheme says so, capped at the points", () => {
    const rows = [{ target: '≥100', actual: 50, selfScore: 8 }, { target: '≥100', actual: 50, selfScore: 12 }];
    expect(evaluateTable(rows).indicators.map((i) => i.score)).toEqual([5, 5]);
    expect(evaluateTable(rows, { scheme: { reportScore: 'self' } }).indicators.map((i) => [i.computedScore, i.selfScore, i.score])).toEqual([
      [5, 8, 8],
      [5, 12, 10],
    ]);
  });

  it('deducts for over-achievement only when enabled, only for ≥ indicators', () => {
    // 11.7 / 9 is 130% exactly (1.2999999999999998 in binary); 11.69 / 9 is below
    const rows = [
      { target: '≥100', actual: 130, reason: '目标偏低' },
      { target: '≤100', actual: 50 },
      { target: '≥9', actual: 11.7, reason: '目标偏低' },
      { target: '≥9', actual: 11.69, reason: '目标偏低' },
    ];
    expect(evaluateTable(rows).indicators.map((i) => i.computedScore)).toEqual([10, 10, 10, 10]);
    const deducted = evaluateTable(rows, { scheme: { overAchievement: { threshold: 1.3, deductionEnabled: true, deductionPoints: 2 } } });
    expect(deducted.indicators.map((i) => i.computedScore)).toEqual([8, 10, 8, 10]);
  });

  it('gives completion rates B/A (≤: A/B) and none for qualitative rows', () => {
    const report = evaluateTable([
      { target: '≥200', actual: 150 },
      { target: '≤4', actual: 5 },
      { target: '达成', actual: '达成', selfScore: 10 },
    ]);
    expect(report.indicators.map((i) => i.completionRate)).toEqual([0.75, 0.8, null]);
  });
});

describe('evaluate: the report as a whole', () => {
  it('is deterministic: the same input gives the same report, key order included', () => {
    expect(JSON.stringify(evaluate(seed002Input()))).toBe(JSON.stringify(evaluate(seed002Input())));
  });

  it('sorts warnings by sheet, row, column and code, whole-workbook findings first', () => {
    const report = evaluateTable(
      [
        { target: '≥100', actual: 50, selfScore: 12 },
        { target: '≥100', actual: null },
      ],
      { budget: budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 40 }]) },
    );
    const order = report.warnings.map((w) => `${w.sheet ?? '-'}!${w.cell ?? '-'}:${w.code}`);
    expect(order).toEqual([...order].sort(compareLocation));
    expect(order.indexOf('绩效指标!G2:MISSED_NO_REASON')).toBeLessThan(order.indexOf('绩效指标!I2:SELF_SCORE_DIFFERS'));
    expect(order.indexOf('绩效指标!I2:SELF_SCORE_DIFFERS')).toBeLessThan(order.indexOf('绩效指标!G3:ACTUAL_MISSING'));
  });

  it('fills a timings collector with every stage', () => {
    const timings = emptyTimings();
    evaluate(seed000Input(), DEFAULT_SCHEME, { timings });
    for (const stage of EVALUATION_STAGES) expect(timings[stage]).toBeGreaterThanOrEqual(0);
  });

  it('exports gradeFor for the narrative', () => {
    expect(gradeFor(0.93, DEFAULT_SCHEME)).toBe('优');
  });

  it('never throws, and every row it cannot score carries an error on that row', () => {
    const cell = fc.oneof(
      fc.constantFrom<CellScalar>(null, '', '≥95%', '达成', '部分达成', '/', '*', '是', '否', '12月底前', '90-95%', '#N/A', '≤5个工作日', '1,029.2', '１００％', '良好'),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ target: cell, actual: cell, points: cell, selfScore: cell, comparator: cell, unit: cell }), { maxLength: 8 }), (rows) => {
        const input: EvaluationInput = {
          info: basicInfo({}, null),
          indicators: indicatorRows(rows.map((r, i) => ({ level1: i % 2 ? '效益' : '产出', level3: `指标${i}`, ...r }))),
          budget: [],
        };
        const report = evaluate(input);
        expect(report.indicators).toHaveLength(rows.length);
        for (const indicator of report.indicators) {
          if (indicator.status !== 'invalid') continue;
          const errors = report.warnings.filter((w) => w.severity === 'error' && w.cell !== null && Number(w.cell.replace(/^[A-Z]+/, '')) === indicator.row);
          expect(errors.length).toBeGreaterThan(0);
        }
        expect(Number.isFinite(report.total.score)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Expected order of "sheet!cell:CODE" strings: sheet, then row, then column; codes are checked separately. */
function compareLocation(a: string, b: string): number {
  const parse = (s: string) => {
    const [sheet, rest] = s.split('!');
    const cell = rest.split(':')[0];
    const match = /^([A-Z]*)(\d*)$/.exec(cell === '-' ? '' : cell) ?? ['', '', ''];
    return { sheet: sheet === '-' ? '' : sheet, row: Number(match[2] || 0), column: match[1].length ? match[1].charCodeAt(0) : 0 };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.sheet !== y.sheet) return x.sheet < y.sheet ? -1 : 1;
  return x.row - y.row || x.column - y.column;
}
