import { checkExecutionRate } from '../../../../src/domain/budget/checks/execution-rate-checks';
import { DEFAULT_SCHEME } from '../../../../src/domain/scheme/defaults';
import { budgetLine } from '../budget-rows';

describe('execution rate checks', () => {
  describe('EXECUTION_OVER_100', () => {
    it('flags spending above the full-year budget, naming the line and the figures', () => {
      const [warning] = checkExecutionRate(budgetLine({ category: 'project', adjusted: 100, executed: 100.01 }), DEFAULT_SCHEME);
      expect(warning).toMatchObject({ code: 'EXECUTION_OVER_100', severity: 'warning', sheet: '预算执行', cell: 'E2' });
      expect(warning.params).toEqual({ line: '项目支出', rate: 1.0001, executed: 100.01, budget: 100, base: 'adjusted' });
      expect(warning.message['zh-CN']).toBe(
        '「项目支出」执行率 100.01%，超过 100%：请检查是否以年初预算数为分母，或是否超预算支出（执行 100.01 万元，全年预算数 100 万元）。',
      );
      expect(warning.message['en-US']).toContain('above 100%');
    });

    it('does not flag spending exactly equal to the budget', () => {
      expect(checkExecutionRate(budgetLine({ category: 'project', adjusted: 33.08, executed: 33.08 }), DEFAULT_SCHEME)).toEqual([]);
    });

    it('uses 全年预算数 rather than 年初 when both are given', () => {
      expect(checkExecutionRate(budgetLine({ category: 'project', initial: 24.36, adjusted: 33.5, executed: 33.08 }), DEFAULT_SCHEME)).toEqual([]);
    });

    it('flags 三公经费 lines too', () => {
      const warnings = checkExecutionRate(budgetLine({ category: 'threePublic', adjusted: 0.3, executed: 0.38 }), DEFAULT_SCHEME);
      expect(warnings.map((w) => w.code)).toEqual(['EXECUTION_OVER_100']);
    });
  });

  describe('EXECUTION_LOW', () => {
    it('asks for a reason when the rate is below 90% and 说明 is empty', () => {
      const [warning] = checkExecutionRate(budgetLine({ category: 'total', adjusted: 1291.73, executed: 1000 }), DEFAULT_SCHEME);
      expect(warning).toMatchObject({ code: 'EXECUTION_LOW', severity: 'warning', cell: 'E2' });
      expect(warning.params).toMatchObject({ line: '合计', threshold: 0.9, executed: 1000, budget: 1291.73, base: 'adjusted', note: '' });
      expect(warning.message['zh-CN']).toBe(
        '「合计」预算执行率 77.4%（执行 1,000 万元，全年预算数 1,291.73 万元），低于 90%：请在“说明”中写明原因。',
      );
    });

    it('keeps the finding as info, quoting the reason, when 说明 explains it', () => {
      const note = '受疫情影响，部分专项工作延后';
      const [warning] = checkExecutionRate(budgetLine({ category: 'project', adjusted: 473.33, executed: 300, note }), DEFAULT_SCHEME);
      expect(warning).toMatchObject({ code: 'EXECUTION_LOW', severity: 'info', params: expect.objectContaining({ note }) });
      expect(warning.message['zh-CN']).toContain(`说明：${note}`);
    });

    it('does not flag a rate of exactly 90%', () => {
      expect(checkExecutionRate(budgetLine({ category: 'total', adjusted: 100, executed: 90 }), DEFAULT_SCHEME)).toEqual([]);
    });

    it('flags a rate just under 90%, compared on exact decimals', () => {
      const warnings = checkExecutionRate(budgetLine({ category: 'total', adjusted: 100, executed: 89.99 }), DEFAULT_SCHEME);
      expect(warnings.map((w) => w.code)).toEqual(['EXECUTION_LOW']);
    });

    it('never prints a rate under the line as the line itself (89.99% is not "90.0%，低于 90%")', () => {
      const message = (executed: number) => checkExecutionRate(budgetLine({ category: 'total', adjusted: 100, executed }), DEFAULT_SCHEME)[0].message;
      expect(message(89.99)['zh-CN']).toContain('预算执行率 89.99%（');
      expect(message(89.96)['en-US']).toContain('spent 89.96% of');
      expect(message(89.94)['zh-CN']).toContain('预算执行率 89.9%（');
    });

    it('follows the scheme’s line (执行率预警线)', () => {
      const line = budgetLine({ category: 'total', adjusted: 100, executed: 85 });
      expect(checkExecutionRate(line, { ...DEFAULT_SCHEME, lowExecutionRate: 0.8 })).toEqual([]);
      expect(checkExecutionRate(line, DEFAULT_SCHEME).map((w) => w.code)).toEqual(['EXECUTION_LOW']);
    });

    it('does not flag 三公经费 spent below budget: saving there is the aim', () => {
      expect(checkExecutionRate(budgetLine({ category: 'threePublic', adjusted: 1, executed: 0.38 }), DEFAULT_SCHEME)).toEqual([]);
    });
  });

  it('says nothing when the rate cannot be computed (no budget, or nothing spent given)', () => {
    expect(checkExecutionRate(budgetLine({ category: 'total', executed: 222.48 }), DEFAULT_SCHEME)).toEqual([]);
    expect(checkExecutionRate(budgetLine({ category: 'total', adjusted: 100 }), DEFAULT_SCHEME)).toEqual([]);
    expect(checkExecutionRate(budgetLine({ category: 'total', adjusted: 0, executed: 0 }), DEFAULT_SCHEME)).toEqual([]);
    expect(checkExecutionRate(budgetLine({ category: 'total', adjusted: 0, executed: -2 }), DEFAULT_SCHEME)).toEqual([]);
  });

  it('flags money spent against a budget of 0 or less, on the budget cell the rate would use', () => {
    const [zero] = checkExecutionRate(budgetLine({ category: 'project', adjusted: 0, executed: 5 }), DEFAULT_SCHEME);
    expect(zero).toMatchObject({ code: 'BUDGET_VALUE_UNREADABLE', severity: 'warning', cell: 'D2', params: { field: 'adjusted', budget: 0, executed: 5, reason: 'spentWithoutBudget' } });
    expect(zero.message['zh-CN']).toBe('「项目支出」的全年预算数为 0 万元，却执行了 5 万元，无法计算执行率：请核对预算数是否漏填或填错，或检查是否无预算支出。');
    expect(zero.message['en-US']).toBe(
      '"项目支出" spent 5 against a full-year budget of 0 (10k yuan), so it has no execution rate: check whether the budget is missing or wrong, or whether money was spent without a budget.',
    );
    const [negativeInitial] = checkExecutionRate(budgetLine({ category: 'project', initial: -1, executed: 5 }), DEFAULT_SCHEME);
    expect(negativeInitial).toMatchObject({ cell: 'C2', params: { field: 'initial', budget: -1, reason: 'spentWithoutBudget' } });
    // a line with 分值 is told by its score (missingForScore) on the same cell: not twice
    expect(checkExecutionRate(budgetLine({ category: 'project', adjusted: 0, executed: 5, points: 10 }), DEFAULT_SCHEME)).toEqual([]);
  });
});
