import { readBudgetLine } from '../../../src/domain/budget/read-budget-line';
import type { MoneyUnit } from '../../../src/domain/model';
import { budgetRow } from './budget-rows';

describe('readBudgetLine', () => {
  it('reads amounts typed as numbers, with thousands separators, with 万元, or in full width', () => {
    const { line, warnings } = readBudgetLine(
      budgetRow({ row: 5, category: 'total', initial: '１，３００', adjusted: '1,291.73', executed: '1288.38万元', points: '10分', lastYear: 1200 }),
    );
    expect(warnings).toEqual([]);
    expect(line.figures).toEqual({ initial: 1300, adjusted: 1291.73, executed: 1288.38, points: 10, lastYear: 1200 });
  });

  it('converts amounts from the unit the table states to 万元, to two decimals half up, and leaves 分值 and figures written in 万元 alone', () => {
    const stated = (unit: MoneyUnit, address: string) => ({ unit, cell: { sheet: '预算执行', address, row: 1, column: 1 }, text: `（${unit}）` });
    const row = {
      ...budgetRow({ row: 2, category: 'total', initial: '13,000,000元', adjusted: 12917300, executed: 1288381.23, points: 10, lastYear: '1200万元' }),
      amountUnits: { initial: stated('元', 'C1'), adjusted: stated('元', 'D1'), executed: stated('千元', 'E1'), lastYear: stated('元', 'G1') },
    };
    const { line, warnings } = readBudgetLine(row);
    expect(warnings).toEqual([]);
    expect(line.figures).toEqual({ initial: 1300, adjusted: 1291.73, executed: 128838.12, points: 10, lastYear: 1200 });
    const cents = { ...budgetRow({ row: 2, category: 'total', adjusted: 25800000.5, executed: '24,950,350.00' }), amountUnits: { adjusted: stated('元', 'D1'), executed: stated('元', 'E1') } };
    expect(readBudgetLine(cents).line.figures).toMatchObject({ adjusted: 2580, executed: 2495.04 });
    const inYi = { ...budgetRow({ row: 2, category: 'total', adjusted: 0.1291 }), amountUnits: { adjusted: stated('亿元', 'D1') } };
    expect(readBudgetLine(inYi).line.figures.adjusted).toBe(1291);
  });

  it('takes blank cells and the accountant’s "—" or "/" as not given', () => {
    const { line, warnings } = readBudgetLine(budgetRow({ row: 2, category: 'project', initial: '—', adjusted: '/', executed: '  ' }));
    expect(warnings).toEqual([]);
    expect(line.figures).toEqual({ initial: null, adjusted: null, executed: null, points: null, lastYear: null });
  });

  it('reads a table without some columns', () => {
    const row = { ...budgetRow({ row: 2, category: 'total', executed: 222.48 }), initial: null, lastYear: null, points: null };
    expect(readBudgetLine(row).line.figures).toEqual({ initial: null, adjusted: null, executed: 222.48, points: null, lastYear: null });
  });

  it('names the cell, the line and what was typed when an amount cannot be read, and counts it as blank', () => {
    const { line, warnings } = readBudgetLine(budgetRow({ row: 7, category: 'basic', adjusted: '815.05', executed: '约815万' }));
    expect(line.figures.executed).toBeNull();
    expect(line.figures.adjusted).toBe(815.05);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'BUDGET_VALUE_UNREADABLE',
      severity: 'error',
      sheet: '预算执行',
      cell: 'E7',
      params: { line: '基本支出', field: 'executed', text: '约815万' },
    });
    expect(warnings[0].message['zh-CN']).toMatch(/^「基本支出」的全年执行数“约815万”.+，该数未计入。$/);
  });

  it('refuses amounts in 元 rather than dividing them silently, asking for 万元', () => {
    const { warnings } = readBudgetLine(budgetRow({ row: 2, category: 'total', executed: '2224800元', adjusted: '1亿元' }));
    expect(warnings.map((w) => w.params.reason)).toEqual(['yuanUnit', 'yuanUnit']);
    expect(warnings[1].message['zh-CN']).toBe('「合计」的全年执行数“2224800元”不是以万元为单位（金额应以万元填写，1 万元 = 10,000 元，请换算后填写），该数未计入。');
    expect(warnings[1].message['en-US']).toBe('The amount spent of "合计", "2224800元", is not in 10k yuan (amounts are in 10k yuan: 10,000 yuan = 1; please convert it); it was left out.');
  });

  it('refuses an estimate (约100, 100万元左右) and asks for the exact figure', () => {
    const { warnings } = readBudgetLine(budgetRow({ row: 2, category: 'total', initial: '约100', executed: '100万元左右' }));
    expect(warnings.map((w) => w.params.reason)).toEqual(['approximate', 'approximate']);
    expect(warnings[0].message['zh-CN']).toBe('「合计」的年初预算数“约100”是估计数（含“约”“左右”等字样），请填写账面的准确金额（万元），该数未计入。');
  });

  it('keeps "unit cannot be read" for other units', () => {
    const { warnings } = readBudgetLine(budgetRow({ row: 2, category: 'total', executed: '100个' }));
    expect(warnings[0].params).toMatchObject({ reason: 'unknownUnit' });
  });

  it('reports an Excel error value in a cell', () => {
    const { warnings } = readBudgetLine(budgetRow({ row: 2, category: 'total', adjusted: { value: { error: '#DIV/0!' } } }));
    expect(warnings[0]).toMatchObject({ cell: 'D2', params: { text: '#DIV/0!', reason: 'errorValue' } });
  });

  it('accepts a negative amount (a refund) but not negative points', () => {
    const { line, warnings } = readBudgetLine(budgetRow({ row: 2, category: 'otherFunds', executed: -1.5, points: -10 }));
    expect(line.figures).toMatchObject({ executed: -1.5, points: null });
    expect(warnings).toEqual([expect.objectContaining({ cell: 'F2', params: expect.objectContaining({ field: 'points', reason: 'negativePoints' }) })]);
    expect(warnings[0].message['zh-CN']).toBe('「其他资金」的分值“-10”不能为负数，该数未计入。');
  });

  it('names a line with neither name nor category by its row', () => {
    const { line } = readBudgetLine(budgetRow({ row: 9, category: null, name: '', categoryText: '' }));
    expect(line.name).toBe('第 9 行');
  });
});
