/** context.workbook and context.application for the in-memory Excel. */
import { queueInstantiation } from './client-object';
import { RangeProxy } from './range-proxy';
import type { MemoryRequestContext } from './request-context';
import { WorksheetCollectionProxy } from './worksheet-collection-proxy';

export class ApplicationProxy {
  constructor(private readonly context: MemoryRequestContext) {}

  /**
   * ExcelApi 1.6. The stand-in does not calculate; the sync that carries the call is marked in the
   * workbook's sync log, so tests can check that bulk writes ask for it.
   * learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-calculation-temporarily
   */
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      request: { action: 'method', object: 'application', method: 'suspendApiCalculationUntilNextSync', args: [] },
      minimumApi: '1.6',
      apply: () => undefined,
    });
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(private readonly context: MemoryRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.application = new ApplicationProxy(context);
  }

  getSelectedRange(): RangeProxy {
    const range = new RangeProxy(this.context, 'workbook.getSelectedRange()', { kind: 'selection' });
    queueInstantiation(range, {});
    return range;
  }
}
