/**
 * `worksheets.onAdded` and `worksheets.onDeleted` (ExcelApi 1.7) and `worksheets.onNameChanged`
 * (ExcelApi 1.17), as Excel raises them: after the batch (or the person's action) that added, deleted
 * or renamed a sheet, for every such change — the add-in's own included — with the sheet's id and the
 * source (Local/Remote); a rename also with the names before and after. Unlike onChanged, their
 * arguments carry no triggerSource in any ExcelApi version, and onAdded / onDeleted no sheet name.
 * learn.microsoft.com/javascript/api/excel/excel.worksheetaddedeventargs
 * learn.microsoft.com/javascript/api/excel/excel.worksheetdeletedeventargs
 * learn.microsoft.com/javascript/api/excel/excel.worksheetnamechangedeventargs
 */
import { callHandler, type EventSource } from './change-events';
import type { SheetChange } from './document-transaction';
import { HandlerRegistry } from './handler-registry';

export type SheetCollectionEventType = SheetChange['type'];

/** Excel.WorksheetAddedEventArgs / Excel.WorksheetDeletedEventArgs */
export interface MemoryWorksheetAddedOrDeletedEventArgs<T extends 'WorksheetAdded' | 'WorksheetDeleted' = 'WorksheetAdded' | 'WorksheetDeleted'> {
  type: T;
  source: EventSource;
  worksheetId: string;
}

/** Excel.WorksheetNameChangedEventArgs */
export interface MemoryWorksheetNameChangedEventArgs {
  type: 'WorksheetNameChanged';
  source: EventSource;
  worksheetId: string;
  nameBefore: string;
  nameAfter: string;
}

export type MemoryWorksheetCollectionEventArgs<T extends SheetCollectionEventType = SheetCollectionEventType> = T extends 'WorksheetNameChanged'
  ? MemoryWorksheetNameChangedEventArgs
  : T extends 'WorksheetAdded' | 'WorksheetDeleted'
    ? MemoryWorksheetAddedOrDeletedEventArgs<T>
    : never;

export type MemoryWorksheetAddedEventArgs = MemoryWorksheetCollectionEventArgs<'WorksheetAdded'>;
export type MemoryWorksheetDeletedEventArgs = MemoryWorksheetCollectionEventArgs<'WorksheetDeleted'>;

export type SheetCollectionHandler = (args: MemoryWorksheetCollectionEventArgs) => Promise<unknown> | unknown;

export type SheetCollectionNotice = SheetChange & { source: EventSource };

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
      const args = eventArgs(notice);
      for (const { type, handler } of this.registered()) {
        if (type === notice.type) calls.push(() => callHandler(handler, { ...args }));
      }
    }
    return calls;
  }
}

function eventArgs(notice: SheetCollectionNotice): MemoryWorksheetCollectionEventArgs {
  if (notice.type === 'WorksheetNameChanged') {
    return { type: notice.type, source: notice.source, worksheetId: notice.sheetId, nameBefore: notice.nameBefore, nameAfter: notice.nameAfter };
  }
  return { type: notice.type, source: notice.source, worksheetId: notice.sheetId };
}
