import { evaluateBudget } from '../../../../src/domain/budget/evaluate-budget';
import type { BudgetRow, Warning } from '../../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../../src/domain/scheme/defaults';
import { seed000Budget, seed002Budget, type BudgetSpec } from '../../../fixtures/seeds';
import { budgetRows } from '../budget-rows';

const blankSpending = (rows: BudgetRow[]): Warning[] => evaluateBudget(rows, DEFAULT_SCHEME).warnings.filter((warning) => warning.params.reason === 'executedBlank');
const blankSpendingOf = (specs: BudgetSpec[]): Warning[] => blankSpending(budgetRows(specs));

describe('a budget line whose 全年执行数 is left blank', () => {
  it('is asked for its spending when it has a 全年预算数 (seed 000’s 日常公用经费 with 全年执行数 not typed)', () => {
    const [warning, ...others] = blankSpendingOf([
      { name: '基本支出', category: 'basic', adjusted: 189.4 },
      { name: '日常公用经费', category: 'publicUse', adjusted: 19.82 },
      { name: '项目支出', category: 'project', adjusted: 33.08, executed: 33.08 },
    ]);
    expect(warning).toMatchObject({ code: 'BUDGET_VALUE_UNREADABLE', severity: 'warning', sheet: '预算执行', cell: 'E2' });
    expect(warning.params).toEqual({ line: '基本支出', field: 'executed', text: '', reason: 'executedBlank', base: 'adjusted', budget: 189.4 });
    expect(warning.message['zh-CN']).toBe('「基本支出」有全年预算数 189.4 万元，但全年执行数为空，无法计算执行率：请填写全年执行数（未支出的填 0）。');
    expect(warning.message['en-US']).toBe('"基本支出" has a full-year budget of 189.4 (10k yuan) but its amount spent is blank, so it has no execution rate: please fill in the amount spent (0 if nothing was spent).');
    // with 基本支出's own spending blank, its part is asked for too
    expect(others.map((other) => other.cell)).toEqual(['E3']);
  });

  it('names the 年初预算数 when that is the only budget the line gives, and takes a cell of spaces for blank', () => {
    const [warning] = blankSpendingOf([
      { name: '合计', category: 'total', adjusted: 222.48, executed: 189.4 },
      { name: '项目支出', category: 'project', initial: 24.36, executed: '  ' },
    ]);
    expect(warning.message['zh-CN']).toBe('「项目支出」有年初预算数 24.36 万元，但全年执行数为空，无法计算执行率：请填写全年执行数（未支出的填 0）。');
  });

  it('is quiet for a line that spent 0 or has no budget or a budget of 0', () => {
    expect(
      blankSpendingOf([
        { name: '合计', category: 'total', adjusted: 222.48, executed: 222.48 },
        { name: '基本支出', category: 'basic', adjusted: 189.4, executed: 0 },
        { name: '项目支出', category: 'project' },
        { name: '人员经费', category: 'personnel', adjusted: 0 },
      ]),
    ).toEqual([]);
  });

  it('is quiet for lines whose spending a table may leave out: 任务 funds (seed 002), fund sources, 三公经费, a line of no known category, and 基本支出’s parts once it gives its own', () => {
    expect(blankSpending(seed002Budget())).toEqual([]);
    expect(
      blankSpendingOf([
        { name: '合计', category: 'total', adjusted: 222.48, executed: 222.48 },
        { name: '基本支出', category: 'basic', adjusted: 189.4, executed: 189.4 },
        { name: '人员经费', category: 'personnel', adjusted: 169.58 },
        { name: '日常公用经费', category: 'publicUse', adjusted: 19.82 },
        { name: '当年财政拨款', category: 'fiscal', adjusted: 222.48 },
        { name: '三公经费', category: 'threePublic', adjusted: 1.2 },
        { name: '工商联业务及海内外联谊工作', category: null, adjusted: 42.52 },
      ]),
    ).toEqual([]);
  });

  it('names the first line alone where the column is blank on every line (a budget-only table)', () => {
    const warnings = blankSpendingOf([
      { name: '合计', category: 'total', adjusted: 222.48 },
      { name: '基本支出', category: 'basic', adjusted: 189.4 },
      { name: '项目支出', category: 'project', adjusted: 33.08 },
    ]);
    expect(warnings.map((warning) => warning.cell)).toEqual(['E2']);
  });

  it('leaves the line with 分值 to its own message, and an unreadable cell to its own', () => {
    const withPoints = evaluateBudget(budgetRows([{ name: '合计', category: 'total', adjusted: 222.48, points: 10 }]), DEFAULT_SCHEME).warnings;
    expect(withPoints.map((warning) => warning.params.reason)).toEqual(['missingForScore']);
    const unreadable = evaluateBudget(budgetRows([{ name: '项目支出', category: 'project', adjusted: 33.08, executed: '约30' }]), DEFAULT_SCHEME).warnings;
    expect(unreadable.filter((warning) => warning.code === 'BUDGET_VALUE_UNREADABLE').map((warning) => warning.params.reason)).toEqual(['approximate']);
  });

  it('raises nothing on seed 000’s budget, where every line gives its spending', () => {
    expect(blankSpending(seed000Budget())).toEqual([]);
  });
});
