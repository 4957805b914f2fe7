import type { SheetGrid } from '../../../src/workbook/grid';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet, type CellInput } from '../helpers/grid-builder';
import { mofProjectForm, withMerges } from '../helpers/layout-sheets';
import { seed000IndicatorRows, seed002BudgetRows } from '../helpers/seed-sheets';

describe('readBudgetRows in the MoF 项目支出绩效自评表', () => {
  const grids = [mofProjectForm()];
  const detection = detectTables(grids);
  const { input } = readInput(grids, detection);

  it('ends the budget block at 年度总体目标: its 预期目标 / 实际完成情况 rows are no budget lines', () => {
    expect(detection.budget).toMatchObject({ headerRow: 5, lastRow: 9, range: 'A5:H9' });
    expect(input.budget.map((line) => line.row)).toEqual([6, 7, 8, 9]);
  });

  it('ends it too where the goal block is captioned 年度目标, as some provinces’ forms have it', () => {
    const form = mofProjectForm();
    form.values[9][0] = '年度目标';
    const { input } = readInput([form], detectTables([form]));
    expect(input.budget.map((line) => line.row)).toEqual([6, 7, 8, 9]);
  });

  it('names each line from column B, under 项目资金（万元） merged down column A, and knows its category by that name', () => {
    expect(input.budget.map((line) => [line.name, line.category, line.cells.name?.address])).toEqual([
      ['年度资金总额', 'total', 'B6'],
      ['其中：当年财政拨款', 'fiscal', 'B7'],
      ['上年结转资金', 'carryOver', 'B8'],
      ['其他资金', 'otherFunds', 'B9'],
    ]);
  });
});

describe('readBudgetRows: the note column’s header', () => {
  it('is read as the table heads it, also from a cell merged down a two-row header', () => {
    const top = ['资金项目', '类别', '金额', '', '', '分值', '上年执行数', '备注'];
    const second = ['', '', '年初预算数', '全年预算数', '全年执行数', '', '', ''];
    const grid = sheet('预算执行', [top, second, ['合计', '合计', 1200, 1291.73, 1288.38, 10, '', '']]);
    const down = (column: number) => ({ top: 1, left: column, bottom: 2, right: column });
    grid.merges = [down(1), down(2), { top: 1, left: 3, bottom: 1, right: 5 }, down(6), down(7), down(8)];
    const grids = [grid, sheet('绩效指标', seed000IndicatorRows())];
    const { input } = readInput(grids, detectTables(grids));
    expect(input.budget[0].noteHeader).toBe('备注');
  });
});

describe('readBudgetRows: a caption inside the table is a heading over its lines, not a line', () => {
  /** seed 002's budget lines, and the names read from a workbook holding `rows` as its budget table */
  const seedNames = seed002BudgetRows()
    .slice(1)
    .map((row) => row[0]);
  const namesRead = (budget: SheetGrid): string[] => {
    const grids = [budget, sheet('绩效指标', seed000IndicatorRows())];
    return readInput(grids, detectTables(grids)).input.budget.map((line) => line.name);
  };
  /** seed 002's table with `caption` (its name only, every other cell blank) as a row before line `before` (1: the first line) */
  const withCaption = (caption: string, before: number, rows = seed002BudgetRows()): CellInput[][] => [...rows.slice(0, before), [caption], ...rows.slice(before)];

  it.each([
    ['项目支出明细', 5],
    ['其中：', 2],
    ['其中:', 2],
    ['一、基本支出情况', 2],
    ['（二）项目支出明细', 3],
    ['2022年预算执行情况（上年）', 1],
    ['按资金来源分：', 4],
  ])('reads %s over the lines as a heading', (caption, before) => {
    expect(namesRead(sheet('预算执行', withCaption(caption, before)))).toEqual(seedNames);
  });

  it('reads a row whose name is merged across the table’s columns as a heading, whatever it says', () => {
    const grid = withMerges(sheet('预算执行', withCaption('各任务资金', 5)), ['A6:H6']);
    expect(namesRead(grid)).toEqual(seedNames);
  });

  it('reads a caption the same in a table without 类别, where lines are known by their names', () => {
    const rows = seed002BudgetRows().map((row) => [row[0], ...row.slice(2)]);
    expect(namesRead(sheet('预算执行', withCaption('其中：', 2, rows)))).toEqual(seedNames);
  });

  it('keeps a line with an amount left blank: 日常公用经费 with no 全年执行数', () => {
    const rows = withCaption('日常公用经费', 3);
    rows[3] = ['日常公用经费', '日常公用经费', '', 30, '', '', '', ''];
    expect(namesRead(sheet('预算执行', rows))).toEqual([...seedNames.slice(0, 2), '日常公用经费', ...seedNames.slice(2)]);
  });

  it('keeps a line named like a caption that has one amount, or a 类别, or a 说明', () => {
    const withAmount = withCaption('项目支出明细', 5);
    withAmount[5] = ['项目支出明细', '', '', '', 473.33, '', '', ''];
    expect(namesRead(sheet('预算执行', withAmount))).toContain('项目支出明细');
    const withCategory = withCaption('其中：', 2);
    withCategory[2] = ['其中：', '基本支出', '', '', '', '', '', ''];
    expect(namesRead(sheet('预算执行', withCategory))).toContain('其中：');
    const withNote = withCaption('项目支出明细', 5);
    withNote[5] = ['项目支出明细', '', '', '', '', '', '', '以下各任务资金待财政批复'];
    expect(namesRead(sheet('预算执行', withNote))).toContain('项目支出明细');
  });

  it('keeps a line it knows by name, or one named as lines are, with every amount blank: those are lines still to fill in', () => {
    const rows = seed002BudgetRows().map((row) => [row[0], ...row.slice(2)]);
    const blankLine = (name: string): CellInput[] => [name, '', '', '', '', '', ''];
    const table = [rows[0], blankLine('合计'), blankLine('一、基本支出'), blankLine('1.人员经费'), blankLine('项目支出：'), blankLine('其中：当年财政拨款'), blankLine('工商联业务及海内外联谊工作')];
    expect(namesRead(sheet('预算执行', table))).toEqual(['合计', '一、基本支出', '1.人员经费', '项目支出：', '其中：当年财政拨款', '工商联业务及海内外联谊工作']);
  });

  it('keeps a numbered line with every amount blank in a table without 类别 (1.乡村振兴项目, 1.工资福利支出), where lines are numbered as often as headings', () => {
    const rows = seed002BudgetRows().map((row) => [row[0], ...row.slice(2)]);
    const blankLine = (name: string): CellInput[] => [name, '', '', '', '', '', ''];
    const table = [...rows, blankLine('1.乡村振兴项目'), blankLine('（二）工资福利支出')];
    expect(namesRead(sheet('预算执行', table))).toEqual([...seedNames, '1.乡村振兴项目', '（二）工资福利支出']);
    // beside a 类别 column, where a line has its category, the same row is a heading
    expect(namesRead(sheet('预算执行', withCaption('1.乡村振兴项目', 5)))).toEqual(seedNames);
  });
});
