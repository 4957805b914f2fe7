/**
 * Excel.Worksheet for the in-memory Excel, with its protection, freeze panes, page layout and
 * onChanged. The object is found at the sync (by name or id, as added, or the active one) and keeps
 * pointing at the same sheet afterwards, through renames, as Excel's object ids do.
 */
import { LAST_ROW } from '../../workbook/cells/cell-range';
import { MemoryClientObject, queueInstantiation } from './client-object';
import type { PageOrientation, SheetVisibility } from './document-state';
import { sameSheetName, sheetNameProblem } from './document-state';
import type { DocumentTransaction } from './document-transaction';
import { ChangedEventHandlersProxy } from './event-handlers-proxy';
import { MemoryOfficeError } from './office-error';
import type { SyncExchange } from './queued-operation';
import { RangeProxy } from './range-proxy';
import type { MemoryRequestContext } from './request-context';

export type SheetLookup =
  | { kind: 'key'; key: string; orNull: boolean }
  | { kind: 'add'; name: string | undefined }
  | { kind: 'active' }
  | { kind: 'known'; id: string }
  | { kind: 'derived'; find: (tx: DocumentTransaction, exchange: SyncExchange) => string | null };

const VISIBILITIES: readonly SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class WorksheetProxy extends MemoryClientObject<string> {
  readonly protection: WorksheetProtectionProxy;
  readonly freezePanes: WorksheetFreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly onChanged: ChangedEventHandlersProxy;
  private committedId: string | null | undefined;
  private readonly inTransaction = new WeakMap<DocumentTransaction, string | null>();

  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly lookup: SheetLookup,
  ) {
    super(context, path, 'Worksheet');
    if (lookup.kind === 'known') this.committedId = lookup.id;
    this.protection = new WorksheetProtectionProxy(context, `${path}.protection`, this);
    this.freezePanes = new WorksheetFreezePanesProxy(context, `${path}.freezePanes`, this);
    this.pageLayout = new PageLayoutProxy(context, `${path}.pageLayout`, this);
    this.onChanged = new ChangedEventHandlersProxy(
      context,
      path,
      (tx, exchange) => ({ kind: 'sheet', sheetId: this.requireId(tx, exchange) }),
      '1.7',
    );
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.write('name', name, (id, tx) => {
      const problem = sheetNameProblem(name);
      if (problem) throw new MemoryOfficeError('InvalidArgument', problem, `${this.path}.name`);
      const clash = tx.sheetByName(name);
      if (clash && clash.id !== id) throw new MemoryOfficeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`, `${this.path}.name`);
      tx.renameSheet(id, name, this.path);
    });
  }

  get position(): number {
    return this.read('position');
  }

  get visibility(): SheetVisibility {
    return this.read('visibility');
  }

  set visibility(visibility: SheetVisibility) {
    this.write(
      'visibility',
      visibility,
      (id, tx) => {
        if (!VISIBILITIES.includes(visibility)) throw new MemoryOfficeError('InvalidArgument', `"${String(visibility)}" is not a sheet visibility.`, `${this.path}.visibility`);
        const sheet = tx.propertiesOf(id, this.path);
        if (visibility !== 'Visible' && tx.sheets.every((other) => other.id === id || other.visibility !== 'Visible')) {
          throw new MemoryOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', `${this.path}.visibility`);
        }
        sheet.visibility = visibility;
        if (visibility !== 'Visible' && tx.activeSheetId === id) tx.activeSheetId = tx.sheets.find((other) => other.visibility === 'Visible')!.id;
      },
      '1.2',
    );
  }

  getRange(address?: string): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, { kind: 'address', sheet: this, address });
    queueInstantiation(range, {});
    return range;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, {
      kind: 'indexes',
      sheet: this,
      row: startRow,
      column: startColumn,
      rowCount,
      columnCount,
    });
    queueInstantiation(range, {}, '1.7');
    return range;
  }

  getCell(row: number, column: number): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.getCell(${row},${column})`, { kind: 'indexes', sheet: this, row, column, rowCount: 1, columnCount: 1 });
    queueInstantiation(range, {});
    return range;
  }

  /** an empty sheet's used range is A1 */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.getUsedRange(${valuesOnly === true})`, { kind: 'used', sheet: this, valuesOnly: valuesOnly === true, orNull: false });
    queueInstantiation(range, {}, valuesOnly === undefined ? undefined : '1.2');
    return range;
  }

  /** a null object for an empty sheet */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`, {
      kind: 'used',
      sheet: this,
      valuesOnly: valuesOnly === true,
      orNull: true,
    });
    queueInstantiation(range, {}, '1.4');
    return range;
  }

  activate(): void {
    this.invoke('activate', [], (id, tx) => {
      const sheet = tx.existingSheet(id, this.path);
      if (sheet.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.', `${this.path}.activate`);
      tx.activeSheetId = id;
      tx.selection = { sheetId: id, bounds: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  delete(): void {
    this.invoke('delete', [], (id, tx) => tx.deleteSheet(id, `${this.path}.delete`));
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): string | null {
    if (this.committedId !== undefined) {
      if (this.committedId === null) return null;
      tx.existingSheet(this.committedId, this.path);
      return this.committedId;
    }
    if (this.inTransaction.has(tx)) return this.inTransaction.get(tx)!;
    const id = this.find(tx, exchange);
    this.inTransaction.set(tx, id);
    exchange.afterCommit(() => {
      this.committedId = id;
    });
    return id;
  }

  /** @internal the sheet's id, or ItemNotFound for a null object */
  requireId(tx: DocumentTransaction, exchange: SyncExchange): string {
    return this.target(tx, exchange);
  }

  protected override scalarNames(): readonly string[] {
    return ['id', 'name', 'position', 'visibility'];
  }

  protected override captureScalar(id: string, name: string, tx: DocumentTransaction): unknown {
    const sheet = tx.existingSheet(id, this.path);
    switch (name) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return tx.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  protected override navigation(name: string): MemoryClientObject<unknown> | null {
    if (name === 'protection') return this.protection as MemoryClientObject<unknown>;
    if (name === 'pageLayout') return this.pageLayout as MemoryClientObject<unknown>;
    return null;
  }

  private find(tx: DocumentTransaction, exchange: SyncExchange): string | null {
    const lookup = this.lookup;
    switch (lookup.kind) {
      case 'key': {
        const sheet = tx.sheets.find((candidate) => candidate.id === lookup.key || sameSheetName(candidate.name, lookup.key));
        if (sheet) return sheet.id;
        if (lookup.orNull) return null;
        throw new MemoryOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${lookup.key}".`, this.path);
      }
      case 'add':
        return tx.addSheet(lookup.name, this.path).id;
      case 'active': {
        if (tx.activeSheetId === null) throw new MemoryOfficeError('ItemNotFound', 'There is no active worksheet.', this.path);
        return tx.activeSheetId;
      }
      case 'known':
        return tx.existingSheet(lookup.id, this.path).id;
      case 'derived':
        return lookup.find(tx, exchange);
    }
  }
}

/** worksheet.protection: whether the sheet refuses changes (ExcelApi 1.2) */
export class WorksheetProtectionProxy extends MemoryClientObject<string> {
  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context, path, 'WorksheetProtection');
  }

  get protected(): boolean {
    return this.read('protected');
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): string | null {
    return this.sheet.resolve(tx, exchange);
  }

  protected override scalarNames(): readonly string[] {
    return ['protected'];
  }

  protected override captureScalar(id: string, _name: string, tx: DocumentTransaction): unknown {
    return tx.existingSheet(id, this.path).protected;
  }
}

/** worksheet.freezePanes (ExcelApi 1.7) */
export class WorksheetFreezePanesProxy extends MemoryClientObject<string> {
  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context, path, 'WorksheetFreezePanes');
  }

  freezeRows(count?: number): void {
    this.invoke(
      'freezeRows',
      [count ?? 1],
      (id, tx) => {
        const rows = count ?? 1;
        if (!Number.isInteger(rows) || rows < 0) throw new MemoryOfficeError('InvalidArgument', 'freezeRows needs a row count of 0 or more.', `${this.path}.freezeRows`);
        tx.contentOf(id, this.path).frozenRows = rows;
      },
      '1.7',
    );
  }

  unfreeze(): void {
    this.invoke('unfreeze', [], (id, tx) => {
      tx.contentOf(id, this.path).frozenRows = 0;
    }, '1.7');
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): string | null {
    return this.sheet.resolve(tx, exchange);
  }

  protected override scalarNames(): readonly string[] {
    return [];
  }

  protected override captureScalar(): unknown {
    return undefined;
  }
}

export interface PageLayoutZoomOptions {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/** worksheet.pageLayout (ExcelApi 1.9) */
export class PageLayoutProxy extends MemoryClientObject<string> {
  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context, path, 'PageLayout');
  }

  get orientation(): PageOrientation {
    return this.read('orientation');
  }

  set orientation(orientation: PageOrientation) {
    this.write('orientation', orientation, (id, tx) => {
      if (orientation !== 'Portrait' && orientation !== 'Landscape') throw new MemoryOfficeError('InvalidArgument', `"${String(orientation)}" is not a page orientation.`, `${this.path}.orientation`);
      tx.contentOf(id, this.path).pageLayout.orientation = orientation;
    }, '1.9');
  }

  get paperSize(): string {
    return this.read('paperSize');
  }

  set paperSize(paperSize: string) {
    this.write('paperSize', paperSize, (id, tx) => {
      tx.contentOf(id, this.path).pageLayout.paperSize = paperSize;
    }, '1.9');
  }

  get zoom(): PageLayoutZoomOptions {
    return this.read('zoom');
  }

  set zoom(zoom: PageLayoutZoomOptions) {
    this.write('zoom', zoom, (id, tx) => {
      const layout = tx.contentOf(id, this.path).pageLayout;
      layout.fitToPagesWide = zoom.horizontalFitToPages ?? null;
      layout.fitToPagesTall = zoom.verticalFitToPages ?? null;
    }, '1.9');
  }

  /** As Excel: the range must be whole rows ("$1:$2", "1:1"); anything else is an InvalidArgument at sync. */
  setPrintTitleRows(printTitleRows: string): void {
    this.invoke(
      'setPrintTitleRows',
      [printTitleRows],
      (id, tx) => {
        const rows = wholeRows(printTitleRows);
        if (!rows) throw new MemoryOfficeError('InvalidArgument', `"${printTitleRows}" is not a range of whole rows.`, `${this.path}.setPrintTitleRows`);
        tx.contentOf(id, this.path).pageLayout.printTitleRows = rows;
      },
      '1.9',
    );
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): string | null {
    return this.sheet.resolve(tx, exchange);
  }

  protected override scalarNames(): readonly string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }

  protected override captureScalar(id: string, name: string, tx: DocumentTransaction): unknown {
    const layout = tx.existingSheet(id, this.path).pageLayout;
    if (name === 'orientation') return layout.orientation;
    if (name === 'paperSize') return layout.paperSize;
    const zoom: PageLayoutZoomOptions = {};
    if (layout.fitToPagesWide !== null) zoom.horizontalFitToPages = layout.fitToPagesWide;
    if (layout.fitToPagesTall !== null) zoom.verticalFitToPages = layout.fitToPagesTall;
    if (layout.fitToPagesWide === null && layout.fitToPagesTall === null) zoom.scale = 100;
    return zoom;
  }
}

/** "$1:$2" or "1:2" as 1-based rows, first ≤ last; null for anything that is not whole rows */
function wholeRows(address: string): { first: number; last: number } | null {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (!match) return null;
  const [first, last] = [Number(match[1]), Number(match[2])];
  return first >= 1 && first <= last && last <= LAST_ROW ? { first, last } : null;
}
