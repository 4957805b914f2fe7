import type { Locale } from '../model';
import { SCHEME_FIELD_NAMES } from './field-names';

/**
 * The rules a scheme must follow. The zod schema carries the rule's key as its issue message; the
 * user reads the sentence below, built with the setting's name as the 评分设置 sheet shows it.
 */
export const SCHEME_RULES = [
  'notANumber',
  'positive',
  'nonNegative',
  'rateRange',
  'thresholdAboveOne',
  'scoreRange',
  'notYesNo',
  'reverseFormulaChoice',
  'reportScoreChoice',
  'notAList',
  'gradesEmpty',
  'gradesOrder',
  'gradesDuplicateMin',
  'gradesLastZero',
  'gradeLabelEmpty',
  'gradeLabelDuplicate',
  'gradeLabelSeparator',
  'capsRateOrder',
  'capsDuplicateRate',
  'capsTotalOrder',
  'capsEmptyWhileEnabled',
  'budgetPointsAboveTotal',
  'deductionAboveTotal',
] as const;

export type SchemeRule = (typeof SCHEME_RULES)[number];

type FieldName = Record<Locale, string>;
type RuleMessage = (field: FieldName) => Record<Locale, string>;

const names = SCHEME_FIELD_NAMES;

export const SCHEME_RULE_MESSAGES: Record<SchemeRule, RuleMessage> = {
  notANumber: (f) => ({ 'zh-CN': `「${f['zh-CN']}」须为数字。`, 'en-US': `"${f['en-US']}" must be a number.` }),
  positive: (f) => ({ 'zh-CN': `「${f['zh-CN']}」须大于 0。`, 'en-US': `"${f['en-US']}" must be greater than 0.` }),
  nonNegative: (f) => ({ 'zh-CN': `「${f['zh-CN']}」不能为负数。`, 'en-US': `"${f['en-US']}" cannot be negative.` }),
  rateRange: (f) => ({
    'zh-CN': `「${f['zh-CN']}」须大于 0% 且不超过 100%。`,
    'en-US': `"${f['en-US']}" must be above 0% and at most 100%.`,
  }),
  thresholdAboveOne: (f) => ({
    'zh-CN': `「${f['zh-CN']}」须大于 100%（如 130%）。`,
    'en-US': `"${f['en-US']}" must be above 100% (e.g. 130%).`,
  }),
  scoreRange: (f) => ({ 'zh-CN': `「${f['zh-CN']}」须在 0 到 100 之间。`, 'en-US': `"${f['en-US']}" must be between 0 and 100.` }),
  notYesNo: (f) => ({ 'zh-CN': `「${f['zh-CN']}」须为“是”或“否”。`, 'en-US': `"${f['en-US']}" must be yes or no.` }),
  reverseFormulaChoice: (f) => ({
    'zh-CN': `「${f['zh-CN']}」须为“比例法”或“线性法”。`,
    'en-US': `"${f['en-US']}" must be ratio or linear.`,
  }),
  reportScoreChoice: (f) => ({
    'zh-CN': `「${f['zh-CN']}」须为“计算得分”或“自评得分”。`,
    'en-US': `"${f['en-US']}" must be computed or self.`,
  }),
  notAList: (f) => ({ 'zh-CN': `「${f['zh-CN']}」须为分档列表。`, 'en-US': `"${f['en-US']}" must be a list of bands.` }),
  gradesEmpty: (f) => ({ 'zh-CN': `「${f['zh-CN']}」至少要有一档。`, 'en-US': `"${f['en-US']}" needs at least one band.` }),
  gradesOrder: (f) => ({
    'zh-CN': `「${f['zh-CN']}」的分数下限须从高到低排列，且互不相同。`,
    'en-US': `"${f['en-US']}": the lower bounds must be listed from highest to lowest, each different.`,
  }),
  gradesDuplicateMin: (f) => ({
    'zh-CN': `「${f['zh-CN']}」中同一分数下限出现了两次，每档的分数下限须互不相同。`,
    'en-US': `"${f['en-US']}": a lower bound is given twice; each band needs its own.`,
  }),
  gradesLastZero: (f) => ({
    'zh-CN': `「${f['zh-CN']}」最后一档的下限须为 0，使任何总分都有等级。`,
    'en-US': `"${f['en-US']}": the last band must start at 0 so that every total gets a grade.`,
  }),
  gradeLabelEmpty: (f) => ({ 'zh-CN': `「${f['zh-CN']}」每一档都须有等级名称。`, 'en-US': `"${f['en-US']}": every band needs a label.` }),
  gradeLabelDuplicate: (f) => ({
    'zh-CN': `「${f['zh-CN']}」的等级名称不能重复。`,
    'en-US': `"${f['en-US']}": labels must be different from each other.`,
  }),
  gradeLabelSeparator: (f) => ({
    'zh-CN': `「${f['zh-CN']}」的等级名称不能包含分号、逗号、顿号或换行。`,
    'en-US': `"${f['en-US']}": labels cannot contain semicolons, commas or line breaks.`,
  }),
  capsRateOrder: (f) => ({
    'zh-CN': `「${f['zh-CN']}」须按执行率从高到低排列，且互不相同。`,
    'en-US': `"${f['en-US']}": list the execution rates from highest to lowest, each different.`,
  }),
  capsDuplicateRate: (f) => ({
    'zh-CN': `「${f['zh-CN']}」中同一执行率出现了两次，每档的执行率须互不相同。`,
    'en-US': `"${f['en-US']}": an execution rate is given twice; each band needs its own.`,
  }),
  capsTotalOrder: (f) => ({
    'zh-CN': `「${f['zh-CN']}」中执行率越低，总分上限不能越高。`,
    'en-US': `"${f['en-US']}": a lower execution rate cannot allow a higher total.`,
  }),
  capsEmptyWhileEnabled: () => ({
    'zh-CN': `「${names['executionCaps.enabled']['zh-CN']}」为“是”，但「${names['executionCaps.caps']['zh-CN']}」没有任何分档。`,
    'en-US': `"${names['executionCaps.enabled']['en-US']}" is yes but "${names['executionCaps.caps']['en-US']}" has no bands.`,
  }),
  budgetPointsAboveTotal: () => ({
    'zh-CN': `「${names.budgetPointsDefault['zh-CN']}」不能大于「${names.totalPoints['zh-CN']}」。`,
    'en-US': `"${names.budgetPointsDefault['en-US']}" cannot exceed "${names.totalPoints['en-US']}".`,
  }),
  deductionAboveTotal: () => ({
    'zh-CN': `「${names['overAchievement.deductionPoints']['zh-CN']}」不能大于「${names.totalPoints['zh-CN']}」。`,
    'en-US': `"${names['overAchievement.deductionPoints']['en-US']}" cannot exceed "${names.totalPoints['en-US']}".`,
  }),
};

