/** A4 and the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export const A4 = { width: mm(210), height: mm(297) };
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/** font sizes in half-points, by their Chinese names */
export const SIZE = {
  /** 二号, 22 pt: the title */
  erHao: 44,
  /** 三号, 16 pt: body and headings */
  sanHao: 32,
  /** 四号, 14 pt: the line under the title */
  siHao: 28,
  /** 小四, 12 pt: tables */
  xiaoSi: 24,
} as const;

/** 1.5 lines: 360 / 240 with the auto line rule */
export const ONE_AND_A_HALF_LINES = 360;
/** two characters of first-line indent, in hundredths of a character */
export const TWO_CHARACTERS = 200;
/** the same indent in twips, for readers that ignore character units: 2 × 16 pt */
export const TWO_CHARACTERS_TWIPS = 2 * 16 * 20;
