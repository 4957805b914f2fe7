import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { BLANK_ROWS_ENDING_A_TABLE } from '../../../src/workbook/detect/table-extent';
import { blankRows, reorderColumns, sheet, type CellInput } from '../helpers/grid-builder';
import {
  INDICATOR_HEADER,
  seed000BasicInfoRows,
  seed000IndicatorRows,
  seed002BudgetRows,
} from '../helpers/seed-sheets';

const fieldsOf = (columns: Array<{ field: string; column: number }>) =>
  Object.fromEntries(columns.map((column) => [column.field, column.column]));

describe('detectTables on the standard template', () => {
  const detection = detectTables([
    sheet('基本信息', seed000BasicInfoRows()),
    sheet('预算执行', seed002BudgetRows()),
    sheet('绩效指标', seed000IndicatorRows()),
    sheet('评分设置', [['参数', '值', '说明'], ['满分', 100, '']]),
  ]);

  it('finds the four tables with their sheets, header rows and ranges', () => {
    expect(detection.problems).toEqual([]);
    expect(detection.indicators).toMatchObject({ sheet: '绩效指标', headerRow: 1, firstDataRow: 2, lastRow: 10, range: 'A1:J10' });
    expect(detection.budget).toMatchObject({ sheet: '预算执行', headerRow: 1, lastRow: 8, range: 'A1:H8' });
    expect(detection.basicInfo).toMatchObject({ sheet: '基本信息', headerRow: 1, range: 'A1:B9' });
    expect(detection.settings).toMatchObject({ sheet: '评分设置', headerRow: 1, range: 'A1:C2' });
  });

  it('says which header became which field, with its cell', () => {
    expect(detection.indicators?.columns.slice(0, 3)).toEqual([
      { field: 'level1', header: '一级指标', column: 1, address: 'A1' },
      { field: 'level2', header: '二级指标', column: 2, address: 'B1' },
      { field: 'level3', header: '三级指标', column: 3, address: 'C1' },
    ]);
    expect(fieldsOf(detection.indicators!.columns)).toEqual({
      level1: 1, level2: 2, level3: 3, comparator: 4, target: 5, unit: 6, actual: 7, points: 8, selfScore: 9, reason: 10,
    });
    expect(detection.indicators?.missing).toEqual([]);
    expect(detection.indicators?.source).toBe('detected');
  });
});

