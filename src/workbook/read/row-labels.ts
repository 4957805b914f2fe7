import { normaliseLabelText } from '../detect/header-text';

/** Summary rows of an indicator table: recognised, never scored. */
const TOTAL_ROW_LABELS = new Set(
  ['合计', '总计', '总分', '小计', '综合绩效', '综合得分', '总得分', '得分合计', '分值合计', '合计得分', '自评总分', 'total', 'subtotal'].map(
    normaliseLabelText,
  ),
);

/** the first characters a summary label can start with: most cells are ruled out without normalising */
const TOTAL_LABEL_START = /^[\s\u3000*]*[合总小综得分自tTsS]/;

export function isTotalRowLabel(text: string): boolean {
  return text !== '' && TOTAL_LABEL_START.test(text) && TOTAL_ROW_LABELS.has(normaliseLabelText(text));
}

/**
 * A group's summary named after its group: 产出指标小计, 效益指标合计. Such a name could also be an
 * indicator's (年度培训人次合计), so the reader takes it as a summary only on a row with no target and
 * no actual.
 */
const SUBTOTAL_LABEL = /.(小计|合计)$/;

export function isSubtotalRowLabel(text: string): boolean {
  return text !== '' && SUBTOTAL_LABEL.test(normaliseLabelText(text));
}

/**
 * The MoF project layout's budget line inside the indicator table (一级指标 "预算执行率", 分值 10, the
 * rate as the actual value).
 */
const BUDGET_EXECUTION_LABELS = new Set(['预算执行率', '预算执行', '预算执行情况', '预算资金执行率', '资金执行率'].map(normaliseLabelText));

const BUDGET_EXECUTION_LABEL_START = /^[\s\u3000*]*[预资]/;

export function isBudgetExecutionLabel(text: string): boolean {
  return text !== '' && BUDGET_EXECUTION_LABEL_START.test(text) && BUDGET_EXECUTION_LABELS.has(normaliseLabelText(text));
}
