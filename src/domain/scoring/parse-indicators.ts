import type { IndicatorRow, RawCell } from '../model';
import { isCellError } from '../model';
import { parseAmount, parseComparator, parseValue } from '../parsing';
import type { NumberCell, ParsedIndicator } from './parsed-indicator';

const BLANK: NumberCell = { kind: 'blank' };

/** The parse stage: every cell of every row read once, nothing judged yet. */
export function parseIndicators(rows: readonly IndicatorRow[]): ParsedIndicator[] {
  const parsed = new Array<ParsedIndicator>(rows.length);
  for (let i = 0; i < rows.length; i++) parsed[i] = parseIndicator(rows[i]);
  return parsed;
}

export function parseIndicator(row: IndicatorRow): ParsedIndicator {
  return {
    row,
    comparatorColumn: parseComparator(row.comparator),
    target: parseValue(row.target),
    actual: parseValue(row.actual),
    unitColumn: cellText(row.unit),
    points: readNumberCell(row.points),
    selfScore: row.selfScore ? readNumberCell(row.selfScore) : BLANK,
  };
}

/** Points and 自评得分 are plain numbers; most cells hold one already, so the parser is the fallback. */
export function readNumberCell(cell: RawCell): NumberCell {
  const value = cell.value;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text: String(value) };
  if (value === null) return BLANK;
  if (isCellError(value)) return { kind: 'invalid', text: value.error };
  if (typeof value === 'boolean') return { kind: 'invalid', text: value ? 'TRUE' : 'FALSE' };
  const text = value.trim();
  if (text === '') return BLANK;
  if (text === '*' || text === '＊') return { kind: 'placeholder', text };
  const amount = parseAmount(cell);
  return amount.ok ? { kind: 'number', value: amount.value } : { kind: 'invalid', text };
}

function cellText(cell: RawCell | null): string {
  if (!cell) return '';
  const value = cell.value;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}
