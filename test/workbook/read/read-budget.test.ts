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
});
