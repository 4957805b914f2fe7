import type { SheetGrid } from '../../../src/workbook/grid';
import { parseRange } from '../../../src/workbook/cells/cell-range';
import { sheet, type CellInput } from './grid-builder';
import { SEED_000_INDICATORS } from './seed-sheets';

/**
 * Test sheets in the layouts finance officers hand in, filled from the seeds: the Ministry of
 * Finance's 项目支出绩效自评表 (财预〔2020〕10号 附件) and a department's own 自评表 with 序号, a two-row
 * header, a 小计 row per 一级指标, a 合计 row, 填报人 footer and notes.
 */

export function withMerges(grid: SheetGrid, merges: readonly string[]): SheetGrid {
  grid.merges = merges.map((address) => {
    const range = parseRange(address);
    if (!range) throw new Error(`bad range ${address}`);
    return range;
  });
  return grid;
}

/**
 * The MoF form as printed: 项目资金（万元） merged down A5:A9 beside the budget lines in column B,
 * 年度总体目标 (A10:A11) between the budget and the indicators, 绩效指标 merged down A12:A16 beside
 * 一级指标 in column B, 总分 merged over A17:F17. Figures from seed 002's 工商联业务及海内外联谊工作 task
 * budget scale (fictional indicators).
 */
export function mofProjectForm(): SheetGrid {
  const rows: CellInput[][] = [
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', '工商联业务及海内外联谊工作'],
    ['主管部门', '广州市黄埔区工商业联合会', '', '', '实施单位', '广州市黄埔区工商业联合会'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', 45, 42.52, 40.39, 10, 0.95, 9.5],
    ['', '其中：当年财政拨款', 45, 42.52, 40.39, '—', '', '—'],
    ['', '上年结转资金', 0, 0, 0, '—', '', '—'],
    ['', '其他资金', 0, 0, 0, '—', '', '—'],
    ['年度总体目标', '预期目标', '', '', '实际完成情况'],
    ['', '开展海内外联谊活动，服务非公有制经济人士', '', '', '全年开展联谊活动6场'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['', '产出指标', '数量指标', '开展联谊活动场次', '≥6场', '6场', 25, 25, ''],
    ['', '', '质量指标', '活动参与率', '≥90%', '95%', 25, 25, ''],
    ['', '效益指标', '社会效益指标', '非公经济人士参与度', '≥85%', '88%', 30, 30, ''],
    ['', '满意度指标', '服务对象满意度指标', '会员企业满意度', '≥90%', '93.5%', 10, 10, ''],
    ['总分', '', '', '', '', '', 100, 99.5, ''],
  ];
  return withMerges(sheet('项目支出绩效自评表', rows), [
    'A1:I1',
    'A2:I2',
    'A5:A9',
    'A10:A11',
    'B10:D10',
    'E10:I10',
    'B11:D11',
    'E11:I11',
    'A12:A16',
    'B13:B14',
    'A17:F17',
  ]);
}

/**
 * Seed 000's nine indicators (产出 80 / 效果 20, self-scored 74 + 19 = 93) in a department's own form:
 * title rows, 序号, a two-row header (绩效指标 over 一级/二级/三级, 指标值 over 年度指标值/实际完成值),
 * 一级指标 merged down, a 小计 row per 一级指标, a 合计 row whose label is in the 序号 column, a footer and notes.
 */
export function seed000DepartmentForm(): SheetGrid {
  const indicatorRow = (index: number): CellInput[] => {
    const [level1, level3, points, selfScore] = SEED_000_INDICATORS[index];
    const first = SEED_000_INDICATORS.findIndex(([l1]) => l1 === level1) === index;
    return [index + 1, first ? level1 : '', '', level3, '达成', '达成', points, selfScore, ''];
  };
  const rows: CellInput[][] = [
    ['2019年度部门整体支出绩效自评表'],
    ['单位名称：武汉市新洲区工商业联合会', '', '', '', '', '填报日期：2020年6月', '', '金额单位：万元'],
    ['序号', '绩效指标', '', '', '指标值', '', '分 值', '自评\n得分', '备注'],
    ['', '一级指标', '二级指标', '三级指标', '年度\n指标值', '实际完成值', '', '', ''],
    ...[0, 1, 2, 3, 4, 5, 6].map(indicatorRow),
    ['', '产出指标小计', '', '', '', '', 80, 74, ''],
    ...[7, 8].map(indicatorRow),
    ['', '效果指标小计', '', '', '', '', 20, 19, ''],
    ['合计', '', '', '', '', '', 100, 93, ''],
    ['填报人：张三', '', '', '审核人：李四', '', '', '联系电话：027-00000000'],
    ['注：定性指标按达成、部分达成、未达成评价。'],
  ];
  return withMerges(sheet('自评表', rows), ['A1:I1', 'A3:A4', 'B3:D3', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4', 'B5:B11', 'B13:B14', 'A16:F16']);
}
