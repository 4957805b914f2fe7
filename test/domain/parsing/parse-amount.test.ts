import { parseAmount } from '../../../src/domain/parsing';

describe('parseAmount: 分值, 自评得分 and budget amounts', () => {
  test.each<[unknown, number, string[], string]>([
    [10, 10, [], ''],
    [189.4, 189.4, [], ''],
    ['10', 10, [], ''],
    ['1,029.2', 1029.2, ['thousandsSeparator'], ''],
    ['１０', 10, ['fullWidthNormalised'], ''],
    ['１，２８８．３８', 1288.38, ['fullWidthNormalised', 'thousandsSeparator'], ''],
    ['10分', 10, [], '分'],
    ['9.5 分', 9.5, [], '分'],
    ['189.4万元', 189.4, [], '万元'],
    ['24.36万', 24.36, [], '万'],
    [' 33.08 ', 33.08, [], ''],
    ['-2', -2, [], ''],
    ['0', 0, [], ''],
  ])('reads %j', (value, expected, notes, unit) => {
    expect(parseAmount({ value: value as string | number })).toEqual({ ok: true, value: expected, unit, notes });
  });

  test('reads a figure in the unit its table states (全年执行数（元）), and only that one', () => {
    expect(parseAmount({ value: '12,883,800元' }, '元')).toEqual({ ok: true, value: 12883800, unit: '元', notes: ['thousandsSeparator'] });
    expect(parseAmount({ value: '1.29亿元' }, '亿元')).toEqual({ ok: true, value: 1.29, unit: '亿元', notes: [] });
    expect(parseAmount({ value: '1.29亿元' }, '元')).toEqual({ ok: false, reason: 'yuanUnit' });
    expect(parseAmount({ value: '1288.38万元' }, '元')).toEqual({ ok: true, value: 1288.38, unit: '万元', notes: [] });
  });

  test('the number format does not scale an amount', () => {
    expect(parseAmount({ value: 0.5, numberFormat: '0%' })).toEqual({ ok: true, value: 0.5, unit: '', notes: [] });
  });

  test('-0 is 0', () => {
    const result = parseAmount({ value: -0 });
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  test.each([null, '', '  ', '—', '/', '-', '——'])('%j is blank', (value) => {
    expect(parseAmount({ value })).toEqual({ ok: false, reason: 'blank' });
  });

  test('元 and 亿元 are refused rather than silently rescaled to 万元, with their own reason', () => {
    expect(parseAmount({ value: '1029.2亿元' })).toEqual({ ok: false, reason: 'yuanUnit' });
    expect(parseAmount({ value: '1894000元' })).toEqual({ ok: false, reason: 'yuanUnit' });
    expect(parseAmount({ value: '980,000 元' })).toEqual({ ok: false, reason: 'yuanUnit' });
  });

  test.each(['189.4万元（含结转）', '10分(满分)'])('%j carries a note, refused rather than read without it', (value) => {
    expect(parseAmount({ value })).toEqual({ ok: false, reason: 'textAfterNumber' });
  });

  test.each(['约10', '大约10', '10左右', '约10万元', '10万元左右', '近10'])('%j is an estimate, refused as approximate', (value) => {
    expect(parseAmount({ value })).toEqual({ ok: false, reason: 'approximate' });
  });

  test('a direction is not an amount', () => {
    expect(parseAmount({ value: '≥10' })).toEqual({ ok: false, reason: 'unknownUnit' });
  });

  test.each<[unknown, string]>([
    [{ error: '#DIV/0!' }, 'errorValue'],
    ['#REF!', 'errorValue'],
    [NaN, 'invalidNumber'],
    [Infinity, 'invalidNumber'],
    [-Infinity, 'invalidNumber'],
    [true, 'noNumber'],
    ['十分', 'noNumber'],
    ['*', 'noNumber'],
    ['10-20', 'severalNumbers'],
    ['10个', 'unknownUnit'],
  ])('%j is unreadable (%s)', (value, reason) => {
    expect(parseAmount({ value: value as string })).toEqual({ ok: false, reason });
  });
});
