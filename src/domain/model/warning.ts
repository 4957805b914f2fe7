/** Warnings: a stable code, a severity, the cell it is about, and a message in both languages. */

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh-CN' | 'en-US';

export const WARNING_CODES = [
  // input
  'TARGET_UNREADABLE',
  'ACTUAL_UNREADABLE',
  'ACTUAL_MISSING',
  'POINTS_INVALID',
  'TARGET_ZERO',
  'UNIT_MISMATCH',
  'PLACEHOLDER',
  'DUPLICATE_INDICATOR',
  'VALUE_INTERPRETED',
  'NOT_APPLICABLE_EXCLUDED',
  // deviation
  'MISSED_NO_REASON',
  'OVERACHIEVED_NO_REASON',
  'LOW_COMPLETION',
  'EQUALITY_MISMATCH',
  // scores
  'SELF_SCORE_DIFFERS',
  'SCORE_ABOVE_POINTS',
  'SCORE_OUTSIDE_BAND',
  'SCORE_PROVISIONAL',
  'OVERACHIEVEMENT_DEDUCTED',
  'TOTAL_CAPPED',
  // structure
  'POINTS_TOTAL_MISMATCH',
  'WEIGHTS_DIFFER_FROM_REFERENCE',
  'LEVEL1_MISSING',
  'OUTPUT_HEAVY',
  'COST_WITH_GTE',
  'PERCENT_TARGET_ABOVE_100',
  // budget
  'AMOUNT_UNIT_CONVERTED',
  'BUDGET_VALUE_UNREADABLE',
  'EXECUTION_LOW',
  'EXECUTION_OVER_100',
  'ADJUSTMENT_UNEXPLAINED',
  'PARTS_MISMATCH',
  'THREE_PUBLIC_UP',
  // credibility
  'SCORE_MAY_BE_INFLATED',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * Read-only once made. The engine's warnings about indicator cells write `cell` and `message` when
 * read (see warnings/cell-warning.ts); JSON.stringify writes every warning as this plain shape.
 */
export interface Warning {
  code: WarningCode;
  severity: Severity;
  /** sheet and A1 cell the warning is about; null for whole-workbook findings */
  sheet: string | null;
  cell: string | null;
  message: Record<Locale, string>;
  /** the figures the message was built from, for the narrative and for tests */
  params: Record<string, string | number>;
}
