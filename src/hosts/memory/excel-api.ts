/**
 * `createExcelApi(workbook)`: an object shaped like the global `Excel` namespace, working on a
 * MemoryWorkbook, so the same production code runs against it in tests and in the playground.
 */
import type { MemoryWorkbook } from './memory-workbook';
import { MemoryOfficeError } from './office-error';
import { MemoryRequestContext } from './request-context';

export interface MemoryRunOptions {
  delayForCellEdit?: boolean;
  /** OfficeExtension.RunOptions.previousObjects: run on the context of earlier objects */
  previousObjects?: unknown;
}

type Batch<T> = (context: MemoryRequestContext) => Promise<T>;

export interface MemoryExcelApi {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: MemoryRunOptions, batch: Batch<T>): Promise<T>;
  run<T>(contextOrObject: MemoryRequestContext | { context: MemoryRequestContext }, batch: Batch<T>): Promise<T>;
  /** new Excel.RequestContext() */
  RequestContext: new () => MemoryRequestContext;
  EventSource: { readonly local: 'Local'; readonly remote: 'Remote' };
  EventTriggerSource: { readonly unknown: 'Unknown'; readonly thisLocalAddin: 'ThisLocalAddin' };
  SheetVisibility: { readonly visible: 'Visible'; readonly hidden: 'Hidden'; readonly veryHidden: 'VeryHidden' };
  ErrorCodes: {
    readonly accessDenied: 'AccessDenied';
    readonly apiNotFound: 'ApiNotFound';
    readonly invalidArgument: 'InvalidArgument';
    readonly invalidOperation: 'InvalidOperation';
    readonly invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode';
    readonly invalidReference: 'InvalidReference';
    readonly itemAlreadyExists: 'ItemAlreadyExists';
    readonly itemNotFound: 'ItemNotFound';
  };
  /** the document behind this API (tests and the playground look at it) */
  readonly workbook: MemoryWorkbook;
}

export function createExcelApi(workbook: MemoryWorkbook): MemoryExcelApi {
  function contextFor(first: unknown): MemoryRequestContext {
    if (first instanceof MemoryRequestContext) return first;
    const holder = first as { context?: unknown; previousObjects?: unknown; delayForCellEdit?: unknown } | undefined;
    if (holder?.context instanceof MemoryRequestContext) return holder.context;
    if (holder && holder.previousObjects !== undefined) return contextFor(holder.previousObjects);
    return new MemoryRequestContext(workbook, { delayForCellEdit: holder?.delayForCellEdit === true });
  }

  // Excel.run: the batch must return a promise; what it left queued is synced when it ends
  async function run<T>(...args: [Batch<T>] | [unknown, Batch<T>]): Promise<T> {
    const batch = (args.length === 1 ? args[0] : args[1]) as Batch<T>;
    const context = contextFor(args.length === 1 ? undefined : args[0]);
    const outcome: unknown = batch(context);
    if (!(outcome instanceof Promise)) {
      throw new MemoryOfficeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\'t return a promise.');
    }
    const result = (await outcome) as T;
    if (context.hasPending) await context.sync();
    return result;
  }

  return {
    run: run as MemoryExcelApi['run'],
    RequestContext: class extends MemoryRequestContext {
      constructor() {
        super(workbook);
      }
    },
    EventSource: { local: 'Local', remote: 'Remote' },
    EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      apiNotFound: 'ApiNotFound',
      invalidArgument: 'InvalidArgument',
      invalidOperation: 'InvalidOperation',
      invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
      invalidReference: 'InvalidReference',
      itemAlreadyExists: 'ItemAlreadyExists',
      itemNotFound: 'ItemNotFound',
    },
    workbook,
  };
}
