/**
 * range.format and its font, fill and borders for the in-memory Excel. A format property of a range
 * whose cells differ reads as null, as Excel reports it.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values#null-property-values-in-the-response
 */
import { MemoryClientObject } from './client-object';
import {
  DEFAULT_COLUMN_WIDTH_POINTS,
  DEFAULT_ROW_HEIGHT_POINTS,
  MAX_ROW_HEIGHT_POINTS,
  type BorderIndex,
  type BorderLineStyle,
  type CellFormat,
  type CellState,
  type HorizontalAlignment,
  type VerticalAlignment,
} from './document-state';
import type { DocumentTransaction } from './document-transaction';
import { MemoryOfficeError } from './office-error';
import type { SyncExchange } from './queued-operation';
import { patchFormat, uniformFormat } from './range-cells';
import type { RangeProxy, RangeTarget } from './range-proxy';
import type { MemoryRequestContext } from './request-context';

const HORIZONTAL: readonly HorizontalAlignment[] = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL: readonly VerticalAlignment[] = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const BORDER_INDEXES: readonly BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const BORDER_STYLES: readonly BorderLineStyle[] = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

/** "#rrggbb" is stored as Excel reports it, upper case */
function normaliseColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}

/** the shared shape of format objects: they act on their range's cells */
abstract class RangePartProxy extends MemoryClientObject<RangeTarget> {
  protected constructor(
    context: MemoryRequestContext,
    path: string,
    entity: string,
    protected readonly range: RangeProxy,
  ) {
    super(context, path, entity);
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): RangeTarget | null {
    return this.range.resolve(tx, exchange);
  }

  protected setCellFormat(name: string, value: unknown, patch: () => CellFormat, minimumApi?: string): void {
    this.write(
      name,
      value,
      (target, tx) => patchFormat(tx.contentOf(target.sheetId, `${this.path}.${name}`), target.bounds, patch()),
      minimumApi,
    );
  }

  protected uniform<T>(target: RangeTarget, tx: DocumentTransaction, pick: (cell: CellState) => T): T | null {
    return uniformFormat(tx.existingSheet(target.sheetId, this.path), target.bounds, pick);
  }
}

export class RangeFormatProxy extends RangePartProxy {
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;
  readonly borders: RangeBorderCollectionProxy;

  constructor(context: MemoryRequestContext, path: string, range: RangeProxy) {
    super(context, path, 'RangeFormat', range);
    this.font = new RangeFontProxy(context, `${path}.font`, range);
    this.fill = new RangeFillProxy(context, `${path}.fill`, range);
    this.borders = new RangeBorderCollectionProxy(context, `${path}.borders`, range);
  }

  get wrapText(): boolean | null {
    return this.read('wrapText');
  }

  set wrapText(wrap: boolean) {
    this.setCellFormat('wrapText', wrap, () => ({ wrap }));
  }

  get horizontalAlignment(): HorizontalAlignment | null {
    return this.read('horizontalAlignment');
  }

  set horizontalAlignment(horizontal: HorizontalAlignment) {
    this.setCellFormat('horizontalAlignment', horizontal, () => {
      if (!HORIZONTAL.includes(horizontal)) throw new MemoryOfficeError('InvalidArgument', `"${String(horizontal)}" is not a horizontal alignment.`, `${this.path}.horizontalAlignment`);
      return { horizontal };
    });
  }

  get verticalAlignment(): VerticalAlignment | null {
    return this.read('verticalAlignment');
  }

  set verticalAlignment(vertical: VerticalAlignment) {
    this.setCellFormat('verticalAlignment', vertical, () => {
      if (!VERTICAL.includes(vertical)) throw new MemoryOfficeError('InvalidArgument', `"${String(vertical)}" is not a vertical alignment.`, `${this.path}.verticalAlignment`);
      return { vertical };
    });
  }

  /** points (ExcelApi 1.2); null when the range's columns differ */
  get columnWidth(): number | null {
    return this.read('columnWidth');
  }

  set columnWidth(points: number) {
    this.write(
      'columnWidth',
      points,
      (target, tx) => {
        if (!Number.isFinite(points) || points < 0) throw new MemoryOfficeError('InvalidArgument', 'A column width is a number of points, 0 or more.', `${this.path}.columnWidth`);
        const sheet = tx.contentOf(target.sheetId, `${this.path}.columnWidth`);
        for (let column = target.bounds.left; column <= target.bounds.right; column++) sheet.columnWidths.set(column, points);
      },
      '1.2',
    );
  }

  /** points (ExcelApi 1.2), 0–409; null when the range's rows differ */
  get rowHeight(): number | null {
    return this.read('rowHeight');
  }

  set rowHeight(points: number) {
    this.write(
      'rowHeight',
      points,
      (target, tx) => {
        if (!Number.isFinite(points) || points < 0 || points > MAX_ROW_HEIGHT_POINTS) {
          throw new MemoryOfficeError('InvalidArgument', `A row height is a number of points from 0 to ${MAX_ROW_HEIGHT_POINTS}.`, `${this.path}.rowHeight`);
        }
        const sheet = tx.contentOf(target.sheetId, `${this.path}.rowHeight`);
        for (let row = target.bounds.top; row <= target.bounds.bottom; row++) sheet.rowHeights.set(row, points);
      },
      '1.2',
    );
  }

  protected override scalarNames(): readonly string[] {
    return ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight'];
  }

