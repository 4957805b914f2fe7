import type { ExecutionRate } from '../../../src/domain/budget/execution-rate';
import { executionScore, scoreBudget } from '../../../src/domain/budget/budget-score';
import { unitTotals } from '../../../src/domain/budget/unit-totals';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { budgetLines } from './budget-rows';

const rateOf = (executed: number, budget: number): ExecutionRate => ({ rate: executed / budget, base: 'adjusted', executed, budget });

describe('executionScore: w · min(B / A, 1), rounded half up', () => {
  it('gives seed 002 9.97 of 10 points (1,288.38 / 1,291.73)', () => {
    expect(executionScore(10, rateOf(1288.38, 1291.73))).toBe(9.97);
  });

  it('rounds half up on the exact decimal: 10 × 100.05 / 200 = 5.0025 → 5.00, 10 × 100.1 / 200 = 5.005 → 5.01', () => {
    expect(executionScore(10, rateOf(100.05, 200))).toBe(5);
    expect(executionScore(10, rateOf(100.1, 200))).toBe(5.01);
  });

  it('caps at the points when spending exceeds the budget', () => {
    expect(executionScore(10, rateOf(33.08, 24.36))).toBe(10);
  });

  it('gives 0 when nothing (or a net refund) was spent', () => {
    expect(executionScore(10, rateOf(0, 100))).toBe(0);
    expect(executionScore(10, rateOf(-5, 100))).toBe(0);
  });
});

