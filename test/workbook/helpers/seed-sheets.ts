import type { CellInput } from './grid-builder';

/**
 * Test sheets built from the seeds (/work/shared/seeds): seed 000's scoring table (nine qualitative
 * indicators, 产出 80 / 效果 20, self-scores 74 + 19 = 93) and budget, seed 002's budget and tasks.
 */

export const INDICATOR_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '度量单位',
  '实际完成值',
  '分值',
  '自评得分',
  '偏差原因分析及改进措施',
];

/** [level1, level3, points, self-score] as in seed 000's 自评结论 table */
export const SEED_000_INDICATORS: ReadonlyArray<[string, string, number, number]> = [
  ['产出', '开展主题教育', 10, 10],
  ['产出', '党的精神宣传活动', 10, 10],
  ['产出', '非公经济人士培训班', 13, 11],
  ['产出', '搭建平台服务企业', 15, 14],
  ['产出', '创建市“四好”商会及“五好”工商联', 12, 11],
  ['产出', '助力招商引资', 10, 9],
  ['产出', '开展走访调研活动', 10, 9],
  ['效果', '精准扶贫', 10, 9],
  ['效果', '慈善公益活动', 10, 10],
];

/** seed 000's indicator table in the standard layout, header in row 1 */
export function seed000IndicatorRows(): CellInput[][] {
  return [
    INDICATOR_HEADER,
    ...SEED_000_INDICATORS.map(([level1, level3, points, selfScore]) => [
      level1,
      '',
      level3,
      '定性',
      '达成',
      '',
      '达成',
      points,
      selfScore,
      '',
    ]),
  ];
}

/** the same table with 一级指标 merged: only the first row of each group holds it */
export function seed000MergedLevelRows(): CellInput[][] {
  const rows = seed000IndicatorRows();
  return rows.map((row, index) => (index > 1 && row[0] === rows[index - 1][0] ? ['', ...row.slice(1)] : row));
}

export const BUDGET_HEADER = ['资金项目', '类别', '年初预算数', '全年预算数', '全年执行数', '分值', '上年执行数', '说明'];

/** seed 000: 支出总额 222.48 = 基本 189.4 + 项目 33.08; 基本 = 人员 169.58 + 公用 19.82; 三公 0.38 */
export function seed000BudgetRows(): CellInput[][] {
  return [
    BUDGET_HEADER,
    ['支出总额', '合计', '', '', 222.48, '', '', ''],
    ['基本支出', '基本支出', '', '', 189.4, '', '', ''],
    ['人员经费', '人员经费', '', '', 169.58, '', '', ''],
    ['日常公用经费', '日常公用经费', '', '', 19.82, '', '', ''],
    ['项目支出', '项目支出', 24.36, '', 33.08, '', '', ''],
    ['三公经费', '三公经费', '', '', 0.38, '', '', '公务接待费，与上年基本持平'],
  ];
}

/** seed 002: 全年预算 1,291.73, 执行 1,288.38 (99.7%); 基本 815.05 + 项目 473.33; three 任务 with their funds */
export function seed002BudgetRows(): CellInput[][] {
  return [
    BUDGET_HEADER,
    ['合计', '合计', '', 1291.73, 1288.38, 10, '', ''],
    ['基本支出', '基本支出', '', '', 815.05, '', '', ''],
    ['项目支出', '项目支出', '', '', 473.33, '', '', ''],
    ['一般公共预算财政拨款', '财政拨款', '', '', 1288.38, '', '', ''],
    ['工商联业务及海内外联谊工作', '任务', '', 42.52, '', '', '', ''],
    ['区非公有制经济组织党委工作', '任务', '', 52.61, '', '', '', ''],
    ['区“两新”组织党建创新中心工作', '任务', '', 290.17, '', '', '', ''],
  ];
}

export function seed000BasicInfoRows(): CellInput[][] {
  return [
    ['项目', '内容'],
    ['单位名称', '武汉市新洲区工商业联合会'],
    ['评价年度', 2019],
    ['评价类型', '部门整体支出'],
    ['部门职能', '参与国家大政方针及政治、经济、社会生活中的重要问题的政治协商，发挥民主监督作用，积极参政议政'],
    ['机构人员', '区工商联下设办公室一个；总编制人数 5 人，其中：行政编制 5 人，在职实有人数 5 人。'],
    ['年度总体目标', '开展“不忘初心、牢记使命”主题教育；推进招商引资工作'],
    ['主要工作成效', '搭建政企沟通平台，协调解决“水上乐园”项目建设问题'],
    ['存在问题补充', '绩效目标管理意识不强，预算编制不规范、欠细化'],
  ];
}
