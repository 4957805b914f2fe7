import { scoreWorkbook } from '../../src/workbook/score-workbook';
import type { SheetGrid } from '../../src/workbook/grid';
import { textAt, valueAt } from '../../src/workbook/cells/grid-cells';
import { readMarker } from '../../src/workbook/plan/metadata-sheet';
import type { ReportSheetPlanner } from '../../src/workbook/plan/plan-results';
import { sheet, type CellInput } from './helpers/grid-builder';
import { GridPort } from './helpers/plan-applier';
import { BUDGET_HEADER, seed000BasicInfoRows, seed000BudgetRows, seed000IndicatorRows, seed002BudgetRows, INDICATOR_HEADER } from './helpers/seed-sheets';
import { seed000DepartmentForm } from './helpers/layout-sheets';

const seed000Workbook = (indicatorRows: CellInput[][] = seed000IndicatorRows()): SheetGrid[] => [
  sheet('基本信息', seed000BasicInfoRows()),
  sheet('预算执行', seed000BudgetRows()),
  sheet('绩效指标', indicatorRows),
];

describe('scoreWorkbook on seed 000', () => {
  it('reads once, writes once, and scores 93 / 优', async () => {
    const port = new GridPort(seed000Workbook());
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([]);
    expect(port.reads).toBe(1);
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]).toBe(result.plan);
    expect(result.report.total).toMatchObject({ score: 93, max: 100, grade: '优' });
    expect(result.detection.indicators?.range).toBe('A1:J10');
  });

  it('writes 完成率 | 计算得分 | 状态 | 提示 beside the indicator table and 执行率 | 得分 | 提示 beside the budget table', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    const indicators = port.grid('绩效指标');
    expect(['K1', 'L1', 'M1', 'N1'].map((_, i) => textAt(indicators, 1, 11 + i))).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect(valueAt(indicators, 4, 12)).toBe(11);
    expect(textAt(indicators, 4, 13)).toBe('达标');
    const budget = port.grid('预算执行');
    expect([9, 10, 11].map((column) => textAt(budget, 1, column))).toEqual(['执行率', '得分', '提示']);
    expect(valueAt(budget, 6, 9)).toBeCloseTo(33.08 / 24.36, 10);
    expect(textAt(budget, 6, 11)).toContain('执行率 135.8%');
    expect(port.lastApplied?.planned('预算执行', 'I6')?.numberFormat).toBe('0.0%');
    expect(port.lastApplied?.planned('绩效指标', 'L4')?.numberFormat).toBe('0.00');
    expect(port.lastApplied?.planned('绩效指标', 'K1')?.style).toMatchObject({ bold: true, fill: '#DDEBF7' });
  });

  it('keeps its marker in a very hidden _perfeval sheet', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    const markerSheet = port.grid('_perfeval');
    expect(markerSheet.visibility).toBe('veryHidden');
    const marker = readMarker(port.grids);
    expect(marker?.outputs).toEqual({
      indicators: { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 },
      budget: { sheet: '预算执行', headerRow: 1, left: 9, lastRow: 7 },
    });
    expect(Object.keys(marker?.sheetHashes ?? {})).toEqual(['评分结果']);
  });
});

