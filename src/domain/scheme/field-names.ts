import type { Locale } from '../model';

/** Every leaf setting of a Scheme, by its path in the object; one row each on the 评分设置 sheet. */
export const SCHEME_FIELD_PATHS = [
  'totalPoints',
  'reverseFormula',
  'rescaleNotApplicable',
  'budgetPointsDefault',
  'referenceWeights.output',
  'referenceWeights.benefit',
  'referenceWeights.satisfaction',
  'referenceWeights.budget',
  'executionCaps.enabled',
  'executionCaps.caps',
  'overAchievement.threshold',
  'overAchievement.deductionEnabled',
  'overAchievement.deductionPoints',
  'grades',
  'sumTolerance',
  'reportScore',
  'selfScoreTolerance',
  'lowExecutionRate',
  'lowCompletion',
  'credibilityTotal',
] as const;

export type SchemeFieldPath = (typeof SCHEME_FIELD_PATHS)[number];

/** The names a finance officer reads on the 评分设置 sheet (zh-CN) and their English equivalents. */
export const SCHEME_FIELD_NAMES: Record<SchemeFieldPath, Record<Locale, string>> = {
  totalPoints: { 'zh-CN': '满分', 'en-US': 'Total points' },
  reverseFormula: { 'zh-CN': '反向指标计分方法', 'en-US': 'Reverse indicator formula' },
  rescaleNotApplicable: { 'zh-CN': '不适用指标按满分折算', 'en-US': 'Rescale when indicators do not apply' },
  budgetPointsDefault: { 'zh-CN': '预算执行率默认分值', 'en-US': 'Default budget execution points' },
  'referenceWeights.output': { 'zh-CN': '参考权重-产出', 'en-US': 'Reference weight: output' },
  'referenceWeights.benefit': { 'zh-CN': '参考权重-效益', 'en-US': 'Reference weight: benefit' },
  'referenceWeights.satisfaction': { 'zh-CN': '参考权重-满意度', 'en-US': 'Reference weight: satisfaction' },
  'referenceWeights.budget': { 'zh-CN': '参考权重-预算执行率', 'en-US': 'Reference weight: budget execution' },
  'executionCaps.enabled': { 'zh-CN': '按执行率限制总分', 'en-US': 'Cap the total by execution rate' },
  'executionCaps.caps': { 'zh-CN': '执行率限分档', 'en-US': 'Execution rate caps' },
  'overAchievement.threshold': { 'zh-CN': '超额完成阈值', 'en-US': 'Over-achievement threshold' },
  'overAchievement.deductionEnabled': { 'zh-CN': '超额完成扣分', 'en-US': 'Deduct for over-achievement' },
  'overAchievement.deductionPoints': { 'zh-CN': '超额扣分分值', 'en-US': 'Over-achievement deduction' },
  grades: { 'zh-CN': '等级划分', 'en-US': 'Grade bands' },
  sumTolerance: { 'zh-CN': '合计容差(万元)', 'en-US': 'Sum tolerance (10k yuan)' },
  reportScore: { 'zh-CN': '报告采用得分', 'en-US': 'Score used in the report' },
  selfScoreTolerance: { 'zh-CN': '自评得分差异容差', 'en-US': 'Self-score tolerance' },
  lowExecutionRate: { 'zh-CN': '执行率预警线', 'en-US': 'Low execution rate line' },
  lowCompletion: { 'zh-CN': '完成率预警线', 'en-US': 'Low completion line' },
  credibilityTotal: { 'zh-CN': '高分可信度预警线', 'en-US': 'High-score credibility line' },
};

/** The field a zod issue path ("grades.1.min") belongs to, or null for the whole scheme. */
export function fieldOfPath(path: ReadonlyArray<PropertyKey>): SchemeFieldPath | null {
  const dotted = path.map(String).join('.');
  let best: SchemeFieldPath | null = null;
  for (const field of SCHEME_FIELD_PATHS) {
    if (dotted === field || dotted.startsWith(`${field}.`)) {
      if (best === null || field.length > best.length) best = field;
    }
  }
  return best;
}
