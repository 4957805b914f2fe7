import type { Scheme } from '../model';

/** DOMAIN.md's default scheme (财预〔2020〕10号 template notes); every value can be overridden in 评分设置. */
export const DEFAULT_SCHEME: Scheme = {
  totalPoints: 100,
  reverseFormula: 'ratio',
  rescaleNotApplicable: false,
  budgetPointsDefault: 10,
  referenceWeights: { output: 50, benefit: 30, satisfaction: 10, budget: 10 },
  executionCaps: {
    enabled: false,
    caps: [
      { rateBelow: 0.8, maxTotal: 89 },
      { rateBelow: 0.7, maxTotal: 79 },
      { rateBelow: 0.6, maxTotal: 69 },
      { rateBelow: 0.5, maxTotal: 59 },
    ],
  },
  overAchievement: { threshold: 1.3, deductionEnabled: false, deductionPoints: 2 },
  grades: [
    { min: 90, label: '优' },
    { min: 80, label: '良' },
    { min: 60, label: '中' },
    { min: 0, label: '差' },
  ],
  sumTolerance: 0.01,
  reportScore: 'computed',
  selfScoreTolerance: 0.1,
  lowExecutionRate: 0.9,
  lowCompletion: 0.6,
  credibilityTotal: 95,
};
