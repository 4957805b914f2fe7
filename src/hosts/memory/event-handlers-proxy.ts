/**
 * `worksheet.onChanged` / `worksheets.onChanged`, `worksheets.onAdded` / `onDeleted` / `onNameChanged`:
 * `add(handler)` registers at the next sync and returns a result whose `remove()` unregisters at the
 * sync after it, as in Office.js.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#register-an-event-handler
 */
import type { ChangedHandler, HandlerScope, MemoryWorksheetChangedEventArgs } from './change-events';
import type { DocumentTransaction } from './document-transaction';
import type { SyncExchange } from './queued-operation';
import type { MemoryRequestContext } from './request-context';
import type { MemoryWorksheetCollectionEventArgs, SheetCollectionEventType, SheetCollectionHandler } from './sheet-collection-events';

export class EventHandlerResultProxy {
  /** @internal set once the handler is registered */
  unregister: (() => void) | null = null;
  private removed = false;

  constructor(readonly context: MemoryRequestContext) {}

  remove(): void {
    this.context.enqueue({
      request: { action: 'removeHandler' },
      apply: (_tx, exchange) =>
        exchange.afterCommit(() => {
          if (this.unregister && !this.removed) this.unregister();
          this.removed = true;
        }),
    });
  }
}

export class ChangedEventHandlersProxy {
  constructor(
    private readonly context: MemoryRequestContext,
    private readonly path: string,
    private readonly scopeOf: (tx: DocumentTransaction, exchange: SyncExchange) => HandlerScope,
    private readonly minimumApi: string,
  ) {}

  add(handler: (args: MemoryWorksheetChangedEventArgs) => Promise<unknown>): EventHandlerResultProxy {
    const result = new EventHandlerResultProxy(this.context);
    this.context.enqueue({
      request: { action: 'addHandler', object: this.path, event: 'onChanged' },
      minimumApi: this.minimumApi,
      apply: (tx, exchange) => {
        const scope = this.scopeOf(tx, exchange);
        exchange.afterCommit(() => {
          const host = this.context.host;
          const token = host.registerChangeHandler(scope, handler as ChangedHandler);
          result.unregister = () => host.unregisterChangeHandler(token);
        });
      },
    });
    return result;
  }
}

/** the office.js name of each sheet collection event, and the ExcelApi set that brought it */
const SHEET_COLLECTION_EVENTS: Record<SheetCollectionEventType, { event: string; minimumApi: string }> = {
  WorksheetAdded: { event: 'onAdded', minimumApi: '1.7' },
  WorksheetDeleted: { event: 'onDeleted', minimumApi: '1.7' },
  WorksheetNameChanged: { event: 'onNameChanged', minimumApi: '1.17' },
};

/** `worksheets.onAdded` / `worksheets.onDeleted` (ExcelApi 1.7), `worksheets.onNameChanged` (ExcelApi 1.17) */
export class SheetCollectionEventHandlersProxy<T extends SheetCollectionEventType> {
  constructor(
    private readonly context: MemoryRequestContext,
    private readonly path: string,
    private readonly type: T,
  ) {}

  add(handler: (args: MemoryWorksheetCollectionEventArgs<T>) => Promise<unknown>): EventHandlerResultProxy {
    const result = new EventHandlerResultProxy(this.context);
    const { event, minimumApi } = SHEET_COLLECTION_EVENTS[this.type];
    this.context.enqueue({
      request: { action: 'addHandler', object: this.path, event },
      minimumApi,
      apply: (_tx, exchange) => {
        exchange.afterCommit(() => {
          const host = this.context.host;
          // the registry calls it only with events of this type
          const token = host.registerSheetCollectionHandler(this.type, handler as SheetCollectionHandler);
          result.unregister = () => host.unregisterSheetCollectionHandler(token);
        });
      },
    });
    return result;
  }
}
