import type { Comparator } from '../model';

/**
 * The ways a direction is written around a number: a sign before it (≥, >=, ＞＝ after normalisation)
 * or a word before it (不低于) or after it (以上). Words are listed longest first so that 不低于 is never
 * read as 低于.
 */

export interface OperatorMatch {
  comparator: Comparator;
  /** characters consumed */
  length: number;
  /** true when a word (not a sign) was read: the parser notes it as an interpretation */
  word: boolean;
}

type WordTable = ReadonlyArray<readonly [string, Comparator]>;

function longestFirst(entries: Array<readonly [string, Comparator]>): WordTable {
  return entries.sort((a, b) => b[0].length - a[0].length);
}

/** Words written before the number in 年度指标值 / 实际完成值 cells. */
export const LEADING_OPERATOR_WORDS: WordTable = longestFirst([
  ['大于或等于', 'gte'],
  ['大于等于', 'gte'],
  ['不低于', 'gte'],
  ['不少于', 'gte'],
  ['不小于', 'gte'],
  ['不短于', 'gte'],
  ['至少', 'gte'],
  ['达到', 'gte'],
  ['小于或等于', 'lte'],
  ['小于等于', 'lte'],
  ['不高于', 'lte'],
  ['不超过', 'lte'],
  ['不多于', 'lte'],
  ['不大于', 'lte'],
  ['不长于', 'lte'],
  ['至多', 'lte'],
  ['最多', 'lte'],
  ['控制在', 'lte'],
  ['高于', 'gt'],
  ['大于', 'gt'],
  ['多于', 'gt'],
  ['超过', 'gt'],
  ['低于', 'lt'],
  ['少于', 'lt'],
  ['小于', 'lt'],
  ['等于', 'eq'],
]);

/** Words written after the number: 95%以上, 5个工作日内. */
export const TRAILING_OPERATOR_WORDS: WordTable = longestFirst([
  ['及以上', 'gte'],
  ['或以上', 'gte'],
  ['以上', 'gte'],
  ['及以下', 'lte'],
  ['或以下', 'lte'],
  ['以下', 'lte'],
  ['以内', 'lte'],
  ['之内', 'lte'],
  ['内', 'lte'],
]);

const FIRST_CJK = 0x4e00;

/** Words grouped by their first (leading) or last (trailing) character, longest first within a group. */
function byCharacter(table: WordTable, at: 'first' | 'last'): ReadonlyMap<number, WordTable> {
  const groups = new Map<number, Array<readonly [string, Comparator]>>();
  for (const entry of table) {
    const code = entry[0].charCodeAt(at === 'first' ? 0 : entry[0].length - 1);
    const group = groups.get(code) ?? [];
    group.push(entry);
    groups.set(code, group);
  }
  return groups;
}

const LEADING_BY_FIRST = byCharacter(LEADING_OPERATOR_WORDS, 'first');
const TRAILING_BY_LAST = byCharacter(TRAILING_OPERATOR_WORDS, 'last');

/** Reads a sign or a leading word at `from`; null when there is none. */
export function readLeadingOperator(s: string, from: number): OperatorMatch | null {
  const code = s.charCodeAt(from);
  const next = s.charCodeAt(from + 1);
  switch (code) {
    case 0x2265: // ≥
    case 0x2267: // ≧
    case 0x2a7e: // ⩾
      return { comparator: 'gte', length: 1, word: false };
    case 0x2264: // ≤
    case 0x2266: // ≦
    case 0x2a7d: // ⩽
      return { comparator: 'lte', length: 1, word: false };
    case 0x3e: // >
      return next === 0x3d ? { comparator: 'gte', length: 2, word: false } : { comparator: 'gt', length: 1, word: false };
    case 0x3c: // <
      return next === 0x3d ? { comparator: 'lte', length: 2, word: false } : { comparator: 'lt', length: 1, word: false };
    case 0x3d: // =, =>, =<, ==
      if (next === 0x3e) return { comparator: 'gte', length: 2, word: false };
      if (next === 0x3c) return { comparator: 'lte', length: 2, word: false };
      if (next === 0x3d) return { comparator: 'eq', length: 2, word: false };
      return { comparator: 'eq', length: 1, word: false };
    default:
      break;
  }
  if (code < FIRST_CJK) return null;
  const candidates = LEADING_BY_FIRST.get(code);
  if (candidates === undefined) return null;
  for (const [word, comparator] of candidates) {
    if (s.startsWith(word, from)) return { comparator, length: word.length, word: true };
  }
  return null;
}

/** Reads a trailing word that ends `s`; null when there is none. */
export function readTrailingOperator(s: string): OperatorMatch | null {
  const candidates = TRAILING_BY_LAST.get(s.charCodeAt(s.length - 1));
  if (candidates === undefined) return null;
  for (const [word, comparator] of candidates) {
    if (s.endsWith(word)) return { comparator, length: word.length, word: true };
  }
  return null;
}

export const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
};
