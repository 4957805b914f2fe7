import type { Comparator, UnreadableReason } from '../model';
import { readLeadingOperator, readTrailingOperator } from './operator-words';

/**
 * Reads "[direction] number [unit] [direction word]" from normalised text: ≥95%, 不少于200人次,
 * ≤ 5 个工作日, 95%以上, 1,029.2亿元. A hand-written scanner rather than one large regex: it is the
 * hot path of the engine (hundreds of thousands of cells per run) and it tells exactly where reading
 * stopped, which gives the precise reason when it fails.
 */
export type QuantityScan =
  | {
      ok: true;
      value: number;
      /** the unit as written, spaces removed; "" when none */
      unit: string;
      comparator: Comparator | null;
      /** a word (不低于, 以上) rather than a sign gave the direction */
      operatorWord: boolean;
      /** the number had thousands separators (1,029.2) */
      thousandsSeparator: boolean;
    }
  | { ok: false; reason: UnreadableReason };

const SPACE = 0x20;
const COMMA = 0x2c;
const DOT = 0x2e;
const PLUS = 0x2b;
const MINUS = 0x2d;

const NO_NUMBER: QuantityScan = { ok: false, reason: 'noNumber' };
const SEVERAL_NUMBERS: QuantityScan = { ok: false, reason: 'severalNumbers' };
const UNKNOWN_UNIT: QuantityScan = { ok: false, reason: 'unknownUnit' };
const INVALID_NUMBER: QuantityScan = { ok: false, reason: 'invalidNumber' };

/** 10^0 … 10^15, all exact doubles */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function scanQuantity(s: string): QuantityScan {
  let i = 0;
  let comparator: Comparator | null = null;
  let operatorWord = false;
  const lead = readLeadingOperator(s, 0);
  if (lead) {
    comparator = lead.comparator;
    operatorWord = lead.word;
    i = lead.length;
    if (s.charCodeAt(i) === SPACE) i++;
  }

  let negative = false;
  const signCode = s.charCodeAt(i);
  if ((signCode === PLUS || signCode === MINUS) && startsNumber(s, i + 1)) {
    negative = signCode === MINUS;
    i++;
  }

  const start = i;
  // Digits are accumulated as an integer mantissa: with at most 15 digits it is exact, and one
  // division by an exact power of ten is correctly rounded, i.e. the same double Number() would give.
  let mantissa = 0;
  let digitCount = 0;
  let fractionDigits = 0;
  let code = s.charCodeAt(i);
  while (isDigit(code)) {
    mantissa = mantissa * 10 + (code - 0x30);
    digitCount++;
    code = s.charCodeAt(++i);
  }
  let thousandsSeparator = false;
  if (digitCount > 0 && digitCount <= 3) {
    // 1,029 or 12,345,678: groups of exactly three digits; anything else (1,02) is left unread
    while (
      code === COMMA &&
      isDigit(s.charCodeAt(i + 1)) &&
      isDigit(s.charCodeAt(i + 2)) &&
      isDigit(s.charCodeAt(i + 3)) &&
      !isDigit(s.charCodeAt(i + 4))
    ) {
      thousandsSeparator = true;
      mantissa = mantissa * 1000 + Number(s.slice(i + 1, i + 4));
      digitCount += 3;
      i += 4;
      code = s.charCodeAt(i);
    }
  }
  if (code === DOT && isDigit(s.charCodeAt(i + 1))) {
    code = s.charCodeAt(++i);
    while (isDigit(code)) {
      mantissa = mantissa * 10 + (code - 0x30);
      digitCount++;
      fractionDigits++;
      code = s.charCodeAt(++i);
    }
  }
  if (i === start) return explainMissingNumber(s);

  let magnitude: number;
  if (digitCount <= 15) {
    magnitude = fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
  } else {
    const digits = s.slice(start, i);
    magnitude = Number(thousandsSeparator ? digits.replace(/,/g, '') : digits);
    if (!Number.isFinite(magnitude)) return INVALID_NUMBER;
  }
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;

  if (s.charCodeAt(i) === SPACE) i++;
  let rest = i === s.length ? '' : s.slice(i);
  if (rest === '' || rest === '%') {
    return { ok: true, value, unit: rest, comparator, operatorWord, thousandsSeparator };
  }
  if (containsDigit(rest)) return SEVERAL_NUMBERS;

  const trail = readTrailingOperator(rest);
  if (trail) {
    if (comparator !== null && comparator !== trail.comparator) return UNKNOWN_UNIT;
    comparator = trail.comparator;
    operatorWord = true;
    rest = rest.slice(0, rest.length - trail.length);
  }
  const unit = rest.includes(' ') ? rest.replace(/ /g, '') : rest;
  if (unit !== '' && !isUsableUnit(unit)) return UNKNOWN_UNIT;
  return { ok: true, value, unit, comparator, operatorWord, thousandsSeparator };
}

function startsNumber(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  return isDigit(code) || (code === DOT && isDigit(s.charCodeAt(at + 1)));
}

function containsDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

const NUMBER_TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/**
 * No number where one was expected. Text without digits is noNumber; two numbers ("90-95%") are
 * ambiguous; one number behind words that are not a direction ("满意度95%", "约95%") is unknownUnit,
 * the reason for any text beside a number that is neither a direction nor a unit.
 */
function explainMissingNumber(s: string): QuantityScan {
  if (!containsDigit(s)) return NO_NUMBER;
  const tokens = s.match(NUMBER_TOKEN);
  return tokens !== null && tokens.length > 1 ? SEVERAL_NUMBERS : UNKNOWN_UNIT;
}

/** The units of the template and the seeds; anything else must pass isUsableUnit's shape test. */
const KNOWN_UNITS = new Set([
  '%', '‰', '个', '人', '人次', '万人次', '次', '场', '场次', '篇', '家', '户', '天', '日', '个工作日', '工作日',
  '元', '万元', '亿元', '小时', '分钟', '年', '月', '个月', '周', '项', '件', '份', '本', '期', '批', '条', '所',
  '名', '台', '套', '辆', '处', '座', '类', '课时', '学时', '分', '个百分点', '平方米', '亩', '公里', '吨',
]);

/** Letters (any script) and unit signs, optionally joined by / or · ("元/人", "人·次"), at most 10 long. */
const UNIT_SHAPE = /^[\p{L}%‰°℃℉²³]+(?:[/·][\p{L}%‰°℃℉²³]+)*$/u;
/** Words that make the text a phrase, not a unit: time words, hedges, conjunctions, directions. */
const NOT_A_UNIT = /[前后底末约或至到及和与以不未达超于]|左右/;

function isUsableUnit(unit: string): boolean {
  if (KNOWN_UNITS.has(unit)) return true;
  return unit.length <= 10 && UNIT_SHAPE.test(unit) && !NOT_A_UNIT.test(unit);
}
