export { evaluateBudget, type BudgetContext, type BudgetEvaluation } from './evaluate-budget';
export { executionRate, type ExecutionRate, type RateBase } from './execution-rate';
export { executionScore } from './budget-score';
