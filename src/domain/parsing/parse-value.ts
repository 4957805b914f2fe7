import { isCellError, type Comparator, type ParseNote, type ParsedValue, type RawCell } from '../model';
import { parseDeadline } from './deadline';
import { hasChineseNumeral } from './chinese-numerals';
import { excelSerialToDate } from './excel-date';
import { isExcelErrorText, lookUpLabel } from './labels';
import { normaliseTextDetailed } from './normalise-text';
import { classifyNumberFormat, numberFormatLiterals } from './number-format';
import { scanChineseNumeralQuantity, scanQuantity } from './quantity';

/**
 * Reads a 年度指标值 or 实际完成值 cell (DOMAIN.md "Reading values"). Never throws: what it cannot read
 * is `unreadable` with its reason, and every interpretation it made is a note on the value.
 *
 * Reasons: errorValue (#N/A …), invalidNumber (NaN, ±Infinity, a date that does not exist),
 * severalNumbers ("90-95%"), noNumber (no digit and no known label: "良好"), textBeforeNumber
 * ("满意度≥95%"), approximate ("约95%", "95%左右"), textAfterNumber (words after the value that may
 * change it: "95%不到"), unclearDate ("12月前", "12月中旬", "次年1月10日"), conflictingDirection
 * ("≥95%以下", ">95%（含）"), unknownUnit (after the number, something that is no unit).
 * A count written with a Chinese numeral (两场, 不少于三次) reads as its digits would, noted chineseNumeral.
 */
export function parseValue(raw: RawCell): ParsedValue {
  const value = raw?.value;
  switch (typeof value) {
    case 'number':
      return parseNumberCell(value, raw.numberFormat);
    case 'string':
      return parseText(value);
    case 'boolean':
      return { kind: 'yesNo', value, label: value ? '是' : '否' };
    default:
      break;
  }
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'unreadable', text: value.error, reason: 'errorValue' };
  // Not a cell value at all (a host bug): still a value with a reason, never an exception.
  return { kind: 'unreadable', text: describe(value), reason: 'noNumber' };
}

function parseNumberCell(value: number, numberFormat: string | undefined): ParsedValue {
  if (!Number.isFinite(value)) return { kind: 'unreadable', text: String(value), reason: 'invalidNumber' };
  const format = classifyNumberFormat(numberFormat);
  if (format === 'plain') {
    const literals = numberFormatLiterals(numberFormat);
    return quantity(value === 0 ? 0 : value, literals.unit, literals.comparator, []);
  }
  if (format === 'percent') {
    // 0.07 × 100 is 7.000000000000001 in binary; Excel itself shows 15 significant digits.
    // Whole percentages (0.95 → 95) are exact already and skip the costly toPrecision.
    const scaled = value * 100;
    const points = Number.isInteger(scaled) ? scaled : Number(scaled.toPrecision(15));
    if (!Number.isFinite(points)) return { kind: 'unreadable', text: String(value), reason: 'invalidNumber' };
    return quantity(points === 0 ? 0 : points, '%', numberFormatLiterals(numberFormat).comparator, ['percentFromNumberFormat']);
  }
  const date = excelSerialToDate(value);
  if (date === null) return quantity(value === 0 ? 0 : value, '', null, []);
  // A month shown without its day (yyyy"年"m"月") is the whole month: as a deadline, its end.
  const day = format === 'month' ? null : date.day;
  const shown = shownDate(numberFormat ?? '', date.year, date.month, day);
  return { kind: 'deadline', year: date.year, month: date.month, day, comparator: null, text: shown ?? `${date.year}年${date.month}月${day === null ? '' : `${day}日`}` };
}

/**
 * The date as a simple format shows it, year first (yyyy/m/d → 2022/7/1, yyyy-mm-dd → 2022-07-01,
 * yyyy"年"m"月" → 2022年7月), which reads back as the same date; null for any other format (names of
 * months or weekdays, times, locale codes, day before year), which the caller writes its own way.
 */
