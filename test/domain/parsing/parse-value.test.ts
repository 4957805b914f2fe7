import type { ParsedValue, RawCell } from '../../../src/domain/model';
import { normaliseText, parseValue } from '../../../src/domain/parsing';

const text = (value: string): RawCell => ({ value });

function quantity(value: number, unit: string, comparator: 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | null, notes: string[] = []): ParsedValue {
  return { kind: 'quantity', value, unit, comparator, notes } as ParsedValue;
}

describe('parseValue: targets and actuals written as text', () => {
  test.each<[string, ParsedValue]>([
    ['≥95%', quantity(95, '%', 'gte')],
    ['>=95%', quantity(95, '%', 'gte')],
    ['≥ 95 %', quantity(95, '%', 'gte')],
    ['＞＝95%', quantity(95, '%', 'gte', ['fullWidthNormalised'])],
    ['>95%', quantity(95, '%', 'gt')],
    ['不低于95%', quantity(95, '%', 'gte', ['operatorWord'])],
    ['不少于200人次', quantity(200, '人次', 'gte', ['operatorWord'])],
    ['≤5个工作日', quantity(5, '个工作日', 'lte')],
    ['<=5个工作日', quantity(5, '个工作日', 'lte')],
    ['<3天', quantity(3, '天', 'lt')],
    ['不超过10%', quantity(10, '%', 'lte', ['operatorWord'])],
    ['不高于5%', quantity(5, '%', 'lte', ['operatorWord'])],
    ['不多于3次', quantity(3, '次', 'lte', ['operatorWord'])],
    ['达到100%', quantity(100, '%', 'gte', ['operatorWord'])],
    ['=100%', quantity(100, '%', 'eq')],
    ['等于100%', quantity(100, '%', 'eq', ['operatorWord'])],
    ['100%', quantity(100, '%', null)],
    ['95', quantity(95, '', null)],
    ['１００％', quantity(100, '%', null, ['fullWidthNormalised'])],
    ['1,029.2', quantity(1029.2, '', null, ['thousandsSeparator'])],
    ['12,345,678', quantity(12345678, '', null, ['thousandsSeparator'])],
    ['≥50个', quantity(50, '个', 'gte')],
    ['1029.2亿元', quantity(1029.2, '亿元', null)],
    ['189.4万元', quantity(189.4, '万元', null)],
    ['95%以上', quantity(95, '%', 'gte', ['operatorWord'])],
    ['80分及以上', quantity(80, '分', 'gte', ['operatorWord'])],
    ['5%以下', quantity(5, '%', 'lte', ['operatorWord'])],
    ['5个工作日以内', quantity(5, '个工作日', 'lte', ['operatorWord'])],
    ['3个工作日内', quantity(3, '个工作日', 'lte', ['operatorWord'])],
    ['不低于95%以上', quantity(95, '%', 'gte', ['operatorWord'])],
    ['低于5%', quantity(5, '%', 'lt', ['operatorWord'])],
    ['少于3次', quantity(3, '次', 'lt', ['operatorWord'])],
    ['高于90%', quantity(90, '%', 'gt', ['operatorWord'])],
    ['多于10家', quantity(10, '家', 'gt', ['operatorWord'])],
    ['超过10户', quantity(10, '户', 'gt', ['operatorWord'])],
    ['大于等于90%', quantity(90, '%', 'gte', ['operatorWord'])],
    ['０．５小时', quantity(0.5, '小时', null, ['fullWidthNormalised'])],
    ['１，０２９．２', quantity(1029.2, '', null, ['fullWidthNormalised', 'thousandsSeparator'])],
    ['-5', quantity(-5, '', null)],
    ['−5%', quantity(-5, '%', null)],
    ['+3', quantity(3, '', null)],
    ['.5', quantity(0.5, '', null)],
    ['12个月', quantity(12, '个月', null)],
    ['12月', quantity(12, '月', null)],
    ['0.95', quantity(0.95, '', null)],
    ['3元/人', quantity(3, '元/人', null)],
  ])('reads %s', (input, expected) => {
    expect(parseValue(text(input))).toEqual(expected);
  });

  test('keeps every unit the tables use, as written', () => {
    for (const unit of ['个', '人次', '场', '次', '篇', '家', '户', '人', '天', '个工作日', '万元', '亿元', '%', '元', '小时', '年', '月', '场次', '个百分点', '平方米', 'km']) {
      expect(parseValue(text(`≥12${unit}`))).toEqual(quantity(12, unit, 'gte'));
    }
  });

  test('a "%" unit is in percentage points: 95% is 95, not 0.95', () => {
    expect(parseValue(text('95%'))).toMatchObject({ value: 95, unit: '%' });
    expect(parseValue(text('0.5%'))).toMatchObject({ value: 0.5, unit: '%' });
  });

  test('reads decimals exactly as typed', () => {
    expect(parseValue(text('0.1'))).toMatchObject({ value: 0.1 });
    expect(parseValue(text('99.7%'))).toMatchObject({ value: 99.7 });
    expect(parseValue(text('1,288.38'))).toMatchObject({ value: 1288.38 });
    expect(parseValue(text('1234567890.12345678'))).toMatchObject({ value: 1234567890.12345678 });
  });
});