describe('scoreBudget: which line carries the points', () => {
  const score = (specs: Parameters<typeof budgetLines>[0], scheme = DEFAULT_SCHEME) => {
    const lines = budgetLines(specs);
    return { lines, result: scoreBudget(lines, unitTotals(lines), scheme) };
  };

  it('scores the 合计 line on its own rate with its 分值', () => {
    const { lines, result } = score([{ category: 'total', adjusted: 200, executed: 180, points: 15 }, { category: 'project', adjusted: 100, executed: 50 }]);
    expect(result).toMatchObject({ points: 15, score: 13.5, warnings: [] });
    expect(result.byLine.get(lines[0])).toEqual({ points: 15, score: 13.5 });
    expect(result.byLine.has(lines[1])).toBe(false);
  });

  it('scores a 项目支出 line that carries the points on the project’s rate (a project evaluation)', () => {
    const { result } = score([{ category: 'total', adjusted: 200, executed: 200 }, { category: 'project', adjusted: 100, executed: 50, points: 10 }]);
    expect(result).toMatchObject({ points: 10, score: 5 });
  });

  it('scores points meant for the unit (moved from a 预算执行率 row, no 合计 line) on 基本支出 + 项目支出, shown on no line', () => {
    const lines = budgetLines([
      { category: 'basic', name: '基本支出', adjusted: 815.05, executed: 815.05, points: 10 },
      { category: 'project', name: '项目支出', adjusted: 476.68, executed: 473.33 },
    ]);
    lines[0].row.pointsScoreUnitTotals = true;
    const result = scoreBudget(lines, unitTotals(lines), DEFAULT_SCHEME);
    // seed 002: 1,288.38 / 1,291.73 → 9.97, where 基本支出 alone would give the full 10
    expect(result).toMatchObject({ points: 10, score: 9.97, warnings: [] });
    expect(result.byLine.size).toBe(0);
  });

  it('asks for the figures when points meant for the unit find no unit totals to score', () => {
    const lines = budgetLines([
      { category: 'fiscal', name: '财政拨款', adjusted: 100, points: 10 },
      { category: 'otherFunds', name: '其他资金', adjusted: 20 },
    ]);
    lines[0].row.pointsScoreUnitTotals = true;
    const result = scoreBudget(lines, unitTotals(lines), DEFAULT_SCHEME);
    expect(result).toMatchObject({ points: 10, score: 0 });
    expect(result.warnings.map((warning) => warning.params.reason)).toEqual(['missingForScore']);
  });

  it('adds up several lines with points, each on its own rate', () => {
    const { result } = score([
      { category: 'task', name: '任务一', adjusted: 100, executed: 100, points: 5 },
      { category: 'task', name: '任务二', adjusted: 100, executed: 80, points: 5 },
    ]);
    expect(result).toMatchObject({ points: 10, score: 9 });
  });

  it('leaves out, with an error naming the cell, a 分值 above the total of all points', () => {
    const { result } = score([{ category: 'total', adjusted: 200, executed: 180, points: 1e308 }]);
    expect(result).toMatchObject({ points: 0, score: 0 });
    expect(result.warnings.map((w) => [w.code, w.severity, w.cell, w.message['zh-CN']])).toEqual([
      ['BUDGET_VALUE_UNREADABLE', 'error', 'F2', '「合计」的分值“1e+308”大于总分，该数未计入。'],
    ]);
  });

  it('uses the scheme’s default points on the unit’s totals when no line has 分值', () => {
    const { lines, result } = score([{ category: 'total', adjusted: 100, executed: 95 }], { ...DEFAULT_SCHEME, budgetPointsDefault: 20 });
    expect(result).toMatchObject({ points: 20, score: 19 });
    expect(result.byLine.get(lines[0])).toEqual({ points: 20, score: 19 });
  });

  it('leaves the budget unscored when the indicators already carry the full total and no line has 分值', () => {
    const lines = budgetLines([{ category: 'total', adjusted: 100, executed: 95 }]);
    expect(scoreBudget(lines, unitTotals(lines), DEFAULT_SCHEME, 100)).toMatchObject({ points: 0, score: 0 });
    expect(scoreBudget(lines, unitTotals(lines), DEFAULT_SCHEME, 90)).toMatchObject({ points: 10, score: 9.5 });
  });

  it('scores basic + project when there is no 合计 line, without showing it on any line', () => {
    const { result } = score([{ category: 'basic', adjusted: 60, executed: 60 }, { category: 'project', adjusted: 40, executed: 20 }]);
    expect(result).toMatchObject({ points: 10, score: 8 });
    expect(result.byLine.size).toBe(0);
  });

  it('does not score at all when no line has 分值 and no budget figure exists (seed 000)', () => {
    const { result } = score([{ category: 'total', executed: 222.48 }]);
    expect(result).toMatchObject({ points: 0, score: 0, warnings: [] });
  });

  it('takes 分值 0 as "budget not scored"', () => {
    const { result } = score([{ category: 'total', adjusted: 100, executed: 90, points: 0 }]);
    expect(result).toMatchObject({ points: 0, score: 0, warnings: [] });
  });

  it('scores 0 and says why when the line with 分值 has no budget', () => {
    const { result } = score([{ category: 'total', executed: 222.48, points: 10 }]);
    expect(result).toMatchObject({ points: 10, score: 0 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'BUDGET_VALUE_UNREADABLE', severity: 'error', cell: 'D2', params: expect.objectContaining({ reason: 'missingForScore' }) }),
    ]);
    expect(result.warnings[0].message['zh-CN']).toBe('「合计」填写了分值，但缺少全年预算数，无法计算预算执行率得分，暂按 0 分计。');
  });

  it('names what is missing: 执行数, or both', () => {
    const message = (spec: Parameters<typeof budgetLines>[0][number]) => score([spec]).result.warnings[0].message['zh-CN'];
    expect(message({ category: 'total', adjusted: 100, points: 10 })).toBe('「合计」填写了分值，但缺少全年执行数，无法计算预算执行率得分，暂按 0 分计。');
    expect(message({ category: 'total', points: 10 })).toBe('「合计」填写了分值，但缺少全年预算数和全年执行数，无法计算预算执行率得分，暂按 0 分计。');
  });

  it('never scores on 年初预算数: a line with 分值 and only 年初 scores 0 and is told to fill in 全年', () => {
    const { lines, result } = score([{ category: 'project', initial: 100, executed: 95, points: 10 }]);
    expect(result).toMatchObject({ points: 10, score: 0 });
    expect(result.byLine.get(lines[0])).toEqual({ points: 10, score: 0 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'BUDGET_VALUE_UNREADABLE', severity: 'error', cell: 'D2', params: expect.objectContaining({ reason: 'missingForScore', field: 'adjusted', initial: 100 }) }),
    ]);
    expect(result.warnings[0].message['zh-CN']).toBe(
      '「项目支出」填写了分值，但缺少全年预算数，无法计算预算执行率得分，暂按 0 分计：得分以全年预算数为分母，不以年初预算数 100 万元计算，请填写全年预算数。',
    );
    expect(result.warnings[0].message['en-US']).toBe(
      '"项目支出" has points but no full-year budget, so its execution score cannot be computed and counts as 0: the score is computed on the full-year budget, not on the initial budget of 100 (10k yuan); please fill in the full-year budget.',
    );
  });

  it('scores 0 a line with 分值 whose 全年预算数 is 0, saying so', () => {
    const { result } = score([{ category: 'project', adjusted: 0, executed: 5, points: 10 }]);
    expect(result).toMatchObject({ points: 10, score: 0 });
    expect(result.warnings[0].message['zh-CN']).toBe('「项目支出」填写了分值，但全年预算数为 0 万元，无法计算预算执行率得分，暂按 0 分计。');
  });

  it('leaves the default points unscored, with a warning, when the unit has 年初 but no 全年', () => {
    const { result } = score([{ category: 'total', initial: 100, executed: 95 }]);
    expect(result).toMatchObject({ points: 0, score: 0 });
    expect(result.warnings.map((w) => [w.code, w.severity, w.cell, w.message['zh-CN']])).toEqual([
      ['BUDGET_VALUE_UNREADABLE', 'warning', 'D2', '「合计」缺少全年预算数，预算执行率未计分：得分以全年预算数为分母，不以年初预算数 100 万元计算，请填写全年预算数。'],
    ]);
    const parts = score([{ category: 'basic', initial: 60, adjusted: 60, executed: 60 }, { category: 'project', initial: 40, executed: 20 }]).result;
    expect(parts).toMatchObject({ points: 0, score: 0 });
    expect(parts.warnings.map((w) => [w.cell, w.params.line, w.params.initial])).toEqual([['D3', '项目支出', 40]]);
    // the line named is quoted with its own 年初, not the unit's sum
    const neither = score([{ category: 'basic', initial: 60, executed: 60 }, { category: 'project', initial: 40, executed: 20 }]).result;
    expect(neither.warnings.map((w) => w.message['zh-CN'])).toEqual(['「基本支出」缺少全年预算数，预算执行率未计分：得分以全年预算数为分母，不以年初预算数 60 万元计算，请填写全年预算数。']);
  });
});
