import { formatScore } from '../../domain/narrative/figures';
import type { CellStyle, PlannedCell } from '../write-plan';

/** How the add-in's cells look: headers marked as computed, numbers with fixed formats. */

/** a light fill so a colleague without the add-in sees at a glance which columns are computed */
export const COMPUTED_HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#DDEBF7',
  border: true,
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
};
export const TABLE_HEADER_STYLE: CellStyle = { bold: true, fill: '#F2F2F2', border: true, horizontal: 'center', vertical: 'middle', wrap: true };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12 };
export const BODY_STYLE: CellStyle = { border: true, vertical: 'top' };
export const WRAPPED_BODY_STYLE: CellStyle = { border: true, vertical: 'top', wrap: true };
/**
 * The cells written beside the input tables, bordered as their header is so that the block reads as
 * the table's last columns, and set at the top of the row: a row made tall by its 提示 shows its
 * 完成率, 计算得分 and 状态 on the 提示's first line, not at the bottom beside the next row's warning.
 */
export const RESULT_STYLE: CellStyle = { border: true, vertical: 'top' };
/** the 提示 beside the input tables: as RESULT_STYLE, and wrapped */
export const HINT_STYLE: CellStyle = { border: true, vertical: 'top', wrap: true };
export const LINK_STYLE: CellStyle = { border: true, vertical: 'top', fontColor: '#0563C1' };

export const RATE_FORMAT = '0.0%';
export const RATIO_FORMAT = '0%';

/** "93%" → 0%, "99.7%" → 0.0%: a percent cell's format with the decimals its text is shown with */
export function percentFormatOf(shown: string): string {
  const decimals = /\.(\d+)%$/.exec(shown)?.[1].length ?? 0;
  return decimals === 0 ? RATIO_FORMAT : `0.${'0'.repeat(decimals)}%`;
}
export const SCORE_FORMAT = '0.00';

/**
 * A score's format with the decimals the 自评报告, the .docx and the command print it with (formatScore:
 * up to two, trailing zeros dropped): 93 → "0", 8.5 → "0.0", 95.91 → "0.00". The cell keeps the exact value.
 */
export function scoreFormatOf(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return SCORE_FORMAT;
  const shown = formatScore(score);
  const decimals = shown.includes('.') ? shown.length - shown.indexOf('.') - 1 : 0;
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}
export const AMOUNT_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '0';
export const POINTS_FORMAT = 'General';

/** Text stays text whatever it starts with (= + - @): never a formula. Empty text is a blank cell. */
export function textCell(text: string, style?: CellStyle): PlannedCell {
  if (text === '') return blankCell(style);
  return style ? { kind: 'text', value: text, style } : { kind: 'text', value: text };
}

export function numberCell(value: number | null, numberFormat: string, style?: CellStyle): PlannedCell {
  if (value === null || !Number.isFinite(value)) return blankCell(style);
  const cell: PlannedCell = { kind: 'value', value, numberFormat };
  if (style) cell.style = style;
  return cell;
}

export function blankCell(style?: CellStyle): PlannedCell {
  return style ? { kind: 'value', value: null, style } : { kind: 'value', value: null };
}

export function linkCell(text: string, link: { sheet: string; address: string }): PlannedCell {
  return { kind: 'text', value: text, style: LINK_STYLE, link };
}
