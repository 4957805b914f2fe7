/**
 * `worksheets.onAdded` and `worksheets.onDeleted` (ExcelApi 1.7), as Excel raises them: after the
 * batch (or the person's action) that added or deleted a sheet, for every such change — the add-in's
 * own `worksheets.add()` included — with the sheet's id and the source (Local/Remote). Unlike
 * onChanged, their arguments carry no triggerSource in any ExcelApi version, and no sheet name.
 * learn.microsoft.com/javascript/api/excel/excel.worksheetaddedeventargs
 * learn.microsoft.com/javascript/api/excel/excel.worksheetdeletedeventargs
 */
import { callHandler, type EventSource } from './change-events';
import { HandlerRegistry } from './handler-registry';

export type SheetCollectionEventType = 'WorksheetAdded' | 'WorksheetDeleted';

/** Excel.WorksheetAddedEventArgs / Excel.WorksheetDeletedEventArgs */
export interface MemoryWorksheetCollectionEventArgs<T extends SheetCollectionEventType = SheetCollectionEventType> {
  type: T;
  source: EventSource;
  worksheetId: string;
}

export type MemoryWorksheetAddedEventArgs = MemoryWorksheetCollectionEventArgs<'WorksheetAdded'>;
export type MemoryWorksheetDeletedEventArgs = MemoryWorksheetCollectionEventArgs<'WorksheetDeleted'>;

export type SheetCollectionHandler = (args: MemoryWorksheetCollectionEventArgs) => Promise<unknown> | unknown;

export interface SheetCollectionNotice {
  type: SheetCollectionEventType;
  sheetId: string;
  source: EventSource;
}

interface Registration {
  type: SheetCollectionEventType;
  handler: SheetCollectionHandler;
}

export class SheetCollectionEventRegistry extends HandlerRegistry<Registration> {
  register(type: SheetCollectionEventType, handler: SheetCollectionHandler): number {
    return this.add({ type, handler });
  }

  /** the handler calls, bound to the handlers registered when the change happens (as ChangeEventRegistry) */
  deliveries(notices: readonly SheetCollectionNotice[]): Array<() => void> {
    const calls: Array<() => void> = [];
    for (const notice of notices) {
      const args: MemoryWorksheetCollectionEventArgs = { type: notice.type, source: notice.source, worksheetId: notice.sheetId };
      for (const { type, handler } of this.registered()) {
        if (type === notice.type) calls.push(() => callHandler(handler, { ...args }));
      }
    }
    return calls;
  }
}
