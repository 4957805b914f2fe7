import type { Comparator, ParsedValue, QualitativeLevel } from '../model';
import { COMPARATOR_SIGN } from './operator-words';

/**
 * The canonical text of a value, as the add-in writes it and as parseValue reads it back to the same
 * value (notes aside): ≥95%, ≤5个工作日, =100%, 达成, 是, 12月底前, 2022年12月31日前, /, *. A yes/no
 * value or a date is written as the user wrote it (有, 逾期, 2022.1.1): 是, 否 or 2022年1月1日 in a message
 * would quote what nobody typed.
 */
export function formatParsedValue(v: ParsedValue): string {
  switch (v.kind) {
    case 'quantity':
      return `${v.comparator === null ? '' : COMPARATOR_SIGN[v.comparator]}${plainDecimal(v.value)}${v.unit}`;
    case 'qualitative':
      return QUALITATIVE_LABEL[v.level];
    case 'yesNo':
      return v.label !== '' ? v.label : v.value ? '是' : '否';
    case 'deadline':
      // as typed (2022.1.1, 不早于6月1日, or a date cell as its format shows it), which reads back the same
      return v.text !== '' ? v.text : formatDeadline(v.year, v.month, v.day, v.comparator);
    case 'notApplicable':
      return '/';
    case 'placeholder':
      return '*';
    case 'blank':
      return '';
    case 'unreadable':
      return v.text;
  }
}

const QUALITATIVE_LABEL: Readonly<Record<QualitativeLevel, string>> = {
  achieved: '达成',
  partial: '部分达成',
  notAchieved: '未达成',
};

function formatDeadline(year: number | null, month: number, day: number | null, comparator: Comparator | null): string {
  const date = `${year === null ? '' : `${year}年`}${month}月${day === null ? '底' : `${day}日`}`;
  switch (comparator) {
    case 'lte':
      return `${date}前`;
    case 'gte':
      return `${date}后`;
    case null:
      return date;
    default:
      return `${COMPARATOR_SIGN[comparator]}${date}`;
  }
}

/**
 * The number's shortest round-trip digits without exponent notation (1e21 → "1000000000000000000000"),
 * so that the text reads back to the same number.
 */
export function plainDecimal(value: number): string {
  const shortest = String(value);
  const e = shortest.indexOf('e');
  if (e < 0) return shortest;
  const negative = shortest.startsWith('-');
  const mantissa = shortest.slice(negative ? 1 : 0, e);
  const exponent = Number(shortest.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const integerLength = (point < 0 ? mantissa.length : point) + exponent;
  let plain: string;
  if (integerLength <= 0) plain = `0.${'0'.repeat(-integerLength)}${digits}`;
  else if (integerLength >= digits.length) plain = digits + '0'.repeat(integerLength - digits.length);
  else plain = `${digits.slice(0, integerLength)}.${digits.slice(integerLength)}`;
  return negative ? `-${plain}` : plain;
}