describe('scoreWorkbook on a 分值 merged over two rows', () => {
  it('asks for the points of each indicator, at the top cell and the covered one, instead of scoring the top row with both', async () => {
    const rows: CellInput[][] = [
      ['一级指标', '三级指标', '年度指标值', '度量单位', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'],
      ['产出指标', '培训场次', '≥10', '场', 10, 20, 20, ''],
      ['产出指标', '培训人数', '≥100', '人', 100, '', '', ''],
      ['效益指标', '满意度', '≥90%', '%', '95%', 60, 60, ''],
    ];
    const merges = [
      { top: 2, left: 6, bottom: 3, right: 6 },
      { top: 2, left: 7, bottom: 3, right: 7 },
    ];
    const result = await scoreWorkbook(new GridPort([{ ...sheet('绩效指标', rows), merges }]));
    const merged = result.report.warnings.filter((warning) => ['F2', 'G2', 'F3', 'G3'].includes(warning.cell ?? ''));
    expect(merged.map((warning) => [warning.code, warning.cell, warning.message['zh-CN']])).toEqual([
      ['POINTS_INVALID', 'F2', '指标“培训场次”的分值与第 3 行合并，无法分到各个指标，请分别填写；该指标未计分。'],
      ['POINTS_INVALID', 'G2', '指标“培训场次”的自评得分与第 3 行合并，无法分到各个指标，请分别填写；该自评得分已忽略。'],
      ['POINTS_INVALID', 'F3', '指标“培训人数”的分值与第 2 行合并，无法分到各个指标，请分别填写；该指标未计分。'],
      ['POINTS_INVALID', 'G3', '指标“培训人数”的自评得分与第 2 行合并，无法分到各个指标，请分别填写；该自评得分已忽略。'],
    ]);
    expect(merged[2].message['en-US']).toContain('merged with row 2');
    // neither row takes the 20 of both: only 满意度's 60 is scored
    expect(result.report.total).toMatchObject({ score: 60, max: 60 });
    expect(result.report.warnings.map((warning) => warning.message['zh-CN']).join('\n')).not.toContain('分值未填写');
  });
});

describe('scoreWorkbook writes idempotently', () => {
  it('writes nothing and leaves the same workbook when run again on what it wrote', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    const afterFirst = JSON.parse(JSON.stringify(port.grids));
    const second = await scoreWorkbook(port);
    expect(second.plan.ops).toEqual([]);
    expect(port.applied).toHaveLength(1);
    expect(port.grids).toEqual(afterFirst);
  });

  it('after one edit writes only the cells whose value changed, and the totals', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    // 非公经济人士培训班 (row 4, self-score 11 of 13): the actual becomes 部分达成 and the self-score 9
    const edited = port.grid('绩效指标');
    const actualColumn = edited.values[0].indexOf('实际完成值');
    const selfScoreColumn = edited.values[0].indexOf('自评得分');
    edited.values[3][actualColumn] = '部分达成';
    edited.values[3][selfScoreColumn] = 9;
    const result = await scoreWorkbook(port);
    expect(result.report.total.score).toBe(91);

    const written = result.plan.ops.flatMap((op) =>
      op.kind === 'setCells' ? op.cells.flatMap((cells, r) => cells.map((_, c) => `${op.sheet}!${op.top + r},${op.left + c}`)) : [],
    );
    const indicatorCells = written.filter((cell) => cell.startsWith('绩效指标!'));
    expect(indicatorCells.length).toBeGreaterThan(0);
    expect(indicatorCells.every((cell) => cell.startsWith('绩效指标!4,'))).toBe(true);
    expect(written.some((cell) => cell.startsWith('预算执行!'))).toBe(false);
    expect(written.some((cell) => cell.startsWith('评分结果!'))).toBe(true);
    // the row's 计算得分 | 状态 | 提示, the totals and warnings on 评分结果, the marker's content hash and
    // the hash 评分结果 had before (a row of its own, the first time)
    expect(indicatorCells).toEqual(['绩效指标!4,12', '绩效指标!4,13', '绩效指标!4,14']);
    expect(written.length).toBeLessThanOrEqual(22);
    expect(valueAt(port.grid('绩效指标'), 4, 12)).toBe(9);
  });

  it('clears its stale output cells when the table shrank', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    const indicators = port.grid('绩效指标');
    // the user empties the last two indicator rows (A9:J10); the add-in's cells beside them remain
    const shrunk = indicators.values.map((row, index) => (index >= 8 ? row.map((value, column) => (column < 10 ? null : value)) : row));
    port.grids = port.grids.map((grid) => (grid.name === '绩效指标' ? { ...grid, values: shrunk } : grid));
    expect(valueAt(port.grid('绩效指标'), 9, 12)).toBe(9);
    const result = await scoreWorkbook(port);
    const clears = result.plan.ops.filter((op) => op.kind === 'clearRange' && op.sheet === '绩效指标');
    expect(clears.map((op) => op.kind === 'clearRange' && op.address)).toEqual(['L9:M9', 'L10:M10']);
    const after = port.grid('绩效指标');
    expect(valueAt(after, 8, 12)).toBe(9);
    expect(valueAt(after, 9, 12)).toBeNull();
    expect(valueAt(after, 10, 13)).toBeNull();
    expect(readMarker(port.grids)?.outputs.indicators?.lastRow).toBe(8);
  });

  it('finds its columns again after the user inserted a column into the table', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    const grid = port.grid('绩效指标');
    const insert = <T,>(row: T[], value: T): T[] => [...row.slice(0, 3), value, ...row.slice(3)];
    const widened: SheetGrid = {
      ...grid,
      values: grid.values.map((row, index) => insert(row, index === 0 ? '责任科室' : '办公室')),
      numberFormats: grid.numberFormats.map((row) => insert(row, 'General')),
    };
    port.grids = port.grids.map((g) => (g.name === '绩效指标' ? widened : g));
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([]);
    const after = port.grid('绩效指标');
    expect([12, 13, 14, 15].map((column) => textAt(after, 1, column))).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect(textAt(after, 1, 16)).toBe('');
  });

  it('finds its columns again after the user renamed the sheet, and writes nothing new', async () => {
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port);
    port.grids = port.grids.map((g) => (g.name === '绩效指标' ? { ...g, name: '2019年绩效指标' } : g));
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([]);
    const after = port.grid('2019年绩效指标');
    expect([11, 12, 13, 14].map((column) => textAt(after, 1, column))).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect(textAt(after, 1, 15)).toBe('');
    expect(result.plan.ops.filter((op) => op.sheet === '2019年绩效指标')).toEqual([]);
    const third = await scoreWorkbook(port);
    expect(third.plan.ops).toEqual([]);
  });
});

describe('scoreWorkbook on the MoF project layout (budget and indicators on one sheet)', () => {
  const mofRows = (): CellInput[][] => [
    ['项目支出绩效自评表'],
    ['单位名称：示例区人力资源和社会保障局', '', '', '', '', '', '单位：万元'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 280, 280, 238, 10, 0.85, 8.5],
    ['其中：当年财政拨款', 280, 280, 238, '', '', ''],
    [],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '培训人次', '≥200人次', '210人次', 50, 50, ''],
    ['效益指标', '社会效益', '就业率', '≥90%', '85%', 40, 37.78, '受市场影响'],
    ['总分', '', '', '', '', 100, 96.28, ''],
  ];

  it('writes each block beside its own table, keeps the user’s 执行率 | 得分 columns, and is idempotent', async () => {
    const port = new GridPort([sheet('项目自评', mofRows())]);
    const first = await scoreWorkbook(port);
    expect(first.problems).toEqual([]);
    expect(first.report.info.unitName).toBe('示例区人力资源和社会保障局');
    expect(first.report.total.max).toBe(100);
    const grid = port.grid('项目自评');
    expect([8, 9, 10].map((column) => textAt(grid, 3, column))).toEqual(['执行率', '得分', '提示']);
    expect(textAt(grid, 3, 6)).toBe('执行率');
    expect(valueAt(grid, 4, 6)).toBe(0.85);
    expect(valueAt(grid, 4, 8)).toBe(0.85);
    expect(valueAt(grid, 4, 9)).toBe(8.5);
    expect([9, 10, 11, 12].map((column) => textAt(grid, 7, column))).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect(valueAt(grid, 10, 10)).toBeNull();
    const afterFirst = JSON.parse(JSON.stringify(port.grids));
    const second = await scoreWorkbook(port);
    expect(second.plan.ops).toEqual([]);
    expect(port.grids).toEqual(afterFirst);
  });
});

