import type { Comparator, ParsedValue } from '../model';
import { readLeadingOperator } from './operator-words';

/**
 * Time targets (时效指标) and dates written as text: 12月底前, 2022年12月31日前, 6月30日, 年底前, 年内,
 * 2022.12.20, 2022-12-20, 2022/12/20. The year is kept when written (a date a year late is late). A
 * month alone ("12月") is not a deadline: it reads as a quantity of months, and "12月前" is left unread
 * because it may mean before December or by its end; with its year ("2022年12月") it is that month.
 */

const MONTH_DEADLINE = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|([底末]))?(之前|以前|前|之后|以后|后)?(?:完成)?$/;
const TEXT_DATE = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})[日号]?(之前|以前|前|之后|以后|后)?(?:完成)?$/;
const YEAR_END = /^(?:(\d{4})|本|当|今)?年度?[底末](之前|以前|前)?(?:完成)?$/;
const WITHIN_YEAR = /^(?:(\d{4})|本|当|今)?年度?内(?:完成)?$/;

const LEADING_DEADLINE_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不晚于', 'lte'],
  ['不早于', 'gte'],
  ['晚于', 'gt'],
  ['早于', 'lt'],
];

/** Days in each month, February with its leap day (checked against the year when there is one). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The deadline `text` states, or null when it is not written as one. `compact` is the normalised text
 * without spaces; `text` is what goes into the value.
 */
export function parseDeadline(compact: string, text: string): ParsedValue | null {
  const lead = readDeadlinePrefix(compact);
  const body = lead ? compact.slice(lead.length) : compact;
  const leading = lead?.comparator ?? null;

  const month = MONTH_DEADLINE.exec(body);
  if (month) {
    const [, yearText, monthText, dayText, endOfMonth, suffix] = month;
    if (dayText === undefined && endOfMonth === undefined && (yearText === undefined || suffix !== undefined)) return null;
    return build(yearOf(yearText), Number(monthText), dayText === undefined ? null : Number(dayText), leading, suffixComparator(suffix), text);
  }
  const date = TEXT_DATE.exec(body);
  if (date) return build(Number(date[1]), Number(date[3]), Number(date[4]), leading, suffixComparator(date[5]), text);
  const yearEnd = YEAR_END.exec(body);
  if (yearEnd) return build(yearOf(yearEnd[1]), 12, null, leading, suffixComparator(yearEnd[2]), text);
  const within = WITHIN_YEAR.exec(body);
  if (within) return build(yearOf(within[1]), 12, null, leading, 'lte', text);
  return null;
}

function yearOf(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
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

/** The last day of the month; February's depends on the year, 29 when the year is not known. */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2 && year !== null && !isLeapYear(year)) return 28;
  return DAYS_IN_MONTH[month - 1];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function build(year: number | null, month: number, day: number | null, leading: Comparator | null, trailing: Comparator | null, text: string): ParsedValue {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > daysInMonth(year, month))) || (year !== null && year < 1)) {
    return { kind: 'unreadable', text, reason: 'invalidNumber' };
  }
  if (leading !== null && trailing !== null && leading !== trailing) {
    return { kind: 'unreadable', text, reason: 'conflictingDirection' };
  }
  return { kind: 'deadline', year, month, day, comparator: leading ?? trailing, text };
}
