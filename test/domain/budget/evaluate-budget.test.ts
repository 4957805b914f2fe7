import { evaluateBudget } from '../../../src/domain/budget/evaluate-budget';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { budgetRows } from './budget-rows';
import { SEED_000_BUDGET, SEED_002_BUDGET } from './seed-budgets';

const codes = (warnings: ReadonlyArray<{ code: string }>) => warnings.map((w) => w.code);

describe('evaluateBudget', () => {
  it('gives no summary and no warnings for a workbook without budget lines', () => {
    expect(evaluateBudget([], DEFAULT_SCHEME)).toEqual({ summary: null, warnings: [] });
  });

  describe('seed 000 (新洲区工商联 2019)', () => {
    const { summary, warnings } = evaluateBudget(budgetRows(SEED_000_BUDGET), DEFAULT_SCHEME);

    it('reports the spending and its breakdown as the report states it', () => {
      expect(summary).toMatchObject({
        executed: 222.48,
        basic: 189.4,
        personnel: 169.58,
        publicUse: 19.82,
        project: 33.08,
        projectInitial: 24.36,
        threePublic: 0.38,
        threePublicLastYear: null,
      });
    });

    it('computes the project line rate on 年初预算数 as the report did: 135.8%', () => {
      expect(summary?.projectExecutionRate).toBeCloseTo(1.358, 3);
      expect(summary?.projectExecutionRate).toBe(33.08 / 24.36);
      const projectLine = summary?.lines.find((line) => line.category === 'project');
      expect(projectLine?.executionRate).toBe(summary?.projectExecutionRate);
    });

    it('flags the 135.8% as over 100%, saying the denominator was 年初预算数', () => {
      const over = warnings.filter((w) => w.code === 'EXECUTION_OVER_100');
      expect(over).toHaveLength(1);
      expect(over[0]).toMatchObject({ severity: 'warning', sheet: '预算执行', cell: 'E6', params: { line: '项目支出', base: 'initial', budget: 24.36, executed: 33.08 } });
      expect(over[0].message['zh-CN']).toBe(
        '「项目支出」执行率 135.8%，超过 100%：该执行率以年初预算数 24.36 万元为分母（执行 33.08 万元），请填写全年预算数（调整后预算数），或检查是否超预算支出。',
      );
    });

    it('finds that the parts add up (222.48 = 189.4 + 33.08; 189.4 = 169.58 + 19.82)', () => {
      expect(codes(warnings)).not.toContain('PARTS_MISMATCH');
    });

    it('raises nothing else', () => {
      expect(codes(warnings)).toEqual(['EXECUTION_OVER_100']);
    });

    it('does not score the budget: the report has no budget figure for the unit and no budget line in its scoring table', () => {
      expect(summary).toMatchObject({ adjusted: null, executionRate: null, points: 0, score: 0 });
      expect(summary?.lines.every((line) => line.points === null && line.score === null)).toBe(true);
    });
  });

  describe('seed 002 (黄埔区工商联 2022)', () => {
    it('computes the execution rate 1,288.38 / 1,291.73 exactly, for the display to round to 99.7%', () => {
      const { summary } = evaluateBudget(budgetRows(SEED_002_BUDGET), DEFAULT_SCHEME);
      expect(summary).toMatchObject({ adjusted: 1291.73, executed: 1288.38, basic: 815.05, project: 473.33, fiscal: 1288.38, otherFunds: 0 });
      expect(summary?.executionRate).toBeCloseTo(0.99740657877420, 14);
      expect(Math.round((summary?.executionRate ?? 0) * 1000) / 10).toBe(99.7);
    });

    it('scores 9.97 of 10 points on the 合计 line that carries them', () => {
      const rows = budgetRows(SEED_002_BUDGET.map((spec) => (spec.category === 'total' ? { ...spec, points: 10 } : spec)));
      const { summary } = evaluateBudget(rows, DEFAULT_SCHEME);
      expect(summary).toMatchObject({ points: 10, score: 9.97 });
      expect(summary?.lines[0]).toMatchObject({ name: '部门整体支出', points: 10, score: 9.97 });
    });

    it('scores the scheme default of 10 points on the 合计 line when the table gives none', () => {
      const { summary } = evaluateBudget(budgetRows(SEED_002_BUDGET), DEFAULT_SCHEME);
      expect(summary).toMatchObject({ points: 10, score: 9.97 });
      expect(summary?.lines[0]).toMatchObject({ points: 10, score: 9.97 });
    });

    it('raises no warning: 99.7% is above the 90% line and every part adds up', () => {
      expect(evaluateBudget(budgetRows(SEED_002_BUDGET), DEFAULT_SCHEME).warnings).toEqual([]);
    });

    it('catches a typing slip of 0.02 万元 in 基本支出', () => {
      const slipped = SEED_002_BUDGET.map((spec) => (spec.category === 'basic' ? { ...spec, executed: 815.07 } : spec));
      const { warnings } = evaluateBudget(budgetRows(slipped), DEFAULT_SCHEME);
      expect(warnings).toEqual([expect.objectContaining({ code: 'PARTS_MISMATCH', cell: 'E2', params: expect.objectContaining({ check: 'basicProject', difference: -0.02 }) })]);
    });
  });

  it('lists one result per line, in table order, with each line’s own rate', () => {
    const { summary } = evaluateBudget(
      budgetRows([
        { category: 'total', adjusted: 200, executed: 150 },
        { category: 'task', name: '非公党建', adjusted: 50, executed: 50 },
        { category: null, name: '备注行' },
      ]),
      DEFAULT_SCHEME,
    );
    expect(summary?.lines).toEqual([
      { sheet: '预算执行', row: 2, name: '合计', category: 'total', initial: null, adjusted: 200, executed: 150, executionRate: 0.75, points: 10, score: 7.5 },
      { sheet: '预算执行', row: 3, name: '非公党建', category: 'task', initial: null, adjusted: 50, executed: 50, executionRate: 1, points: null, score: null },
      { sheet: '预算执行', row: 4, name: '备注行', category: null, initial: null, adjusted: null, executed: null, executionRate: null, points: null, score: null },
    ]);
  });

  it('never takes the unit’s rate for scoring from 年初预算数, while still checking the line on it', () => {
    const { summary, warnings } = evaluateBudget(budgetRows([{ category: 'total', initial: 100, executed: 60 }]), DEFAULT_SCHEME);
    expect(summary).toMatchObject({ initial: 100, adjusted: null, executionRate: null, points: 0, score: 0 });
    expect(summary?.lines[0]).toMatchObject({ executionRate: 0.6, points: null, score: null });
    expect(codes(warnings)).toEqual(['EXECUTION_LOW', 'BUDGET_VALUE_UNREADABLE']);
    expect(warnings[0].params).toMatchObject({ base: 'initial', budget: 100 });
  });

  it('keeps going past an unreadable cell: the error names it and the other lines are still checked', () => {
    const { summary, warnings } = evaluateBudget(
      budgetRows([
        { category: 'total', adjusted: 100, executed: '约九十' },
        { category: 'project', adjusted: 40, executed: 20 },
      ]),
      DEFAULT_SCHEME,
    );
    expect(codes(warnings)).toEqual(['BUDGET_VALUE_UNREADABLE', 'EXECUTION_LOW']);
    expect(warnings[0]).toMatchObject({ severity: 'error', cell: 'E2' });
    expect(summary).toMatchObject({ executed: null, executionRate: null, project: 20 });
  });

  it('does not say a total’s adjustment or low rate again on a line that restates it (其中：当年财政拨款 of the MoF 自评表), but does on a part of it', () => {
    const { warnings } = evaluateBudget(
      budgetRows([
        { category: 'total', name: '年度资金总额', initial: 45, adjusted: 42.52, executed: 30 },
        { category: 'fiscal', name: '其中：当年财政拨款', initial: 45, adjusted: 42.52, executed: 30 },
        { category: 'carryOver', name: '上年结转资金', initial: 0, adjusted: 0, executed: 0 },
        { category: 'project', name: '项目支出', initial: 20, adjusted: 22, executed: 12 },
      ]),
      DEFAULT_SCHEME,
    );
    expect(warnings.filter((w) => w.code === 'ADJUSTMENT_UNEXPLAINED' || w.code === 'EXECUTION_LOW').map((w) => [w.code, w.params.line])).toEqual([
      ['EXECUTION_LOW', '年度资金总额'],
      ['ADJUSTMENT_UNEXPLAINED', '年度资金总额'],
      ['EXECUTION_LOW', '项目支出'],
      ['ADJUSTMENT_UNEXPLAINED', '项目支出'],
    ]);
  });
});