describe('scoreWorkbook with the budget table beside the indicator table (M3:T6 beside A1:K8)', () => {
  const rows = (): CellInput[][] => {
    const indicators: CellInput[][] = [
      ['任务', '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'],
      ...[30, 20, 30, 10, 10].map((points, index): CellInput[] => ['任务A', index < 2 ? '产出指标' : index < 4 ? '效益指标' : '满意度指标', '', `A${index + 1}`, '≥', 10, '个', 10, points, '', '']),
      ['任务A', '满意度指标', '', 'A6', '≥', 10, '个', 10, 0, '', ''],
      ['任务A', '满意度指标', '', 'A7', '≥', 10, '个', 10, 0, '', ''],
    ];
    const budget: CellInput[][] = [
      ['资金项目', '类别', '年初预算数', '全年预算数', '全年执行数', '分值', '上年执行数', '说明'],
      ['部门整体支出', '合计', 100, 100, 80, 10],
      ['基本支出', '基本支出', 60, 60, 50],
      ['项目支出', '项目支出', 40, 40, 30],
    ];
    return indicators.map((row, index) => (budget[index - 2] ? [...row, '', ...budget[index - 2]] : row));
  };

  it('scores every indicator row, puts the two result blocks in columns of their own, and writes nothing when run again', async () => {
    const port = new GridPort([sheet('自评表', rows())]);
    const first = await scoreWorkbook(port);
    expect(first.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(first.report.indicators).toHaveLength(7);
    const after = port.grid('自评表');
    expect([21, 22, 23, 24].map((column) => textAt(after, 1, column))).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect([25, 26, 27].map((column) => textAt(after, 3, column))).toEqual(['执行率', '得分', '提示']);
    expect(valueAt(after, 3, 22)).toBe(20);
    const second = await scoreWorkbook(port);
    expect(second.plan.ops).toEqual([]);
  });
  it('gives each block only the warnings of its own table, though both tables share row 4', async () => {
    const grid = rows();
    // row 4: indicator A3 missed with no reason (H4); 部门整体支出 spent 70 (Q4): a low rate, and less than its parts
    grid[3][7] = 8;
    grid[3][16] = 70;
    const port = new GridPort([sheet('自评表', grid)]);
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    const columnOf = (cell: string | null) => (cell ?? '').replace(/\d.*$/, '');
    const onRow4 = result.report.warnings.filter((warning) => warning.sheet === '自评表' && /^[A-Z]+4(:|$)/.test(warning.cell ?? ''));
    const indicatorWarnings = onRow4.filter((warning) => columnOf(warning.cell) <= 'K' && columnOf(warning.cell).length === 1);
    const budgetWarnings = onRow4.filter((warning) => !indicatorWarnings.includes(warning));
    expect(indicatorWarnings.length).toBeGreaterThan(0);
    expect(budgetWarnings.length).toBeGreaterThan(0);
    const after = port.grid('自评表');
    const indicatorHint = textAt(after, 4, 24);
    const budgetHint = textAt(after, 4, 27);
    for (const warning of indicatorWarnings) {
      expect(indicatorHint).toContain(warning.message['zh-CN'].replace(/。$/, ''));
      expect(budgetHint).not.toContain(warning.message['zh-CN'].replace(/。$/, ''));
    }
    for (const warning of budgetWarnings) {
      expect(budgetHint).toContain(warning.message['zh-CN'].replace(/。$/, ''));
      expect(indicatorHint).not.toContain(warning.message['zh-CN'].replace(/。$/, ''));
    }
  });
});

describe('scoreWorkbook never writes over what it does not own', () => {
  it('takes the next free columns when the place beside the table holds user data', async () => {
    const rows = seed000IndicatorRows().map((row, index) => [...row, index === 3 ? '手工备注' : '']);
    const port = new GridPort(seed000Workbook(rows));
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([]);
    const grid = port.grid('绩效指标');
    expect(textAt(grid, 4, 11)).toBe('手工备注');
    expect(textAt(grid, 1, 12)).toBe('完成率');
    expect(readMarker(port.grids)?.outputs.indicators?.left).toBe(12);
  });

  it('writes nothing and names the cells when there is no free place', async () => {
    const rows = seed000IndicatorRows().map((row, index) => [...row, ...Array.from({ length: 15 }, (_, i) => (index === 2 ? `备注${i}` : ''))]);
    const port = new GridPort(seed000Workbook(rows));
    const result = await scoreWorkbook(port);
    expect(port.applied).toHaveLength(0);
    expect(result.plan.ops).toEqual([]);
    const blocked = result.problems.find((problem) => problem.code === 'OUTPUT_PLACE_BLOCKED');
    expect(blocked).toMatchObject({ fatal: true, sheet: '绩效指标' });
    expect(blocked?.message['zh-CN']).toContain('K3');
    expect(blocked?.message['en-US']).toContain('K3');
  });

  it('writes nothing when a required column is missing, and says which', async () => {
    const rows = seed000IndicatorRows().map((row) => row.filter((_, index) => INDICATOR_HEADER[index] !== '分值'));
    const port = new GridPort(seed000Workbook(rows));
    const result = await scoreWorkbook(port);
    expect(port.applied).toHaveLength(0);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'REQUIRED_COLUMN_MISSING', sheet: '绩效指标', fatal: true })]);
    expect(result.problems[0].message['zh-CN']).toContain('「分值」');
  });

  it('writes nothing when the indicator table has no indicator rows (a blank template, 合计 alone), and names its header cell', async () => {
    for (const rows of [[INDICATOR_HEADER], [INDICATOR_HEADER, INDICATOR_HEADER.map((_, index) => (index === 0 ? '合计' : index === INDICATOR_HEADER.indexOf('分值') ? 100 : null))]]) {
      const port = new GridPort(seed000Workbook(rows));
      const result = await scoreWorkbook(port);
      expect(port.applied).toHaveLength(0);
      expect(result.report.indicators).toEqual([]);
      expect(result.problems).toEqual([expect.objectContaining({ code: 'INDICATOR_ROWS_MISSING', fatal: true, sheet: '绩效指标', cell: 'A1' })]);
      expect(result.problems[0].message['zh-CN']).toBe('绩效指标表（绩效指标!A1）下没有指标行，请先填写指标再评分');
    }
  });

  it('writes nothing when every indicator is marked 不适用 (not 0 / 0 分，差), and names the first such cell and how many', async () => {
    const actual = INDICATOR_HEADER.indexOf('实际完成值');
    const marks = ['/', '不适用', '—'];
    const rows = seed000IndicatorRows().map((row, index) => (index === 0 ? row : row.map((cell, column) => (column === actual ? marks[index % marks.length] : cell))));
    const port = new GridPort(seed000Workbook(rows));
    const result = await scoreWorkbook(port);
    expect(port.applied).toHaveLength(0);
    expect(result.report.indicators.map((indicator) => indicator.status)).toEqual(Array(9).fill('notApplicable'));
    expect(result.problems).toEqual([expect.objectContaining({ code: 'INDICATOR_ROWS_ALL_EXCLUDED', fatal: true, sheet: '绩效指标', cell: 'G2' })]);
    expect(result.problems[0].message['zh-CN']).toBe('绩效指标表的 9 个指标都标为不适用（如 绩效指标!G2 “不适用”），没有可评分的指标；请至少为一个指标填写适用的年度指标值和实际完成值再评分');
    expect(result.problems[0].message['en-US']).toBe('All 9 indicators of the indicator table are marked not applicable (e.g. 绩效指标!G2 “不适用”), so there is nothing to score: fill in an applicable target and actual value for at least one indicator before scoring.');
  });

  it('scores a table where some indicators are 不适用 and the rest are not', async () => {
    const actual = INDICATOR_HEADER.indexOf('实际完成值');
    const rows = seed000IndicatorRows().map((row, index) => (index > 1 ? row.map((cell, column) => (column === actual ? '/' : cell)) : row));
    const port = new GridPort(seed000Workbook(rows));
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(port.applied).not.toHaveLength(0);
    expect(result.report.total.score).toBe(10);
  });

  it('writes nothing when there is no indicator table', async () => {
    const port = new GridPort([sheet('基本信息', seed000BasicInfoRows())]);
    const result = await scoreWorkbook(port);
    expect(port.applied).toHaveLength(0);
    expect(result.problems.map((problem) => problem.code)).toEqual(['INDICATOR_TABLE_NOT_FOUND']);
  });
});

