import fc from 'fast-check';
import type { ParsedValue, RawCell } from '../../../src/domain/model';
import { parseValue } from '../../../src/domain/parsing';

const text = (value: string): RawCell => ({ value });

function quantity(value: number, unit: string, comparator: 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | null, notes: string[] = ['chineseNumeral']): ParsedValue {
  return { kind: 'quantity', value, unit, comparator, notes } as ParsedValue;
}

const DIGITS = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千'];

/** A section below 万 in the standard written form: 一千零五十, 一百一十, 十二 (at the start of a number). */
function section(n: number, atStart: boolean): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += place === 1 && digit === 1 && out === '' && atStart ? '十' : DIGITS[digit] + PLACES[place];
  }
  return out;
}

/** n (0 … 99,999,999) as a finance officer writes it: 两千 or 二千 alike, 一万零五百, 十二万五千 */
function chinese(n: number): string {
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return section(low, true);
  if (low === 0) return `${section(high, true)}万`;
  return `${section(high, true)}万${low < 1000 ? '零' : ''}${section(low, false)}`;
}

describe('parseValue: counts written with Chinese numerals', () => {
  test.each<[string, ParsedValue]>([
    ['两场', quantity(2, '场', null)],
    ['三次', quantity(3, '次', null)],
    ['十二个', quantity(12, '个', null)],
    ['二十五人次', quantity(25, '人次', null)],
    ['一百二十户', quantity(120, '户', null)],
    ['五个工作日', quantity(5, '个工作日', null)],
    ['一项', quantity(1, '项', null)],
    ['≥三次', quantity(3, '次', 'gte')],
    ['>=三次', quantity(3, '次', 'gte')],
    ['≤ 五个工作日', quantity(5, '个工作日', 'lte')],
    ['不少于两场', quantity(2, '场', 'gte', ['operatorWord', 'chineseNumeral'])],
    ['不超过十天', quantity(10, '天', 'lte', ['operatorWord', 'chineseNumeral'])],
    ['三次以上', quantity(3, '次', 'gte', ['operatorWord', 'chineseNumeral'])],
    ['五个工作日以内', quantity(5, '个工作日', 'lte', ['operatorWord', 'chineseNumeral'])],
    ['＞＝三次', quantity(3, '次', 'gte', ['fullWidthNormalised', 'chineseNumeral'])],
    ['两场。', quantity(2, '场', null)],
    ['三', quantity(3, '', null)],
    ['≥一', quantity(1, '', 'gte')],
    ['零', quantity(0, '', null)],
    ['零起', quantity(0, '起', null)],
    ['十', quantity(10, '', null)],
    ['一百零五人', quantity(105, '人', null)],
    ['一千零五十', quantity(1050, '', null)],
    ['两千两百名', quantity(2200, '名', null)],
    ['一万零五百', quantity(10500, '', null)],
    ['十二万五千', quantity(125000, '', null)],
    ['十二个月', quantity(12, '个月', null)],
    ['三个百分点', quantity(3, '个百分点', null)],
    // a numeral ending in 万 keeps it with the unit, as the digits are written (50万元, 2万人次)
    ['五十万元', quantity(50, '万元', null)],
    ['两万人次', quantity(2, '万人次', null)],
    ['三万', quantity(3, '万', null)],
    ['三亿元', quantity(3, '亿元', null)],
  ])('reads %s', (input, expected) => {
    expect(parseValue(text(input))).toEqual(expected);
  });

  test('reads the same quantity as the digits would, only noted', () => {
    for (const [numeral, digits] of [['≥三次', '≥3次'], ['不少于两场', '不少于2场'], ['一百二十户', '120户'], ['五个工作日以内', '5个工作日以内'], ['五十万元', '50万元']]) {
      const read = parseValue(text(numeral));
      const arabic = parseValue(text(digits));
      expect(read.kind === 'quantity' && arabic.kind === 'quantity').toBe(true);
      if (read.kind !== 'quantity' || arabic.kind !== 'quantity') continue;
      expect({ ...read, notes: read.notes.filter((n) => n !== 'chineseNumeral') }).toEqual(arabic);
    }
  });

  test('keeps a note in brackets out of the value, as for digits', () => {
    expect(parseValue(text('两场（线上）'))).toEqual({ ...quantity(2, '场', null, ['fullWidthNormalised', 'chineseNumeral']), ignoredText: '(线上)' });
  });

  test.each([
    // numerals inside free sentences
    '完成了三次培训并取得良好效果',
    '三次培训',
    '开展两场活动',
    // names and idioms that start with or hold a numeral
    '一流',
    '一般',
    '三公经费',
    '第三方',
    '万无一失',
    '十分满意',
    '一次性',
    '一五一十',
    '两个维护',
    '四个意识',
    '三天两头',
    // spoken shorthand and forms that may be something else
    '一百五',
    '一万五',
    '一百十',
    '二十两',
    '两十',
    '零五',
    '一百零',
    '万',
    '二〇二三年',
    '一〇五',
    '十二月',
    '五日',
    '十二月底前',
    // a dash or a circle typed as 一 or 〇
    '一',
    '〇',
    // ordinals: a class (Ⅲ类水 is worse than Ⅱ类), a phase, an edition
    '三类',
    '二类',
    '二期',
    '第二期',
    '十届',
    // hedges
    '十多人',
    '约三次',
    '三次左右',
    // 大写 numerals are not read
    '贰场',
  ])('leaves %s as it was: no number', (input) => {
    expect(parseValue(text(input))).toEqual({ kind: 'unreadable', text: input, reason: 'noNumber' });
  });

  test('leaves labels and yes/no words as they were', () => {
    expect(parseValue(text('达成'))).toEqual({ kind: 'qualitative', level: 'achieved', label: '达成' });
    expect(parseValue(text('部分达成年度指标并具有一定效果'))).toEqual({ kind: 'qualitative', level: 'partial', label: '部分达成年度指标并具有一定效果' });
    expect(parseValue(text('未达成年度指标且效果较差'))).toEqual({ kind: 'qualitative', level: 'notAchieved', label: '未达成年度指标且效果较差' });
    expect(parseValue(text('是'))).toEqual({ kind: 'yesNo', value: true, label: '是' });
    expect(parseValue(text('否'))).toEqual({ kind: 'yesNo', value: false, label: '否' });
    expect(parseValue(text('无'))).toEqual({ kind: 'notApplicable', text: '无' });
  });

  test('every whole number up to 9999万 in its standard form reads back as itself', () => {
    const units = ['', '场', '次', '个', '人次', '户', '个工作日', '元'];
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 10_000 })), fc.constantFrom(...units), (n, unit) => {
        const written = chinese(n) + unit;
        const read = parseValue(text(written));
        if (n === 1 && unit === '') {
          expect(read).toEqual({ kind: 'unreadable', text: '一', reason: 'noNumber' });
          return;
        }
        const expected = n > 0 && n % 10_000 === 0 ? quantity(n / 10_000, `万${unit}`, null) : quantity(n, unit, null);
        expect(read).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });

  test('whatever numeral characters it is given, it reads only a number in its standard form', () => {
    const numeralText = fc.string({ unit: fc.constantFrom(...'〇零一二两三四五六七八九十百千万'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(numeralText, (written) => {
        const read = parseValue(text(written));
        if (read.kind === 'unreadable') {
          expect(read.reason).toBe('noNumber');
          return;
        }
        expect(read.kind).toBe('quantity');
        if (read.kind !== 'quantity') return;
        const n = read.unit === '万' ? read.value * 10_000 : read.value;
        expect(read.unit === '' || read.unit === '万').toBe(true);
        // 两 for 二 and 〇 for 零 are the same numeral; 一十二 is 十二 written in full
        const plain = written.replace(/两/g, '二').replace(/〇/g, '零').replace(/^一十/, '十');
        expect(plain).toBe(chinese(n));
      }),
      { numRuns: 20_000 },
    );
  });
});
