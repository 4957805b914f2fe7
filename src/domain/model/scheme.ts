/** The scoring scheme: every number of DOMAIN.md's default scheme, overridable from the 评分设置 sheet. */

export type ReverseFormula = 'ratio' | 'linear';
export type ReportScoreSource = 'computed' | 'self';

export interface GradeBand {
  /** inclusive lower bound on the total (on a 100 scale, i.e. the 得分比 × 100) */
  min: number;
  label: string;
}

export interface ExecutionCap {
  /** applies when the execution rate (0–1) is strictly below this */
  rateBelow: number;
  /** highest total allowed */
  maxTotal: number;
}

export interface Scheme {
  /** points all indicators plus the budget line should add up to */
  totalPoints: number;
  reverseFormula: ReverseFormula;
  /** score the applicable indicators on the full total when some are not applicable */
  rescaleNotApplicable: boolean;
  /** points of the budget execution line when the table gives none */
  budgetPointsDefault: number;
  /** reference level-1 weights; only a warning when the table differs */
  referenceWeights: { output: number; benefit: number; satisfaction: number; budget: number };
  executionCaps: { enabled: boolean; caps: ExecutionCap[] };
  overAchievement: {
    /** B ≥ threshold × A is over-achievement (warning when no reason; deduction when enabled) */
    threshold: number;
    deductionEnabled: boolean;
    deductionPoints: number;
  };
  /** sorted from the highest band down; the last band's min is 0 */
  grades: GradeBand[];
  /** 万元 tolerance when checking that parts add up */
  sumTolerance: number;
  /** which score the report and totals use where the user entered 自评得分 */
  reportScore: ReportScoreSource;
  /** self-score vs computed difference that raises a warning */
  selfScoreTolerance: number;
  /** execution rate below which a reason is needed (0–1) */
  lowExecutionRate: number;
  /** completion ratio below which an indicator is flagged (0–1) */
  lowCompletion: number;
  /** a total at or above this while targets are missed or execution is low is flagged as possibly too high */
  credibilityTotal: number;
}
