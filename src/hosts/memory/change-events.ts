/**
 * Worksheet onChanged, as Excel raises it: after the batch that changed the data, for every change —
 * the add-in's own writes included — with who made it (source Local/Remote, and from ExcelApi 1.14 the
 * triggerSource ThisLocalAddin/Unknown). Handlers run asynchronously, after the sync has resolved.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 */
import { HandlerRegistry } from './handler-registry';
import { formatBounds, type Bounds } from './range-address';

export type EventSource = 'Local' | 'Remote';
export type EventTriggerSource = 'ThisLocalAddin' | 'Unknown';
/** Excel.DataChangeType, as far as the stand-in raises it */
export type DataChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';

/** Excel.WorksheetChangedEventArgs, as far as the stand-in fills it */
export interface MemoryWorksheetChangedEventArgs {
  type: 'WorksheetChanged';
  changeType: DataChangeType;
  source: EventSource;
  worksheetId: string;
  /** the changed range, without the sheet name ("B2:D4") */
  address: string;
  /** present from ExcelApi 1.14 */
  triggerSource?: EventTriggerSource;
}

export type ChangedHandler = (args: MemoryWorksheetChangedEventArgs) => Promise<unknown> | unknown;

export type HandlerScope = { kind: 'sheet'; sheetId: string } | { kind: 'allSheets' };

export interface ChangeNotice {
  sheetId: string;
  bounds: Bounds;
  source: EventSource;
  triggerSource: EventTriggerSource;
  /** RangeEdited when absent */
  changeType?: DataChangeType;
  /** the address Excel gives, when not the bounds' (whole rows "5:6", whole columns "M:M") */
  address?: string;
}

interface Registration {
  scope: HandlerScope;
  handler: ChangedHandler;
}

export class ChangeEventRegistry extends HandlerRegistry<Registration> {
  register(scope: HandlerScope, handler: ChangedHandler): number {
    return this.add({ scope, handler });
  }

  /**
   * The handler calls for the notices, bound to the handlers registered now, when the change happens
   * (they run later): a handler added just after the change never hears it, which is the gap when
   * handlers are moved by removing the old ones first, and a handler removed after the change may
   * still be called with it, as an event already on its way can arrive. Office does not say which
   * handlers a change in flight reaches; the stand-in takes the case harder on the add-in each way.
   */
  deliveries(notices: readonly ChangeNotice[], withTriggerSource: boolean): Array<() => void> {
    const calls: Array<() => void> = [];
    for (const notice of notices) {
      const args: MemoryWorksheetChangedEventArgs = {
        type: 'WorksheetChanged',
        changeType: notice.changeType ?? 'RangeEdited',
        source: notice.source,
        worksheetId: notice.sheetId,
        address: notice.address ?? formatBounds(notice.bounds),
      };
      if (withTriggerSource) args.triggerSource = notice.triggerSource;
      for (const { scope, handler } of this.registered()) {
        if (scope.kind === 'sheet' && scope.sheetId !== notice.sheetId) continue;
        calls.push(() => callHandler(handler, { ...args }));
      }
    }
    return calls;
  }
}

/** calls an event handler as Excel does: what it throws or rejects with is ignored */
export function callHandler<A>(handler: (args: A) => unknown, args: A): void {
  try {
    const outcome = handler(args);
    if (outcome instanceof Promise) outcome.catch(() => undefined);
  } catch {
    // Excel ignores what a handler throws; so does the stand-in
  }
}
