import type { Comparator, ParsedValue } from '../model';
import { readLeadingOperator } from './operator-words';

/**
 * Time targets (时效指标): 12月底前, 2022年12月31日前, 6月30日, 年底前, 年内. The year, when written, is
 * not kept: the evaluation is of one year. A month alone ("12月") is not a deadline: it reads as a
 * quantity of months, and "12月前" is left unread because it may mean before December or by its end.
 */

const MONTH_DEADLINE = /^(?:\d{4}年)?(\d{1,2})月(?:(\d{1,2})[日号]|([底末]))?(之前|以前|前|之后|以后|后)?(?:完成)?$/;
const YEAR_END = /^(?:\d{4}|本|当|今)?年度?[底末](之前|以前|前)?(?:完成)?$/;
const WITHIN_YEAR = /^(?:\d{4}|本|当|今)?年度?内(?:完成)?$/;

const LEADING_DEADLINE_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不晚于', 'lte'],
  ['不早于', 'gte'],
  ['晚于', 'gt'],
  ['早于', 'lt'],
];

/** Days in each month, February with its leap day: the year is not known. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The deadline `text` states, or null when it is not written as one. `compact` is the normalised text
 * without spaces; `text` is what goes into the value.
 */
export function parseDeadline(compact: string, text: string): ParsedValue | null {
  const lead = readDeadlinePrefix(compact);
  const body = lead ? compact.slice(lead.length) : compact;

  const month = MONTH_DEADLINE.exec(body);
  if (month) {
    const [, monthText, dayText, endOfMonth, suffix] = month;
    if (dayText === undefined && endOfMonth === undefined) return null;
    return build(Number(monthText), dayText === undefined ? null : Number(dayText), lead?.comparator ?? null, suffixComparator(suffix), text);
  }
  const yearEnd = YEAR_END.exec(body);
  if (yearEnd) return build(12, null, lead?.comparator ?? null, suffixComparator(yearEnd[1]), text);
  if (WITHIN_YEAR.test(body)) return build(12, null, lead?.comparator ?? null, 'lte', text);
  return null;
}

function readDeadlinePrefix(compact: string): { comparator: Comparator; length: number } | null {
  for (const [word, comparator] of LEADING_DEADLINE_WORDS) {
    if (compact.startsWith(word)) return { comparator, length: word.length };
  }
  const sign = readLeadingOperator(compact, 0);
  return sign && !sign.word ? sign : null;
}

function suffixComparator(suffix: string | undefined): Comparator | null {
  if (suffix === undefined) return null;
  return suffix.endsWith('前') ? 'lte' : 'gte';
}

function build(month: number, day: number | null, leading: Comparator | null, trailing: Comparator | null, text: string): ParsedValue {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > DAYS_IN_MONTH[month - 1]))) {
    return { kind: 'unreadable', text, reason: 'invalidNumber' };
  }
  if (leading !== null && trailing !== null && leading !== trailing) {
    return { kind: 'unreadable', text, reason: 'unknownUnit' };
  }
  return { kind: 'deadline', month, day, comparator: leading ?? trailing, text };
}
