import { humanSummary } from '../../src/cli/human-summary';
import { evaluate } from '../../src/domain/evaluate';
import { budgetRows, seed002Input } from '../fixtures/seeds';

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
});
