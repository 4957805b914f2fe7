/**
 * Excel.RequestContext for the in-memory Excel: it queues what the proxies ask for and sends the
 * queue to the workbook at `sync()`, one round trip per call, as Office.js does.
 */
import type { MemoryWorkbook } from './memory-workbook';
import type { QueuedOperation } from './queued-operation';
import type { LoadOption } from './load-options';
import { WorkbookProxy } from './workbook-proxy';

export interface RequestContextOptions {
  /** Excel.RunOptions.delayForCellEdit: wait for the user to leave cell edit mode instead of failing */
  delayForCellEdit: boolean;
}

export class MemoryRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: WorkbookProxy['application'];
  /** Office.js keeps proxies alive across runs through trackedObjects; memory proxies live as long as they are referenced */
  readonly trackedObjects = {
    add(_object: unknown): void {},
    remove(_object: unknown): void {},
  };
  private pending: QueuedOperation[] = [];

  constructor(
    /** @internal */ readonly host: MemoryWorkbook,
    private readonly options: RequestContextOptions = { delayForCellEdit: false },
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  /** context.load(object, option) is the same as object.load(option) */
  load<T extends { load(option?: LoadOption): T }>(object: T, option?: LoadOption): T {
    return object.load(option);
  }

  /** @internal */
  enqueue(operation: QueuedOperation): void {
    this.pending.push(operation);
  }

  /** @internal whether anything waits for a sync (Excel.run syncs it when the batch ends) */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** runs the queued operations in one round trip; an empty queue costs nothing, as in Office.js */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const operations = this.pending;
    this.pending = [];
    if (operations.length > 0) await this.host.execute(operations, this.options);
    else await Promise.resolve();
    return passThroughValue;
  }
}
