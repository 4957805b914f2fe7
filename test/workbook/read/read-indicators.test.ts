import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import type { SheetGrid } from '../../../src/workbook/grid';
import { sheet } from '../helpers/grid-builder';
import { mofProjectForm, seed000DepartmentForm } from '../helpers/layout-sheets';

const read = (grids: SheetGrid[]) => readInput(grids, detectTables(grids));

describe('readIndicatorRows in the forms units hand in', () => {
  it('knows the MoF form’s 总分 row, labelled in the 绩效指标 column left of 一级指标, and does not score it', () => {
    const { input, totalRows } = read([mofProjectForm()]);
    expect(input.indicators.map((row) => row.row)).toEqual([13, 14, 15, 16]);
    expect(totalRows).toEqual([{ sheet: '项目支出绩效自评表', row: 17 }]);
  });

  it('knows a department form’s 产出指标小计 rows and its 合计 row under 序号, and reads seed 000’s nine indicators', () => {
    const { input, totalRows } = read([seed000DepartmentForm()]);
    expect(input.indicators.map((row) => [row.level1, row.level3])).toEqual([
      ['产出', '开展主题教育'],
      ['产出', '党的精神宣传活动'],
      ['产出', '非公经济人士培训班'],
      ['产出', '搭建平台服务企业'],
      ['产出', '创建市“四好”商会及“五好”工商联'],
      ['产出', '助力招商引资'],
      ['产出', '开展走访调研活动'],
      ['效果', '精准扶贫'],
      ['效果', '慈善公益活动'],
    ]);
    expect(totalRows.map((entry) => entry.row)).toEqual([12, 15, 16]);
  });

  it('reads an indicator whose 三级指标 ends in 小计 or 合计 as an indicator, filled in or not yet, so it is scored or explained', () => {
    // seed 000's 党的精神宣传活动 row renamed, its values still to be filled in, and a count named …合计
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分'],
      ['产出', '数量指标', '开展主题教育', '达成', '达成', 10, 10],
      ['产出', '数量指标', '宣传活动小计', '', '', 10, 10],
      ['产出', '数量指标', '培训人次合计', '≥200人次', '', 13, 11],
      ['产出指标小计', '', '', '', '', 33, 31],
    ];
    const { input, totalRows } = read([sheet('绩效指标', rows)]);
    expect(input.indicators.map((row) => row.level3)).toEqual(['开展主题教育', '宣传活动小计', '培训人次合计']);
    expect(totalRows.map((entry) => entry.row)).toEqual([5]);
  });
});

describe('readIndicatorRows: the reason column’s header', () => {
  const header = ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'];
  const lines = [
    ['产出指标', '基层商（协）会专题培训场次', '≥4场', '3场', 50],
    ['效益指标', '乡村振兴产业对接成功案例', '≥1个', '0个', 50],
  ];

  it('is read as the table heads it, for every row of the table; left out for the standard 偏差原因分析及改进措施 and where there is none', () => {
    const headed = (reasonHeader: string | null) => {
      const rows = reasonHeader === null ? [header, ...lines] : [[...header, reasonHeader], ...lines.map((line) => [...line, ''])];
      return read([sheet('绩效指标', rows)]).input.indicators.map((row) => [row.columns.reason, row.reasonHeader]);
    };
    expect(headed('偏差原因')).toEqual([
      [6, '偏差原因'],
      [6, '偏差原因'],
    ]);
    expect(headed(' 偏差原因分析及\n改进措施')).toEqual([
      [6, undefined],
      [6, undefined],
    ]);
    expect(headed(null)).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('is read on one line from a cell merged down a two-row header', () => {
    const top = ['绩效指标', '', '指标值', '', '分值', '未完成原因\n分析'];
    const second = ['一级指标', '三级指标', '年度指标值', '实际完成值', '', ''];
    const grid = sheet('绩效指标', [top, second, ...lines.map((line) => [...line, ''])]);
    grid.merges = [
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 2, right: 5 },
      { top: 1, left: 6, bottom: 2, right: 6 },
    ];
    const { input } = read([grid]);
    expect(input.indicators.map((row) => row.reasonHeader)).toEqual(['未完成原因分析', '未完成原因分析']);
  });
});
