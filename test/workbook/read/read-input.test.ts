import { cellOfField } from '../../../src/domain/cells/field-cell';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import type { SheetGrid } from '../../../src/workbook/grid';
import { blankRows, sheet, type CellInput } from '../helpers/grid-builder';
import {
  SEED_000_INDICATORS,
  seed000BasicInfoRows,
  seed000BudgetRows,
  seed000IndicatorRows,
  seed000MergedLevelRows,
  seed002BudgetRows,
} from '../helpers/seed-sheets';

const read = (grids: SheetGrid[]) => readInput(grids, detectTables(grids));

describe('readInput: indicators', () => {
  it('reads seed 000’s nine indicators with the cell of every field', () => {
    const { input, problems } = read([sheet('绩效指标', seed000IndicatorRows())]);
    expect(problems).toEqual([]);
    expect(input.indicators.map((row) => [row.level1, row.level3, row.points.value, row.selfScore?.value])).toEqual(
      SEED_000_INDICATORS.map(([level1, level3, points, self]) => [level1, level3, points, self]),
    );
    const first = input.indicators[0];
    expect(first).toMatchObject({ sheet: '绩效指标', row: 2, task: null, level2: '', reason: '' });
    expect(first.target).toEqual({ value: '达成', numberFormat: 'General' });
    expect(first.comparator).toEqual({ value: '定性', numberFormat: 'General' });
    expect(cellOfField(first, 'actual')).toEqual({ sheet: '绩效指标', address: 'G2', row: 2, column: 7 });
    expect(cellOfField(first, 'points')?.address).toBe('H2');
    expect(cellOfField(first, 'task')).toBeNull();
    // one column map for the whole table, not an object per row
    expect(input.indicators.every((row) => row.columns === first.columns)).toBe(true);
  });

  it('lets a blank merged 一级指标 cell inherit the value above', () => {
    const { input } = read([sheet('绩效指标', seed000MergedLevelRows())]);
    expect(input.indicators.map((row) => row.level1)).toEqual(SEED_000_INDICATORS.map(([level1]) => level1));
  });

  it('inherits 任务 and 二级指标 too, and starts lower levels afresh when a higher level changes', () => {
    const rows: CellInput[][] = [
      ['任务', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['任务1', '产出', '数量', '培训场次', '≥4场', '4场', 20],
      ['', '', '', '培训人次', '≥200人次', '210人次', 20],
      ['', '效益', '', '企业满意度', '≥90%', '91%', 10],
      ['任务2', '产出', '质量', '活动场次', '≥20场', '22场', 20],
      ['', '', '', '覆盖人次', '≥100人次', '123人次', 30],
    ];
    const { input } = read([sheet('绩效指标', rows)]);
    expect(input.indicators.map((row) => [row.task, row.level1, row.level2, row.level3])).toEqual([
      ['任务1', '产出', '数量', '培训场次'],
      ['任务1', '产出', '数量', '培训人次'],
      ['任务1', '效益', '', '企业满意度'],
      ['任务2', '产出', '质量', '活动场次'],
      ['任务2', '产出', '质量', '覆盖人次'],
    ]);
  });

  it('gives a cell merged down over rows (偏差原因, 年度指标值) to every row it covers, but not 分值 or 自评得分', () => {
    const rows: CellInput[][] = [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'],
      ['产出指标', 'A', '≥10', 8, 20, 16, 'A、B 两项培训延期'],
      ['', 'B', '', 7, '', '', ''],
      ['', 'C', '≥10', 12, 20, 20, '超额完成'],
      ['', '', '', '', '', '', ''],
      ['', 'D', '≥10', 10, 20, 20, ''],
    ];
    // C2:C3 (年度指标值), E2:E3 and F2:F3 (分值, 自评得分), G2:G3 (偏差原因); G4:G5 over a row that holds nothing else
    const merges = [3, 5, 6, 7].map((column) => ({ top: 2, left: column, bottom: 3, right: column }));
    merges.push({ top: 4, left: 7, bottom: 5, right: 7 });
    const { input } = read([{ ...sheet('绩效指标', rows), merges }]);
    expect(input.indicators.map((row) => [row.level3, row.target.value, row.points.value, row.selfScore?.value ?? null, row.reason])).toEqual([
      ['A', '≥10', 20, 16, 'A、B 两项培训延期'],
      ['B', '≥10', null, null, 'A、B 两项培训延期'],
      ['C', '≥10', 20, 20, '超额完成'],
      ['D', '≥10', 20, 20, ''],
    ]);
    // both rows of the merged 分值 / 自评得分 name the other, for the engine to ask for each row's own
    expect(input.indicators.map((row) => row.mergedWith ?? null)).toEqual([{ points: 3, selfScore: 3 }, { points: 2, selfScore: 2 }, null, null]);
  });

  it('recognises 合计 / 总分 / 小计 rows and does not score them', () => {
    const rows = [...seed000IndicatorRows(), ['合 计', '', '', '', '', '', '', 100, 93, '']];
    rows.splice(8, 0, ['小计', '', '', '', '', '', '', 80, 74, '']);
    const { input, totalRows } = read([sheet('绩效指标', rows)]);
    expect(input.indicators).toHaveLength(9);
    expect(totalRows).toEqual([
      { sheet: '绩效指标', row: 9 },
      { sheet: '绩效指标', row: 12 },
    ]);
  });

  it('skips blank rows inside the table and ignores a 100-row blank tail', () => {
    const rows = seed000IndicatorRows();
    const grid = sheet('绩效指标', [...rows.slice(0, 5), ...blankRows(2), ...rows.slice(5), ...blankRows(100)]);
    const { input } = read([grid]);
    expect(input.indicators).toHaveLength(9);
    expect(input.indicators[4].row).toBe(8);
  });

  it('passes error values such as #N/A to the engine as errors, and keeps number formats', () => {
    const rows = seed000IndicatorRows();
    rows[1][6] = { error: '#N/A' };
    rows[2][6] = { value: 0.95, format: '0.0%' };
    const { input } = read([sheet('绩效指标', rows)]);
    expect(input.indicators[0].actual).toEqual({ value: { error: '#N/A' }, numberFormat: 'General' });
    expect(input.indicators[1].actual).toEqual({ value: 0.95, numberFormat: '0.0%' });
  });

  it('leaves the operator inside the value when there is no 指标性质 column', () => {
    const rows: CellInput[][] = [
      ['一级指标', '三级指标', '指标值', '实际值', '分值'],
      ['产出', '培训人次', '≥50个', '60个', 10],
    ];
    const [indicator] = read([sheet('指标', rows)]).input.indicators;
    expect(indicator.comparator).toBeNull();
    expect(indicator.target.value).toBe('≥50个');
  });

  it('reads a table with a missing required column with blank cells, for a preview', () => {
    const rows = seed000IndicatorRows().map((row) => row.slice(0, 6));
    const grids = [sheet('绩效指标', rows)];
    const detection = detectTables(grids);
    expect(detection.indicators?.missing).toEqual(['actual', 'points']);
    const { input } = readInput(grids, detection);
    expect(input.indicators[0].actual).toEqual({ value: null });
  });
});

describe('readInput: the 预算执行率 row of the MoF project layout', () => {
  const indicatorRows = (): CellInput[][] => [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['预算执行率', '', '', '100%', '95%', 10, 9.5],
    ['产出', '数量指标', '培训人次', '≥200人次', '210人次', 50, 50],
    ['效益', '社会效益', '企业满意度', '≥90%', '91%', 40, 40],
  ];

  it('stays an indicator when there is no budget table (the ≥ 100% rule is the execution score)', () => {
    const { input, budgetExecutionRows, problems } = read([sheet('绩效指标', indicatorRows())]);
    expect(input.indicators.map((row) => row.level1)).toEqual(['预算执行率', '产出', '效益']);
    expect(budgetExecutionRows).toEqual([{ sheet: '绩效指标', row: 2, treatment: 'kept' }]);
    expect(problems).toEqual([]);
  });

  it('gives its points to the budget table when that table has amounts and no points', () => {
    const { input, budgetExecutionRows, problems } = read([
      sheet('预算执行', seed000BudgetRows()),
      sheet('绩效指标', indicatorRows()),
    ]);
    expect(input.indicators.map((row) => row.level1)).toEqual(['产出', '效益']);
    const total = input.budget.find((line) => line.category === 'total');
    expect(total?.points).toEqual({ value: 10, numberFormat: 'General' });
    expect(total?.cells.points).toEqual({ sheet: '绩效指标', address: 'F2', row: 2, column: 6 });
    expect(budgetExecutionRows).toEqual([{ sheet: '绩效指标', row: 2, treatment: 'moved' }]);
    expect(problems).toEqual([expect.objectContaining({ code: 'BUDGET_EXECUTION_ROW_MOVED', severity: 'info', sheet: '绩效指标', cell: 'F2' })]);
  });

  it('is not counted twice when the budget table already carries the points', () => {
    const { input, budgetExecutionRows, problems } = read([
      sheet('预算执行', seed002BudgetRows()),
      sheet('绩效指标', indicatorRows()),
    ]);
    expect(input.indicators).toHaveLength(2);
    expect(input.budget.filter((line) => line.points?.value !== null && line.points?.value !== undefined)).toHaveLength(1);
    expect(budgetExecutionRows[0].treatment).toBe('ignored');
    expect(problems[0]).toMatchObject({ code: 'BUDGET_EXECUTION_ROW_IGNORED', severity: 'warning', sheet: '绩效指标' });
    expect(problems[0].message['zh-CN']).toContain('避免重复计分');
  });
});

describe('readInput: budget', () => {
  it('reads seed 002’s lines with their categories and cells', () => {
    const { input } = read([sheet('预算执行', seed002BudgetRows()), sheet('绩效指标', seed000IndicatorRows())]);
    expect(input.budget.map((line) => [line.name, line.category])).toEqual([
      ['合计', 'total'],
      ['基本支出', 'basic'],
      ['项目支出', 'project'],
      ['一般公共预算财政拨款', 'fiscal'],
      ['工商联业务及海内外联谊工作', 'task'],
      ['区非公有制经济组织党委工作', 'task'],
      ['区“两新”组织党建创新中心工作', 'task'],
    ]);
    const [total] = input.budget;
    expect(total).toMatchObject({ sheet: '预算执行', row: 2, categoryText: '合计', initial: { value: null }, note: '' });
    expect(total.adjusted?.value).toBe(1291.73);
    expect(total.executed?.value).toBe(1288.38);
    expect(total.points?.value).toBe(10);
    expect(total.cells.executed?.address).toBe('E2');
  });

  it('keeps an unknown 类别 as text with no category', () => {
    const rows = seed000BudgetRows();
    rows[1][1] = '杂项';
    const [line] = read([sheet('预算执行', rows), sheet('绩效指标', seed000IndicatorRows())]).input.budget;
    expect(line).toMatchObject({ category: null, categoryText: '杂项' });
  });

  it('reads the category from the line name when the table has no 类别 column', () => {
    const rows: CellInput[][] = [
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值'],
      ['年度资金总额', 30, 30, 28.5, 10],
      ['其中：当年财政拨款', 30, 30, 28.5, ''],
      ['上年结转资金', 0, 0, 0, ''],
      ['其他资金', '', '', '', ''],
    ];
    const { input } = read([sheet('预算', rows), sheet('绩效指标', seed000IndicatorRows())]);
    expect(input.budget.map((line) => line.category)).toEqual(['total', 'fiscal', 'carryOver', 'otherFunds']);
    expect(input.budget[1].categoryText).toBe('');
  });
});

describe('readInput: 基本信息', () => {
  it('reads the 项目 | 内容 table of the template', () => {
    const { input } = read([sheet('基本信息', seed000BasicInfoRows()), sheet('绩效指标', seed000IndicatorRows())]);
    expect(input.info).toMatchObject({
      unitName: '武汉市新洲区工商业联合会',
      year: '2019',
      evaluationType: 'department',
      extraProblems: '绩效目标管理意识不强，预算编制不规范、欠细化',
    });
    expect(input.info.functions).toContain('政治协商');
    expect(input.info.cells.unitName).toEqual({ sheet: '基本信息', address: 'B2', row: 2, column: 2 });
  });

  it('tolerates item aliases such as 部门主要职能 and 机构、人员情况', () => {
    const rows: CellInput[][] = [
      ['项目', '内容'],
      ['部门（单位）名称', '广州市黄埔区工商业联合会'],
      ['评价年度', '2022年度'],
      ['评价类型', '项目支出'],
      ['部门主要职能', '参与有关非公有制经济发展规划和政策规定的讨论研究'],
      ['机构、人员情况', '内设业务科'],
    ];
    const { input } = read([sheet('信息', rows), sheet('绩效指标', seed000IndicatorRows())]);
    expect(input.info).toMatchObject({
      unitName: '广州市黄埔区工商业联合会',
      year: '2022',
      evaluationType: 'project',
      functions: '参与有关非公有制经济发展规划和政策规定的讨论研究',
      organisation: '内设业务科',
      annualGoals: '',
    });
  });

  it('reads 单位名称 from a title row when there is no 基本信息 table, and not 单位：万元', () => {
    const rows: CellInput[][] = [
      ['2022年度部门整体支出绩效自评表'],
      ['单位名称：广州市黄埔区工商业联合会', '', '', '', '', '', '单位：万元'],
      ['评价年度', 2022],
      ...seed000IndicatorRows(),
    ];
    const { input } = read([sheet('Sheet1', rows)]);
    expect(input.info.unitName).toBe('广州市黄埔区工商业联合会');
    expect(input.info.cells.unitName?.address).toBe('A2');
    expect(input.info.year).toBe('2022');
    expect(input.info.cells.year?.address).toBe('B3');
  });

  it('reads 项目名称, from the 基本信息 table or from the title rows of a MoF 自评表', () => {
    const rows: CellInput[][] = [
      ['项目', '内容'],
      ['单位名称', '示例区人社局'],
      ['评价类型', '项目支出'],
      ['项目名称', '职业技能提升培训补贴项目'],
    ];
    const fromTable = read([sheet('基本信息', rows), sheet('绩效指标', seed000IndicatorRows())]).input.info;
    expect(fromTable.projectName).toBe('职业技能提升培训补贴项目');
    expect(fromTable.cells.projectName?.address).toBe('B4');
    const titled: CellInput[][] = [['项目支出绩效自评表'], ['项目名称', '职业技能提升培训补贴项目'], ...seed000IndicatorRows()];
    expect(read([sheet('Sheet1', titled)]).input.info.projectName).toBe('职业技能提升培训补贴项目');
  });

  it('gives empty texts and no type when there is nothing to read', () => {
    const { input } = read([sheet('绩效指标', seed000IndicatorRows())]);
    expect(input.info).toEqual({
      unitName: '',
      year: '',
      evaluationType: null,
      projectName: '',
      functions: '',
      organisation: '',
      annualGoals: '',
      achievements: '',
      extraProblems: '',
      cells: {},
    });
  });
});

describe('readInput: 评分设置', () => {
  it('hands the 参数 | 值 rows to the scheme reader with their cells', () => {
    const grids = [
      sheet('绩效指标', seed000IndicatorRows()),
      sheet('评分设置', [['参数', '值', '说明'], ['满分', 100, '各项分值之和'], [], ['执行率预警线', { value: 0.9, format: '0%' }, '']]),
    ];
    const { schemeRows } = read(grids);
    expect(schemeRows).toEqual([
      {
        key: { value: '满分', numberFormat: 'General' },
        value: { value: 100, numberFormat: 'General' },
        keyCell: { sheet: '评分设置', address: 'A2', row: 2, column: 1 },
        valueCell: { sheet: '评分设置', address: 'B2', row: 2, column: 2 },
      },
      {
        key: { value: '执行率预警线', numberFormat: 'General' },
        value: { value: 0.9, numberFormat: '0%' },
        keyCell: { sheet: '评分设置', address: 'A4', row: 4, column: 1 },
        valueCell: { sheet: '评分设置', address: 'B4', row: 4, column: 2 },
      },
    ]);
  });
});
