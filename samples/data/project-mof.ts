import { percent, type SampleWorkbook } from './sample-workbook';

/**
 * A fictional 项目支出 self-evaluation (示例区, 职业技能提升培训补贴项目) in the Ministry of Finance
 * 项目支出绩效自评表 layout: one sheet with the budget block on top (年度资金总额 carries the 10 points
 * of 预算执行率) and the indicator block below (产出 50 / 效益 30 / 满意度 10), under title rows. Its
 * values are typed the many ways people type them, so the add-in's reading and warnings show:
 *
 *   operator words     不低于1,200人次, 不低于80%, 不超过2,000元/人 (with thousands separators)
 *   text percentages   "≥ 90 %", "95%", "≥85%"; and 0.72 shown as 72% by its number format
 *   full-width digits  "１２０" against a target of "≥120课时"
 *   a duration         ≤5个工作日 against 4个工作日
 *   a deadline         12月底前, reached on a date typed as a date (2023-12-15)
 *   qualitative        达成年度指标 / 达成 with no score entered: the default score, provisional
 *   not applicable     "/" in every column of 带动创业人数
 *   missed, no reason  取得职业技能等级证书人员占比 72% against 不低于80%
 *   self-score differs 平均月收入增长率 6% against ≥10%: computed 6, self-scored 8
 *   budget             全年预算 280 (年初 300, cut with no explanation), 执行 238: 85%
 *
 * Expected total (default scheme, computed scores):
 *   产出 10 + 5 + 10 + 10×72/80 = 9 + 5 + 5 + 5   = 49
 *   效益 10 + 10 (provisional) + 10×6/10 = 6      = 26   (带动创业人数 excluded)
 *   满意度                                         = 10
 *   预算执行率 10 × 238 / 280 = 8.5                = 8.5
 *   total 93.5 of 100 → 优
 */
export const projectMof: SampleWorkbook = {
  file: 'project-mof.xlsx',
  description: '示例区职业技能提升培训补贴项目 2023 项目支出（虚构，财政部自评表样式，数据书写不规范）',
  sheets: [
    {
      name: '基本信息',
      headerRows: [1],
      columnWidths: [16, 90],
      wrapColumns: [2],
      rows: [
        ['项目', '内容'],
        ['单位名称', '示例区人力资源和社会保障局（虚构示例）'],
        ['评价年度', '2023年'],
        ['评价类型', '项目支出'],
        ['项目名称', '职业技能提升培训补贴项目'],
        ['部门职能', '负责本区就业创业和职业技能培训工作，组织实施职业技能提升行动，管理和发放职业培训补贴。（虚构示例）'],
        ['机构人员', '项目由局职业能力建设科组织实施，区职业技能鉴定中心配合开展培训质量评估。（虚构示例）'],
        ['年度总体目标', '面向辖区重点就业群体开展职业技能提升培训不少于1,200人次，培训合格率不低于90%，参训人员就业率不低于85%，按标准及时拨付培训补贴。'],
        ['主要工作成效', '全年完成补贴培训1,236人次，培训合格率95%，参训人员就业率88%，补贴资金平均4个工作日内拨付到位。（虚构示例）'],
        ['存在问题补充', '部分培训机构课程与企业用工需求衔接不够紧密。'],
      ],
    },
    {
      name: '项目支出绩效自评表',
      titleRows: [1, 2],
      headerRows: [3, 9],
      merges: ['A1:H1', 'A2:H2', 'A10:A16', 'A17:A20'],
      columnWidths: [18, 16, 30, 16, 16, 8, 8, 44],
      wrapColumns: [3, 8],
      rows: [
        ['项目支出绩效自评表'],
        ['（2023 年度）'],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值'],
        ['年度资金总额', 300, 280, 238, 10],
        ['其中：当年财政拨款', 300, 250, 215.2, null],
        ['上年结转资金', 0, 30, 22.8, null],
        ['其他资金', 0, 0, 0, null],
        [],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '补贴培训人数', '不低于1,200人次', '1,236人次', 10, 10, null],
        [null, '数量指标', '培训课时总数', '≥120课时', '１２０', 5, 5, null],
        [null, '质量指标', '培训合格率', '≥ 90 %', '95%', 10, 10, null],
        [null, '质量指标', '取得职业技能等级证书人员占比', '不低于80%', percent(0.72), 10, 9, null],
        [null, '时效指标', '培训补贴资金拨付时限', '≤5个工作日', '4个工作日', 5, 5, null],
        [null, '时效指标', '年度培训任务完成时间', '12月底前', { date: '2023-12-15', numberFormat: 'yyyy"年"m"月"d"日"' }, 5, 5, null],
        [null, '成本指标', '人均培训补贴标准', '不超过2,000元/人', '1,850元/人', 5, 5, null],
        ['效益指标', '社会效益指标', '参训人员就业率', '≥85%', '88%', 10, 10, null],
        [null, '社会效益指标', '带动创业人数', '/', '/', '/', '/', null],
        [null, '可持续影响指标', '培训成果长效机制建立', '达成年度指标', '达成', 10, null, null],
        [
          null,
          '经济效益指标',
          '参训人员平均月收入增长率',
          '≥10%',
          '6%',
          10,
          8,
          '受经济环境影响，部分学员就业后仍在试用期，收入增长低于预期；下一步加强就业跟踪服务。',
        ],
        ['满意度指标', '服务对象满意度指标', '参训学员满意度', '≥90%', '93.5%', 10, 10, null],
        ['总分', null, null, null, null, { formula: 'SUM(F10:F21)+E4', result: 100 }, null, null],
      ],
    },
  ],
};
