import { charactersPerRow, displayWidth, wrappedRowHeight } from '../../../src/workbook/plan/wrapped-row-height';

describe('the height of a row of wrapped text in merged cells', () => {
  it('counts a Chinese character, full-width punctuation and an emoji as two widths, others as one', () => {
    expect(displayWidth('预算')).toBe(4);
    expect(displayWidth('99.7%')).toBe(5);
    expect(displayWidth('（１）😀')).toBe(8);
  });

  it('counts by character as a string’s iterator gives them: a surrogate pair is one, a lone surrogate one narrow', () => {
    const byIterator = (line: string): number => [...line].reduce((width, character) => width + (displayWidth(character) === 2 ? 2 : 1), 0);
    for (const line of ['𠮷野家', 'a\ud83db', '\ude00x', '😀😀\ud83d', '', '培训人次 ≥ 95%（1）']) expect(displayWidth(line)).toBe(byIterator(line));
    expect(displayWidth('𠮷')).toBe(2);
    expect(displayWidth('a\ud83db')).toBe(3);
  });

  it('gives one line a little more than the 15 points of a default row, and grows a line at a time', () => {
    const one = wrappedRowHeight('短句。', 86);
    expect(one).toBeGreaterThanOrEqual(15);
    expect(one).toBeLessThan(20);
    // 85 usable widths a line: 43 Chinese characters take two lines, 42 one
    expect(wrappedRowHeight('中'.repeat(42), 86)).toBe(one);
    expect(wrappedRowHeight('中'.repeat(43), 86)).toBeGreaterThan(one);
    expect(wrappedRowHeight('第一行\n第二行', 86)).toBe(wrappedRowHeight('中'.repeat(43), 86));
  });

  it('makes a larger font take more room, and stops at Excel’s tallest row', () => {
    expect(wrappedRowHeight('标题', 86, 16)).toBeGreaterThan(wrappedRowHeight('标题', 86));
    expect(wrappedRowHeight('中'.repeat(5000), 86)).toBe(409);
  });

  it('says how much text one row can show, so a longer paragraph continues below it', () => {
    const limit = charactersPerRow(86);
    expect(wrappedRowHeight('中'.repeat(limit), 86)).toBeLessThanOrEqual(409);
    expect(wrappedRowHeight('中'.repeat(limit + 42), 86)).toBe(409);
  });
});
