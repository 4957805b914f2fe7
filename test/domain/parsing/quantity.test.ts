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
    expect(scanQuantity('≥95%')).toEqual({ ok: true, value: 95, unit: '%', comparator: 'gte', operatorWord: false, thousandsSeparator: false });
    expect(scanQuantity('不少于 200 人 次')).toEqual({ ok: true, value: 200, unit: '人次', comparator: 'gte', operatorWord: true, thousandsSeparator: false });
    expect(scanQuantity('1234,567')).toEqual({ ok: false, reason: 'severalNumbers' });
    expect(scanQuantity('95.')).toEqual({ ok: false, reason: 'unknownUnit' });
    expect(scanQuantity('≥')).toEqual({ ok: false, reason: 'noNumber' });
    expect(scanQuantity('第1名')).toEqual({ ok: false, reason: 'unknownUnit' });
  });

  test('a unit is letters, not a phrase: time words, hedges and conjunctions are refused', () => {
    for (const text of ['5天前', '5人左右', '5人或以上人员', '5篇及论文', '3年底']) {
      expect(scanQuantity(text)).toEqual({ ok: false, reason: 'unknownUnit' });
    }
    expect(scanQuantity('5篇')).toMatchObject({ ok: true, unit: '篇' });
    expect(scanQuantity('5 kWh')).toMatchObject({ ok: true, unit: 'kWh' });
  });
});