describe('scoreWorkbook on a budget table kept in 元', () => {
  const inYuan = (value: CellInput): CellInput => (typeof value === 'number' ? Math.round(value * 10000) : value);
  /** seed 002's budget with every amount in 元 (分值 stays points) */
  const seed002BudgetInYuan = (header: string[]): CellInput[][] => {
    const points = BUDGET_HEADER.indexOf('分值');
    return [header, ...seed002BudgetRows().slice(1).map((row) => row.map((cell, column) => (column === points ? cell : inYuan(cell))))];
  };
  const workbook = (budget: CellInput[][]) => [sheet('基本信息', seed000BasicInfoRows()), sheet('预算执行', budget), sheet('绩效指标', seed000IndicatorRows())];

  it('reads amounts under headers that say （元） in 万元, and says so at the header', async () => {
    const header = BUDGET_HEADER.map((name) => (['年初预算数', '全年预算数', '全年执行数', '上年执行数'].includes(name) ? `${name}（元）` : name));
    const result = await scoreWorkbook(new GridPort(workbook(seed002BudgetInYuan(header))));
    expect(result.report.budget).toMatchObject({ adjusted: 1291.73, executed: 1288.38, basic: 815.05, project: 473.33, score: 9.97 });
    expect(result.report.budget?.executionRate).toBeCloseTo(0.9974, 4);
    expect(result.report.tasks.length).toBe(0);
    const notes = result.report.warnings.filter((warning) => warning.code === 'AMOUNT_UNIT_CONVERTED');
    expect(notes.map((note) => [note.severity, note.sheet, note.cell])).toEqual([['info', '预算执行', 'C1']]);
    expect(notes[0].message['zh-CN']).toBe('预算执行表的金额以元为单位（预算执行!C1“年初预算数（元）”等列），已换算为万元（除以 10,000，保留两位小数）后评分和撰写报告。');
    expect(notes[0].message['en-US']).toBe('The budget table’s amounts are in yuan (预算执行!C1 “年初预算数（元）” and its other amount columns); they were converted to 10k yuan (divided by 10,000, to two decimals) for scoring and the report.');
    expect(result.report.warnings.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE')).toEqual([]);
  });

  it('reads a 金额单位：元 line above the table the same way, and a cell written 12,883,800元 in it', async () => {
    const rows = seed002BudgetInYuan(BUDGET_HEADER);
    const executed = BUDGET_HEADER.indexOf('全年执行数');
    rows[1][executed] = '12,883,800元';
    const budget = [['', '', '', '', '', '', '', '金额单位：元'], ...rows];
    const result = await scoreWorkbook(new GridPort(workbook(budget)));
    expect(result.report.budget).toMatchObject({ adjusted: 1291.73, executed: 1288.38 });
    const notes = result.report.warnings.filter((warning) => warning.code === 'AMOUNT_UNIT_CONVERTED');
    expect(notes.map((note) => note.cell)).toEqual(['H1']);
    expect(notes[0].message['zh-CN']).toBe('预算执行表的金额以元为单位（预算执行!H1“金额单位：元”），已换算为万元（除以 10,000，保留两位小数）后评分和撰写报告。');
  });

  it('reads a 单位：人民币 line above the table as 元 (人民币 alone: its unit, the 元), and says so at that line', async () => {
    const budget = [['', '', '', '', '', '', '', '单位：人民币'], ...seed002BudgetInYuan(BUDGET_HEADER)];
    const result = await scoreWorkbook(new GridPort(workbook(budget)));
    expect(result.report.budget).toMatchObject({ adjusted: 1291.73, executed: 1288.38, basic: 815.05, project: 473.33, score: 9.97 });
    const notes = result.report.warnings.filter((warning) => warning.code === 'AMOUNT_UNIT_CONVERTED');
    expect(notes.map((note) => [note.severity, note.cell, note.message['zh-CN']])).toEqual([
      ['info', 'H1', '预算执行表的金额以元为单位（预算执行!H1“单位：人民币”），已换算为万元（除以 10,000，保留两位小数）后评分和撰写报告。'],
    ]);
  });

  it('gives converted amounts to two decimals, and finds no mismatch in a table that adds up in 元 though each figure was rounded', async () => {
    const header = BUDGET_HEADER.map((name) => (['全年预算数', '全年执行数'].includes(name) ? `${name}（元）` : name));
    const line = (name: string, category: string, amount: number): CellInput[] => [name, category, '', amount, amount, '', '', ''];
    const budget = [
      header,
      line('合计', '合计', 30000147),
      line('财政拨款', '财政拨款', 10000049),
      line('上年结转', '上年结转', 10000049),
      line('其他资金', '其他资金', 10000049),
      line('基本支出', '基本支出', 20000098.5),
      line('项目支出', '项目支出', 10000048.5),
    ];
    const result = await scoreWorkbook(new GridPort(workbook(budget)));
    expect(result.report.budget?.lines.map((budgetLine) => budgetLine.executed)).toEqual([3000.01, 1000, 1000, 1000, 2000.01, 1000]);
    expect(result.report.warnings.filter((warning) => warning.code === 'PARTS_MISMATCH')).toEqual([]);
  });

  it('checks the sums on the amounts as converted before rounding, and tells them so: a table that adds up in 元 over many lines raises no mismatch, one 101 or 150 元 off does', async () => {
    const header = BUDGET_HEADER.map((name) => (['全年预算数', '全年执行数'].includes(name) ? `${name}（元）` : name));
    const line = (name: string, category: string, amount: number): CellInput[] => [name, category, '', amount, amount, '', '', ''];
    const table = (total: number) => [
      header,
      line('合计', '合计', total),
      line('一般公共预算财政拨款', '财政拨款', 10050),
      line('政府性基金预算财政拨款', '财政拨款', 10050),
      line('上年结转', '上年结转', 10050),
      line('其他资金', '其他资金', 10050),
    ];
    const mismatches = async (total: number) =>
      (await scoreWorkbook(new GridPort(workbook(table(total))))).report.warnings.filter((warning) => warning.code === 'PARTS_MISMATCH').map((warning) => warning.message['zh-CN']);
    expect(await mismatches(40200)).toEqual([]);
    expect((await mismatches(40301))[0]).toBe('「合计」的全年预算数 4.0301 万元，与 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 上年结转 + 其他资金 之和 4.02 万元不一致，相差 0.0101 万元：请核对各项金额。');
    expect(await mismatches(40350)).toEqual([
      '「合计」的全年预算数 4.035 万元，与 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 上年结转 + 其他资金 之和 4.02 万元不一致，相差 0.015 万元：请核对各项金额。',
      '「合计」的全年执行数 4.035 万元，与 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 上年结转 + 其他资金 之和 4.02 万元不一致，相差 0.015 万元：请核对各项金额。',
    ]);
  });

  it('works out execution rates on the amounts as converted, before rounding: a 1,150 元 line with 1,049 元 spent is at 91.2%, not 83.3%', async () => {
    const header = BUDGET_HEADER.map((name) => (['全年预算数', '全年执行数'].includes(name) ? `${name}（元）` : name));
    const budget = [header, ['合计', '合计', '', 1150, 1049, 10, '', ''], ['项目支出', '项目支出', '', 1150, 1049, '', '', '']];
    const { report } = await scoreWorkbook(new GridPort(workbook(budget)));
    expect(report.budget?.executionRate).toBeCloseTo(1049 / 1150, 12);
    expect(report.budget?.projectExecutionRate).toBeCloseTo(1049 / 1150, 12);
    expect(report.budget?.lines.map((line) => line.executionRate)).toEqual([1049 / 1150, 1049 / 1150].map((rate) => expect.closeTo(rate, 12)));
    expect(report.budget?.score).toBe(9.12);
    expect(report.warnings.filter((warning) => warning.code === 'EXECUTION_LOW')).toEqual([]);
    expect(report.budget).toMatchObject({ adjusted: 0.12, executed: 0.1 });
  });

  it('says a line is over its budget in the exact amounts where the rounded ones read the same (1,291.734 against 1,291.73 万元)', async () => {
    const header = BUDGET_HEADER.map((name) => (['全年预算数', '全年执行数'].includes(name) ? `${name}（元）` : name));
    const { report } = await scoreWorkbook(new GridPort(workbook([header, ['合计', '合计', '', 12917300, 12917340, 10, '', '']])));
    const over = report.warnings.find((warning) => warning.code === 'EXECUTION_OVER_100');
    expect(over?.message['zh-CN']).toContain('执行 1,291.734 万元');
    expect(over?.message['zh-CN']).toContain('1,291.73 万元');
    // clearly over: the amounts as the lines show them, to 0.01 万元
    const clear = await scoreWorkbook(new GridPort(workbook([header, ['合计', '合计', '', 12917300.57, 15000123.45, 10, '', '']])));
    const clearly = clear.report.warnings.find((warning) => warning.code === 'EXECUTION_OVER_100');
    expect(clearly?.message['zh-CN']).toContain('执行 1,500.01 万元，全年预算数 1,291.73 万元');
  });

  it('keeps amounts in 万元 as they are, with no note, under headers that say （万元）', async () => {
    const header = BUDGET_HEADER.map((name) => (name === '全年预算数' ? `${name}（万元）` : name));
    const result = await scoreWorkbook(new GridPort(workbook([header, ...seed002BudgetRows().slice(1)])));
    expect(result.report.budget).toMatchObject({ adjusted: 1291.73, executed: 1288.38 });
    expect(result.report.warnings.filter((warning) => warning.code === 'AMOUNT_UNIT_CONVERTED')).toEqual([]);
  });

  it('still refuses 189.4元 in a table kept in 万元', async () => {
    const rows = seed002BudgetRows();
    rows[1][BUDGET_HEADER.indexOf('全年执行数')] = '12,883,800元';
    const result = await scoreWorkbook(new GridPort(workbook(rows)));
    const refused = result.report.warnings.find((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE' && warning.cell === 'E2');
    expect(refused?.message['zh-CN']).toBe('「合计」的全年执行数“12,883,800元”不是以万元为单位（金额应以万元填写，1 万元 = 10,000 元，请换算后填写），该数未计入。');
  });
});

describe('scoreWorkbook names the budget table’s note column as its header does', () => {
  it('asks for the reason in “备注” where the table heads its 说明 column 备注, and in “说明” where it has 说明', async () => {
    const adjustmentNote = async (noteHeader: string) => {
      const rows = seed002BudgetRows();
      rows[0] = BUDGET_HEADER.map((name) => (name === '说明' ? noteHeader : name));
      rows[1][BUDGET_HEADER.indexOf('年初预算数')] = 1200;
      const result = await scoreWorkbook(new GridPort([sheet('基本信息', seed000BasicInfoRows()), sheet('预算执行', rows), sheet('绩效指标', seed000IndicatorRows())]));
      return result.report.warnings.find((warning) => warning.code === 'ADJUSTMENT_UNEXPLAINED')?.message;
    };
    expect((await adjustmentNote('备注'))?.['zh-CN']).toBe('「合计」年初预算数 1,200 万元调整为全年预算数 1,291.73 万元（增加 91.73 万元），请在“备注”中写明调整原因。');
    expect((await adjustmentNote('备注'))?.['en-US']).toContain('please give the reason in the note column (备注).');
    expect((await adjustmentNote('说明'))?.['zh-CN']).toContain('请在“说明”中写明调整原因。');
  });
});

describe('scoreWorkbook names the indicator table’s reason column as its header does', () => {
  // seed 002's first task, 乡村振兴产业对接成功案例 missed without a reason and 组织企业家参观考察人数
  // taken to 13 of ≥10 (130%) without one
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '度量单位', '实际完成值', '分值'];
  const lines: CellInput[][] = [
    ['产出指标', '数量指标', '基层商（协）会专题培训场次', '≥4', '场', 4, 5],
    ['效益指标', '社会效益指标', '组织企业家参观考察人数', '≥10', '名', 13, 5],
    ['效益指标', '社会效益指标', '乡村振兴产业对接成功案例', '≥1', '个', 0, 5],
    ['满意度指标', '服务对象满意度指标', '会员企业参与活动满意率', '≥90%', '%', '91%', 5],
  ];
  const score = async (rows: CellInput[][]) => {
    const port = new GridPort([sheet('基本信息', seed000BasicInfoRows()), sheet('预算执行', seed002BudgetRows()), sheet('绩效指标', rows)]);
    const result = await scoreWorkbook(port);
    const asking = result.report.warnings.filter((warning) => warning.code === 'MISSED_NO_REASON' || warning.code === 'OVERACHIEVED_NO_REASON');
    const summary = port.grid('评分结果').values.flat().filter((value): value is string => typeof value === 'string');
    return { port, asking, summary };
  };

  it('asks for the reason in “偏差原因” where the table heads the column so, in the warnings, the 提示 and 评分结果', async () => {
    const { port, asking, summary } = await score([[...header, '偏差原因'], ...lines.map((line) => [...line, ''])]);
    expect(asking.map((warning) => [warning.cell, warning.message['zh-CN']])).toEqual([
      ['F3', '指标“组织企业家参观考察人数”实际完成值 13名 达到目标 ≥10名 的 130%，超出较多，可能是目标值设置偏低，请在“偏差原因”中说明原因。'],
      ['F4', '指标“乡村振兴产业对接成功案例”未达到年度指标值（目标 ≥1个，实际 0个），请在“偏差原因”中写明未完成原因及改进措施。'],
    ]);
    expect(asking[1].message['en-US']).toContain('please give the reason for the deviation and the measures taken in the reason column (偏差原因).');
    const hints = port.grid('绩效指标');
    const hintColumn = hints.values[0].indexOf('提示') + 1;
    expect(textAt(hints, 4, hintColumn)).toContain('请在“偏差原因”中写明未完成原因及改进措施');
    expect(summary.some((text) => text.includes('请在“偏差原因”中写明未完成原因及改进措施。'))).toBe(true);
  });

  it('says the table has no reason column and where to add one, and asks no more once it is added there', async () => {
    const { port, asking, summary } = await score([header, ...lines]);
    expect(asking.map((warning) => warning.message['zh-CN'])).toEqual([
      '指标“组织企业家参观考察人数”实际完成值 13名 达到目标 ≥10名 的 130%，超出较多，可能是目标值设置偏低，本表没有偏差原因栏，请在实际完成值一栏之后插入一列“偏差原因分析及改进措施”并说明原因。',
      '指标“乡村振兴产业对接成功案例”未达到年度指标值（目标 ≥1个，实际 0个），本表没有偏差原因栏，请在实际完成值一栏之后插入一列“偏差原因分析及改进措施”并写明未完成原因及改进措施。',
    ]);
    expect(summary.some((text) => text.includes('本表没有偏差原因栏'))).toBe(true);
    // the column inserted after 实际完成值 as advised, in the sheet as scored (its result columns beside it)
    const scored = port.grid('绩效指标');
    const reasons = ['', '目标设置偏低，下一年度调整为15名。', '受疫情影响，产业对接暂未达成意向。', ''];
    const inserted = scored.values.map((row, index) => [...row.slice(0, 6), index === 0 ? '偏差原因分析及改进措施' : (reasons[index - 1] ?? ''), ...row.slice(6)]);
    const again = await scoreWorkbook(new GridPort([...port.grids.filter((grid) => grid.name !== '绩效指标'), sheet('绩效指标', inserted)]));
    expect(again.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(again.report.warnings.filter((warning) => warning.code === 'MISSED_NO_REASON' || warning.code === 'OVERACHIEVED_NO_REASON')).toEqual([]);
  });
});

describe('scoreWorkbook on a budget table whose header is written again (a page break, a 项目支出明细 block)', () => {
  it('ends the table there, reads that header as no line, and says the rows under it were not read and what to do', async () => {
    const lines = seed002BudgetRows().slice(1);
    const taskLines = Array.from({ length: 20 }, (_, index): CellInput[] => [`任务${index + 1}`, '任务', '', 10, 9.5, '', '', '']);
    // last year's table under this year's, as units keep them: merged in, its 合计 would be counted twice
    const budget = [BUDGET_HEADER, ...lines, ...taskLines, ['2022年预算执行情况（上年）'], BUDGET_HEADER, ['合计', '合计', '', 1200, 1100, '', '', '']];
    const result = await scoreWorkbook(new GridPort([sheet('预算执行', budget), sheet('绩效指标', seed000IndicatorRows())]));
    const names = result.report.budget?.lines.map((line) => line.name) ?? [];
    expect(names).not.toContain('资金项目');
    expect(names.filter((name) => name === '合计')).toHaveLength(1);
    expect(result.report.budget).toMatchObject({ adjusted: 1291.73, executed: 1288.38 });
    const repeated = result.problems.find((problem) => problem.code === 'BUDGET_HEADER_REPEATED');
    expect(repeated).toMatchObject({ sheet: '预算执行', cell: 'A30:H30', fatal: false });
    expect(repeated?.message['zh-CN']).toBe('工作表「预算执行」的预算执行表读到第 29 行为止：第 30 行又是它的表头，其下的行未读取。如是本表的续页，请删去这一行表头后重新评分；如是另一张表（如上年的），可不理会。');
  });
});

describe('scoreWorkbook on a budget table with a caption over its lines', () => {
  // the MoF layout's 预算执行率 row, whose points go to the budget table's 合计 line or, with none, its first line
  const indicators: CellInput[][] = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['预算执行率', '', '', '100%', '95%', 10, ''],
    ['产出', '数量指标', '开展联谊活动场次', '≥6场', '6场', 50, ''],
    ['效益', '社会效益指标', '非公经济人士参与度', '≥85%', '88%', 40, ''],
  ];
  /** seed 002's first task as the project's one line (年初 45, 全年 42.52, 执行 40.39), under `caption` */
  const score = (caption: string | null, executed: CellInput = 40.39) => {
    const line: CellInput[] = ['工商联业务及海内外联谊工作', '任务', 45, 42.52, executed, '', '', '已按调整后预算执行'];
    const budget = [BUDGET_HEADER, ...(caption === null ? [] : [[caption]]), line];
    return scoreWorkbook(new GridPort([sheet('预算执行', budget), sheet('绩效指标', indicators)]));
  };

  it.each(['项目支出明细', '其中：', '一、项目支出情况'])('gives the 预算执行率 row’s points to the line under %s, not to the caption (which scored 0 with an error)', async (caption) => {
    const { report, problems } = await score(caption);
    expect(report.budget?.lines.map((line) => line.name)).toEqual(['工商联业务及海内外联谊工作']);
    expect(report.budget).toMatchObject({ points: 10, score: 9.5 });
    expect(report.total).toMatchObject({ score: 99.5, grade: '优' });
    expect(report.warnings.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE')).toEqual([]);
    const moved = problems.find((problem) => problem.code === 'BUDGET_EXECUTION_ROW_MOVED');
    expect(moved?.message['zh-CN']).toContain('作为「工商联业务及海内外联谊工作」行（工作表「预算执行」第 3 行）的预算执行分值');
  });

  it.each([
    ['under the caption', '项目支出明细', 'E3'],
    ['with no caption', null, 'E2'],
  ])('still tells the line %s that its 全年执行数 is missing', async (_, caption, cell) => {
    const { report } = await score(caption, '');
    const missing = report.warnings.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE');
    expect(missing.map((warning) => [warning.cell, warning.message['zh-CN']])).toEqual([
      [cell, '「工商联业务及海内外联谊工作」填写了分值，但缺少全年执行数，无法计算预算执行率得分，暂按 0 分计。'],
    ]);
  });
});

describe('scoreWorkbook on a budget table of several lines and no 合计 line', () => {
  // seed 002's three tasks, with their 全年预算数; spending invented so each task has its own rate
  const tasks: CellInput[][] = [
    ['工商联业务及海内外联谊工作', '任务', '', 42.52, 40.39, '', '', ''],
    ['区非公有制经济组织党委工作', '任务', '', 52.61, 52.61, '', '', ''],
    ['民营经济创新发展服务中心', '任务', '', 290.17, 278.56, '', '', ''],
  ];
  const indicators: CellInput[][] = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['预算执行率', '', '', '100%', '95%', 10, ''],
    ['产出', '数量指标', '开展联谊活动场次', '≥6场', '6场', 50, ''],
    ['效益', '社会效益指标', '非公经济人士参与度', '≥85%', '88%', 40, ''],
  ];
  const score = () => scoreWorkbook(new GridPort([sheet('预算执行', [BUDGET_HEADER, ...tasks]), sheet('绩效指标', indicators)]));

  it('scores the 预算执行率 row’s points on the tasks together (371.56 of 385.3, 96.4%), not on the first task alone (95%)', async () => {
    const { report, problems } = await score();
    expect(report.budget?.executionRate).toBeCloseTo(371.56 / 385.3, 10);
    expect(report.budget).toMatchObject({ points: 10, score: 9.64 });
    expect(report.total).toMatchObject({ score: 99.64, grade: '优' });
    // the score is the unit's: no one task's line shows it
    expect(report.budget?.lines.map((line) => line.score)).toEqual([null, null, null]);
    const moved = problems.find((problem) => problem.code === 'BUDGET_EXECUTION_ROW_MOVED');
    expect(moved?.message['zh-CN']).toBe('绩效指标表第 2 行「预算执行率」按预算执行表计分：预算执行表（工作表「预算执行」）没有合计行，其分值按基本支出与项目支出之和（没有时按各任务之和）的全年执行数 / 全年预算数计分。');
  });

  // review of the change: tables without a 类别 column, as units keep them
  const withoutCategory = (lines: CellInput[][]) =>
    scoreWorkbook(new GridPort([sheet('预算执行', [['资金项目', '全年预算数', '全年执行数'], ...lines]), sheet('绩效指标', indicators)]));

  it('reads numbered 一、基本支出 and 二、项目支出 as the unit’s parts, and scores the points on them together (seed 002: 1,288.38 / 1,291.73)', async () => {
    const { report } = await withoutCategory([
      ['一、基本支出', 818, 815.05],
      ['二、项目支出', 473.73, 473.33],
    ]);
    expect(report.budget).toMatchObject({ points: 10, score: 9.97, basic: 815.05, project: 473.33 });
    expect(report.warnings.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE')).toEqual([]);
  });

  it('keeps the points on the first line, on its own rate, where no line is a part the unit’s totals are summed from (lines named by project, or fund sources)', async () => {
    const byProject = await withoutCategory([
      ['工商联业务及海内外联谊工作', 42.52, 40.39],
      ['区非公有制经济组织党委工作', 52.61, 52.61],
    ]);
    expect(byProject.report.budget).toMatchObject({ points: 10, score: 9.5 });
    const bySource = await withoutCategory([
      ['财政拨款', 1291.73, 1288.38],
      ['其他资金', 0, 0],
    ]);
    expect(bySource.report.budget).toMatchObject({ points: 10, score: 9.97 });
    expect([...byProject.report.warnings, ...bySource.report.warnings].filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE')).toEqual([]);
  });

  it('scores on the first part’s own rate while another part’s 全年执行数 is blank, which is asked for at its cell', async () => {
    const { report } = await withoutCategory([
      ['基本支出', 818, 815.05],
      ['项目支出', 473.73, ''],
    ]);
    expect(report.budget).toMatchObject({ points: 10, score: 9.96 });
    const blank = report.warnings.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE');
    expect(blank.map((warning) => [warning.cell, warning.params.reason])).toEqual([['C3', 'executedBlank']]);
  });

  it('shows the same rate and score in the 预算执行率 row’s own output cells', async () => {
    const port = new GridPort([sheet('预算执行', [BUDGET_HEADER, ...tasks]), sheet('绩效指标', indicators)]);
    await scoreWorkbook(port);
    const grid = port.grid('绩效指标');
    const header = grid.values[0];
    const rate = grid.values[1][header.indexOf('完成率')];
    const computed = grid.values[1][header.indexOf('计算得分')];
    expect(rate).toBeCloseTo(371.56 / 385.3, 10);
    expect(computed).toBe(9.64);
  });
});

describe('scoreWorkbook on a budget table with no lines yet', () => {
  it('says in 评分结果 that the budget table has no lines, not that it was not found', async () => {
    const port = new GridPort([sheet('预算执行', [BUDGET_HEADER]), sheet('绩效指标', seed000IndicatorRows())]);
    await scoreWorkbook(port);
    const texts = port.grid('评分结果').values.flat().filter((value): value is string => typeof value === 'string');
    expect(texts).toContain('预算执行表中还没有资金行，总分不含预算执行得分。');
    expect(texts.join('')).not.toContain('未找到预算执行表');
  });
});

describe('scoreWorkbook takes its settings from the workbook', () => {
  it('scores with the 评分设置 sheet’s grade bands', async () => {
    const port = new GridPort([
      ...seed000Workbook(),
      sheet('评分设置', [['参数', '值'], ['等级划分', '95:好; 85:较好; 60:一般; 0:差']]),
    ]);
    const result = await scoreWorkbook(port);
    expect(result.report.total.grade).toBe('较好');
    // the result says which rules gave that grade, and where they were set
    expect(result.problems).toEqual([expect.objectContaining({ code: 'SCHEME_NOT_DEFAULT', severity: 'info', fatal: false, sheet: '评分设置', cell: 'B2' })]);
    expect(result.problems[0].message['zh-CN']).toBe('按评分设置评分，以下设置不同于默认：等级划分 95:好; 85:较好; 60:一般; 0:差。');
    expect(result.problems[0].message['en-US']).toContain('Grade bands 95:好; 85:较好; 60:一般; 0:差');
  });

  it('adds no note on the scheme when 评分设置 holds the defaults', async () => {
    const port = new GridPort([...seed000Workbook(), sheet('评分设置', [['参数', '值'], ['满分', 100], ['等级划分', '90:优; 80:良; 60:中; 0:差']])]);
    expect((await scoreWorkbook(port)).problems).toEqual([]);
  });

  it('lists an unreadable setting as a problem naming its cell, and still scores', async () => {
    const port = new GridPort([...seed000Workbook(), sheet('评分设置', [['参数', '值'], ['满分', '一百']])]);
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'SETTING_INVALID', sheet: '评分设置', cell: 'B2', fatal: false })]);
    expect(port.applied).toHaveLength(1);
  });

  it.each([
    ['its header renamed', [['设置', '数值'], ['等级划分', '95:好; 85:较好; 60:一般; 0:差']]],
    ['its header row deleted', [['满分', 100], ['等级划分', '95:好; 85:较好; 60:一般; 0:差']]],
  ])('says so when 评分设置 holds settings it cannot read (%s), rather than scoring with the defaults in silence', async (_, rows) => {
    const port = new GridPort([...seed000Workbook(), sheet('评分设置', rows)]);
    const result = await scoreWorkbook(port);
    expect(result.report.total.grade).toBe('优');
    const problem = result.problems.find((candidate) => candidate.code === 'SETTINGS_TABLE_NOT_FOUND');
    expect(problem).toMatchObject({ severity: 'error', fatal: false, sheet: '评分设置', cell: 'A1' });
    expect(problem?.message['zh-CN']).toContain('「参数」「值」');
    expect(problem?.message['en-US']).toContain('default');
  });

  it('says so when a 值 has lost its 参数 name, rather than dropping the value in silence', async () => {
    const port = new GridPort([...seed000Workbook(), sheet('评分设置', [['参数', '值'], ['满分', 100], ['', '95:好; 85:较好; 60:一般; 0:差']])]);
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'SETTING_INVALID', severity: 'error', sheet: '评分设置', cell: 'A3' })]);
    expect(result.problems[0].message['zh-CN']).toContain('没有参数名');
  });

  it('says nothing of a blank 评分设置 sheet', async () => {
    const result = await scoreWorkbook(new GridPort([...seed000Workbook(), sheet('评分设置', [])]));
    expect(result.problems).toEqual([]);
  });

  it('keeps the user’s table locations in the workbook so that a colleague’s copy uses them', async () => {
    const rows = seed000IndicatorRows();
    rows[0] = ['层级一', '', '名称', '', '目标', '', '完成', '分', '', ''];
    const remembered = { indicators: { sheet: '指标', headerRow: 1, columns: { level1: 1, level3: 3, target: 5, actual: 7, points: 8 } } };
    const port = new GridPort([sheet('指标', rows)]);
    const first = await scoreWorkbook(port, { remembered });
    expect(first.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(readMarker(port.grids)?.tableLocations).toEqual(remembered);
    const colleague = await scoreWorkbook(new GridPort(port.grids));
    expect(colleague.detection.indicators?.source).toBe('remembered');
    expect(colleague.report.total.score).toBe(100);
  });
});

