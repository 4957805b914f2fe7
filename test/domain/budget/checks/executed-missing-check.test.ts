import { checkExecutedMissing } from '../../../../src/domain/budget/checks/executed-missing-check';
import { evaluateBudget } from '../../../../src/domain/budget/evaluate-budget';
import { DEFAULT_SCHEME } from '../../../../src/domain/scheme/defaults';
import { seed000Budget } from '../../../fixtures/seeds';
import { budgetLine, budgetRows } from '../budget-rows';

describe('a budget line whose 全年执行数 is left blank', () => {
  it('is asked for its spending when it has a 全年预算数 (seed 000’s 日常公用经费 with 全年执行数 not typed)', () => {
    const [warning] = checkExecutedMissing(budgetLine({ name: '日常公用经费', category: 'publicUse', adjusted: 19.82 }));
    expect(warning).toMatchObject({ code: 'BUDGET_VALUE_UNREADABLE', severity: 'warning', sheet: '预算执行', cell: 'E2' });
    expect(warning.params).toEqual({ line: '日常公用经费', field: 'executed', text: '', reason: 'executedBlank', base: 'adjusted', budget: 19.82 });
    expect(warning.message['zh-CN']).toBe('「日常公用经费」有全年预算数 19.82 万元，但全年执行数为空，无法计算执行率：请填写全年执行数（未支出的填 0）。');
    expect(warning.message['en-US']).toBe('"日常公用经费" has a full-year budget of 19.82 (10k yuan) but its amount spent is blank, so it has no execution rate: please fill in the amount spent (0 if nothing was spent).');
  });

  it('names the 年初预算数 when that is the only budget the line gives, and takes a cell of spaces for blank', () => {
    const [warning] = checkExecutedMissing(budgetLine({ name: '项目支出', category: 'project', initial: 24.36, executed: '  ' }));
    expect(warning.message['zh-CN']).toBe('「项目支出」有年初预算数 24.36 万元，但全年执行数为空，无法计算执行率：请填写全年执行数（未支出的填 0）。');
  });

  it('is quiet for a line that spent 0, has no budget or a budget of 0, or is a 任务’s funds (seed 002 gives no spending by task)', () => {
    expect(checkExecutedMissing(budgetLine({ name: '日常公用经费', category: 'publicUse', adjusted: 19.82, executed: 0 }))).toEqual([]);
    expect(checkExecutedMissing(budgetLine({ name: '三公经费', category: 'threePublic' }))).toEqual([]);
    expect(checkExecutedMissing(budgetLine({ name: '其他资金', category: 'otherFunds', adjusted: 0 }))).toEqual([]);
    expect(checkExecutedMissing(budgetLine({ name: '区非公有制经济组织党委工作', category: 'task', adjusted: 52.61 }))).toEqual([]);
  });

  it('leaves the line with 分值 to its own message, and an unreadable cell to its own', () => {
    const withPoints = evaluateBudget(budgetRows([{ name: '合计', category: 'total', adjusted: 222.48, points: 10 }]), DEFAULT_SCHEME).warnings;
    expect(withPoints.map((warning) => warning.params.reason)).toEqual(['missingForScore']);
    const unreadable = evaluateBudget(budgetRows([{ name: '项目支出', category: 'project', adjusted: 33.08, executed: '约30' }]), DEFAULT_SCHEME).warnings;
    expect(unreadable.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE').map((warning) => warning.params.reason)).toEqual(['approximate']);
  });

  it('raises nothing on seed 000’s budget, where every line gives its spending', () => {
    const { warnings } = evaluateBudget(seed000Budget(), DEFAULT_SCHEME);
    expect(warnings.filter((warning) => warning.params.reason === 'executedBlank')).toEqual([]);
  });
});