export function isSchemeRule(message: string): message is SchemeRule {
  return (SCHEME_RULES as readonly string[]).includes(message);
}

/** What zod itself reports (a wrong type, an unknown key) where no rule above applies. */
export interface ZodFinding {
  code: string;
  expected?: string;
  keys?: readonly string[];
  message: string;
}

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  number: { 'zh-CN': '数字', 'en-US': 'a number' },
  string: { 'zh-CN': '文字', 'en-US': 'text' },
  boolean: { 'zh-CN': '是/否', 'en-US': 'yes/no' },
  array: { 'zh-CN': '列表', 'en-US': 'a list' },
  object: { 'zh-CN': '一组设置', 'en-US': 'a group of settings' },
};

export function zodFindingMessage(finding: ZodFinding, field: FieldName | null, pathText: string): Record<Locale, string> {
  const where: FieldName = field ?? { 'zh-CN': pathText || '评分设置', 'en-US': pathText || 'scoring scheme' };
  if (finding.code === 'unrecognized_keys' && finding.keys) {
    const keys = finding.keys.join(', ');
    return { 'zh-CN': `「${where['zh-CN']}」中有未知的设置项：${keys}。`, 'en-US': `"${where['en-US']}" has unknown settings: ${keys}.` };
  }
  if (finding.code === 'invalid_type' && finding.expected) {
    const expected = TYPE_NAMES[finding.expected] ?? { 'zh-CN': finding.expected, 'en-US': finding.expected };
    return { 'zh-CN': `「${where['zh-CN']}」须为${expected['zh-CN']}。`, 'en-US': `"${where['en-US']}" must be ${expected['en-US']}.` };
  }
  return { 'zh-CN': `「${where['zh-CN']}」的值无效：${finding.message}`, 'en-US': `"${where['en-US']}" is invalid: ${finding.message}` };
}
