import { categoryFigure, unitTotals } from '../../../src/domain/budget/unit-totals';
import { budgetLines } from './budget-rows';

describe('unitTotals', () => {
  it('takes the 合计 line’s own figures', () => {
    const lines = budgetLines([{ category: 'basic', adjusted: 1, executed: 1 }, { category: 'total', initial: 1300, adjusted: 1291.73, executed: 1288.38 }]);
    expect(unitTotals(lines)).toEqual({ source: 'totalLine', totalLine: lines[1], initial: 1300, adjusted: 1291.73, executed: 1288.38 });
  });

  it('does not fill a blank 合计 figure from the parts, so B and A describe the same money', () => {
    const lines = budgetLines([{ category: 'total', executed: 222.48 }, { category: 'project', initial: 24.36, executed: 33.08 }]);
    expect(unitTotals(lines)).toMatchObject({ source: 'totalLine', initial: null, adjusted: null, executed: 222.48 });
  });

  it('adds 基本支出 + 项目支出 exactly when there is no 合计 line', () => {
    const lines = budgetLines([{ category: 'basic', adjusted: 815.05, executed: 815.05 }, { category: 'project', adjusted: 476.68, executed: 473.33 }]);
    expect(unitTotals(lines)).toEqual({ source: 'basicAndProject', totalLine: null, initial: null, adjusted: 1291.73, executed: 1288.38 });
  });

  it('adds the 任务 lines when the table lists only tasks', () => {
    const lines = budgetLines([
      { category: 'task', name: '工商联业务', adjusted: 42.52, executed: 42.52 },
      { category: 'task', name: '非公党委工作', adjusted: 52.61, executed: 52.61 },
    ]);
    expect(unitTotals(lines)).toMatchObject({ source: 'tasks', adjusted: 95.13, executed: 95.13 });
  });

  it('has no totals for a table with none of these lines', () => {
    expect(unitTotals(budgetLines([{ category: 'threePublic', executed: 0.38 }]))).toBeNull();
  });
});

describe('categoryFigure', () => {
  it('is null rather than a partial sum when one line of the category lacks the figure', () => {
    const lines = budgetLines([
      { category: 'project', name: '甲', executed: 10 },
      { category: 'project', name: '乙' },
    ]);
    expect(categoryFigure(lines, ['project'], 'executed')).toBeNull();
  });

  it('sums exactly: 169.58 + 19.82 is 189.4, not 189.39999999999998', () => {
    const lines = budgetLines([{ category: 'personnel', executed: 169.58 }, { category: 'publicUse', executed: 19.82 }]);
    expect(categoryFigure(lines, ['personnel', 'publicUse'], 'executed')).toBe(189.4);
  });
});
