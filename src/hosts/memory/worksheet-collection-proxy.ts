/**
 * workbook.worksheets for the in-memory Excel: getItem (ItemNotFound at sync when missing),
 * getItemOrNullObject (isNullObject after sync), add, getActiveWorksheet, `items` after a load,
 * onChanged for every sheet (ExcelApi 1.9), onAdded / onDeleted (ExcelApi 1.7) and onNameChanged (ExcelApi 1.17).
 * learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 */
import { MemoryClientObject, queueInstantiation, type LoadSnapshot } from './client-object';
import type { DocumentTransaction } from './document-transaction';
import { ChangedEventHandlersProxy, SheetCollectionEventHandlersProxy } from './event-handlers-proxy';
import { MemoryOfficeError } from './office-error';
import type { SyncExchange } from './queued-operation';
import type { RangeProxy } from './range-proxy';
import type { MemoryRequestContext } from './request-context';
import { WorksheetProxy } from './worksheet-proxy';

const WORKSHEET_PROPERTIES = ['id', 'name', 'position', 'visibility'];

interface LoadedItem {
  id: string;
  values: Record<string, unknown>;
}

export class WorksheetCollectionProxy extends MemoryClientObject<'worksheets'> {
  readonly onChanged: ChangedEventHandlersProxy;
  readonly onAdded: SheetCollectionEventHandlersProxy<'WorksheetAdded'>;
  readonly onDeleted: SheetCollectionEventHandlersProxy<'WorksheetDeleted'>;
  readonly onNameChanged: SheetCollectionEventHandlersProxy<'WorksheetNameChanged'>;

  constructor(context: MemoryRequestContext) {
    super(context, 'workbook.worksheets', 'WorksheetCollection');
    this.onChanged = new ChangedEventHandlersProxy(context, this.path, () => ({ kind: 'allSheets' }), '1.9');
    this.onAdded = new SheetCollectionEventHandlersProxy(context, this.path, 'WorksheetAdded');
    this.onDeleted = new SheetCollectionEventHandlersProxy(context, this.path, 'WorksheetDeleted');
    this.onNameChanged = new SheetCollectionEventHandlersProxy(context, this.path, 'WorksheetNameChanged');
  }

  /** the sheets, after `load("items/name")` (or `load("name")`) and a sync */
  get items(): WorksheetProxy[] {
    return this.read('items');
  }

  getItem(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, { kind: 'key', key, orNull: false });
    queueInstantiation(sheet, {});
    return sheet;
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, { kind: 'key', key, orNull: true });
    queueInstantiation(sheet, {}, '1.4');
    return sheet;
  }

  /** a new sheet at the end; ItemAlreadyExists at sync when the name is taken */
  add(name?: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, `${this.path}.add(${JSON.stringify(name ?? '')})`, { kind: 'add', name });
    queueInstantiation(sheet, {});
    return sheet;
  }

  getActiveWorksheet(): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, `${this.path}.getActiveWorksheet()`, { kind: 'active' });
    queueInstantiation(sheet, {});
    return sheet;
  }

  /** @internal range.worksheet */
  sheetOfRange(range: RangeProxy): WorksheetProxy {
    return new WorksheetProxy(this.context, `${range.path}.worksheet`, {
      kind: 'derived',
      find: (tx, exchange) => range.resolve(tx, exchange)?.sheetId ?? null,
    });
  }

  override resolve(): 'worksheets' {
    return 'worksheets';
  }

  /** `load("items/name")`, `load("name, visibility")` and `load()` all bring the items */
  override capture(tx: DocumentTransaction, _exchange: SyncExchange, paths: string[][]): LoadSnapshot {
    const properties = new Set<string>();
    for (const path of paths) {
      const rest = path[0] === 'items' ? path.slice(1) : path;
      if (rest.length === 0) WORKSHEET_PROPERTIES.forEach((name) => properties.add(name));
      else if (rest.length === 1 && WORKSHEET_PROPERTIES.includes(rest[0])) properties.add(rest[0]);
      else throw new MemoryOfficeError('InvalidArgument', `"${path.join('/')}" cannot be loaded on the worksheet collection.`, `${this.path}.load`);
    }
    if (paths.length === 0) WORKSHEET_PROPERTIES.forEach((name) => properties.add(name));
    const items: LoadedItem[] = tx.sheets.map((sheet, position) => {
      const all: Record<string, unknown> = { id: sheet.id, name: sheet.name, position, visibility: sheet.visibility };
      return { id: sheet.id, values: Object.fromEntries([...properties].map((name) => [name, all[name]])) };
    });
    return { isNull: false, scalars: new Map<string, unknown>([['items', items]]), children: new Map() };
  }

  override receive(snapshot: LoadSnapshot): void {
    const loaded = snapshot.scalars.get('items') as LoadedItem[];
    const proxies = loaded.map((item) => {
      const sheet = new WorksheetProxy(this.context, `${this.path}.getItem(${JSON.stringify(item.id)})`, { kind: 'known', id: item.id });
      sheet.receive({ isNull: false, scalars: new Map(Object.entries(item.values)), children: new Map() });
      return sheet;
    });
    super.receive({ isNull: false, scalars: new Map<string, unknown>([['items', proxies]]), children: new Map() });
  }

  protected override scalarNames(): readonly string[] {
    return ['items'];
  }

  protected override captureScalar(): unknown {
    return undefined;
  }
}
