import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet } from '../helpers/grid-builder';
import { mofProjectForm } from '../helpers/layout-sheets';
import { seed000IndicatorRows } from '../helpers/seed-sheets';

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
