import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { mofProjectForm } from '../helpers/layout-sheets';

describe('basic information from the title rows of the MoF 项目支出绩效自评表', () => {
  const grids = [mofProjectForm()];
  const { input } = readInput(grids, detectTables(grids));

  it('reads the 年度总体目标 from the row under its 预期目标 caption, not the caption itself', () => {
    expect(input.info.annualGoals).toBe('开展海内外联谊活动，服务非公有制经济人士');
    expect(input.info.cells.annualGoals?.address).toBe('B11');
  });

  it('reads the 项目名称 beside its label', () => {
    expect(input.info.projectName).toBe('工商联业务及海内外联谊工作');
  });
});

describe('the unit of a MoF 项目支出绩效自评表', () => {
  it('is its 实施单位, the unit that carries out the project and evaluates it', () => {
    const grids = [mofProjectForm()];
    const { input } = readInput(grids, detectTables(grids));
    expect(input.info.unitName).toBe('广州市黄埔区工商业联合会');
    expect(input.info.cells.unitName?.address).toBe('F4');
  });
});
