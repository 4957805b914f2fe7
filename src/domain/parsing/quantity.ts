import type { Comparator, UnreadableReason } from '../model';
import { isChineseNumeral, readChineseNumeral } from './chinese-numerals';
import { withoutClosingPunctuation } from './normalise-text';
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
      /** text after the value that was left out of it (满意度 in 95%满意度, （抽样调查）); "" when none */
      ignored: string;
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
const TEXT_BEFORE_NUMBER: QuantityScan = { ok: false, reason: 'textBeforeNumber' };
const TEXT_AFTER_NUMBER: QuantityScan = { ok: false, reason: 'textAfterNumber' };
const APPROXIMATE: QuantityScan = { ok: false, reason: 'approximate' };
const UNCLEAR_DATE: QuantityScan = { ok: false, reason: 'unclearDate' };
const CONFLICTING_DIRECTION: QuantityScan = { ok: false, reason: 'conflictingDirection' };
const PERCENT = 0x25;
const PER_MILLE = 0x2030;

/** 10^0 … 10^15, all exact doubles */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** where the figure starts: after a leading ≥ or 不少于 and one space, if the text has them */
function afterLeadingOperator(s: string, lead: ReturnType<typeof readLeadingOperator>): number {
  if (!lead) return 0;
  return s.charCodeAt(lead.length) === SPACE ? lead.length + 1 : lead.length;
}

export function scanQuantity(text: string): QuantityScan {
  const s = withoutClosingPunctuation(text);
  const lead = readLeadingOperator(s, 0);
  const comparator: Comparator | null = lead ? lead.comparator : null;
  const operatorWord = lead ? lead.word : false;
  let i = afterLeadingOperator(s, lead);

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
    return { ok: true, value, unit: rest, comparator, operatorWord, thousandsSeparator, ignored: '' };
  }
  return readTail(rest, value, comparator, operatorWord, thousandsSeparator);
}

/**
 * Reads a cell written with a Chinese numeral the way scanQuantity reads one with digits: 两场, ≥三次,
 * 不少于两场, 十二个, 五个工作日以内, 五十万元 (50 万元, as 50万元 reads). For text scanQuantity found no
 * number in; null when the cell is not one such quantity, whatever the reason, so that it stays as it
 * was (noNumber). Conservative, as the reading is a guess of sorts: the whole cell must be the numeral
 * and one of NUMERAL_UNITS, so that names and idioms (一流, 一般, 三公经费, 第三方, 十分满意, 一次性, 两个维护)
 * and sentences (完成了三次培训) are never read; 一 or 〇 alone is a dash or a circle as often as a number.
 */
export function scanChineseNumeralQuantity(text: string): Extract<QuantityScan, { ok: true }> | null {
  const s = withoutClosingPunctuation(text);
  const lead = readLeadingOperator(s, 0);
  const comparator: Comparator | null = lead ? lead.comparator : null;
  const operatorWord = lead ? lead.word : false;
  let i = afterLeadingOperator(s, lead);
  if (!isChineseNumeral(s.charCodeAt(i))) return null;
  const numeral = readChineseNumeral(s, i);
  if (numeral === null) return null;
  i = numeral.end;
  if (s.charCodeAt(i) === SPACE) i++;
  const tail = i === s.length ? null : readTail(s.slice(i), numeral.value, comparator, operatorWord, false);
  if (tail !== null && !tail.ok) return null;
  let value = numeral.value;
  let unit = tail === null ? '' : tail.unit;
  if (unit !== '' && (!NUMERAL_UNITS.has(unit) || (numeral.endsInTenThousand && isMagnitude(unit.charCodeAt(0))))) return null;
  if (numeral.endsInTenThousand) {
    // 五十万元, 两万人次, 十万人, 三万: 50万元, 2万人次, 10万人 and 3万, as the digits are written
    value /= 10_000;
    unit = `万${unit}`;
  }
  const finalComparator = tail === null ? comparator : tail.comparator;
  if (unit === '' && finalComparator === null && numeral.end === 1 && (s.charCodeAt(0) === YI || s.charCodeAt(0) === LING_CIRCLE)) return null;
  if (tail === null) return { ok: true, value, unit, comparator, operatorWord, thousandsSeparator: false, ignored: '' };
  return { ...tail, value, unit };
}

