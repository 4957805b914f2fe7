import type { IndicatorRow, RawCell } from '../model';
import { classifyNumberFormat } from '../parsing/number-format';
import { parseValue } from '../parsing/parse-value';

/**
 * The year a deadline written without one (12月31日前) is placed in: 基本信息's 评价年度 ('given'),
 * else the year the indicator table itself points to ('table'), else none: month and day alone are
 * compared ('none'). Never the compared date's own year, which would make any lateness into the next
 * year look on time.
 */
export interface DeadlineYear {
  year: number | null;
  source: 'given' | 'table' | 'none';
}

export const NO_DEADLINE_YEAR: DeadlineYear = { year: null, source: 'none' };

/**
 * The evaluation year the table points to: the most common year among its sheets' names (2022年绩效指标)
 * and its dated target and actual cells, the earlier of equals (late work runs into the next year, not
 * the previous one). One dated cell alone tells nothing of the others: a year needs two votes (a
 * sheet's name is two). Read
 * once per table, and only when a deadline without its year needs it.
 */
export function inferTableYear(rows: readonly IndicatorRow[]): number | null {
  const votes = new Map<number, number>();
  const texts = new Map<string, number | null>();
  let lastSheet: string | null = null;
  for (const row of rows) {
    if (row.sheet !== lastSheet) {
      lastSheet = row.sheet;
      const year = sheetYear(row.sheet);
      // a sheet's name speaks for the whole table: two votes, enough on its own
      if (year !== null) vote(votes, year, 2);
    }
    voteCell(votes, texts, row.target);
    voteCell(votes, texts, row.actual);
  }
  let best: number | null = null;
  let bestCount = 1;
  for (const [year, count] of votes) {
    if (count > bestCount || (count === bestCount && best !== null && year < best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

function sheetYear(name: string): number | null {
  const match = /(?:^|\D)((?:19|20)\d\d)年/.exec(name);
  return match ? Number(match[1]) : null;
}

function vote(votes: Map<number, number>, year: number, weight = 1): void {
  votes.set(year, (votes.get(year) ?? 0) + weight);
}

function voteCell(votes: Map<number, number>, texts: Map<string, number | null>, cell: RawCell): void {
  const value = cell?.value;
  if (typeof value === 'number') {
    const format = classifyNumberFormat(cell.numberFormat);
    if (format !== 'date' && format !== 'month') return;
    const parsed = parseValue(cell);
    if (parsed.kind === 'deadline' && parsed.year !== null) vote(votes, parsed.year);
    return;
  }
  if (typeof value !== 'string' || value.length < 6) return;
  let year = texts.get(value);
  if (year === undefined) {
    const parsed = parseValue(cell);
    year = parsed.kind === 'deadline' ? parsed.year : null;
    texts.set(value, year);
  }
  if (year !== null) vote(votes, year);
}
