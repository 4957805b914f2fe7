import { humanSummary } from '../../src/cli/human-summary';
import { evaluate } from '../../src/domain/evaluate';
import { budgetRows, indicatorRows, seed000Input, seed002Input } from '../fixtures/seeds';

describe('the human summary of a scored workbook', () => {
  it('prints amounts as the 自评报告 does, with their own decimals (100 万元, not 100.00 万元)', () => {
    const budget = budgetRows([{ name: '合计', category: 'total', initial: 100, adjusted: 100, executed: 95.5, points: 10 }]);
    const summary = humanSummary(evaluate({ ...seed002Input(), budget }), [], 'out.xlsx', 'zh-CN');
    expect(summary).toContain('预算执行：全年预算数 100 万元，执行数 95.5 万元，执行率 95.5%');
    expect(summary).not.toContain('100.00');
  });

  it('keeps the thousands separators of the report (1,291.73 万元)', () => {
    const summary = humanSummary(evaluate(seed002Input()), [], 'out.xlsx', 'zh-CN');
    expect(summary).toContain('预算执行：全年预算数 1,291.73 万元，执行数 1,288.38 万元，执行率 99.7%');
  });

  it('prints the 得分比 as the 自评报告 does: 93% for seed 000, and 89.97 beside 良 never as 90.0%', () => {
    expect(humanSummary(evaluate(seed000Input()), [], 'out.xlsx', 'zh-CN')).toContain('总分 93 / 100（得分比 93%），综合评价：优');
    const indicators = indicatorRows([
      { level1: '产出指标', level2: '数量指标', level3: '培训场次', comparator: '≥', target: 10, unit: '场', actual: 10, points: 60 },
      { level1: '效益指标', level2: '社会效益指标', level3: '培训人数', comparator: '≥', target: 100, unit: '人', actual: 74.925, points: 40, reason: '场地不足' },
    ]);
    const summary = humanSummary(evaluate({ ...seed002Input(), indicators, budget: [] }), [], 'out.xlsx', 'zh-CN');
    expect(summary).toContain('总分 89.97 / 100（得分比 89.97%），综合评价：良');
  });
});
