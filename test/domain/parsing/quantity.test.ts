import fc from 'fast-check';
import { scanQuantity } from '../../../src/domain/parsing/quantity';

describe('scanQuantity', () => {
  test('reads every decimal exactly as Number() would (the fast integer path is exact)', () => {
    const decimal = fc
      .tuple(fc.stringMatching(/^\d{1,18}$/), fc.option(fc.stringMatching(/^\d{1,18}$/), { nil: undefined }))
      .map(([int, fraction]) => (fraction === undefined ? int : `${int}.${fraction}`));
    fc.assert(
      fc.property(decimal, (text) => {
        const scan = scanQuantity(text);
        expect(scan).toMatchObject({ ok: true, value: Number(text) });
      }),
      { numRuns: 10_000 },
    );
  });

  test('reports where reading stopped', () => {
    expect(scanQuantity('≥95%')).toEqual({ ok: true, value: 95, unit: '%', comparator: 'gte', operatorWord: false, thousandsSeparator: false, ignored: '' });
    expect(scanQuantity('不少于 200 人 次')).toEqual({ ok: true, value: 200, unit: '人次', comparator: 'gte', operatorWord: true, thousandsSeparator: false, ignored: '' });
    expect(scanQuantity('1234,567')).toEqual({ ok: false, reason: 'severalNumbers' });
    expect(scanQuantity('≥')).toEqual({ ok: false, reason: 'noNumber' });
    expect(scanQuantity('第1名')).toEqual({ ok: false, reason: 'textBeforeNumber' });
  });

  test('a closing 。 . , ; ends the text, as it does a label', () => {
    for (const text of ['95.', '95。', '95;', '95,']) expect(scanQuantity(text)).toMatchObject({ ok: true, value: 95, unit: '' });
    expect(scanQuantity('96% 。')).toMatchObject({ ok: true, value: 96, unit: '%' });
  });

  test('a unit is letters, not a phrase: time words, hedges and conjunctions are refused, each for its reason', () => {
    for (const text of ['5天前', '5人或以上人员', '5篇及论文']) {
      expect(scanQuantity(text)).toEqual({ ok: false, reason: 'unknownUnit' });
    }
    expect(scanQuantity('5人左右')).toEqual({ ok: false, reason: 'approximate' });
    expect(scanQuantity('3年底')).toEqual({ ok: false, reason: 'unclearDate' });
    expect(scanQuantity('5篇')).toMatchObject({ ok: true, unit: '篇' });
    expect(scanQuantity('5 kWh')).toMatchObject({ ok: true, unit: 'kWh' });
  });
});
