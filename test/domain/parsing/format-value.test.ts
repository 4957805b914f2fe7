import fc from 'fast-check';
import type { Comparator, ParsedValue } from '../../../src/domain/model';
import { formatParsedValue, parseValue } from '../../../src/domain/parsing';
import { plainDecimal } from '../../../src/domain/parsing/format-value';

describe('formatParsedValue: the canonical text', () => {
  test.each<[string, string]>([
    ['≥95%', '≥95%'],
    ['不低于95%', '≥95%'],
    ['>=95%', '≥95%'],
    ['95%以上', '≥95%'],
    ['≤5个工作日', '≤5个工作日'],
    ['5个工作日内', '≤5个工作日'],
    ['=100%', '=100%'],
    ['>0', '>0'],
    ['<3天', '<3天'],
    ['1,029.2', '1029.2'],
    ['１００％', '100%'],
    ['达成年度指标', '达成'],
    ['部分达成年度指标并具有一定效果', '部分达成'],
    ['未达成年度指标且效果较差', '未达成'],
    ['有', '有'],
    ['否', '否'],
    ['年底前', '年底前'],
    ['2022年12月31日前', '2022年12月31日前'],
    ['2022-12-31', '2022-12-31'],
    ['2022年底前', '2022年底前'],
    ['6月30日以后', '6月30日以后'],
    ['不早于6月1日', '不早于6月1日'],
    ['2022.1.1', '2022.1.1'],
    ['２０２２年１月１日前', '2022年1月1日前'],
    ['6月30日', '6月30日'],
    ['<6月底', '<6月底'],
    ['—', '/'],
    ['不适用', '/'],
    ['**', '*'],
    ['', ''],
    ['良好', '良好'],
  ])('%s is written %s', (input, canonical) => {
    expect(formatParsedValue(parseValue({ value: input }))).toBe(canonical);
  });

  test('a date is written as typed, or as its cell\'s simple format shows it', () => {
    expect(formatParsedValue(parseValue({ value: 44562, numberFormat: 'yyyy/m/d' }))).toBe('2022/1/1');
    expect(formatParsedValue(parseValue({ value: 44743, numberFormat: 'yyyy-mm-dd' }))).toBe('2022-07-01');
    expect(formatParsedValue(parseValue({ value: 44743, numberFormat: 'yyyy"年"m"月"' }))).toBe('2022年7月');
    expect(formatParsedValue(parseValue({ value: 44743, numberFormat: 'yyyy"年"m"月"d"日";@' }))).toBe('2022年7月1日');
    // not simple (weekday, month name, day first): the engine's own form
    expect(formatParsedValue(parseValue({ value: 44743, numberFormat: '[$-F800]dddd, mmmm dd, yyyy' }))).toBe('2022年7月1日');
    expect(formatParsedValue(parseValue({ value: 44743, numberFormat: 'd/m/yyyy' }))).toBe('2022年7月1日');
  });

  test('a yes/no value is written as the user wrote it, not as 是 or 否', () => {
    expect(formatParsedValue({ kind: 'yesNo', value: false, label: '逾期' })).toBe('逾期');
    expect(formatParsedValue({ kind: 'yesNo', value: true, label: '有' })).toBe('有');
  });

  test('numbers are written without exponent notation, so they read back', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(-2.5e-10)).toBe('-0.00000000025');
    expect(plainDecimal(1.2345e25)).toBe('12345000000000000000000000');
    expect(plainDecimal(95)).toBe('95');
  });
});

const UNITS = ['', '%', '个', '人次', '场', '次', '篇', '家', '户', '人', '天', '个工作日', '万元', '亿元', '元', '小时', '年', '月', '个月', '日', '分', '元/人', 'km'];
const COMPARATORS: Array<Comparator | null> = [null, 'gte', 'gt', 'lte', 'lt', 'eq'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const quantityArb: fc.Arbitrary<ParsedValue> = fc.record({
  value: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
  ),
  unit: fc.constantFrom(...UNITS),
  comparator: fc.constantFrom(...COMPARATORS),
}).map(({ value, unit, comparator }) => ({ kind: 'quantity', value: value === 0 ? 0 : value, unit, comparator, notes: [] }));

const deadlineArb: fc.Arbitrary<ParsedValue> = fc
  .integer({ min: 1, max: 12 })
  .chain((month) =>
    fc.record({
      month: fc.constant(month),
      year: fc.option(fc.integer({ min: 1901, max: 2099 }), { nil: null }),
      day: fc.option(fc.integer({ min: 1, max: month === 2 ? 28 : DAYS_IN_MONTH[month - 1] }), { nil: null }),
      comparator: fc.constantFrom(...COMPARATORS),
    }),
  )
  .map(({ year, month, day, comparator }) => {
    const value: ParsedValue = { kind: 'deadline', year, month, day, comparator, text: '' };
    return { ...value, text: formatParsedValue(value) };
  });

const canonicalArb: fc.Arbitrary<ParsedValue> = fc.oneof(
  { arbitrary: quantityArb, weight: 5 },
  { arbitrary: deadlineArb, weight: 2 },
  fc.constantFrom<ParsedValue>(
    { kind: 'qualitative', level: 'achieved', label: '达成' },
    { kind: 'qualitative', level: 'partial', label: '部分达成' },
    { kind: 'qualitative', level: 'notAchieved', label: '未达成' },
    { kind: 'yesNo', value: true, label: '是' },
    { kind: 'yesNo', value: false, label: '否' },
    { kind: 'notApplicable', text: '/' },
    { kind: 'placeholder', text: '*' },
    { kind: 'blank' },
  ),
);

function withoutNotes(v: ParsedValue): ParsedValue {
  if (v.kind !== 'quantity') return v;
  return { ...v, notes: [] };
}

describe('formatParsedValue ∘ parseValue: canonical forms read back to the same value', () => {
  test('every canonical value reads back equal, with nothing to note', () => {
    fc.assert(
      fc.property(canonicalArb, (value) => {
        const text = formatParsedValue(value);
        const parsed = parseValue({ value: text });
        expect(withoutNotes(parsed)).toEqual(value);
        if (parsed.kind === 'quantity') expect(parsed.notes).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  test('the canonical text is a fixed point', () => {
    fc.assert(
      fc.property(canonicalArb, (value) => {
        const text = formatParsedValue(value);
        expect(formatParsedValue(parseValue({ value: text }))).toBe(text);
      }),
      { numRuns: 10_000 },
    );
  });

  test('the same value typed in full-width reads the same, noted', () => {
    const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(quantityArb, (value) => {
        const parsed = parseValue({ value: toFullWidth(formatParsedValue(value)) });
        expect(withoutNotes(parsed)).toEqual(value);
        expect(parsed.kind === 'quantity' && parsed.notes.includes('fullWidthNormalised')).toBe(/[!-~]/.test(formatParsedValue(value)));
      }),
      { numRuns: 10_000 },
    );
  });

  test('an integer with thousands separators reads as the integer, noted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('', '.5', '.25'), (n, fraction) => {
        const text = n.toLocaleString('en-US') + fraction;
        expect(parseValue({ value: text })).toEqual({
          kind: 'quantity',
          value: Number(`${n}${fraction}`),
          unit: '',
          comparator: null,
          notes: ['thousandsSeparator'],
        });
      }),
      { numRuns: 10_000 },
    );
  });
});
