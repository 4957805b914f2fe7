import Big from 'big.js';
import type { BudgetSummary, ReportTotal, Scheme, ScoredIndicator } from '../model';
import { WORKBOOK_LOCATION, type Findings } from './findings';
import { percentTextBelow } from './score-indicator';

/**
 * 严禁刻意抬高分数: a total at or above scheme.credibilityTotal (on a 100 scale, so the 得分比 × 100)
 * while indicators missed their targets or the budget was executed below scheme.lowExecutionRate.
 */
export function checkCredibility(
  total: ReportTotal,
  indicators: readonly ScoredIndicator[],
  budget: BudgetSummary | null,
  scheme: Scheme,
  findings: Findings,
): void {
  if (total.max <= 0 || new Big(total.score).times(100).lt(new Big(scheme.credibilityTotal).times(total.max))) return;
  let missed = 0;
  for (const indicator of indicators) if (indicator.status === 'missed') missed++;
  const rate = budget?.executionRate ?? null;
  const lowExecution = rate !== null && rate < scheme.lowExecutionRate;
  if (missed === 0 && !lowExecution) return;
  findings.add(
    'SCORE_MAY_BE_INFLATED',
    WORKBOOK_LOCATION,
    { total: total.score, missed, executionRate: lowExecution ? percentTextBelow(rate, scheme.lowExecutionRate) : '' },
  );
}
