import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet } from '../helpers/grid-builder';
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

describe('names typed over two lines of their 基本信息 cell', () => {
  it('are read on one line, so a title, the Word file’s name and the command’s first line stay whole', () => {
    const grids = [sheet('基本信息', [['项目', '内容'], ['单位名称', '广州市黄埔区\n工商业联合会'], ['评价年度', '2022\n年度'], ['项目名称', '工商联业务及\r\n海内外联谊工作']])];
    const { info } = readInput(grids, detectTables(grids)).input;
    expect([info.unitName, info.year, info.projectName]).toEqual(['广州市黄埔区工商业联合会', '2022', '工商联业务及海内外联谊工作']);
  });
});