/** 万 or 亿 starting a unit (万元, 亿元): after a numeral ending in 万 (三万亿元) a magnitude nobody counts in */
function isMagnitude(code: number): boolean {
  return code === 0x4e07 || code === 0x4ebf;
}

const YI = 0x4e00; // 一
const LING_CIRCLE = 0x3007; // 〇

/**
 * The units a Chinese numeral is read with: those of the template and the seeds (KNOWN_UNITS), and the
 * measure words counts are kept in (起, 例, 位 …), but not 月 or 日, which make a date (十二月, 五日), nor
 * 类, 期 or 届, which make an ordinal (Ⅲ类水 written 三类 is worse than 二类; 二期 is the second phase). Those
 * starting with 万 come from a numeral ending in it (五十万元).
 */
const NUMERAL_UNITS: ReadonlySet<string> = new Set([
  '%', '‰', '个', '人', '人次', '次', '场', '场次', '篇', '家', '户', '天', '个工作日', '工作日',
  '元', '亿元', '亿', '小时', '分钟', '年', '个月', '周', '项', '件', '份', '本', '批', '条', '所',
  '名', '台', '套', '辆', '处', '座', '课时', '学时', '分', '个百分点', '平方米', '亩', '公里', '吨',
  '起', '例', '位', '支', '轮', '节', '门', '张', '册', '间', '栋', '株', '棵', '部', '组', '队', '趟',
]);

/**
 * What follows the number: a note in brackets, a direction word, the unit. A note the value does not
 * depend on (（抽样调查）, 满意度 glued to a %) is left out and said (`ignored`); one that may change
 * what the figure means (a hedge, a direction, a date word) makes the cell unreadable with its reason.
 */
function readTail(tail: string, value: number, leading: Comparator | null, leadingWord: boolean, thousandsSeparator: boolean): QuantityScan {
  let rest = tail;
  let comparator = leading;
  let operatorWord = leadingWord;
  let ignored = '';
  /** （含） / （不含）: whether the bound itself counts */
  let inclusive: boolean | null = null;
  const open = rest.indexOf('(');
  if (open >= 0) {
    const close = rest.indexOf(')', open + 1);
    if (close < 0 || rest.indexOf('(', close) >= 0 || rest.indexOf(')', close + 1) >= 0) return TEXT_AFTER_NUMBER;
    const inner = rest.slice(open + 1, close).trim();
    const outside = (rest.slice(0, open) + rest.slice(close + 1)).trim();
    if (inner === '含' || inner === '不含') {
      inclusive = inner === '含';
      rest = outside;
    } else if (outside === '' && inner !== '' && !containsDigit(inner) && isUsableUnit(inner)) {
      rest = inner; // 100（万元）: the unit in brackets
    } else {
      if (APPROXIMATE_WORDS.test(inner)) return APPROXIMATE;
      if (NOT_A_NOTE.test(inner)) return TEXT_AFTER_NUMBER;
      ignored = rest.slice(open, close + 1);
      rest = outside;
    }
  }
  if (containsDigit(rest)) return SEVERAL_NUMBERS;

  let directionFromTrailingWord = false;
  const trail = rest === '' ? null : readTrailingOperator(rest);
  if (trail) {
    if (comparator !== null && comparator !== trail.comparator) return CONFLICTING_DIRECTION;
    directionFromTrailingWord = comparator === null;
    comparator = trail.comparator;
    operatorWord = true;
    rest = rest.slice(0, rest.length - trail.length);
  }
  let unit = rest.includes(' ') ? rest.replace(/ /g, '') : rest;
  if (unit !== '' && !KNOWN_UNITS.has(unit)) {
    if (APPROXIMATE_WORDS.test(unit)) return APPROXIMATE;
    const first = unit.charCodeAt(0);
    // 12月中旬, 12月前, 2023年前, 15日前: a time, not a number of months, years or days
    if (unit.length > 1 && (first === MONTH || ((first === DAY || first === YEAR) && !isUsableUnit(unit.slice(1))))) return UNCLEAR_DATE;
    if ((first === PERCENT || first === PER_MILLE) && unit.charCodeAt(1) !== SLASH) {
      // 100%完成, ≥95%满意度: the word names what is measured; a direction or time word would not
      const word = unit.slice(1);
      if (ignored !== '' || !PLAIN_WORD.test(word) || NOT_A_NOTE.test(word)) return TEXT_AFTER_NUMBER;
      ignored = word;
      unit = unit.slice(0, 1);
    } else if (!isUsableUnit(unit)) {
      return UNKNOWN_UNIT;
    }
  }
  if (inclusive !== null) {
    if (comparator === null) return TEXT_AFTER_NUMBER;
    if (inclusive ? comparator === 'gt' || comparator === 'lt' : comparator === 'eq') return CONFLICTING_DIRECTION;
    if (!inclusive && (comparator === 'gte' || comparator === 'lte')) {
      // 以上 / 以下 leave the bound open to reading; （不含） settles it. A sign or 不低于 already did.
      if (!directionFromTrailingWord) return CONFLICTING_DIRECTION;
      comparator = comparator === 'gte' ? 'gt' : 'lt';
    }
  }
  return { ok: true, value, unit, comparator, operatorWord, thousandsSeparator, ignored };
}

