import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../workbook/write-plan';

const THIN_BORDER: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

/** "#1f4e79" → "FF1F4E79" (ExcelJS colours are ARGB) */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

type Style = Partial<ExcelJS.Style>;

/**
 * Styles merged once per distinct (current style, planned style, number format) and then shared by
 * every cell that gets the same: ExcelJS writes a file's styles by looking each style object up, so
 * one object per cell would make it serialise thousands of equal styles. Shared objects are safe
 * because this host never changes a style object in place, only replaces a cell's. Current styles
 * are told apart by identity (ExcelJS shares one object per loaded style), planned ones by content.
 */
export class CellStyleCache {
  private readonly byCurrent = new WeakMap<object, Map<string, Style>>();
  private readonly emptyCurrent = {};

  merged(current: Style | undefined, planned: CellStyle | undefined, numberFormat: string | undefined): Style {
    const currentKey = current && hasOwnKeys(current) ? current : this.emptyCurrent;
    let byPlanned = this.byCurrent.get(currentKey);
    if (!byPlanned) {
      byPlanned = new Map();
      this.byCurrent.set(currentKey, byPlanned);
    }
    // the planner builds a style object per cell, so keying them by identity (a WeakMap) finds nothing
    // and costs more than computing the key
    const key = planned ? `${numberFormat ?? ''}\u0000${plannedStyleKey(planned)}` : (numberFormat ?? '');
    let style = byPlanned.get(key);
    if (!style) {
      style = mergeCellStyle(current, planned, numberFormat);
      byPlanned.set(key, style);
    }
    return style;
  }
}

function hasOwnKeys(style: Style): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return true;
  return false;
}

/** every CellStyle field in a fixed order, '-' where not set: equal styles get one key (faster than JSON) */
function plannedStyleKey(style: CellStyle): string {
  return (
    flag(style.bold) +
    flag(style.italic) +
    flag(style.wrap) +
    flag(style.border) +
    '|' +
    (style.fontSize ?? '-') +
    '|' +
    (style.fontColor ?? '-') +
    '|' +
    (style.fill ?? '-') +
    '|' +
    (style.horizontal ?? '-') +
    '|' +
    (style.vertical ?? '-')
  );
}

/** the CellStyle fields plannedStyleKey reads; a field added to CellStyle stops this compiling until the key has it */
const KEYED_FIELDS: Record<keyof CellStyle, true> = {
  bold: true,
  italic: true,
  wrap: true,
  border: true,
  fontSize: true,
  fontColor: true,
  fill: true,
  horizontal: true,
  vertical: true,
};
export const PLANNED_STYLE_KEY_FIELDS = Object.keys(KEYED_FIELDS) as Array<keyof CellStyle>;

function flag(value: boolean | undefined): string {
  return value === undefined ? '-' : value ? '1' : '0';
}

/**
 * The cell's new style: what the plan gives replaces the cell's own setting, what it leaves out stays
 * (as when Office.js sets format properties one by one). A new object every time, because ExcelJS
 * shares one style object among all cells loaded with the same style.
 */
export function mergeCellStyle(current: Partial<ExcelJS.Style> | undefined, planned: CellStyle | undefined, numberFormat: string | undefined): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...(current ?? {}) };
  if (numberFormat !== undefined) next.numFmt = numberFormat;
  if (!planned) return next;

  if (planned.bold !== undefined || planned.italic !== undefined || planned.fontSize !== undefined || planned.fontColor !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(current?.font ?? {}) };
    if (planned.bold !== undefined) font.bold = planned.bold;
    if (planned.italic !== undefined) font.italic = planned.italic;
    if (planned.fontSize !== undefined) font.size = planned.fontSize;
    if (planned.fontColor !== undefined) font.color = { argb: argb(planned.fontColor) };
    next.font = font;
  }
  if (planned.fill !== undefined) {
    next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(planned.fill) } };
  }
  if (planned.wrap !== undefined || planned.horizontal !== undefined || planned.vertical !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(current?.alignment ?? {}) };
    if (planned.wrap !== undefined) alignment.wrapText = planned.wrap;
    if (planned.horizontal !== undefined) alignment.horizontal = planned.horizontal;
    if (planned.vertical !== undefined) alignment.vertical = planned.vertical;
    next.alignment = alignment;
  }
  if (planned.border === true) {
    next.border = { top: THIN_BORDER, left: THIN_BORDER, bottom: THIN_BORDER, right: THIN_BORDER };
  } else if (planned.border === false) {
    delete next.border;
  }
  return next;
}
