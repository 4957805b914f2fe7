import fc from 'fast-check';
import type { CellError, CellScalar, ParsedValue, RawCell } from '../../../src/domain/model';
import { normaliseText, parseAmount, parseComparator, parseValue } from '../../../src/domain/parsing';

const KINDS = new Set(['quantity', 'qualitative', 'yesNo', 'deadline', 'notApplicable', 'placeholder', 'blank', 'unreadable']);
const COMPARATORS = new Set(['gte', 'gt', 'lte', 'lt', 'eq']);
const NOTES = new Set(['fullWidthNormalised', 'thousandsSeparator', 'operatorWord', 'percentFromNumberFormat', 'deadlineFromText', 'chineseNumeral']);
const REASONS = new Set(['errorValue', 'noNumber', 'severalNumbers', 'unknownUnit', 'invalidNumber', 'textBeforeNumber', 'textAfterNumber', 'approximate', 'unclearDate', 'conflictingDirection']);
/** an amount is refused for the parser's reasons, and for money not in 万元 (980,000元) or hedged (约100) */
const AMOUNT_REASONS = new Set([...REASONS, 'yuanUnit']);
const LEVELS = new Set(['achieved', 'partial', 'notAchieved']);

function isComparatorOrNull(c: unknown): boolean {
  return c === null || COMPARATORS.has(c as string);
}

/** A value the engine can rely on: its kind is in the union and every field has its promised shape. */
function isWellFormed(v: ParsedValue): boolean {
  if (!KINDS.has(v.kind)) return false;
  switch (v.kind) {
    case 'quantity':
      return (
        Number.isFinite(v.value) &&
        !Object.is(v.value, -0) &&
        typeof v.unit === 'string' &&
        v.unit.trim() === v.unit &&
        isComparatorOrNull(v.comparator) &&
        Array.isArray(v.notes) &&
        v.notes.every((n) => NOTES.has(n)) &&
        // a Chinese numeral is a whole number of its unit, never negative (两场, 五十万元)
        (!v.notes.includes('chineseNumeral') || (Number.isInteger(v.value) && v.value >= 0)) &&
        (v.ignoredText === undefined || (typeof v.ignoredText === 'string' && v.ignoredText !== ''))
      );
    case 'qualitative':
      return LEVELS.has(v.level) && typeof v.label === 'string' && v.label.length > 0;
    case 'yesNo':
      return typeof v.value === 'boolean' && typeof v.label === 'string' && v.label.length > 0;
    case 'deadline':
      return (
        (v.year === null || (Number.isInteger(v.year) && v.year >= 1)) &&
        Number.isInteger(v.month) &&
        v.month >= 1 &&
        v.month <= 12 &&
        (v.day === null || (Number.isInteger(v.day) && v.day >= 1 && v.day <= 31)) &&
        isComparatorOrNull(v.comparator) &&
        typeof v.text === 'string'
      );
    case 'notApplicable':
    case 'placeholder':
      return typeof v.text === 'string' && v.text.length > 0;
    case 'blank':
      return true;
    case 'unreadable':
      return typeof v.text === 'string' && REASONS.has(v.reason);
  }
}

const EXCEL_ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const FORMATS = ['General', '@', '0', '0.00', '0%', '0.00%', '0.0%;[Red]-0.0%', '#,##0.00', '0"%"', '0\\%', 'yyyy/m/d', 'yyyy"年"m"月"d"日"', 'h:mm', '[h]:mm:ss', '0.00E+00', ''];

/** Pieces a real cell is made of, so that random text often comes close to something readable. */
const FRAGMENTS = [
  '≥', '>=', '＞＝', '≤', '<', '>', '=', '不低于', '不少于', '不超过', '达到', '以上', '以内', '内', '前', '底', '年', '月', '日',
  '95', '１００', '1,029.2', '.', ',', '，', '-', '—', '／', '%', '％', '个', '人次', '万元', '亿元', '个工作日', '达成', '部分达成',
  '未达成', '是', '否', '无', '/', '*', ' ', '\u3000', '\t', '0', '9', 'e', '#N/A', '年度指标', '并具有一定效果',
  '〇', '零', '一', '二', '两', '三', '九', '十', '百', '千', '万', '亿', '十二', '一百零五', '两场', '三次', '场', '次', '户', '人',
  '流', '般', '公经费', '第', '分满意', '次性', '（', '）', '以下', '约', '多', '左右', '贰', '壹',
];

const fullWidthChar = fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c));

const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fullWidthChar, maxLength: 20 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom(...'0123456789.,%-+ ≥≤<>=年月日底前'), maxLength: 15 }),
  fc.string({ unit: fc.constantFrom(...'〇零一二两三四五六七八九十百千万亿壹贰叁场次个户人天工作日月年%以上内不少于≥≤(（）) .,。'), maxLength: 15 }),
);

const scalarArb: fc.Arbitrary<CellScalar | CellError> = fc.oneof(
  textArb,
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 60, 44926),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error })),
);

const rawCellArb: fc.Arbitrary<RawCell> = fc.record(
  {
    value: scalarArb,
    numberFormat: fc.oneof(fc.constantFrom(...FORMATS), fc.string({ maxLength: 12 })),
  },
  { requiredKeys: ['value'] },
);

const RUNS = 10_000;

describe('no cell makes the parser throw or return a malformed value', () => {
  test('parseValue', () => {
    fc.assert(
      fc.property(rawCellArb, (raw) => {
        expect(isWellFormed(parseValue(raw))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('parseComparator', () => {
    fc.assert(
      fc.property(fc.option(rawCellArb, { nil: null }), (raw) => {
        const result = parseComparator(raw);
        expect(result === null || result === 'qualitative' || COMPARATORS.has(result)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('parseAmount', () => {
    fc.assert(
      fc.property(rawCellArb, (raw) => {
        const result = parseAmount(raw);
        if (result.ok) {
          expect(Number.isFinite(result.value) && !Object.is(result.value, -0)).toBe(true);
          expect(result.notes.every((n) => NOTES.has(n))).toBe(true);
        } else {
          expect(result.reason === 'blank' || AMOUNT_REASONS.has(result.reason)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a readable amount is the same number parseValue reads', () => {
    fc.assert(
      fc.property(rawCellArb, (raw) => {
        const amount = parseAmount(raw);
        if (!amount.ok || typeof raw.value !== 'string') return;
        const value = parseValue(raw);
        expect(value).toMatchObject({ kind: 'quantity', value: amount.value });
      }),
      { numRuns: RUNS },
    );
  });

  test('Excel error values are always errorValue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXCEL_ERRORS), fc.option(fc.constantFrom(...FORMATS), { nil: undefined }), (error, numberFormat) => {
        expect(parseValue({ value: { error }, numberFormat })).toEqual({ kind: 'unreadable', text: error, reason: 'errorValue' });
        expect(parseAmount({ value: { error }, numberFormat })).toEqual({ ok: false, reason: 'errorValue' });
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('normaliseText', () => {
  test('is idempotent and leaves no full-width ASCII, no edge spaces and no double spaces', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        expect(/[\uff01-\uff5e]/.test(once)).toBe(false);
        expect(once).toBe(once.trim());
        expect(once.includes('  ')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
