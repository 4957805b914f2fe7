import { checkAdjustment } from '../../../../src/domain/budget/checks/adjustment-check';
import { readBudgetLine } from '../../../../src/domain/budget/read-budget-line';
import { budgetLine, budgetRow } from '../budget-rows';

describe('ADJUSTMENT_UNEXPLAINED', () => {
  it('notes (as info) a budget adjusted during the year with nothing in 说明', () => {
    const [warning] = checkAdjustment(budgetLine({ category: 'project', initial: 24.36, adjusted: 33.5 }));
    expect(warning).toMatchObject({ code: 'ADJUSTMENT_UNEXPLAINED', severity: 'info', cell: 'D2' });
    expect(warning.params).toEqual({ line: '项目支出', initial: 24.36, adjusted: 33.5, difference: 9.14, noteColumn: 1 });
    expect(warning.message['zh-CN']).toBe('「项目支出」年初预算数 24.36 万元调整为全年预算数 33.5 万元（增加 9.14 万元），请在“说明”中写明调整原因。');
  });

  it('asks for a 说明 column where the table has none (the MoF 自评表), rather than to write in one', () => {
    const row = budgetRow({ row: 6, category: 'total', name: '年度资金总额', initial: 45, adjusted: 42.52 });
    const { note: _none, ...cells } = row.cells;
    const [warning] = checkAdjustment(readBudgetLine({ ...row, cells }).line);
    expect(warning.params.noteColumn).toBe(0);
    expect(warning.message['zh-CN']).toBe('「年度资金总额」年初预算数 45 万元调整为全年预算数 42.52 万元（减少 2.48 万元），请在本表加一列“说明”，写明调整原因。');
    expect(warning.message['en-US']).toContain('please add a note column (说明) to this table and give the reason there.');
  });

  it('says 减少 for a cut', () => {
    const [warning] = checkAdjustment(budgetLine({ category: 'total', initial: 1300, adjusted: '1,291.73' }));
    expect(warning.params.difference).toBe(-8.27);
    expect(warning.message['zh-CN']).toContain('（减少 8.27 万元）');
  });

  it('is quiet when 说明 explains the adjustment', () => {
    expect(checkAdjustment(budgetLine({ category: 'project', initial: 24.36, adjusted: 33.5, note: '年中追加党建经费' }))).toEqual([]);
  });

  it('is quiet when the two budgets are equal, or one of them is blank', () => {
    expect(checkAdjustment(budgetLine({ category: 'project', initial: 24.36, adjusted: '24.36' }))).toEqual([]);
    expect(checkAdjustment(budgetLine({ category: 'project', initial: 24.36 }))).toEqual([]);
    expect(checkAdjustment(budgetLine({ category: 'project', adjusted: 24.36 }))).toEqual([]);
  });
});
