import Big from 'big.js';

/**
 * Which budget a rate is on: 全年预算数 (A) when given, else 年初预算数 (what seed 000 printed). The
 * 年初 rate only feeds the checks and the line's display, so a report like seed 000's 135.8% is caught;
 * the score, the caps and the credibility check use 全年 alone (fullYearRate).
 */
export type RateBase = 'adjusted' | 'initial';

export interface ExecutionRate {
  /** executed / budget as an exact ratio (1.358 = 135.8%); the display rounds, not this */
  rate: number;
  base: RateBase;
  budget: number;
  executed: number;
}

export interface BudgetFigures {
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
}

/**
 * B / A; null when B is unknown or the budget is unknown, zero or negative. A line's rate is asked for
 * by several checks and the summary, and the exact division is costly: each figures object's rate is
 * worked out once (figures are never changed once read).
 */
export function executionRate(figures: BudgetFigures): ExecutionRate | null {
  let rate = RATES.get(figures);
  if (rate === undefined) RATES.set(figures, (rate = computeRate(figures)));
  return rate;
}

/** B / 全年预算数 only: the rate the budget score (w · min(B / A, 1)) and everything it feeds rest on. */
export function fullYearRate(figures: BudgetFigures): ExecutionRate | null {
  const rate = executionRate(figures);
  return rate?.base === 'adjusted' ? rate : null;
}

const RATES = new WeakMap<BudgetFigures, ExecutionRate | null>();

function computeRate(figures: BudgetFigures): ExecutionRate | null {
  const base: RateBase = figures.adjusted !== null ? 'adjusted' : 'initial';
  const budget = figures[base];
  if (budget === null || figures.executed === null || budget <= 0) return null;
  return { rate: new Big(figures.executed).div(budget).toNumber(), base, budget, executed: figures.executed };
}
