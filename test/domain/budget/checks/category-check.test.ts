import { checkCategory } from '../../../../src/domain/budget/checks/category-check';
import { budgetLine } from '../budget-rows';

describe('unknown 类别', () => {
  it('warns that a line whose 类别 is not known stays out of the totals', () => {
    const [warning] = checkCategory(budgetLine({ category: null, name: '专项经费', categoryText: '专项' }));
    expect(warning).toMatchObject({ code: 'BUDGET_VALUE_UNREADABLE', severity: 'warning', cell: 'B2', params: { field: 'category', text: '专项', reason: 'unknownCategory' } });
    expect(warning.message['zh-CN']).toContain('「专项经费」的类别“专项”无法识别');
  });

  it('is quiet for known categories and for a blank 类别', () => {
    expect(checkCategory(budgetLine({ category: 'project' }))).toEqual([]);
    expect(checkCategory(budgetLine({ category: null, name: '备注', categoryText: '' }))).toEqual([]);
  });
});