function shownDate(format: string, year: number, month: number, day: number | null): string | null {
  const code = format.split(';')[0].replace(/["\\]/g, '').toLowerCase();
  const separated = SEPARATED_DATE_FORMAT.exec(code);
  if (separated) {
    const [, separator, months, days] = separated;
    if (day === null) return null;
    return `${year}${separator}${digits(month, months)}${separator}${digits(day, days)}`;
  }
  const written = CHINESE_DATE_FORMAT.exec(code);
  if (!written) return null;
  const [, months, days] = written;
  if ((days === undefined) !== (day === null)) return null;
  return `${year}年${digits(month, months)}月${day === null ? '' : `${digits(day, days)}日`}`;
}

const SEPARATED_DATE_FORMAT = /^yyyy([-/.])(mm?)\1(dd?)$/;
const CHINESE_DATE_FORMAT = /^yyyy年(mm?)月(?:(dd?)日)?$/;

/** m shows 7, mm 07 */
function digits(n: number, token: string): string {
  return token.length === 2 && n < 10 ? `0${n}` : String(n);
}

function quantity(value: number, unit: string, comparator: Comparator | null, notes: ParseNote[]): ParsedValue {
  return { kind: 'quantity', value, unit, comparator, notes };
}

function parseText(original: string): ParsedValue {
  const { text, fullWidth } = normaliseTextDetailed(original);
  if (text === '') return { kind: 'blank' };

  if (!startsWithNumberOrSign(text.charCodeAt(0))) {
    const label = lookUpLabel(text);
    if (label) {
      switch (label.kind) {
        case 'qualitative':
          return { kind: 'qualitative', level: label.level, label: text };
        case 'yesNo':
          return { kind: 'yesNo', value: label.value, label: text };
        case 'notApplicable':
          return { kind: 'notApplicable', text };
        case 'placeholder':
          return { kind: 'placeholder', text };
      }
    }
    if (isExcelErrorText(text)) return { kind: 'unreadable', text, reason: 'errorValue' };
  }

  if (text.includes('月') || text.includes('年') || isTextDate(text)) {
    const deadline = parseDeadline(text.includes(' ') ? text.replace(/ /g, '') : text, text);
    if (deadline) return deadline;
  }

  let scan = scanQuantity(text);
  let numeral = false;
  if (!scan.ok) {
    // 两场, ≥三次: only text with no digit and some numeral character can be one (良好, 有效提升 cannot)
    const read = scan.reason === 'noNumber' && hasChineseNumeral(text) ? scanChineseNumeralQuantity(text) : null;
    if (read === null) return { kind: 'unreadable', text, reason: scan.reason };
    scan = read;
    numeral = true;
  }
  const notes: ParseNote[] = [];
  if (fullWidth) notes.push('fullWidthNormalised');
  if (scan.thousandsSeparator) notes.push('thousandsSeparator');
  if (scan.operatorWord) notes.push('operatorWord');
  if (numeral) notes.push('chineseNumeral');
  if (scan.ignored !== '') return { kind: 'quantity', value: scan.value, unit: scan.unit, comparator: scan.comparator, notes, ignoredText: scan.ignored };
  return { kind: 'quantity', value: scan.value, unit: scan.unit, comparator: scan.comparator, notes };
}

/** 2022.12.20, 2022-12-20, 2022/12/20: four digits and a date separator, checked before any regex. */
function isTextDate(text: string): boolean {
  if (text.length < 8) return false;
  const separator = text.charCodeAt(4);
  if (separator !== 0x2e && separator !== 0x2d && separator !== 0x2f) return false;
  for (let i = 0; i < 4; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Labels never start with a digit or a comparison sign, so "≥95%" and "95" skip the label lookup. */
function startsWithNumberOrSign(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2265 || code === 0x2264 || code === 0x3e || code === 0x3c || code === 0x3d;
}

function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}