  protected override captureScalar(target: RangeTarget, name: string, tx: DocumentTransaction): unknown {
    switch (name) {
      case 'wrapText':
        return this.uniform(target, tx, (cell) => cell.format.wrap ?? false);
      case 'horizontalAlignment':
        return this.uniform(target, tx, (cell) => cell.format.horizontal ?? 'General');
      case 'verticalAlignment':
        return this.uniform(target, tx, (cell) => cell.format.vertical ?? 'Bottom');
      case 'rowHeight': {
        const sheet = tx.existingSheet(target.sheetId, this.path);
        const heights = new Set<number>();
        for (let row = target.bounds.top; row <= target.bounds.bottom && heights.size < 2; row++) {
          heights.add(sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT_POINTS);
        }
        return heights.size === 1 ? [...heights][0] : null;
      }
      default: {
        const sheet = tx.existingSheet(target.sheetId, this.path);
        const widths = new Set<number>();
        for (let column = target.bounds.left; column <= target.bounds.right && widths.size < 2; column++) {
          widths.add(sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH_POINTS);
        }
        return widths.size === 1 ? [...widths][0] : null;
      }
    }
  }

  protected override navigation(name: string): MemoryClientObject<unknown> | null {
    if (name === 'font') return this.font as unknown as MemoryClientObject<unknown>;
    if (name === 'fill') return this.fill as unknown as MemoryClientObject<unknown>;
    return null;
  }
}

export class RangeFontProxy extends RangePartProxy {
  constructor(context: MemoryRequestContext, path: string, range: RangeProxy) {
    super(context, path, 'RangeFont', range);
  }

  get bold(): boolean | null {
    return this.read('bold');
  }

  set bold(bold: boolean) {
    this.setCellFormat('bold', bold, () => ({ bold }));
  }

  get italic(): boolean | null {
    return this.read('italic');
  }

  set italic(italic: boolean) {
    this.setCellFormat('italic', italic, () => ({ italic }));
  }

  get color(): string | null {
    return this.read('color');
  }

  set color(color: string) {
    this.setCellFormat('color', color, () => ({ fontColor: normaliseColor(color) }));
  }

  get size(): number | null {
    return this.read('size');
  }

  set size(size: number) {
    this.setCellFormat('size', size, () => {
      if (!Number.isFinite(size) || size < 1 || size > 409) throw new MemoryOfficeError('InvalidArgument', 'A font size lies between 1 and 409 points.', `${this.path}.size`);
      return { fontSize: size };
    });
  }

  get name(): string | null {
    return this.read('name');
  }

  set name(name: string) {
    this.setCellFormat('name', name, () => ({ fontName: name }));
  }

  protected override scalarNames(): readonly string[] {
    return ['bold', 'italic', 'color', 'size', 'name'];
  }

  protected override captureScalar(target: RangeTarget, name: string, tx: DocumentTransaction): unknown {
    switch (name) {
      case 'bold':
        return this.uniform(target, tx, (cell) => cell.format.bold ?? false);
      case 'italic':
        return this.uniform(target, tx, (cell) => cell.format.italic ?? false);
      case 'color':
        return this.uniform(target, tx, (cell) => cell.format.fontColor ?? '#000000');
      case 'size':
        return this.uniform(target, tx, (cell) => cell.format.fontSize ?? 11);
      default:
        return this.uniform(target, tx, (cell) => cell.format.fontName ?? 'Calibri');
    }
  }
}

export class RangeFillProxy extends RangePartProxy {
  constructor(context: MemoryRequestContext, path: string, range: RangeProxy) {
    super(context, path, 'RangeFill', range);
  }

  /** "#RRGGBB"; Excel reports "#FFFFFF" for no fill */
  get color(): string | null {
    return this.read('color');
  }

  set color(color: string) {
    this.setCellFormat('color', color, () => ({ fill: normaliseColor(color) }));
  }

  clear(): void {
    this.invoke('clear', [], (target, tx) => {
      const sheet = tx.contentOf(target.sheetId, `${this.path}.clear`);
      patchFormat(sheet, target.bounds, { fill: undefined });
    });
  }

  protected override scalarNames(): readonly string[] {
    return ['color'];
  }

  protected override captureScalar(target: RangeTarget, _name: string, tx: DocumentTransaction): unknown {
    return this.uniform(target, tx, (cell) => cell.format.fill ?? '#FFFFFF');
  }
}

export class RangeBorderCollectionProxy {
  constructor(
    private readonly context: MemoryRequestContext,
    private readonly path: string,
    private readonly range: RangeProxy,
  ) {}

  getItem(index: BorderIndex): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this.path}.getItem(${JSON.stringify(index)})`, this.range, index);
  }
}

/**
 * One border of the range. The stand-in keeps a border per cell and side kind, which is what the
 * add-in needs to check ("has a continuous top edge"), not Excel's full edge geometry.
 */
export class RangeBorderProxy extends RangePartProxy {
  constructor(
    context: MemoryRequestContext,
    path: string,
    range: RangeProxy,
    private readonly index: BorderIndex,
  ) {
    super(context, path, 'RangeBorder', range);
  }

  get style(): BorderLineStyle | null {
    return this.read('style');
  }

  set style(style: BorderLineStyle) {
    this.setCellFormat('style', style, () => {
      if (!BORDER_INDEXES.includes(this.index)) throw new MemoryOfficeError('InvalidArgument', `"${String(this.index)}" is not a border index.`, this.path);
      if (!BORDER_STYLES.includes(style)) throw new MemoryOfficeError('InvalidArgument', `"${String(style)}" is not a border style.`, `${this.path}.style`);
      return { borders: { [this.index]: style } };
    });
  }

  protected override scalarNames(): readonly string[] {
    return ['style'];
  }

  protected override captureScalar(target: RangeTarget, _name: string, tx: DocumentTransaction): unknown {
    return this.uniform(target, tx, (cell) => cell.format.borders?.[this.index] ?? 'None');
  }
}
