/**
 * The in-memory Excel document: what the stand-in's Excel API works on, plus what tests and the
 * playground need around it — seeding sheets, a person's and a co-author's edits, cell edit mode,
 * counters of syncs and their sizes, and read-outs of the cells.
 *
 * A sync runs its batch in order, as Excel does: when an operation fails (a protected sheet, a missing
 * sheet, a bad array), the operations before it stay applied and the sync rejects. Excel documents
 * this ("the second batch successfully inserts the third and fourth paragraphs but fails in the call
 * to insert the fifth", learn.microsoft.com/javascript/api/office/officeextension.error), and a
 * stand-in that rolled the whole batch back would hide the half-written results a real refusal leaves.
 * The failing operation itself leaves nothing, and the objects of a failed sync learn nothing (no
 * loaded values, no null-object flags), as an add-in cannot rely on them after the rejection.
 */
import type { CellError, CellScalar } from '../../domain/model';
import { apiVersionAtLeast } from './api-version';
import { ChangeEventRegistry, type ChangeNotice, type ChangedHandler, type DataChangeType, type EventSource, type HandlerScope } from './change-events';
import { GENERAL_FORMAT } from './cell-input';
import {
  cellKey,
  readCell,
  sameSheetName,
  sheetNameProblem,
  usedBounds,
  type CellFormat,
  type DataValidationErrorAlertState,
  type ListValidationRule,
  type CellHyperlink,
  type DocumentState,
  type PageLayoutState,
  type SheetState,
  type SheetVisibility,
} from './document-state';
import { DocumentTransaction } from './document-transaction';
import { SheetCollectionEventRegistry, type SheetCollectionEventType, type SheetCollectionHandler } from './sheet-collection-events';
import { MemoryOfficeError, type OfficeErrorCode } from './office-error';
import type { NullObjectChaining, QueuedOperation, SyncExchange } from './queued-operation';
import { cellInputs, mergeCells, writeContents } from './range-cells';
import { LAST_COLUMN, LAST_ROW, parseRange } from '../../workbook/cells/cell-range';
import { columnLetters } from '../../workbook/cells/a1';
import { deleteLines, holdsFormula, insertLines, type LineAxis } from './sheet-lines';
import { formatBounds, type Bounds } from './range-address';
import type { RequestContextOptions } from './request-context';
import { utf8Length } from '../utf8-length';

/** the value of a formula cell; the stand-in has no formula engine, so by default formulas have no value */
export type FormulaEvaluator = (formula: string, at: { sheet: string; row: number; column: number }) => CellScalar | CellError | null;

/** Excel on the web's limit for a request and for a response: 5 MB */
export const EXCEL_ON_THE_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SheetSeed {
  name: string;
  /** cell contents from `top`/`left` (default A1), stored as given (a string is text, never a formula) */
  rows?: Array<Array<CellScalar | CellError>>;
  top?: number;
  left?: number;
  numberFormats?: Array<Array<string | null>>;
  /** formulas over the same block ("=SUM(B2:B9)"); null keeps the value from rows */
  formulas?: Array<Array<string | null>>;
  visibility?: SheetVisibility;
  protected?: boolean;
  /** merged areas ("J4:M4"), merged as Excel merges: the covered cells lose what they held */
  merges?: string[];
}

export interface MemoryWorkbookOptions {
  /** the sheets the document starts with; a new workbook's single "Sheet1" when absent */
  sheets?: SheetSeed[];
  /** the highest ExcelApi requirement set this "Excel" supports (default 1.17) */
  excelApiVersion?: string;
  requestSizeLimitBytes?: number;
  responseSizeLimitBytes?: number;
  formulaEvaluator?: FormulaEvaluator;
  /** how events are delivered after a sync; setTimeout(…, 0) by default */
  scheduleEvent?: (deliver: () => void) => void;
  /** what a method called on a null object gives (see SyncExchange.nullObjectChaining) */
  nullObjectChaining?: NullObjectChaining;
}

export interface SyncRecord {
  /** approximate request size: UTF-8 length of the JSON of the queued operations */
  requestBytes: number;
  /** UTF-8 length of the JSON of the loaded values sent back */
  responseBytes: number;
  operations: number;
  outcome: 'applied' | OfficeErrorCode;
  calculationSuspended: boolean;
}

