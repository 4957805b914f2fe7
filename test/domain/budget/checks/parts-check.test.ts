import { checkParts } from '../../../../src/domain/budget/checks/parts-check';
import type { Scheme } from '../../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../../src/domain/scheme/defaults';
import { budgetLines } from '../budget-rows';

const check = (specs: Parameters<typeof budgetLines>[0], scheme: Scheme = DEFAULT_SCHEME) => checkParts(budgetLines(specs), scheme);

describe('PARTS_MISMATCH', () => {
  describe('基本支出 + 项目支出 = 合计', () => {
    it('passes a difference of exactly 0.01 万元 (the tolerance)', () => {
      expect(check([{ category: 'total', executed: 222.49 }, { category: 'basic', executed: 189.4 }, { category: 'project', executed: 33.08 }])).toEqual([]);
    });

    it('flags a difference of 0.02 万元, on the 合计 cell, with the figures', () => {
      const [warning] = check([{ category: 'total', executed: 222.5 }, { category: 'basic', executed: 189.4 }, { category: 'project', executed: 33.08 }]);
      expect(warning).toMatchObject({ code: 'PARTS_MISMATCH', severity: 'warning', cell: 'E2' });
      expect(warning.params).toEqual({
        check: 'basicProject',
        whole: '合计',
        parts: '基本支出 + 项目支出',
        column: 'executed',
        wholeValue: 222.5,
        partsSum: 222.48,
        difference: 0.02,
        tolerance: 0.01,
      });
      expect(warning.message['zh-CN']).toBe('「合计」的全年执行数 222.5 万元，与 基本支出 + 项目支出 之和 222.48 万元不一致，相差 0.02 万元：请核对各项金额。');
    });

    it('checks the 全年预算数 column as well', () => {
      const warnings = check([
        { category: 'total', adjusted: 1291.73, executed: 1288.38 },
        { category: 'basic', adjusted: 815.05, executed: 815.05 },
        { category: 'project', adjusted: 473.33, executed: 473.33 },
      ]);
      expect(warnings).toEqual([expect.objectContaining({ cell: 'D2', params: expect.objectContaining({ column: 'adjusted', difference: 3.35 }) })]);
    });

    it('checks the 年初预算数 column as well', () => {
      const warnings = check([
        { category: 'total', initial: 1300, adjusted: 1291.73, executed: 1288.38 },
        { category: 'basic', initial: 800, adjusted: 818.4, executed: 815.05 },
        { category: 'project', initial: 450, adjusted: 473.33, executed: 473.33 },
      ]);
      expect(warnings).toEqual([expect.objectContaining({ cell: 'C2', params: expect.objectContaining({ column: 'initial', wholeValue: 1300, partsSum: 1250, difference: 50 }) })]);
      expect(warnings[0].message['zh-CN']).toBe('「合计」的年初预算数 1,300 万元，与 基本支出 + 项目支出 之和 1,250 万元不一致，相差 50 万元：请核对各项金额。');
    });

    it('follows the scheme’s tolerance', () => {
      const lines = [{ category: 'total', executed: 222.5 }, { category: 'basic', executed: 189.4 }, { category: 'project', executed: 33.08 }] as const;
      expect(check(lines, { ...DEFAULT_SCHEME, sumTolerance: 0.05 })).toEqual([]);
      expect(check(lines, { ...DEFAULT_SCHEME, sumTolerance: 0 })).toHaveLength(1);
    });

    it('skips a column where a part is blank, and a table without one of the parts', () => {
      expect(check([{ category: 'total', executed: 300 }, { category: 'basic', executed: 189.4 }, { category: 'project' }])).toEqual([]);
      expect(check([{ category: 'total', executed: 300 }, { category: 'project', executed: 33.08 }])).toEqual([]);
    });

    it('adds up several lines of the same category', () => {
      expect(
        check([
          { category: 'total', executed: 100 },
          { category: 'basic', executed: 60 },
          { category: 'project', name: '党建经费', executed: 25 },
          { category: 'project', name: '联谊经费', executed: 15 },
        ]),
      ).toEqual([]);
    });
  });

  describe('人员经费 + 日常公用经费 = 基本支出', () => {
    it('passes seed 000: 169.58 + 19.82 = 189.4', () => {
      expect(check([{ category: 'basic', executed: 189.4 }, { category: 'personnel', executed: 169.58 }, { category: 'publicUse', executed: 19.82 }])).toEqual([]);
    });

    it('passes a difference of exactly 0.01 and flags 0.02', () => {
      expect(check([{ category: 'basic', executed: 189.41 }, { category: 'personnel', executed: 169.58 }, { category: 'publicUse', executed: 19.82 }])).toEqual([]);
      const [warning] = check([{ category: 'basic', executed: 189.38 }, { category: 'personnel', executed: 169.58 }, { category: 'publicUse', executed: 19.82 }]);
      expect(warning.params).toMatchObject({ check: 'personnelPublicUse', whole: '基本支出', parts: '人员经费 + 日常公用经费', difference: -0.02 });
    });
  });

  describe('财政拨款 + 上年结转 + 其他资金 = 合计', () => {
    it('passes seed 002’s sources with 上年结转 not listed', () => {
      expect(check([{ category: 'total', executed: 1288.38 }, { category: 'fiscal', executed: 1288.38 }, { category: 'otherFunds', executed: 0 }])).toEqual([]);
    });

    it('passes a difference of exactly 0.01 and flags 0.02', () => {
      expect(check([{ category: 'total', executed: 100.01 }, { category: 'fiscal', executed: 90 }, { category: 'carryOver', executed: 10 }])).toEqual([]);
      const [warning] = check([{ category: 'total', executed: 100.02 }, { category: 'fiscal', executed: 90 }, { category: 'carryOver', executed: 10 }]);
      expect(warning.params).toMatchObject({ check: 'fundSources', parts: '财政拨款 + 上年结转', difference: 0.02 });
    });

    it('is not checked when no source is listed', () => {
      expect(check([{ category: 'total', executed: 100 }, { category: 'project', name: '其他', executed: 10 }])).toEqual([]);
    });
  });
});
