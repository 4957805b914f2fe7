import type { Comparator, RawCell } from '../model';
import { normaliseText } from './normalise-text';
import { LEADING_OPERATOR_WORDS } from './operator-words';

/**
 * Reads the 指标性质 (direction) column: a sign, a direction word or 定性. Anything else, including a
 * blank, an error or a number, is null: no direction given, so the direction written in the target
 * (≥95%) or the scheme's default applies.
 */
export function parseComparator(raw: RawCell | null): Comparator | 'qualitative' | null {
  const value = raw?.value;
  if (typeof value !== 'string') return null;
  let key = normaliseText(value);
  if (key === '') return null;
  if (key.includes(' ')) key = key.replace(/ /g, '');
  const direct = DIRECTIONS.get(key);
  if (direct !== undefined) return direct;
  // 正向指标, 定性指标, 反向型
  const stem = key.replace(/(?:指标|型|类)$/, '');
  return DIRECTIONS.get(stem) ?? null;
}

const DIRECTIONS = new Map<string, Comparator | 'qualitative'>([
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['≧', 'gte'],
  ['⩾', 'gte'],
  ['=>', 'gte'],
  ['>', 'gt'],
  ['≤', 'lte'],
  ['<=', 'lte'],
  ['≦', 'lte'],
  ['⩽', 'lte'],
  ['=<', 'lte'],
  ['<', 'lt'],
  ['=', 'eq'],
  ['==', 'eq'],
  // 正向 (higher is better) is met by reaching the target, so ≥ rather than >; 反向 likewise ≤.
  ['正向', 'gte'],
  ['正', 'gte'],
  ['越高越好', 'gte'],
  ['越大越好', 'gte'],
  ['越多越好', 'gte'],
  ['反向', 'lte'],
  ['逆向', 'lte'],
  ['负向', 'lte'],
  ['反', 'lte'],
  ['越低越好', 'lte'],
  ['越小越好', 'lte'],
  ['越少越好', 'lte'],
  ['定性', 'qualitative'],
  ...LEADING_OPERATOR_WORDS,
  ['以上', 'gte'],
  ['以下', 'lte'],
  ['以内', 'lte'],
]);