export interface MemoryCellSnapshot {
  value: CellScalar | CellError;
  formula: string | null;
  numberFormat: string;
  quotePrefix: boolean;
  format: CellFormat;
  hyperlink: CellHyperlink | null;
}

export interface MemorySheetInfo {
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** A1 addresses of merged areas */
  merges: string[];
  /** points by 1-based column, where set */
  columnWidths: Record<number, number>;
  /** points by 1-based row, where set */
  rowHeights: Record<number, number>;
  frozenRows: number;
  pageLayout: PageLayoutState;
  /** data validation rules (ExcelApi 1.8), by A1 address, in the order they were made */
  dataValidations: Array<{ address: string; rule: ListValidationRule; errorAlert: DataValidationErrorAlertState }>;
  /** last used row and column (0 for an empty sheet) */
  lastRow: number;
  lastColumn: number;
}

export class MemoryWorkbook {
  readonly excelApiVersion: string;
  readonly syncLog: SyncRecord[] = [];
  /** Office.context.document.settings as saved with the file (name → JSON text) */
  readonly savedSettings = new Map<string, string>();
  /** @internal */
  readonly events = new ChangeEventRegistry();
  /** @internal */
  readonly sheetEvents = new SheetCollectionEventRegistry();
  private state: DocumentState;
  private inCellEditMode = false;
  private injectedFailure: { syncsBefore: number; code: OfficeErrorCode } | null = null;
  private injectedChanges: Array<{ syncsBefore: number; change: () => void }> = [];
  private changesBeforeCheckedWrite: Array<() => void> = [];
  private cellEditWaiters: Array<() => void> = [];
  private undeliveredEvents = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly listeners = new Set<() => void>();
  private changeCount = 0;
  private readonly requestLimit: number;
  private readonly responseLimit: number;
  private readonly evaluator: FormulaEvaluator;
  private readonly scheduleEvent: (deliver: () => void) => void;
  private readonly chaining: NullObjectChaining;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.excelApiVersion = options.excelApiVersion ?? '1.17';
    this.requestLimit = options.requestSizeLimitBytes ?? EXCEL_ON_THE_WEB_PAYLOAD_LIMIT;
    this.responseLimit = options.responseSizeLimitBytes ?? EXCEL_ON_THE_WEB_PAYLOAD_LIMIT;
    this.evaluator = options.formulaEvaluator ?? (() => null);
    this.scheduleEvent = options.scheduleEvent ?? ((deliver) => void setTimeout(deliver, 0));
    this.chaining = options.nullObjectChaining ?? 'nullObject';
    this.state = { sheets: [], activeSheetId: null, selection: null, nextSheetSerial: 1 };
    const seeds = options.sheets ?? [{ name: 'Sheet1' }];
    for (const seed of seeds) this.addSheet(seed);
  }

  // ── setting the scene (no events: this is the file as it was opened) ──────────────────────────

  addSheet(seed: SheetSeed): void {
    const tx = new DocumentTransaction(this.state);
    this.seedSheet(tx, seed, 'MemoryWorkbook.addSheet');
    this.state = tx.result();
    this.changed();
  }

  private seedSheet(tx: DocumentTransaction, seed: SheetSeed, location: string): void {
    const added = tx.addSheet(seed.name, location);
    const sheet = tx.propertiesOf(added.id, location);
    sheet.visibility = seed.visibility ?? 'Visible';
    const top = seed.top ?? 1;
    const left = seed.left ?? 1;
    const height = Math.max(seed.rows?.length ?? 0, seed.numberFormats?.length ?? 0, seed.formulas?.length ?? 0);
    for (let r = 0; r < height; r++) {
      const width = Math.max(seed.rows?.[r]?.length ?? 0, seed.numberFormats?.[r]?.length ?? 0, seed.formulas?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = seed.rows?.[r]?.[c] ?? null;
        const formula = seed.formulas?.[r]?.[c] ?? null;
        const numberFormat = seed.numberFormats?.[r]?.[c] ?? GENERAL_FORMAT;
        if (value === null && formula === null && numberFormat === GENERAL_FORMAT) continue;
        sheet.cells.set(cellKey(top + r, left + c), { value: formula === null ? value : null, formula, quotePrefix: false, numberFormat, format: {}, hyperlink: null });
      }
    }
    for (const address of seed.merges ?? []) mergeCells(sheet, this.boundsOf(address), false);
    sheet.protected = seed.protected ?? false;
    if (tx.activeSheetId === null && sheet.visibility === 'Visible') tx.activeSheetId = sheet.id;
  }

  setSheetProtected(sheetName: string, isProtected: boolean): void {
    const tx = new DocumentTransaction(this.state);
    tx.propertiesOf(this.sheetState(sheetName).id, 'MemoryWorkbook.setSheetProtected').protected = isProtected;
    this.state = tx.result();
    this.changed();
  }

  /**
   * The sync that comes after `syncsBefore` more syncs fails before Excel runs any of its operations,
   * as when the workbook is closed or the connection to Excel on the web is lost between two syncs
   * of a run (GeneralException); the syncs before it, and what they did, stand.
   */
  failSyncAfter(syncsBefore: number, code: OfficeErrorCode = 'GeneralException'): void {
    this.injectedFailure = { syncsBefore, code };
  }

  /**
   * `change` (a co-author's edit: remoteEdit, remoteDeleteSheet …) lands just before the sync that
   * comes after `syncsBefore` more syncs, as a colleague's edit merged in between two round trips —
   * between the read a plan was made from and its write. Several may wait; each happens once.
   */
  changeBeforeSync(syncsBefore: number, change: () => void): void {
    this.injectedChanges.push({ syncsBefore, change });
  }

  /**
   * `change` lands just before the next sync whose request both loads and writes — the add-in's write
   * that loads again, before its write commands, the cells it writes (unchanged-cells-check.ts): a
   * colleague's edit merged in after the add-in's read, just before its write. Several wait in turn,
   * one for each such sync.
   */
  changeBeforeCheckedWrite(change: () => void): void {
    this.changesBeforeCheckedWrite.push(change);
  }

  /** while true, every sync fails with InvalidOperationInCellEditMode (or waits, with delayForCellEdit) */
  setCellEditMode(editing: boolean): void {
    this.inCellEditMode = editing;
    if (!editing) {
      const waiters = this.cellEditWaiters;
      this.cellEditWaiters = [];
      for (const resume of waiters) resume();
    }
  }

  // ── people working in the workbook ────────────────────────────────────────────────────────────

  /** the person types into the cells (Enter): Excel reads the text as typed input, onChanged fires Local/Unknown */
  userEdit(sheetName: string, address: string, value: unknown): void {
    this.edit(sheetName, address, value, 'Local');
  }

  /** a co-author's edit arriving: onChanged fires with source Remote */
  remoteEdit(sheetName: string, address: string, value: unknown): void {
    this.edit(sheetName, address, value, 'Remote');
  }

  /**
   * the person inserts whole rows ("5:5", "5:6") or columns ("M:M") before those named: what was there
   * and after moves down or right (merges, widths, heights and validation with it); onChanged fires,
   * Local, with changeType RowInserted / ColumnInserted and the inserted lines' address
   */
  userInsertLines(sheetName: string, address: string): void {
    this.changeLines(sheetName, address, 'insert');
  }

  /** the person deletes whole rows ("5:5") or columns ("M:M"): what was after them moves up or left */
  userDeleteLines(sheetName: string, address: string): void {
    this.changeLines(sheetName, address, 'delete');
  }

  /**
   * the person adds a sheet holding `seed` (a new blank sheet, or one copied with its cells through
   * 移动或复制 or from another workbook): worksheets.onAdded fires, Local; onChanged does not
   */
  userAddSheet(seed: SheetSeed): void {
    const tx = new DocumentTransaction(this.state);
    this.seedSheet(tx, seed, `userAddSheet(${seed.name})`);
    this.state = tx.result();
    this.raiseSheetChanges(tx, 'Local');
    this.changed();
  }

  /** the person deletes a sheet: worksheets.onDeleted fires, Local (InvalidOperation for the last visible sheet) */
  userDeleteSheet(sheetName: string): void {
    this.deleteSheetBy(sheetName, 'Local');
  }

  /** a co-author deletes a sheet: worksheets.onDeleted fires, Remote */
  remoteDeleteSheet(sheetName: string): void {
    this.deleteSheetBy(sheetName, 'Remote');
  }

  /** the person renames a sheet (double-click on its tab): worksheets.onNameChanged fires, Local; onChanged does not */
  userRenameSheet(sheetName: string, newName: string): void {
    this.renameSheetBy(sheetName, newName, 'Local');
  }

  /** a co-author renames a sheet: worksheets.onNameChanged fires, Remote */
  remoteRenameSheet(sheetName: string, newName: string): void {
    this.renameSheetBy(sheetName, newName, 'Remote');
  }

  /** the person selects cells (and so activates their sheet) */
  select(sheetName: string, address: string): void {
    const sheet = this.sheetState(sheetName);
    const bounds = this.boundsOf(address);
    this.state = { ...this.state, activeSheetId: sheet.id, selection: { sheetId: sheet.id, bounds } };
    this.changed();
  }

  activateSheet(sheetName: string): void {
    const sheet = this.sheetState(sheetName);
    this.state = { ...this.state, activeSheetId: sheet.id, selection: { sheetId: sheet.id, bounds: { top: 1, left: 1, bottom: 1, right: 1 } } };
    this.changed();
  }

  // ── counters ──────────────────────────────────────────────────────────────────────────────────

  get syncCount(): number {
    return this.syncLog.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncLog.map((record) => record.requestBytes));
  }

  resetCounters(): void {
    this.syncLog.length = 0;
  }

  /** resolves once every change event raised so far has been handed to the handlers */
  whenEventsDelivered(): Promise<void> {
    if (this.undeliveredEvents === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get changeHandlerCount(): number {
    return this.events.handlerCount;
  }

  /** handlers of worksheets.onAdded, onDeleted and onNameChanged */
  get sheetCollectionHandlerCount(): number {
    return this.sheetEvents.handlerCount;
  }

  // ── reading the document (tests, playground) ─────────────────────────────────────────────────

  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  /** the cell's value as Excel shows it (a formula's value from the evaluator); null when blank */
  getCellValue(sheetName: string, address: string): CellScalar | CellError {
    const sheet = this.sheetState(sheetName);
    const { top, left } = this.boundsOf(address);
    return this.valueAt(sheet, top, left);
  }

  getCell(sheetName: string, address: string): MemoryCellSnapshot {
    const { top, left } = this.boundsOf(address);
    return this.getCellAt(sheetName, top, left);
  }

  getCellAt(sheetName: string, row: number, column: number): MemoryCellSnapshot {
    const sheet = this.sheetState(sheetName);
    const cell = readCell(sheet, row, column);
    return {
      value: this.valueAt(sheet, row, column),
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      quotePrefix: cell.quotePrefix,
      format: { ...cell.format, ...(cell.format.borders ? { borders: { ...cell.format.borders } } : {}) },
      hyperlink: cell.hyperlink ? { ...cell.hyperlink } : null,
    };
  }

  /** the sheet's values from A1 to its last used cell (blank cells as null) */
  dumpValues(sheetName: string): Array<Array<CellScalar | CellError>> {
    const sheet = this.sheetState(sheetName);
    const used = usedBounds(sheet, true);
    if (!used) return [];
    const rows: Array<Array<CellScalar | CellError>> = [];
    for (let row = 1; row <= used.bottom; row++) {
      const line: Array<CellScalar | CellError> = [];
      for (let column = 1; column <= used.right; column++) line.push(this.valueAt(sheet, row, column));
      rows.push(line);
    }
    return rows;
  }

  sheetInfo(sheetName: string): MemorySheetInfo {
    const sheet = this.sheetState(sheetName);
    const used = usedBounds(sheet, false);
    return {
      id: sheet.id,
      name: sheet.name,
      visibility: sheet.visibility,
      protected: sheet.protected,
      merges: sheet.merges.map(formatBounds),
      columnWidths: Object.fromEntries(sheet.columnWidths),
      rowHeights: Object.fromEntries(sheet.rowHeights),
      frozenRows: sheet.frozenRows,
      pageLayout: { ...sheet.pageLayout },
      dataValidations: sheet.validations.map((validation) => ({ address: formatBounds(validation.bounds), rule: { list: { ...validation.rule.list } }, errorAlert: { ...validation.errorAlert } })),
      lastRow: used?.bottom ?? 0,
      lastColumn: used?.right ?? 0,
    };
  }

  activeSheetName(): string | null {
    return this.state.sheets.find((sheet) => sheet.id === this.state.activeSheetId)?.name ?? null;
  }

  selection(): { sheet: string; address: string } | null {
    const selection = this.state.selection;
    if (!selection) return null;
    const sheet = this.state.sheets.find((candidate) => candidate.id === selection.sheetId);
    return sheet ? { sheet: sheet.name, address: formatBounds(selection.bounds) } : null;
  }

  /** called after every change of cells, sheets or selection; returns the unsubscribe function */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** changes with every change of the document, so a view knows when to draw again */
  get version(): number {
    return this.changeCount;
  }

  // ── the Excel API's door ──────────────────────────────────────────────────────────────────────

  /** @internal */
  supportsApi(version: string): boolean {
    return apiVersionAtLeast(this.excelApiVersion, version);
  }

  /** @internal one round trip: runs the batch in order; on a failure keeps what ran before it, then rejects */
  async execute(operations: readonly QueuedOperation[], options: RequestContextOptions): Promise<void> {
    await Promise.resolve();
    this.runInjectedChanges(operations);
    const requestBytes = utf8Length(JSON.stringify(operations.map((operation) => operation.request)));
    const calculationSuspended = operations.some((operation) => operation.request.method === 'suspendApiCalculationUntilNextSync');
    const record = (outcome: SyncRecord['outcome'], responseBytes: number): void => {
      this.syncLog.push({ requestBytes, responseBytes, operations: operations.length, outcome, calculationSuspended });
    };
    const injected = this.injectedFailure;
    if (injected) {
      if (injected.syncsBefore === 0) {
        this.injectedFailure = null;
        record(injected.code, 0);
        throw new MemoryOfficeError(injected.code, 'The sync failed before Excel ran it (injected by a test).');
      }
      injected.syncsBefore -= 1;
    }
    if (this.inCellEditMode) {
      if (!options.delayForCellEdit) {
        record('InvalidOperationInCellEditMode', 0);
        throw new MemoryOfficeError('InvalidOperationInCellEditMode', 'The operation isn\'t available while Excel is in Edit cell mode.');
      }
      await new Promise<void>((resume) => this.cellEditWaiters.push(resume));
    }
    if (requestBytes > this.requestLimit) {
      record('RequestPayloadSizeLimitExceeded', 0);
      throw new MemoryOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const tx = new DocumentTransaction(this.state);
    const commits: Array<() => void> = [];
    let responseBytes = 0;
    const exchange: SyncExchange = {
      evaluate: (sheet, row, column, formula) => this.evaluator(formula, { sheet, row, column }),
      respond: (payload) => {
        responseBytes += utf8Length(JSON.stringify(payload) ?? '');
      },
      afterCommit: (callback) => commits.push(callback),
      nullObjectChaining: this.chaining,
    };
    let ran = 0;
    try {
      for (const operation of operations) {
        if (operation.minimumApi && !this.supportsApi(operation.minimumApi)) {
          throw new MemoryOfficeError('ApiNotFound', `This operation needs ExcelApi ${operation.minimumApi}; this Excel supports ${this.excelApiVersion}.`, String(operation.request.object ?? ''));
        }
        operation.apply(tx, exchange);
        ran += 1;
      }
      // the actions ran and only the answer is refused (an assumption: Excel does not say), so a
      // test sees the more harmful case
      if (responseBytes > this.responseLimit) {
        throw new MemoryOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
      }
    } catch (error) {
      record(error instanceof MemoryOfficeError ? error.code : 'GeneralException', responseBytes);
      this.keepOperationsBefore(operations.slice(0, ran));
      throw error;
    }
    this.state = tx.result();
    record('applied', responseBytes);
    for (const commit of commits) commit();
    this.raiseLocalChanges(tx);
    this.changed();
  }

  private runInjectedChanges(operations: readonly QueuedOperation[]): void {
    const due = this.injectedChanges.filter((injected) => injected.syncsBefore === 0);
    this.injectedChanges = this.injectedChanges.filter((injected) => injected.syncsBefore > 0);
    for (const injected of this.injectedChanges) injected.syncsBefore -= 1;
    for (const { change } of due) change();
    if (this.changesBeforeCheckedWrite.length > 0 && loadsAndWrites(operations)) this.changesBeforeCheckedWrite.shift()!();
  }

  /**
   * The operations of a failed sync that ran before the failing one, applied again on the document
   * as it was: a failing operation may have changed its sheet's copy before it threw, and that must
   * not reach the document. Operations are plain functions of the document, so running them again
   * gives what they gave the first time.
   */
  private keepOperationsBefore(operations: readonly QueuedOperation[]): void {
    if (operations.length === 0) return;
    const tx = new DocumentTransaction(this.state);
    const exchange: SyncExchange = {
      evaluate: (sheet, row, column, formula) => this.evaluator(formula, { sheet, row, column }),
      respond: () => undefined,
      afterCommit: () => undefined,
      nullObjectChaining: this.chaining,
    };
    for (const operation of operations) operation.apply(tx, exchange);
    this.state = tx.result();
    this.raiseLocalChanges(tx);
    this.changed();
  }

  private raiseLocalChanges(tx: DocumentTransaction): void {
    this.raiseSheetChanges(tx, 'Local');
    const notices = tx.dataChanges.map((change): ChangeNotice => ({ ...change, source: 'Local', triggerSource: 'ThisLocalAddin' }));
    this.raise(notices);
  }

  /** @internal */
  registerChangeHandler(scope: HandlerScope, handler: ChangedHandler): number {
    return this.events.register(scope, handler);
  }

  /** @internal */
  unregisterChangeHandler(token: number): void {
    this.events.unregister(token);
  }

  /** @internal */
  registerSheetCollectionHandler(type: SheetCollectionEventType, handler: SheetCollectionHandler): number {
    return this.sheetEvents.register(type, handler);
  }

  /** @internal */
  unregisterSheetCollectionHandler(token: number): void {
    this.sheetEvents.unregister(token);
  }

  private deleteSheetBy(sheetName: string, source: EventSource): void {
    const tx = new DocumentTransaction(this.state);
    tx.deleteSheet(this.sheetState(sheetName).id, `${source === 'Local' ? 'userDeleteSheet' : 'remoteDeleteSheet'}(${sheetName})`);
    this.state = tx.result();
    this.raiseSheetChanges(tx, source);
    this.changed();
  }

  private renameSheetBy(sheetName: string, newName: string, source: EventSource): void {
    const location = `${source === 'Local' ? 'userRenameSheet' : 'remoteRenameSheet'}(${sheetName}, ${newName})`;
    const problem = sheetNameProblem(newName);
    if (problem) throw new MemoryOfficeError('InvalidArgument', problem, location);
    const sheet = this.sheetState(sheetName);
    const clash = this.state.sheets.find((other) => other.id !== sheet.id && sameSheetName(other.name, newName));
    if (clash) throw new MemoryOfficeError('ItemAlreadyExists', `A worksheet named "${newName}" already exists.`, location);
    const tx = new DocumentTransaction(this.state);
    tx.renameSheet(sheet.id, newName, location);
    this.state = tx.result();
    this.raiseSheetChanges(tx, source);
    this.changed();
  }

  private raiseSheetChanges(tx: DocumentTransaction, source: EventSource): void {
    this.deliverLater(this.sheetEvents.deliveries(tx.sheetChanges.map((change) => ({ ...change, source }))));
  }

  private edit(sheetName: string, address: string, value: unknown, source: EventSource): void {
    const sheetId = this.sheetState(sheetName).id;
    const bounds = this.boundsOf(address);
    const tx = new DocumentTransaction(this.state);
    const sheet = tx.contentOf(sheetId, `${source === 'Local' ? 'userEdit' : 'remoteEdit'}(${sheetName}!${address})`);
    writeContents(sheet, bounds, cellInputs(value, bounds, 'values', 'edit'));
    this.state = tx.result();
    this.raise([{ sheetId, bounds, source, triggerSource: 'Unknown' }]);
    this.changed();
  }

  private changeLines(sheetName: string, address: string, change: 'insert' | 'delete'): void {
    const location = `${change === 'insert' ? 'userInsertLines' : 'userDeleteLines'}(${sheetName}!${address})`;
    const bounds = this.boundsOf(address);
    const axis: LineAxis | null = bounds.left === 1 && bounds.right === LAST_COLUMN ? 'rows' : bounds.top === 1 && bounds.bottom === LAST_ROW ? 'columns' : null;
    if (!axis) throw new Error(`${location}: name whole rows ("5:6") or whole columns ("M:N").`);
    if (holdsFormula(this.state.sheets)) throw new Error(`${location}: the stand-in cannot move formulas' references as Excel does; this workbook holds formulas.`);
    const sheetId = this.sheetState(sheetName).id;
    const tx = new DocumentTransaction(this.state);
    const sheet = tx.contentOf(sheetId, location);
    const at = axis === 'rows' ? bounds.top : bounds.left;
    const count = axis === 'rows' ? bounds.bottom - bounds.top + 1 : bounds.right - bounds.left + 1;
    const titles = sheet.pageLayout.printTitleRows;
    if (axis === 'rows' && (at <= sheet.frozenRows || (titles && at <= titles.last))) {
      throw new Error(`${location}: the stand-in does not move frozen panes or print titles; change rows below them.`);
    }
    if (change === 'insert') insertLines(sheet, axis, at, count);
    else deleteLines(sheet, axis, at, count);
    this.state = tx.result();
    const changeType: DataChangeType = `${axis === 'rows' ? 'Row' : 'Column'}${change === 'insert' ? 'Inserted' : 'Deleted'}`;
    const named = axis === 'rows' ? `${at}:${at + count - 1}` : `${columnLetters(at)}:${columnLetters(at + count - 1)}`;
    this.raise([{ sheetId, bounds, source: 'Local', triggerSource: 'Unknown', changeType, address: named }]);
    this.changed();
  }

  private raise(notices: ChangeNotice[]): void {
    this.deliverLater(this.events.deliveries(notices, this.supportsApi('1.14')));
  }

  /** events reach the handlers after the change, asynchronously (scheduleEvent), in order */
  private deliverLater(calls: Array<() => void>): void {
    if (calls.length === 0) return;
    this.undeliveredEvents += 1;
    this.scheduleEvent(() => {
      try {
        for (const call of calls) call();
      } finally {
        this.undeliveredEvents -= 1;
        if (this.undeliveredEvents === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const resume of waiters) resume();
        }
      }
    });
  }

  private changed(): void {
    this.changeCount += 1;
    for (const listener of [...this.listeners]) listener();
  }

  private valueAt(sheet: SheetState, row: number, column: number): CellScalar | CellError {
    const cell = readCell(sheet, row, column);
    if (cell.formula !== null) return this.evaluator(cell.formula, { sheet: sheet.name, row, column }) ?? null;
    return cell.value;
  }

  private sheetState(sheetName: string): SheetState {
    const sheet = this.state.sheets.find((candidate) => sameSheetName(candidate.name, sheetName));
    if (!sheet) throw new Error(`The workbook has no sheet named "${sheetName}" (sheets: ${this.sheetNames().join(', ')}).`);
    return sheet;
  }

  private boundsOf(address: string): Bounds {
    const bounds = parseRange(address);
    if (!bounds) throw new Error(`"${address}" is not an A1 address.`);
    return bounds;
  }
}

/** a request that loads something and changes the document (a property set, or a method other than suspending calculation) */
function loadsAndWrites(operations: readonly QueuedOperation[]): boolean {
  const actions = operations.map((operation) => operation.request);
  return (
    actions.some((request) => request.action === 'load') &&
    actions.some((request) => request.action === 'set' || (request.action === 'method' && request.method !== 'suspendApiCalculationUntilNextSync'))
  );
}
