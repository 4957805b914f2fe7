export { classifyLevel1 } from './level1-kind';
export { scoreQuantitative, isHigherBetter, isLowerBetter, type QuantitativeScore } from './quantitative-score';
export { qualitativeBand, qualitativeDefault, scoreQualitative, type ScoreBand, type QualitativeScore } from './qualitative-score';
export { alignUnits, canonicalUnit, type Amount, type Interpretation, type UnitAlignment } from './unit-alignment';
export { gradeFor, scoreRatio } from './grade';
export { BUDGET_LEVEL_NAME, budgetPart, computeTotals, type BudgetPart, type Totals } from './totals';
export { OUTPUT_HEAVY_MIN_OUTPUTS, OUTPUT_HEAVY_RATIO } from './structure-checks';
export { percentText } from './score-indicator';
