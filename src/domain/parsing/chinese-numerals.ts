/**
 * Whole numbers written with Chinese numerals (两, 三, 十二, 二十五, 一百二十, 一百零五, 一万零五百), as finance
 * officers write counts in 年度指标值 and 实际完成值 cells. Only the standard written forms are read; a form
 * that is spoken shorthand or may be something else is not: 一百五 (150 or 105?), 一万五, 一百十, 二〇二三
 * (a year, digit by digit), 两 anywhere but before 百/千/万 or alone (二十两 is a weight). 壹贰叁 (大写) are not
 * read: they are written on vouchers and cheques for amounts of money, not for counts in these tables.
 */

/** 〇 零 一 二 两 三 四 五 六 七 八 九 as digits (0–9), 十 百 千 as places (-1 … -3), 万 as -4; other codes -9 */
function numeralCode(code: number): number {
  switch (code) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    case 0x5341: // 十
      return TEN;
    case 0x767e: // 百
      return HUNDRED;
    case 0x5343: // 千
      return THOUSAND;
    case 0x4e07: // 万
      return TEN_THOUSAND;
    default:
      return NOT_A_NUMERAL;
  }
}

const TEN = -1;
const HUNDRED = -2;
const THOUSAND = -3;
const TEN_THOUSAND = -4;
const NOT_A_NUMERAL = -9;
const LIANG = 0x4e24; // 两
const PLACE_VALUE = [1, 10, 100, 1000];

/** a character numerals are written with: the one test a cell without any pays */
export function isChineseNumeral(code: number): boolean {
  return code >= 0x3007 && numeralCode(code) !== NOT_A_NUMERAL;
}

/** whether `s` holds a numeral character anywhere: the gate text with none passes at a character's cost each */
export function hasChineseNumeral(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isChineseNumeral(s.charCodeAt(i))) return true;
  return false;
}

export interface ChineseNumeral {
  value: number;
  /** the index after the numeral */
  end: number;
  /** the numeral ends in 万 (五十万): its value is a whole number of 万 */
  endsInTenThousand: boolean;
}

/**
 * The numeral written from `from` on: every numeral character there, read whole, or null when they do
 * not form one standard numeral (三三, 一五一十, 万无…, 一百五). At most 9999万 (99,999,999).
 */
export function readChineseNumeral(s: string, from: number): ChineseNumeral | null {
  let end = from;
  while (end < s.length && isChineseNumeral(s.charCodeAt(end))) end++;
  if (end === from) return null;
  if (end === from + 1 && numeralCode(s.charCodeAt(from)) === 0) return { value: 0, end, endsInTenThousand: false };
  let wan = -1;
  for (let i = from; i < end; i++) {
    if (numeralCode(s.charCodeAt(i)) !== TEN_THOUSAND) continue;
    if (wan >= 0) return null; // 万 twice (万万)
    wan = i;
  }
  if (wan < 0) {
    const value = readSection(s, from, end, false);
    return value === null ? null : { value, end, endsInTenThousand: false };
  }
  const high = readSection(s, from, wan, false);
  if (high === null || high === 0) return null;
  if (wan + 1 === end) return { value: high * 10_000, end, endsInTenThousand: true };
  const low = readSection(s, wan + 1, end, true);
  return low === null ? null : { value: high * 10_000 + low, end, endsInTenThousand: false };
}

/**
 * A section below 万 (0–9999) from `from` to `to`, or null when it is not written in the standard way:
 * places in descending order, each after its digit (十 alone only at the very start: 十二), a 零 wherever
 * places are skipped (一百零五, 一千零五十) and only there, a last digit only after 十 or 零 or alone.
 * `afterWan`: the low section of a number with 万, which starts at 千 or with 零 (一万五千, 一万零五百).
 */
function readSection(s: string, from: number, to: number, afterWan: boolean): number | null {
  if (from === to) return null;
  let value = 0;
  /** the place of the last digit given a place (4 before any: 万's) */
  let lastPlace = 4;
  let digit = -1;
  let liang = false;
  let zero = false;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    const n = numeralCode(code);
    if (n > 0) {
      if (digit >= 0) return null; // two digits in a row
      digit = n;
      liang = code === LIANG;
    } else if (n === 0) {
      // 零 stands for skipped places, between a place and a digit: not first (but after 万), not twice
      if (digit >= 0 || zero || (lastPlace === 4 && !afterWan)) return null;
      zero = true;
    } else {
      const place = -n;
      if (digit < 0) {
        if (place !== 1 || i !== from || afterWan) return null; // 十 alone only at the start: 十二
        digit = 1;
      } else if (liang && place === 1) {
        return null; // 两十
      }
      if (place >= lastPlace) return null;
      if (zero ? lastPlace - place < 2 : lastPlace !== 4 && lastPlace - place !== 1) return null;
      if (afterWan && !zero && lastPlace === 4 && place !== 3) return null; // 一万五百
      value += digit * PLACE_VALUE[place];
      lastPlace = place;
      digit = -1;
      zero = false;
    }
  }
  if (digit >= 0) {
    // a last digit: alone (五, and 五 before 万), after 十 (十二), or after 零 (一百零五); 两 only alone (两, 两万)
    if (liang && (to !== from + 1 || afterWan)) return null;
    if (zero ? lastPlace < 2 : !(lastPlace === 1 || (lastPlace === 4 && !afterWan))) return null;
    value += digit;
  } else if (zero) {
    return null; // 一百零
  }
  return value;
}
