import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { mofProjectForm } from '../helpers/layout-sheets';

describe('readBudgetRows in the MoF 项目支出绩效自评表', () => {
  const grids = [mofProjectForm()];
  const detection = detectTables(grids);
  const { input } = readInput(grids, detection);

  it('ends the budget block at 年度总体目标: its 预期目标 / 实际完成情况 rows are no budget lines', () => {
    expect(detection.budget).toMatchObject({ headerRow: 5, lastRow: 9, range: 'A5:H9' });
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
