import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../workbook/write-plan';

const THIN_BORDER: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

/** "#1f4e79" → "FF1F4E79" (ExcelJS colours are ARGB) */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

type Style = Partial<ExcelJS.Style>;

/**
 * The font ExcelJS writes as the file's default (font 0, what every cell without a font of its own
 * shows, its theme's minor font). A font the host adds (bold, a size, a colour) starts from it: a font with no name makes
 * LibreOffice fall back to a serif face, and Excel and WPS each to a default of their own.
 */
const DEFAULT_FONT: Readonly<Partial<ExcelJS.Font>> = Object.freeze({ name: 'Calibri', size: 11, family: 2, scheme: 'minor', color: { theme: 1 } });

/**
 * The one empty style of every row and cell the host writes that has no style of its own. ExcelJS
 * gives each new row and cell its own empty object, and saving looks styles up by object: each of
 * those objects costs a full lookup (rendering the style's XML to find its id), thousands in a scored
 * workbook. Frozen, so that an in-place change (ExcelJS's `cell.numFmt = …`) fails loudly instead of
 * restyling every cell that shares it; this host only ever replaces a style.
 */
export const NO_STYLE: Style = Object.freeze({});

/** gives a row or cell without any style the shared empty one */
export function shareEmptyStyle(target: { style: Style }): void {
  if (target.style !== NO_STYLE && !hasOwnKeys(target.style)) target.style = NO_STYLE;
}

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
  /**
   * The last few results, found by comparing the planned style field by field: the report planner
   * builds a new style object for each cell from a handful of kinds, so neither the objects' identity
   * (a WeakMap of six thousand objects, almost all missed) nor a JSON key per cell is cheap.
   */
  private readonly recent: RecentStyle[] = [];
  private nextRecent = 0;

  merged(current: Style | undefined, planned: CellStyle | undefined, numberFormat: string | undefined): Style {
    const currentKey = current && hasOwnKeys(current) ? current : this.emptyCurrent;
    for (const entry of this.recent) {
      if (entry.current === currentKey && entry.numberFormat === numberFormat && sameFields(entry.planned, planned)) return entry.style;
    }
    let byPlanned = this.byCurrent.get(currentKey);
    if (!byPlanned) {
      byPlanned = new Map();
      this.byCurrent.set(currentKey, byPlanned);
    }
    const key = planned ? `${numberFormat ?? ''}\u0000${plannedStyleKey(planned)}` : (numberFormat ?? '');
    let style = byPlanned.get(key);
    if (!style) {
      style = mergeCellStyle(current, planned, numberFormat);
      byPlanned.set(key, style);
    }
    this.remember({ current: currentKey, planned, numberFormat, style });
    return style;
  }

  private remember(entry: RecentStyle): void {
    if (this.recent.length < RECENT_STYLES) {
      this.recent.push(entry);
    } else {
      this.recent[this.nextRecent] = entry;
      this.nextRecent = (this.nextRecent + 1) % RECENT_STYLES;
    }
  }
}

const RECENT_STYLES = 8;

interface RecentStyle {
  current: object;
  planned: CellStyle | undefined;
  numberFormat: string | undefined;
  style: Style;
}

/** the same fields with the same values (no style and an empty one count as different: a miss, no harm) */
function sameFields(a: CellStyle | undefined, b: CellStyle | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  let fields = 0;
  for (const field in a) {
    if (a[field as keyof CellStyle] !== b[field as keyof CellStyle]) return false;
    fields++;
  }
  for (const _field in b) fields--;
  return fields === 0;
}

function hasOwnKeys(style: Style): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return true;
  return false;
}

/** equal styles written in another key order only miss the cache, which stays correct */
function plannedStyleKey(style: CellStyle): string {
  return JSON.stringify(style);
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
    const font: Partial<ExcelJS.Font> = { ...DEFAULT_FONT, ...(current?.font ?? {}) };
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
