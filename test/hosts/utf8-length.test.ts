import { utf8Length } from '../../src/hosts/utf8-length';

describe('utf8Length (request size estimates)', () => {
  it.each(['', 'abc', '绩效指标', 'é≥95%', '𠮷野家', '=HYPERLINK("x")'])('counts %p as UTF-8 encodes it', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
