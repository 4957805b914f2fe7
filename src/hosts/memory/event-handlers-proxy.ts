/**
 * `worksheet.onChanged` / `worksheets.onChanged`: `add(handler)` registers at the next sync and
 * returns a result whose `remove()` unregisters at the sync after it, as in Office.js.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#register-an-event-handler
 */
import type { ChangedHandler, HandlerScope, MemoryWorksheetChangedEventArgs } from './change-events';
import type { DocumentTransaction } from './document-transaction';
import type { SyncExchange } from './queued-operation';
import type { MemoryRequestContext } from './request-context';

export class EventHandlerResultProxy {
  /** @internal */ token: number | null = null;
  private removed = false;

  constructor(readonly context: MemoryRequestContext) {}

  remove(): void {
    this.context.enqueue({
      request: { action: 'removeHandler' },
      apply: (_tx, exchange) =>
        exchange.afterCommit(() => {
          if (this.token !== null && !this.removed) this.context.host.unregisterChangeHandler(this.token);
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
          result.token = this.context.host.registerChangeHandler(scope, handler as ChangedHandler);
        });
      },
    });
    return result;
  }
}