const SLASH = 0x2f;
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日
const YEAR = 0x5e74; // 年
/** words that may change what a % means (95%不到, 95%以下的, 12%前): never left out */
const NOT_A_NOTE = /[前后底末以不未超至到于内]|左右/;
/** a word that can be left out beside a %: letters only, short */
const PLAIN_WORD = /^\p{L}{1,10}$/u;
/** words that make a figure an estimate: 约95%, 95%左右, 200余人 */
const APPROXIMATE_WORDS = /约|左右|上下|大概|将近|余|多/;

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
 * No number where one was expected. Text without digits is noNumber; a date behind words is
 * unclearDate; two numbers ("90-95%") are ambiguous; one number behind a hedge ("约95%") is
 * approximate, and behind any other words ("满意度95%") textBeforeNumber.
 */
function explainMissingNumber(s: string): QuantityScan {
  if (!containsDigit(s)) return NO_NUMBER;
  // 次年1月10日, 下旬12日: a date behind words the deadline reader does not know
  if (DATE_IN_TEXT.test(s)) return UNCLEAR_DATE;
  const tokens = s.match(NUMBER_TOKEN);
  if (tokens !== null && tokens.length > 1) return SEVERAL_NUMBERS;
  return APPROXIMATE_WORDS.test(s) || s.charCodeAt(0) === NEAR ? APPROXIMATE : TEXT_BEFORE_NUMBER;
}

const DATE_IN_TEXT = /\d\s?[月日号]/;
const NEAR = 0x8fd1; // 近95%

/** The units of the template and the seeds; anything else must pass isUsableUnit's shape test. */
const KNOWN_UNITS = new Set([
  '%', '‰', '个', '人', '人次', '万人次', '次', '场', '场次', '篇', '家', '户', '天', '日', '个工作日', '工作日',
  '元', '万元', '亿元', '小时', '分钟', '年', '月', '个月', '周', '项', '件', '份', '本', '批', '条', '所',
  '名', '台', '套', '辆', '处', '座', '课时', '学时', '分', '个百分点', '平方米', '亩', '公里', '吨',
]);

/**
 * Letters (any script) and unit signs, optionally joined by / or · ("元/人", "人·次"), at most 10 long;
 * % and ‰ only alone or before a / ("%/年"): "%完成" is a percentage and a word, not a unit.
 */
const UNIT_SHAPE = /^(?:[%‰]|[\p{L}°℃℉²³]+)(?:[/·][\p{L}°℃℉²³]+)*$/u;
/** Words that make the text a phrase, not a unit: time words, hedges, conjunctions, directions. */
const NOT_A_UNIT = /[前后底末约或至到及和与以不未达超于]|左右/;

export function isUsableUnit(unit: string): boolean {
  if (KNOWN_UNITS.has(unit)) return true;
  return unit.length <= 10 && UNIT_SHAPE.test(unit) && !NOT_A_UNIT.test(unit);
}
