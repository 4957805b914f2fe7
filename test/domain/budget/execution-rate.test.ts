import { executionRate, fullYearRate } from '../../../src/domain/budget/execution-rate';

describe('executionRate', () => {
  it('divides 执行数 by 全年预算数, kept exact rather than rounded', () => {
    expect(executionRate({ initial: null, adjusted: 1291.73, executed: 1288.38 })).toEqual({
      rate: 0.997406578774202,
      base: 'adjusted',
      budget: 1291.73,
      executed: 1288.38,
    });
  });

  it('uses 全年预算数 even when 年初预算数 differs', () => {
    expect(executionRate({ initial: 24.36, adjusted: 40, executed: 33.08 })).toMatchObject({ rate: 0.827, base: 'adjusted' });
  });

  it('falls back to 年初预算数 when 全年 is blank, and says so (seed 000: 33.08 / 24.36 = 135.8%)', () => {
    const rate = executionRate({ initial: 24.36, adjusted: null, executed: 33.08 });
    expect(rate).toMatchObject({ base: 'initial', budget: 24.36 });
    expect(rate?.rate).toBeCloseTo(1.35796, 5);
  });

  it('has no rate without spending, without a budget, or with a zero budget', () => {
    expect(executionRate({ initial: 10, adjusted: 10, executed: null })).toBeNull();
    expect(executionRate({ initial: null, adjusted: null, executed: 10 })).toBeNull();
    expect(executionRate({ initial: 10, adjusted: 0, executed: 0 })).toBeNull();
  });

  it('falls back to 年初 for the checks only: the rate a score rests on is on 全年 alone', () => {
    expect(fullYearRate({ initial: 24.36, adjusted: null, executed: 33.08 })).toBeNull();
    expect(fullYearRate({ initial: 24.36, adjusted: 40, executed: 33.08 })).toMatchObject({ rate: 0.827, base: 'adjusted' });
  });
});
