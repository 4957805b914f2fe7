import type { SheetGrid } from '../../../src/workbook/grid';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet, type CellInput } from '../helpers/grid-builder';
import { mofProjectForm } from '../helpers/layout-sheets';
import { BUDGET_HEADER, seed000IndicatorRows, seed002BudgetRows } from '../helpers/seed-sheets';

/** the amount units read for the budget table of a workbook holding `budget` */
function unitsOf(budget: SheetGrid) {
  const grids = [budget, sheet('绩效指标', seed000IndicatorRows())];
  const { input } = readInput(grids, detectTables(grids));
  expect(input.budget.length).toBeGreaterThan(0);
  return input.budget[0].amountUnits;
}

const lines = (): CellInput[][] => seed002BudgetRows().slice(1);

describe('the unit a budget table states for its amounts', () => {
  it('is read from each amount column’s header, naming the header cell', () => {
    const header = BUDGET_HEADER.map((name) => (name === '全年执行数' ? '全年执行数(元)' : name === '全年预算数' ? '全年预算数 （ 千元 ）' : name));
    expect(unitsOf(sheet('预算执行', [header, ...lines()]))).toEqual({
      adjusted: { unit: '千元', cell: { sheet: '预算执行', address: 'D1', row: 1, column: 4 }, text: '全年预算数 （ 千元 ）' },
      executed: { unit: '元', cell: { sheet: '预算执行', address: 'E1', row: 1, column: 5 }, text: '全年执行数(元)' },
    });
  });

  it('is read from a group header merged over the amount columns of a two-row header', () => {
    const top = ['资金项目', '类别', '金额（元）', '', '', '分值', '上年执行数', '说明'];
    const second = ['', '', '年初预算数', '全年预算数', '全年执行数', '', '', ''];
    const grid = sheet('预算执行', [top, second, ...lines()]);
    const downTwoRows = (column: number) => ({ top: 1, left: column, bottom: 2, right: column });
    grid.merges = [downTwoRows(1), downTwoRows(2), { top: 1, left: 3, bottom: 1, right: 5 }, downTwoRows(6), downTwoRows(7), downTwoRows(8)];
    const units = unitsOf(grid);
    expect([units?.initial?.unit, units?.adjusted?.unit, units?.executed?.unit, units?.lastYear]).toEqual(['元', '元', '元', undefined]);
    expect(units?.executed?.cell.address).toBe('C1');
  });

  it('is read from a 金额单位 line above the table for every amount column without a unit of its own', () => {
    const units = unitsOf(sheet('预算执行', [['2022 年度部门预算执行情况表'], ['编制单位：某区工商联', '', '', '', '', '', '', '金额单位：元'], BUDGET_HEADER, ...lines()]));
    expect(Object.values(units ?? {}).map((stated) => [stated.unit, stated.cell.address])).toEqual([
      ['元', 'H2'],
      ['元', 'H2'],
      ['元', 'H2'],
      ['元', 'H2'],
    ]);
  });

  it('is read from a line that says more (填报日期), or from the table’s title in brackets', () => {
    const withDate = unitsOf(sheet('预算执行', [['', '', '', '', '', '金额单位：元　　填报日期：2023年3月1日'], BUDGET_HEADER, ...lines()]));
    expect(withDate?.executed).toMatchObject({ unit: '元', cell: { address: 'F1' } });
    const inTitle = unitsOf(sheet('预算执行', [['2023年部门预算执行情况表（单位：元）'], BUDGET_HEADER, ...lines()]));
    expect(inTitle?.adjusted?.unit).toBe('元');
  });

  it.each(['单位：元（人民币）', '单位：元人民币', '单位：人民币元', '金额单位：元、%', '金额单位：元。', '金额单位：元(保留两位小数)', '（单位：元/人）'])('is read from the line %s', (line) => {
    expect(unitsOf(sheet('预算执行', [[line], BUDGET_HEADER, ...lines()]))?.executed?.unit).toBe('元');
  });

  it.each(['单位：人民币', '金额单位：人民币', '金额单位: 人民币　填报日期：2023年3月1日', '单位：人民币（元）', '（单位：人民币）'])(
    'is 元 from the line %s: the currency alone, whose unit is the 元 (人民币管理条例 第三条)',
    (line) => {
      expect(unitsOf(sheet('预算执行', [['', '', '', '', '', '', '', line], BUDGET_HEADER, ...lines()]))?.executed).toMatchObject({ unit: '元', cell: { address: 'H1' }, text: line });
    },
  );

  it.each(['单位：人民币万元', '单位：人民币（万元）', '单位：人民币/万元', '单位：人民币，万元', '单位：万元人民币'])('is 万元 from the line %s, which names another unit with 人民币', (line) => {
    expect(unitsOf(sheet('预算执行', [[line], BUDGET_HEADER, ...lines()]))).toBeUndefined();
  });

  it('is 千元 from 单位：人民币千元, and nothing from a line naming a body, not a currency (编制单位：人民币兑换中心)', () => {
    expect(unitsOf(sheet('预算执行', [['单位：人民币千元'], BUDGET_HEADER, ...lines()]))?.executed?.unit).toBe('千元');
    expect(unitsOf(sheet('预算执行', [['编制单位：人民币兑换中心'], BUDGET_HEADER, ...lines()]))).toBeUndefined();
  });

  it.each([
    ['全年执行数（人民币元）', '元'],
    ['全年执行数（元人民币）', '元'],
    ['全年执行数（人民币）', '元'],
    ['全年执行数（单位：人民币）', '元'],
    ['全年执行数（人民币万元）', undefined],
  ])('is read from a header naming 人民币: %s', (header, unit) => {
    const headers = BUDGET_HEADER.map((name) => (name === '全年执行数' ? header : name));
    expect(unitsOf(sheet('预算执行', [headers, ...lines()]))?.executed?.unit).toBe(unit);
  });

  it('takes a header naming the currency alone (（人民币）) as 元 only where no line or header names a unit: 单位：万元 above the table holds', () => {
    const headers = BUDGET_HEADER.map((name) => (['全年预算数', '全年执行数'].includes(name) ? `${name}（人民币）` : name));
    expect(unitsOf(sheet('预算执行', [['', '', '', '', '', '', '', '单位：万元'], headers, ...lines()]))).toBeUndefined();
    const grouped = sheet('预算执行', [['', '', '', '', '', '', '', '单位：万元'], ['资金项目', '类别', '金额（人民币）', '', '', '分值', '上年执行数', '说明'], ['', '', '年初预算数', '全年预算数', '全年执行数', '', '', ''], ...lines()]);
    const downTwoRows = (column: number) => ({ top: 2, left: column, bottom: 3, right: column });
    grouped.merges = [downTwoRows(1), downTwoRows(2), { top: 2, left: 3, bottom: 2, right: 5 }, downTwoRows(6), downTwoRows(7), downTwoRows(8)];
    expect(unitsOf(grouped)).toBeUndefined();
    expect(unitsOf(sheet('预算执行', [['', '', '', '', '', '', '', '单位：元'], headers, ...lines()]))?.executed?.unit).toBe('元');
  });

  it('is read from a line at the end of the title row just right of the table, where no other table stands', () => {
    const title = ['2023年度部门预算执行情况表', '', '', '', '', '', '', '', '单位：元'];
    expect(unitsOf(sheet('预算执行', [title, BUDGET_HEADER, ...lines()]))?.executed).toMatchObject({ unit: '元', cell: { address: 'I1' } });
  });

  it('is still read from a line right of the table once the add-in’s 执行率 | 得分 | 提示 stand under it, or a remark beside one line', () => {
    const title = ['2023年度部门预算执行情况表', '', '', '', '', '', '', '', '单位：元'];
    const scored: CellInput[][] = [title, [...BUDGET_HEADER, '执行率', '得分', '提示'], ...lines().map((row, index) => (index === 0 ? [...row, 0.997, 9.97, ''] : row))];
    expect(unitsOf(sheet('预算执行', scored))?.executed).toMatchObject({ unit: '元', cell: { address: 'I1' } });
    const remark: CellInput[][] = [title, BUDGET_HEADER, ...lines()];
    remark[3] = [...remark[3], '已与决算核对'];
    expect(unitsOf(sheet('预算执行', remark))?.executed?.unit).toBe('元');
  });

  it('is not taken from a unit line over another table beside it whose header is on another row', () => {
    const rows: CellInput[][] = [['2022年部门预算执行情况表', '', '', '', '', '', '', '', '', '附：三公经费支出明细（单位：元）'], BUDGET_HEADER, ...lines()];
    rows[2] = [...rows[2], '', '项目', '金额'];
    rows[3] = [...rows[3], '', '公务接待费', 3800];
    expect(unitsOf(sheet('预算执行', rows))).toBeUndefined();
  });

  it('is not taken from a unit line over another table beside it', () => {
    const besides = [['', '', '', '', '', '', '', '', '', '附：三公经费明细（单位：元）'], [...BUDGET_HEADER, '', '项目', '金额'], ...lines()];
    expect(unitsOf(sheet('预算执行', besides))).toBeUndefined();
  });

  it('is none where the table states 万元 or nothing, and a place name starting with 元 is no unit', () => {
    const wanyuan = BUDGET_HEADER.map((name) => (name === '全年预算数' ? '全年预算数（万元）' : name));
    expect(unitsOf(sheet('预算执行', [wanyuan, ...lines()]))).toBeUndefined();
    expect(unitsOf(sheet('预算执行', [BUDGET_HEADER, ...lines()]))).toBeUndefined();
    expect(unitsOf(sheet('预算执行', [['单位：元宝山区财政局'], BUDGET_HEADER, ...lines()]))).toBeUndefined();
    expect(unitsOf(sheet('预算执行', [['单位：万元'], BUDGET_HEADER, ...lines()]))).toBeUndefined();
  });

  it('is none in the MoF 自评表, whose budget block is headed 项目资金（万元）', () => {
    const grids = [mofProjectForm()];
    const { input } = readInput(grids, detectTables(grids));
    expect(input.budget.map((line) => line.amountUnits)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
