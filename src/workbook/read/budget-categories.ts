import type { BudgetCategory } from '../../domain/model';
import { normaliseHeaderText, normaliseLabelText } from '../detect/header-text';

/** 类别 words (DESIGN.md) and the names the same lines carry in other layouts (MoF: 年度资金总额 …). */
const CATEGORY_WORDS: ReadonlyArray<[BudgetCategory, readonly string[]]> = [
  ['total', ['合计', '总计', '支出总额', '年度资金总额', '资金总额', '支出合计', '预算合计', 'total']],
  ['basic', ['基本支出', 'basic']],
  ['personnel', ['人员经费', '人员经费支出', '人员支出', 'personnel']],
  ['publicUse', ['日常公用经费', '日常公用经费支出', '公用经费', '公用经费支出', 'publicuse']],
  ['project', ['项目支出', 'project']],
  ['threePublic', ['三公经费', '三公经费支出', 'threepublic']],
  ['fiscal', ['财政拨款', '当年财政拨款', '一般公共预算财政拨款', '财政拨款支出', 'fiscal']],
  ['carryOver', ['上年结转', '上年结转资金', '上年结转结余', 'carryover']],
  ['otherFunds', ['其他资金', '其他资金支出', 'otherfunds']],
  ['task', ['任务', '工作任务', '任务资金', 'task']],
];

const CATEGORY_BY_WORD = new Map<string, BudgetCategory>();
for (const [category, words] of CATEGORY_WORDS) {
  for (const word of words) CATEGORY_BY_WORD.set(normaliseLabelText(word), category);
}

/** The 类别 cell's category, or null when it is blank or not a known word. */
export function categoryFromText(text: string): BudgetCategory | null {
  return CATEGORY_BY_WORD.get(normaliseLabelText(text)) ?? null;
}

/** 一、 （二） 1. 2、: a heading's or a line's numbering, on normaliseHeaderText's text (NFKC: （二） is (二)) */
export const LINE_NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.])/;

/**
 * For a table without a 类别 column: the category its line name states ("其中：当年财政拨款" → fiscal,
 * "一、基本支出" → basic), only when the name, its numbering aside, is exactly one of the category words.
 * A task's line cannot be told by its name.
 */
export function categoryFromLineName(name: string): BudgetCategory | null {
  const words = normaliseLabelText(normaliseHeaderText(name).replace(LINE_NUMBERING, '')).replace(/^其中/, '');
  const category = CATEGORY_BY_WORD.get(words) ?? null;
  return category === 'task' ? null : category;
}