describe('parseValue: qualitative labels', () => {
  test.each<[string, 'achieved' | 'partial' | 'notAchieved']>([
    ['达成', 'achieved'],
    ['达成年度指标', 'achieved'],
    ['已达成', 'achieved'],
    ['完成', 'achieved'],
    ['已完成', 'achieved'],
    ['达成预期指标', 'achieved'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['部分达成', 'partial'],
    ['部分达成年度指标', 'partial'],
    ['未达成年度指标且效果较差', 'notAchieved'],
    ['未达成', 'notAchieved'],
    ['未完成', 'notAchieved'],
    ['达成年度指标。', 'achieved'],
    ['达成 年度指标', 'achieved'],
  ])('reads %s as %s, keeping the label', (input, level) => {
    expect(parseValue(text(input))).toEqual({ kind: 'qualitative', level, label: input });
  });

  test('基本达成 / 基本完成 are 部分达成: "basically" concedes the target was not fully met', () => {
    expect(parseValue(text('基本达成'))).toEqual({ kind: 'qualitative', level: 'partial', label: '基本达成' });
    expect(parseValue(text('基本完成'))).toEqual({ kind: 'qualitative', level: 'partial', label: '基本完成' });
  });

  test('a sentence that only starts like a label is not read as one', () => {
    expect(parseValue(text('完成情况较差'))).toEqual({ kind: 'unreadable', text: '完成情况较差', reason: 'noNumber' });
    expect(parseValue(text('良好'))).toEqual({ kind: 'unreadable', text: '良好', reason: 'noNumber' });
  });
});

describe('parseValue: yes / no, not applicable, placeholder', () => {
  test.each<[string, boolean]>([
    ['是', true],
    ['否', false],
    ['有', true],
    ['√', true],
    ['×', false],
    ['TRUE', true],
    ['false', false],
  ])('reads %s as yes/no', (input, value) => {
    expect(parseValue(text(input))).toEqual({ kind: 'yesNo', value, label: input });
  });

  test('Excel booleans are yes/no', () => {
    expect(parseValue({ value: true })).toEqual({ kind: 'yesNo', value: true, label: '是' });
    expect(parseValue({ value: false })).toEqual({ kind: 'yesNo', value: false, label: '否' });
  });

  test.each(['/', '—', '-', '——', '--', '–', '不适用', '无', '不涉及', 'N/A', '／'])('reads %s as not applicable', (input) => {
    const parsed = parseValue(text(input));
    expect(parsed.kind).toBe('notApplicable');
  });

  test('无 alone is 不适用, but 无 inside a sentence is not', () => {
    expect(parseValue(text('无'))).toEqual({ kind: 'notApplicable', text: '无' });
    expect(parseValue(text('无投诉'))).toEqual({ kind: 'unreadable', text: '无投诉', reason: 'noNumber' });
  });

  test.each(['*', '**', '＊'])('reads %s as a placeholder', (input) => {
    expect(parseValue(text(input)).kind).toBe('placeholder');
  });

  test('the template prompt 是/否 is a placeholder, not an answer', () => {
    expect(parseValue(text('是/否'))).toEqual({ kind: 'placeholder', text: '是/否' });
  });
});

describe('parseValue: deadlines', () => {
  test.each<[string, number | null, number, number | null, 'lte' | 'gte' | 'lt' | 'gt' | 'eq' | null]>([
    ['12月底前', null, 12, null, 'lte'],
    ['2022年12月31日前', 2022, 12, 31, 'lte'],
    ['年底前', null, 12, null, 'lte'],
    ['年底', null, 12, null, null],
    ['2022年底前', 2022, 12, null, 'lte'],
    ['年内', null, 12, null, 'lte'],
    ['6月30日', null, 6, 30, null],
    ['6月30日之前', null, 6, 30, 'lte'],
    ['6月底前完成', null, 6, null, 'lte'],
    ['3月31号以后', null, 3, 31, 'gte'],
    ['不晚于11月30日', null, 11, 30, 'lte'],
    ['不早于6月30日', null, 6, 30, 'gte'],
    ['≤12月底', null, 12, null, 'lte'],
    ['<12月底', null, 12, null, 'lt'],
    ['2月29日前', null, 2, 29, 'lte'],
    ['2022年12月', 2022, 12, null, null],
    ['2022.12.20', 2022, 12, 20, null],
    ['2022-12-20', 2022, 12, 20, null],
    ['2022/12/20', 2022, 12, 20, null],
    ['2022-12-20前', 2022, 12, 20, 'lte'],
  ])('reads %s', (input, year, month, day, comparator) => {
    expect(parseValue(text(input))).toEqual({ kind: 'deadline', year, month, day, comparator, text: input });
  });

  test('a number with a point is not a date: 1029.2, 2022.12', () => {
    expect(parseValue(text('1029.2'))).toMatchObject({ kind: 'quantity', value: 1029.2 });
    expect(parseValue(text('2022.12'))).toMatchObject({ kind: 'quantity', value: 2022.12 });
  });

  test('a date that does not exist is an invalid number', () => {
    expect(parseValue(text('2月30日前'))).toEqual({ kind: 'unreadable', text: '2月30日前', reason: 'invalidNumber' });
    expect(parseValue(text('13月底前'))).toEqual({ kind: 'unreadable', text: '13月底前', reason: 'invalidNumber' });
    expect(parseValue(text('2023年2月29日'))).toEqual({ kind: 'unreadable', text: '2023年2月29日', reason: 'invalidNumber' });
  });

  test('"12月前" is left unread: it may mean before December or by its end', () => {
    expect(parseValue(text('12月前'))).toMatchObject({ kind: 'unreadable' });
  });

  test('a real Excel date becomes a deadline, with its year', () => {
    expect(parseValue({ value: 44926, numberFormat: 'yyyy/m/d' })).toEqual({ kind: 'deadline', year: 2022, month: 12, day: 31, comparator: null, text: '2022/12/31' });
    expect(parseValue({ value: 44742, numberFormat: 'yyyy"年"m"月"d"日"' })).toMatchObject({ kind: 'deadline', year: 2022, month: 6, day: 30 });
  });

  test('a date shown as a month (yyyy"年"m"月") is that month, to its end: not its first day', () => {
    expect(parseValue({ value: 44713, numberFormat: 'yyyy"年"m"月"' })).toEqual({ kind: 'deadline', year: 2022, month: 6, day: null, comparator: null, text: '2022年6月' });
  });
});

describe('parseValue: numbers from Excel', () => {
  test('a plain number is a quantity without a unit', () => {
    expect(parseValue({ value: 95 })).toEqual(quantity(95, '', null));
    expect(parseValue({ value: 95, numberFormat: 'General' })).toEqual(quantity(95, '', null));
    expect(parseValue({ value: 1288.38, numberFormat: '#,##0.00' })).toEqual(quantity(1288.38, '', null));
  });

  test.each(['0%', '0.00%', '0.0%;[Red]-0.0%'])('0.95 shown with %s is 95%% (noted)', (numberFormat) => {
    expect(parseValue({ value: 0.95, numberFormat })).toEqual(quantity(95, '%', null, ['percentFromNumberFormat']));
  });

  test('percent scaling gives the number Excel shows, not binary noise', () => {
    expect(parseValue({ value: 0.07, numberFormat: '0%' })).toMatchObject({ value: 7 });
    expect(parseValue({ value: 0.997, numberFormat: '0.0%' })).toMatchObject({ value: 99.7 });
  });

  test('a "%" written as literal text in the format does not scale the number: it is the unit shown', () => {
    expect(parseValue({ value: 95, numberFormat: '0"%"' })).toEqual(quantity(95, '%', null));
    expect(parseValue({ value: 95, numberFormat: '0\\%' })).toEqual(quantity(95, '%', null));
  });

  test('a direction and a unit written as literal text in the format are read as shown', () => {
    expect(parseValue({ value: 0.05, numberFormat: '"≤"0%' })).toEqual(quantity(5, '%', 'lte', ['percentFromNumberFormat']));
    expect(parseValue({ value: 0.95, numberFormat: '"≥"0.0%;[Red]-0.0%' })).toEqual(quantity(95, '%', 'gte', ['percentFromNumberFormat']));
    expect(parseValue({ value: 0.95, numberFormat: '0%"以上"' })).toMatchObject({ value: 95, unit: '%', comparator: 'gte' });
    expect(parseValue({ value: 200, numberFormat: '"不少于"0"人次"' })).toEqual(quantity(200, '人次', 'gte'));
    expect(parseValue({ value: 5, numberFormat: '\\≤0"个工作日"' })).toEqual(quantity(5, '个工作日', 'lte'));
    expect(parseValue({ value: 1288.38, numberFormat: '#,##0.00"万元"' })).toEqual(quantity(1288.38, '万元', null));
    // display text that is neither is left alone
    expect(parseValue({ value: 95, numberFormat: '"合计："0' })).toEqual(quantity(95, '', null));
  });

  test('-0 is 0', () => {
    expect(Object.is((parseValue({ value: -0 }) as { value: number }).value, 0)).toBe(true);
  });

  test.each([NaN, Infinity, -Infinity])('%s is an invalid number', (value) => {
    expect(parseValue({ value })).toEqual({ kind: 'unreadable', text: String(value), reason: 'invalidNumber' });
  });

  test('a percent format that overflows is an invalid number', () => {
    expect(parseValue({ value: Number.MAX_VALUE, numberFormat: '0%' })).toMatchObject({ kind: 'unreadable', reason: 'invalidNumber' });
  });
});

describe('parseValue: what it cannot read', () => {
  test.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])('the error value %s', (error) => {
    expect(parseValue({ value: { error } })).toEqual({ kind: 'unreadable', text: error, reason: 'errorValue' });
  });

  test('an error literal typed as text is still an error value', () => {
    expect(parseValue(text('#N/A'))).toEqual({ kind: 'unreadable', text: '#N/A', reason: 'errorValue' });
  });

  test.each([null, '', '   ', '\u3000', '\t\n'])('blank: %j', (value) => {
    expect(parseValue({ value })).toEqual({ kind: 'blank' });
  });

  test.each(['90-95%', '3个或4个', '95%-100%', '≥90%或95%', '1,02'])('two numbers are ambiguous: %s', (input) => {
    expect(parseValue(text(input))).toEqual({ kind: 'unreadable', text: input, reason: 'severalNumbers' });
  });

  test.each(['良好', '不高于', '优', 'NaN'])('text with no number and no label: %s', (input) => {
    expect(parseValue(text(input))).toEqual({ kind: 'unreadable', text: input, reason: 'noNumber' });
  });

  test.each([
    ['满意度95%', 'textBeforeNumber'],
    ['满意度≥95%', 'textBeforeNumber'],
    ['约95%', 'approximate'],
    ['大约95%', 'approximate'],
    ['近95%', 'approximate'],
    ['95%左右', 'approximate'],
    ['200余人', 'approximate'],
    ['95%(约)', 'approximate'],
    ['95%不到', 'textAfterNumber'],
    ['95%以下的', 'textAfterNumber'],
    ['95%（含', 'textAfterNumber'],
    ['96%（截至11月底）', 'textAfterNumber'],
    ['95%（含）', 'textAfterNumber'],
    ['12月前', 'unclearDate'],
    ['12月中旬', 'unclearDate'],
    ['次年1月10日', 'unclearDate'],
    ['2023年前', 'unclearDate'],
    ['5个工作日前', 'unknownUnit'],
  ])('words beside the number that are not a unit or direction, each for its reason: %s is %s', (input, reason) => {
    expect(parseValue(text(input))).toEqual({ kind: 'unreadable', text: normaliseText(input), reason });
  });

  test('two directions that contradict each other are not read', () => {
    for (const input of ['≥95%以下', '≥95%（不含）', '>95%（含）', '不低于95%（不含）', '=95%（不含）']) {
      expect(parseValue(text(input))).toEqual({ kind: 'unreadable', text: normaliseText(input), reason: 'conflictingDirection' });
    }
  });

  test('（含） and （不含） settle whether the bound counts', () => {
    expect(parseValue(text('≥95%（含）'))).toMatchObject({ kind: 'quantity', value: 95, unit: '%', comparator: 'gte' });
    expect(parseValue(text('95%（含）以上'))).toMatchObject({ kind: 'quantity', value: 95, unit: '%', comparator: 'gte' });
    expect(parseValue(text('5个工作日（含）以内'))).toMatchObject({ kind: 'quantity', value: 5, unit: '个工作日', comparator: 'lte' });
    expect(parseValue(text('95%以上（不含）'))).toMatchObject({ kind: 'quantity', value: 95, unit: '%', comparator: 'gt' });
    expect(parseValue(text('≥95%（含）')).kind === 'quantity' && 'ignoredText' in parseValue(text('≥95%（含）'))).toBe(false);
  });

  test('a word glued to a % or a note in brackets is left out of the value, and said', () => {
    expect(parseValue(text('100%完成'))).toEqual({ kind: 'quantity', value: 100, unit: '%', comparator: null, notes: [], ignoredText: '完成' });
    expect(parseValue(text('100%达成'))).toMatchObject({ value: 100, unit: '%', ignoredText: '达成' });
    expect(parseValue(text('≥95%满意度'))).toMatchObject({ value: 95, unit: '%', comparator: 'gte', ignoredText: '满意度' });
    expect(parseValue(text('96%（抽样调查）'))).toMatchObject({ value: 96, unit: '%', ignoredText: '(抽样调查)' });
    expect(parseValue(text('200人次(含线上)'))).toMatchObject({ value: 200, unit: '人次', ignoredText: '(含线上)' });
    expect(parseValue(text('100（万元）'))).toMatchObject({ value: 100, unit: '万元' });
    expect(parseValue(text('100（万元）'))).not.toHaveProperty('ignoredText');
    expect(parseValue(text('5%/年'))).toMatchObject({ value: 5, unit: '%/年' });
    expect(parseValue(text('96%。'))).toEqual({ kind: 'quantity', value: 96, unit: '%', comparator: null, notes: [] });
  });

  test('a number too large for a double is invalid', () => {
    const huge = '9'.repeat(400);
    expect(parseValue(text(huge))).toEqual({ kind: 'unreadable', text: huge, reason: 'invalidNumber' });
  });

  test('the unreadable text is the normalised cell text', () => {
    expect(parseValue(text('  ９０－９５％ '))).toEqual({ kind: 'unreadable', text: '90-95%', reason: 'severalNumbers' });
  });
});
