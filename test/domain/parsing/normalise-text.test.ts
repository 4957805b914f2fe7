import { normaliseText } from '../../../src/domain/parsing';

describe('normaliseText', () => {
  test.each([
    ['１００％', '100%'],
    ['＞＝', '>='],
    ['＜＝９５．５', '<=95.5'],
    ['１，０２９．２', '1,029.2'],
    ['ＡＢＣ', 'ABC'],
    ['﹪', '%'],
    ['−5', '-5'],
  ])('maps full-width %s to %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test('trims and collapses every kind of space, including the ideographic one', () => {
    expect(normaliseText('  ≥ 95  % ')).toBe('≥ 95 %');
    expect(normaliseText('\u3000达成\u3000年度指标\u3000')).toBe('达成 年度指标');
    expect(normaliseText('a\t\n\u00a0b')).toBe('a b');
  });

  test('drops zero-width characters', () => {
    expect(normaliseText('\ufeff9\u200b5%')).toBe('95%');
  });

  test('leaves Chinese text, signs and already normal text alone', () => {
    for (const s of ['≥95%', '不低于95%', '达成年度指标', '12月底前', '—', '']) expect(normaliseText(s)).toBe(s);
  });

  test('does not invent digits from circled or superscript numbers (unlike full NFKC)', () => {
    expect(normaliseText('①')).toBe('①');
    expect(normaliseText('m²')).toBe('m²');
  });
});