describe('detectTables on users’ own layouts', () => {
  it('finds the header under title rows', () => {
    const rows: CellInput[][] = [
      ['2022年度部门整体支出绩效自评表'],
      ['单位名称：广州市黄埔区工商业联合会', '', '', '', '', '', '单位：万元'],
      [],
      ...seed000IndicatorRows(),
    ];
    const detection = detectTables([sheet('Sheet1', rows)]);
    expect(detection.indicators).toMatchObject({ sheet: 'Sheet1', headerRow: 4, firstDataRow: 5, range: 'A4:J13' });
  });

  it('maps shuffled columns, aliases and headers typed with line breaks, spaces and full-width brackets', () => {
    const shuffled = reorderColumns(seed000IndicatorRows(), ['三级指标', '分值', '实际完成值', '一级指标', '年度指标值', '自评得分']);
    shuffled[0] = ['三级 指标', '权重', '全年\n实际值', '一级指标', '年度\n指标值（A）', '得分'];
    const detection = detectTables([sheet('指标', shuffled)]);
    expect(detection.problems).toEqual([]);
    expect(fieldsOf(detection.indicators!.columns)).toEqual({ level3: 1, points: 2, actual: 3, level1: 4, target: 5, selfScore: 6 });
    expect(detection.indicators!.columns.find((c) => c.field === 'target')?.header).toBe('年度\n指标值（A）');
  });

  it.each([
    ['指标值', '完成值'],
    ['目标值', '实际值'],
    ['年初目标值', '实际完成值'],
    ['全年指标值', '全年实际完成值'],
    ['年度目标', '实际完成数'],
  ])('accepts %s / %s for target and actual', (targetHeader, actualHeader) => {
    const rows = seed000IndicatorRows();
    rows[0] = rows[0].map((h) => (h === '年度指标值' ? targetHeader : h === '实际完成值' ? actualHeader : h));
    const detection = detectTables([sheet('绩效指标', rows)]);
    expect(fieldsOf(detection.indicators!.columns)).toMatchObject({ target: 5, actual: 7 });
  });

  it('gives a field to its own header over an alias, wherever the alias stands: a 年度目标 sentence column left of 年度指标值, an 调整预算数 change left of 调整后预算数', () => {
    const rows = seed000IndicatorRows().map((row, index) => [index === 0 ? '年度目标' : '通过举办培训班提升服务能力', ...row]);
    expect(fieldsOf(detectTables([sheet('绩效指标', rows)]).indicators!.columns)).toMatchObject({ target: 6, actual: 8 });
    const budget = detectTables([sheet('绩效指标', seed000IndicatorRows()), sheet('预算', [['项目', '年初预算数', '调整预算数', '调整后预算数', '全年执行数'], ['合计', 1200, 91.73, 1291.73, 1288.38]])]);
    expect(fieldsOf(budget.budget!.columns)).toMatchObject({ initial: 2, adjusted: 4, executed: 5 });
  });

  it('accepts the budget aliases and header suffixes of a finance layout', () => {
    const detection = detectTables([
      sheet('绩效指标', seed000IndicatorRows()),
      sheet('预算', [
        ['项目', '调整后预算数（A）', '预算执行数（B）', '权重', '偏差原因'],
        ['合计', 1291.73, 1288.38, 10, ''],
      ]),
    ]);
    expect(fieldsOf(detection.budget!.columns)).toEqual({ name: 1, adjusted: 2, executed: 3, points: 4, note: 5 });
  });

  it.each([
    ['年初批复数', '调整预算数', '实际执行数'],
    ['年初预算数', '全年预算数', '决算数'],
    ['年初预算数', '全年预算数', '全年决算数'],
  ])('accepts %s / %s / %s, as accounting reports head them', (initial, adjusted, executed) => {
    const detection = detectTables([sheet('绩效指标', seed000IndicatorRows()), sheet('预算', [['项目', initial, adjusted, executed], ['合计', 1200, 1291.73, 1288.38]])]);
    expect(fieldsOf(detection.budget!.columns)).toEqual({ name: 1, initial: 2, adjusted: 3, executed: 4 });
  });

  it('ignores extra columns', () => {
    const rows = seed000IndicatorRows().map((row, index) => [index === 0 ? '序号' : index, ...row, index === 0 ? '责任科室' : '办公室']);
    const detection = detectTables([sheet('绩效指标', rows)]);
    expect(detection.problems).toEqual([]);
    expect(fieldsOf(detection.indicators!.columns)).toMatchObject({ level1: 2, level3: 4, points: 9 });
    expect(detection.indicators!.range).toBe('A1:L10');
  });

  it('finds a table on a sheet with any name and passes over an unrelated table', () => {
    const detection = detectTables([
      sheet('人员名单', [['姓名', '职务', '科室', '联系电话'], ['张三', '科员', '办公室', '12345']]),
      sheet('自评表', seed000IndicatorRows()),
    ]);
    expect(detection.indicators?.sheet).toBe('自评表');
    expect(detection.budget).toBeNull();
    expect(detection.basicInfo).toBeNull();
  });

  it('prefers the best-scoring header row', () => {
    const detection = detectTables([
      sheet('草稿', [['一级指标', '三级指标', '分值'], ['产出', '开展主题教育', 10]]),
      sheet('正式', seed000IndicatorRows()),
    ]);
    expect(detection.indicators?.sheet).toBe('正式');
  });

  it('reads a two-row header with merged group headers', () => {
    const rows: CellInput[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值', '', '分值', '得分'],
      ['', '', '', '年度指标值', '实际完成值', '', ''],
      ['产出', '数量指标', '开展主题教育', '达成', '达成', 10, 10],
    ];
    const detection = detectTables([sheet('绩效指标', rows)]);
    expect(detection.problems).toEqual([]);
    expect(detection.indicators).toMatchObject({ firstHeaderRow: 1, headerRow: 2, firstDataRow: 3, lastRow: 3, range: 'A1:G3' });
    expect(fieldsOf(detection.indicators!.columns)).toEqual({ level1: 1, level2: 2, level3: 3, target: 4, actual: 5, points: 6, selfScore: 7 });
  });

  it('keeps reading over blank rows inside the table and stops after a long blank tail', () => {
    const rows = seed000IndicatorRows();
    const withGaps: CellInput[][] = [
      ...rows.slice(0, 4),
      ...blankRows(3),
      ...rows.slice(4),
      ...blankRows(100),
      ['产出', '', '远处的一行', '', '达成', '', '达成', 1, 1],
    ];
    const detection = detectTables([sheet('绩效指标', withGaps)]);
    expect(detection.indicators?.lastRow).toBe(13);
    expect(BLANK_ROWS_ENDING_A_TABLE).toBeLessThan(100);
    // the far row is not read, and the user is told where it is
    expect(detection.problems).toEqual([
      expect.objectContaining({ code: 'ROWS_AFTER_BLANK_GAP', severity: 'warning', fatal: false, sheet: '绩效指标', cell: 'A114:J114' }),
    ]);
    expect(detection.problems[0].message['zh-CN']).toBe(
      '工作表「绩效指标」的绩效指标表读到第 13 行为止：其下有 10 行以上的连续空行，第 114 行起的内容未读取。如这些行属于本表，请删去中间的空行后重新评分。',
    );
  });

  it('says nothing of a long blank tail with nothing below it, or with only a note below it', () => {
    const rows = seed000IndicatorRows();
    expect(detectTables([sheet('绩效指标', [...rows, ...blankRows(100)])]).problems).toEqual([]);
    expect(detectTables([sheet('绩效指标', [...rows, ...blankRows(30), ['注：本表由财务科填报']])]).problems).toEqual([]);
  });

  it('says nothing of a gap shorter than the run that ends a table: the rows below it are read', () => {
    const rows = seed000IndicatorRows();
    const detection = detectTables([sheet('绩效指标', [...rows.slice(0, 4), ...blankRows(BLANK_ROWS_ENDING_A_TABLE - 1), ...rows.slice(4)])]);
    expect(detection.problems).toEqual([]);
    expect(detection.indicators?.lastRow).toBe(rows.length + BLANK_ROWS_ENDING_A_TABLE - 1);
  });

  it('ends a table at a note row below it', () => {
    const rows: CellInput[][] = [...seed000IndicatorRows(), ['注：本表由财务科填报']];
    expect(detectTables([sheet('绩效指标', rows)]).indicators?.lastRow).toBe(10);
  });

  it('reads the budget table and the indicator table of one sheet (MoF project layout)', () => {
    const rows: CellInput[][] = [
      ['项目支出绩效自评表'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 30, 30, 28.5, 10, 0.95, 9.5],
      ['其中：当年财政拨款', 30, 30, 28.5, '', '', ''],
      [],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出', '数量指标', '培训人次', '≥200人次', '210人次', 50, 50, ''],
    ];
    const detection = detectTables([sheet('项目自评', rows)]);
    expect(detection.problems).toEqual([]);
    expect(detection.budget).toMatchObject({ headerRow: 2, lastRow: 4 });
    expect(detection.indicators).toMatchObject({ headerRow: 6, lastRow: 7 });
  });

  it('does not take the add-in’s own sheets or very hidden sheets as input', () => {
    const detection = detectTables([
      sheet('评分结果', [['全年预算数', '执行数', '执行率', '得分'], [1291.73, 1288.38, 0.997, 9.97]]),
      sheet('_perfeval', [['key', 'value']], { visibility: 'veryHidden' }),
      sheet('绩效指标', seed000IndicatorRows()),
    ]);
    expect(detection.budget).toBeNull();
    expect(detection.indicators?.sheet).toBe('绩效指标');
  });

  it('leaves the add-in’s output columns out of the table', () => {
    const rows = seed000IndicatorRows().map((row, index) => [...row, ...(index === 0 ? ['完成率', '计算得分', '状态', '提示'] : [null, 10, '达标', ''])]);
    const detection = detectTables([sheet('绩效指标', rows)]);
    expect(detection.indicators).toMatchObject({ right: 10, range: 'A1:J10' });
  });

  it('leaves them out with a column a person inserted among them, but never a column with a header of the table\'s', () => {
    const withNotes = seed000IndicatorRows().map((row, index) => [...row, ...(index === 0 ? ['完成率', '计算得分', '审核意见', '状态', '提示'] : [null, 10, '已核对', '达标', ''])]);
    // the marker records the add-in's block there: a person may have inserted columns into it since
    const marker = sheet('_perfeval', [['key', 'value'], ['output.indicators', JSON.stringify({ sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 })]], { visibility: 'veryHidden' });
    expect(detectTables([sheet('绩效指标', withNotes), marker]).indicators).toMatchObject({ right: 10, range: 'A1:J10' });
    const remembered = detectTables([sheet('绩效指标', withNotes), marker], { indicators: { sheet: '绩效指标', headerRow: 1, columns: { level1: 1, level3: 3, target: 5, actual: 7, points: 8 } } });
    expect(remembered.indicators).toMatchObject({ source: 'remembered', right: 10 });
    // without that record the headers apart are not the add-in's: the table's own columns, read as its
    expect(detectTables([sheet('绩效指标', withNotes)]).indicators).toMatchObject({ right: 15 });
    // 偏差原因 moved among them is the table's: it is read, and the row is not cut before it
    const reasonAmong = seed000IndicatorRows().map((row, index) => [...row.slice(0, 9), ...(index === 0 ? ['完成率', '计算得分', '偏差原因分析及改进措施', '状态', '提示'] : [null, 10, '', '达标', ''])]);
    const detection = detectTables([sheet('绩效指标', reasonAmong)]);
    expect(detection.indicators?.columns.find((column) => column.field === 'reason')?.column).toBe(12);
    expect(detection.indicators?.right).toBe(14);
  });

  it('counts a merged header cell to its merge\'s right edge, detected or remembered', () => {
    const grid = { ...sheet('绩效指标', seed000IndicatorRows()), merges: [{ top: 1, left: 10, bottom: 1, right: 13 }] };
    expect(detectTables([grid]).indicators).toMatchObject({ right: 13, range: 'A1:M10' });
    const remembered = detectTables([grid], { indicators: { sheet: '绩效指标', headerRow: 1, columns: { level1: 1, level3: 3, target: 5, actual: 7, points: 8 } } });
    expect(remembered.indicators).toMatchObject({ source: 'remembered', right: 13 });
  });
});