describe('scoreWorkbook and the 自评报告 sheet', () => {
  it('adds the injected report plan and keeps its hash for the next run', async () => {
    const calls: Array<{ existing: SheetGrid | null; storedHash: string | null }> = [];
    const planner: ReportSheetPlanner = (report, existing, context) => {
      calls.push({ existing, storedHash: context.storedHash });
      return {
        ops: [
          { kind: 'ensureSheet', sheet: '自评报告' },
          { kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: [[{ kind: 'text', value: `总分 ${report.total.score}` }]] },
        ],
        sheet: '自评报告',
        hash: 'hash-of-report',
        conflict: null,
      };
    };
    const port = new GridPort(seed000Workbook());
    await scoreWorkbook(port, { planReportSheet: planner });
    expect(textAt(port.grid('自评报告'), 1, 1)).toBe('总分 93');
    await scoreWorkbook(port, { planReportSheet: planner });
    expect(calls[0]).toEqual({ existing: null, storedHash: null });
    expect(calls[1].storedHash).toBe('hash-of-report');
    expect(calls[1].existing?.name).toBe('自评报告');
  });

  it('reports a conflict the planner found, and writes the rest', async () => {
    const planner: ReportSheetPlanner = () => ({
      ops: [],
      conflict: { sheet: '自评报告', message: { 'zh-CN': '工作表“自评报告”已被修改', 'en-US': 'edited' } },
    });
    const port = new GridPort(seed000Workbook());
    const result = await scoreWorkbook(port, { planReportSheet: planner });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'REPORT_SHEET_CONFLICT', fatal: false, sheet: '自评报告' })]);
    expect(port.grids.map((grid) => grid.name)).toContain('评分结果');
  });
});

describe('scoreWorkbook on the forms units hand in', () => {
  it('scores seed 000 in a department’s own form (序号, two-row header, 小计 and 合计 rows, footer) 93 / 优', async () => {
    const port = new GridPort([seed000DepartmentForm()]);
    const result = await scoreWorkbook(port);
    expect(result.report.total).toMatchObject({ score: 93, max: 100, grade: '优' });
    expect(result.report.warnings.map((warning) => warning.code)).not.toContain('POINTS_TOTAL_MISMATCH');
  });
});
