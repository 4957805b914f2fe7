/**
 * Worksheet onChanged, as Excel raises it: after the batch that changed the data, for every change —
 * the add-in's own writes included — with who made it (source Local/Remote, and from ExcelApi 1.14 the
 * triggerSource ThisLocalAddin/Unknown). Handlers run asynchronously, after the sync has resolved.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 */
import { formatBounds, type Bounds } from './range-address';

export type EventSource = 'Local' | 'Remote';
export type EventTriggerSource = 'ThisLocalAddin' | 'Unknown';

/** Excel.WorksheetChangedEventArgs, as far as the stand-in fills it */
export interface MemoryWorksheetChangedEventArgs {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
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
}

interface Registration {
  scope: HandlerScope;
  handler: ChangedHandler;
}

export class ChangeEventRegistry {
  private readonly registrations = new Map<number, Registration>();
  private nextToken = 1;

  register(scope: HandlerScope, handler: ChangedHandler): number {
    const token = this.nextToken++;
    this.registrations.set(token, { scope, handler });
    return token;
  }

  unregister(token: number): void {
    this.registrations.delete(token);
  }

  get handlerCount(): number {
    return this.registrations.size;
  }

  /** calls the handlers for each notice; a handler's failure does not stop the others (as in Excel) */
  dispatch(notices: readonly ChangeNotice[], withTriggerSource: boolean): void {
    for (const notice of notices) {
      const args: MemoryWorksheetChangedEventArgs = {
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source: notice.source,
        worksheetId: notice.sheetId,
        address: formatBounds(notice.bounds),
      };
      if (withTriggerSource) args.triggerSource = notice.triggerSource;
      for (const { scope, handler } of [...this.registrations.values()]) {
        if (scope.kind === 'sheet' && scope.sheetId !== notice.sheetId) continue;
        try {
          const outcome = handler({ ...args });
          if (outcome instanceof Promise) outcome.catch(() => undefined);
        } catch {
          // Excel ignores what a handler throws; so does the stand-in
        }
      }
    }
  }
}