describe('detectTables with two indicator tables of equal rank', () => {
  it('takes the one on a visible sheet over one on a hidden sheet, whichever comes first', () => {
    const detection = detectTables([
      sheet('2022年绩效指标', seed000IndicatorRows(), { visibility: 'hidden' }),
      sheet('2023年绩效指标', seed000IndicatorRows(), { visibility: 'visible' }),
    ]);
    expect(detection.indicators?.sheet).toBe('2023年绩效指标');
    expect(detectTables([sheet('2022年绩效指标', seed000IndicatorRows()), sheet('2023年绩效指标', seed000IndicatorRows())]).indicators?.sheet).toBe('2022年绩效指标');
    // last year's table put away on a hidden sheet still named as the template's
    const named = detectTables([sheet('绩效指标', seed000IndicatorRows(), { visibility: 'hidden' }), sheet('2023年绩效指标', seed000IndicatorRows())]);
    expect(named.indicators?.sheet).toBe('2023年绩效指标');
    // among visible ones, the template's name still decides a tie
    expect(detectTables([sheet('2023年指标', seed000IndicatorRows()), sheet('绩效指标', seed000IndicatorRows())]).indicators?.sheet).toBe('绩效指标');
  });
});

describe('detectTables with more than one indicator table', () => {
  const taskTable = (title: string, names: string[]): CellInput[][] => [[title], INDICATOR_HEADER, ...names.map((name): CellInput[] => ['产出', '', name, '≥', '≥4场', '', '4场', 25, '', ''])];

  it('scores one and says, at its header, that each other one on a visible sheet was not scored, and what to do', () => {
    const detection = detectTables([sheet('任务一指标', taskTable('任务：工商联业务', ['培训场次', '调研次数'])), sheet('任务二指标', taskTable('任务：党建工作', ['培训人次', '覆盖率']))]);
    expect(detection.indicators).toMatchObject({ sheet: '任务一指标', headerRow: 2 });
    expect(detection.problems).toEqual([expect.objectContaining({ code: 'INDICATOR_TABLE_IGNORED', severity: 'warning', fatal: false, sheet: '任务二指标', cell: 'A2' })]);
    expect(detection.problems[0].message['zh-CN']).toBe(
      '工作表「任务二指标」A2 起还有一张绩效指标表，未计入评分（只评了工作表「任务一指标」A2 起的表）：各任务的指标请合并到一张表，用“任务”列区分；不评的表（如往年的）请隐藏其工作表。',
    );
    expect(detection.problems[0].message['en-US']).toBe(
      'Sheet "任务二指标" has another indicator table from A2, which was not scored (only the one on sheet "任务一指标" from A2 was): put every task’s indicators in one table with a 任务 (task) column, and hide the sheet of a table that is not to be scored (last year’s, say).',
    );
  });

  it('says so of a second table further down the same sheet too, once, advising to move its rows rather than hide the sheet', () => {
    const rows = [...taskTable('任务：工商联业务', ['培训场次']), [], ...taskTable('任务：党建工作', ['培训人次'])];
    const detection = detectTables([sheet('绩效指标', rows)]);
    expect(detection.indicators).toMatchObject({ sheet: '绩效指标', headerRow: 2 });
    expect(detection.problems.map((problem) => [problem.code, problem.cell])).toEqual([['INDICATOR_TABLE_IGNORED', 'A6']]);
    expect(detection.problems[0].message['zh-CN']).toBe('工作表「绩效指标」A6 起还有一张绩效指标表，未计入评分（只评了同一工作表 A2 起的表）：请把它的指标行移到那张表中，用“任务”列区分，并删去它的表头。');
    expect(detection.problems[0].message['en-US']).toBe('Sheet "绩效指标" has another indicator table from A6, which was not scored (only the one from A2 on the same sheet was): move its indicator rows into that table, with a 任务 (task) column, and delete its header.');
  });

  it.each([
    ['as it was', INDICATOR_HEADER],
    ['with its 一级指标 left blank', ['', ...INDICATOR_HEADER.slice(1)]],
    ['with 指标类别 for 一级指标', ['指标类别', ...INDICATOR_HEADER.slice(1)]],
  ])('ends the table at its header written again below row 20 %s, and says the table under it was not scored', (_, repeat) => {
    const rows = (names: string[]): CellInput[][] => names.map((name) => ['产出', '', name, '≥', '≥4场', '', '4场', 4, '', '']);
    const many = Array.from({ length: 25 }, (_, index) => `指标${index + 1}`);
    const grid = sheet('绩效指标', [INDICATOR_HEADER, ...rows(many), [], repeat, ...rows(['任务二指标一', '任务二指标二'])]);
    const detection = detectTables([grid]);
    expect(detection.indicators).toMatchObject({ headerRow: 1, lastRow: 26 });
    expect(detection.problems.map((problem) => [problem.code, problem.sheet, problem.cell])).toEqual([['INDICATOR_TABLE_IGNORED', '绩效指标', 'A28']]);
  });

  it('says nothing of a copy of the scored table (a sheet laid out for printing) whose indicators are all in it', () => {
    const copy = seed000IndicatorRows().map((row) => row.slice(0, 10));
    expect(detectTables([sheet('绩效指标', seed000IndicatorRows()), sheet('打印版', [['绩效自评表（打印版）'], [], ...copy])]).problems).toEqual([]);
    // a copy laid out for printing writes 指标性质, figure and unit in one cell: ≥4场 for ≥ | 4 | 场
    const scored = [INDICATOR_HEADER, ['产出', '', '培训场次', '≥', 4, '场', 4, 10, 10, ''], ['产出', '', '培训人次', '≥', 100, '人次', 120, 10, 10, '']];
    const printed = [['绩效自评表（打印版）'], [], INDICATOR_HEADER, ['产出', '', '培训场次', '', '≥4场', '', '4场', '10', 10, ''], ['产出', '', '培训人次', '', '≥100人次', '', '120人次', 10, 10, '']];
    expect(detectTables([sheet('绩效指标', scored), sheet('打印版', printed)]).problems).toEqual([]);
    // a deadline the same way: ≤ | 2023年12月 printed as ≤2023年12月
    const deadline = [INDICATOR_HEADER, ['产出', '', '完成时间', '≤', '2023年12月', '', '2023年11月', 10, 10, '']];
    const deadlinePrinted = [INDICATOR_HEADER, ['产出', '', '完成时间', '', '≤2023年12月', '', '2023年11月', 10, 10, '']];
    expect(detectTables([sheet('绩效指标', deadline), sheet('打印版', deadlinePrinted)]).problems).toEqual([]);
    // the same names and figures with another direction or unit are another task's table
    const otherWay = [INDICATOR_HEADER, ['产出', '', '培训场次', '≤', 4, '场', 4, 10, 10, ''], ['产出', '', '培训人次', '≥', 100, '人次', 120, 10, 10, '']];
    expect(detectTables([sheet('绩效指标', scored), sheet('任务二', otherWay)]).problems.map((problem) => problem.sheet)).toEqual(['任务二']);
    const more = [...copy, ['效果', '', '新增指标', '定性', '达成', '', '达成', 5, 5, '']];
    expect(detectTables([sheet('绩效指标', seed000IndicatorRows()), sheet('打印版', more)]).problems.map((problem) => problem.sheet)).toEqual(['打印版']);
  });

  it('still says so of a table with the same indicator names but its own targets or actuals (another task’s 培训场次), on another sheet or the same', () => {
    const ownFigures = seed000IndicatorRows().map((row, index) => (index === 0 ? row : row.map((cell, column) => (INDICATOR_HEADER[column] === '实际完成值' ? '部分达成' : cell))));
    expect(detectTables([sheet('绩效指标', seed000IndicatorRows()), sheet('任务二', ownFigures)]).problems.map((problem) => problem.sheet)).toEqual(['任务二']);
    const stacked = [...seed000IndicatorRows(), [], ...seed000IndicatorRows()];
    expect(detectTables([sheet('绩效指标', stacked)]).problems.map((problem) => [problem.code, problem.cell])).toEqual([['INDICATOR_TABLE_IGNORED', 'A12']]);
  });

  it('says nothing of a table put away on a hidden sheet, of an empty copy of the header, or of the table it scores', () => {
    expect(detectTables([sheet('2022年绩效指标', seed000IndicatorRows(), { visibility: 'hidden' }), sheet('绩效指标', seed000IndicatorRows())]).problems).toEqual([]);
    expect(detectTables([sheet('绩效指标', seed000IndicatorRows()), sheet('空白', [INDICATOR_HEADER])]).problems).toEqual([]);
    const twoRowHeader = detectTables([sheet('绩效指标', [['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '', '', '分值', '自评得分', '偏差原因分析及改进措施'], ['', '', '', '', '年度指标值', '度量单位', '实际完成值'], ...seed000IndicatorRows().slice(1)])]);
    expect(twoRowHeader.problems).toEqual([]);
  });
});

describe('detectTables with two tables side by side on one sheet', () => {
  const indicatorRows = (): CellInput[][] => [
    ['任务', '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'],
    ...Array.from({ length: 7 }, (_, index): CellInput[] => ['任务A', '产出指标', '数量指标', `A${index + 1}`, '≥', 10, '个', 10, 10, '', '']),
  ];
  const budgetRows: CellInput[][] = [
    ['资金项目', '类别', '年初预算数', '全年预算数', '全年执行数', '分值', '上年执行数', '说明'],
    ['部门整体支出', '合计', 100, 100, 80, 10],
    ['基本支出', '基本支出', 60, 60, 50],
    ['项目支出', '项目支出', 40, 40, 30],
  ];
  /** the budget table in M:T from row `top`, beside the indicators in A:K */
  const sideBySide = (top: number) =>
    indicatorRows().map((row, index) => {
      const budget = budgetRows[index + 1 - top];
      return budget ? [...row, '', ...budget] : row;
    });

  it('does not end the indicator table at the budget header off to its side (M3:T3), nor drop its rows', () => {
    const detection = detectTables([sheet('自评表', sideBySide(3))]);
    expect(detection.indicators).toMatchObject({ range: 'A1:K8', lastRow: 8 });
    expect(detection.budget).toMatchObject({ range: 'M3:T6' });
  });

  it('reads a header row holding both tables, a blank column between, as two tables', () => {
    const detection = detectTables([sheet('自评表', sideBySide(1))]);
    expect(detection.indicators).toMatchObject({ range: 'A1:K8', right: 11 });
    expect(detection.budget).toMatchObject({ range: 'M1:T4', left: 13 });
    expect(fieldsOf(detection.budget?.columns ?? [])).toMatchObject({ points: 18 });
  });

  const indicatorHeader = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'];
  const budgetHeader = ['资金项目', '类别', '年初预算数', '全年预算数', '全年执行数', '分值'];

  it('does not widen the budget table over the indicators whose 偏差原因 it would read as its 说明', () => {
    const detection = detectTables([
      sheet('自评表', [
        [...indicatorHeader, '偏差原因', '', ...budgetHeader],
        ['产出', '数量', '培训场次', '≥1', 1, 90, '', '', '合计', '合计', 10, 10, 9, 10],
        ['效益', '社会', '满意度', '≥1', 1, 10, '', '', '基本支出', '基本支出', 5, 5, 4, ''],
      ]),
    ]);
    expect(detection.indicators).toMatchObject({ range: 'A1:G3' });
    expect(fieldsOf(detection.indicators?.columns ?? [])).toMatchObject({ reason: 7 });
    expect(detection.budget).toMatchObject({ range: 'I1:N3' });
    expect(fieldsOf(detection.budget?.columns ?? [])).not.toHaveProperty('note');
  });

  it('does not widen the indicator table over the budget table to take its 偏差原因 as the indicators’ reason', () => {
    const detection = detectTables([
      sheet('自评表', [
        [...indicatorHeader, '', ...budgetHeader, '偏差原因'],
        ['产出', '数量', '培训场次', '≥1', 1, 90, '', '合计', '合计', 10, 10, 9, 10, ''],
        ['效益', '社会', '满意度', '≥1', 1, 10, '', '基本支出', '基本支出', 5, 5, 4, '', ''],
      ]),
    ]);
    expect(detection.indicators).toMatchObject({ range: 'A1:F3' });
    expect(fieldsOf(detection.indicators?.columns ?? [])).not.toHaveProperty('reason');
    expect(detection.budget).toMatchObject({ range: 'H1:N3' });
    expect(fieldsOf(detection.budget?.columns ?? [])).toMatchObject({ note: 14 });
  });

  it('still widens over a blank column into a run of its own fields (一级 … 三级 | 年度指标值 … 偏差原因)', () => {
    const detection = detectTables([
      sheet('绩效指标', [
        ['一级指标', '二级指标', '三级指标', '', '年度指标值', '实际完成值', '分值', '备注', '偏差原因'],
        ['产出', '数量', '培训场次', '', '≥1', 1, 100, '', ''],
      ]),
    ]);
    expect(detection.indicators).toMatchObject({ range: 'A1:I2' });
    expect(fieldsOf(detection.indicators?.columns ?? [])).toMatchObject({ target: 5, reason: 9 });
  });
});

describe('detectTables reports what is missing', () => {
  it('names the sheet and the header of a missing required column, in Chinese and English', () => {
    const rows = reorderColumns(seed000IndicatorRows(), INDICATOR_HEADER.filter((h) => h !== '实际完成值'));
    const detection = detectTables([sheet('绩效指标', rows)]);
    expect(detection.indicators?.missing).toEqual(['actual']);
    expect(detection.problems).toHaveLength(1);
    const [problem] = detection.problems;
    expect(problem).toMatchObject({ code: 'REQUIRED_COLUMN_MISSING', severity: 'error', fatal: true, sheet: '绩效指标', cell: 'A1:I1' });
    expect(problem.message['zh-CN']).toContain('工作表「绩效指标」');
    expect(problem.message['zh-CN']).toContain('「实际完成值」');
    expect(problem.message['en-US']).toContain('Sheet "绩效指标"');
    expect(problem.message['en-US']).toContain('"实际完成值"');
  });

  it('asks for one of 全年预算数 / 年初预算数 in a budget table', () => {
    const detection = detectTables([
      sheet('绩效指标', seed000IndicatorRows()),
      sheet('预算执行', [['资金项目', '类别', '全年执行数'], ['合计', '合计', 222.48]]),
    ]);
    expect(detection.budget?.missing).toEqual(['adjusted']);
    expect(detection.problems[0].message['zh-CN']).toContain('「全年预算数」或「年初预算数」');
  });

  it('says when there is no indicator table at all', () => {
    const detection = detectTables([sheet('绩效指标', [['说明'], ['请填写']])]);
    expect(detection.indicators).toBeNull();
    expect(detection.problems).toEqual([
      expect.objectContaining({ code: 'INDICATOR_TABLE_NOT_FOUND', fatal: true, sheet: '绩效指标' }),
    ]);
  });
});

describe('detectTables with a remembered location', () => {
  it('uses the user’s mapping over detection', () => {
    const rows = seed000IndicatorRows();
    rows[0] = ['层级一', '', '名称', '', '目标', '', '完成', '分', '', ''];
    const detection = detectTables([sheet('指标', rows)], {
      indicators: { sheet: '指标', headerRow: 1, columns: { level1: 1, level3: 3, target: 5, actual: 7, points: 8 } },
    });
    expect(detection.problems).toEqual([]);
    expect(detection.indicators).toMatchObject({ source: 'remembered', headerRow: 1, lastRow: 10 });
    expect(detection.indicators?.columns.find((c) => c.field === 'actual')).toEqual({ field: 'actual', header: '完成', column: 7, address: 'G1' });
  });

  it('falls back to detection when the remembered sheet is gone', () => {
    const detection = detectTables([sheet('绩效指标', seed000IndicatorRows())], {
      indicators: { sheet: '旧表', headerRow: 1, columns: { level1: 1 } },
    });
    expect(detection.indicators).toMatchObject({ sheet: '绩效指标', source: 'detected' });
    expect(detection.problems).toEqual([expect.objectContaining({ code: 'REMEMBERED_LOCATION_INVALID', sheet: '旧表', fatal: false })]);
  });
});
