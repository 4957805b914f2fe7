import { MAX_ROW_HEIGHT } from '../write-plan';

/**
 * The height, in points, a row needs to show `text` wrapped across a merged cell `widthInCharacters`
 * wide. Excel and LibreOffice fit a row to its wrapped text by themselves, but not when the text sits in
 * merged cells, so the 自评报告's paragraphs would show one line each. An estimate that errs on the tall
 * side: a full-width (Chinese) character takes two character widths of the default 11-point font and
 * any other one, a larger font takes proportionally more, and a line is 1.35 times the font size.
 */
export function wrappedRowHeight(text: string, widthInCharacters: number, fontSize = DEFAULT_FONT_SIZE): number {
  const usable = Math.max(1, widthInCharacters - CELL_PADDING_CHARACTERS) * (DEFAULT_FONT_SIZE / fontSize);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(line) / usable));
  const points = lines * fontSize * LINE_SPACING + ROW_PADDING_POINTS;
  // whole pixels (0.75 points each), as Excel stores them
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(points / 0.75) * 0.75);
}

/** How many characters of a paragraph fit in one row of that width at most: longer ones go on to the next row. */
export function charactersPerRow(widthInCharacters: number, fontSize = DEFAULT_FONT_SIZE): number {
  const lines = Math.floor((MAX_ROW_HEIGHT - ROW_PADDING_POINTS) / (fontSize * LINE_SPACING));
  const fullWidthPerLine = Math.floor((Math.max(1, widthInCharacters - CELL_PADDING_CHARACTERS) * (DEFAULT_FONT_SIZE / fontSize)) / 2);
  return lines * fullWidthPerLine;
}

/** a line's width in characters of the default font: full-width characters count two */
export function displayWidth(line: string): number {
  let width = 0;
  // by code point, as a string's iterator goes (a pair of surrogates is one character), without
  // making a string of each
  for (let index = 0; index < line.length; index += 1) {
    const code = line.codePointAt(index) as number;
    if (code > 0xffff) index += 1;
    width += isFullWidth(code) ? 2 : 1;
  }
  return width;
}

function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals, punctuation, kana, ideographs, Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300 // emoji and the supplementary ideographs
  );
}

const DEFAULT_FONT_SIZE = 11;
const LINE_SPACING = 1.35;
const ROW_PADDING_POINTS = 3;
const CELL_PADDING_CHARACTERS = 1;
