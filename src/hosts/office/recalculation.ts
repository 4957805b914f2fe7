/**
 * Re-scoring as people edit: onChanged on the sheets of the input tables, filtered (change-filter.ts)
 * and debounced (recalculation-scheduler.ts); an input sheet deleted, or a sheet added that may hold
 * an input table (worksheets.onDeleted / onAdded), counts as an edit; so does, from ExcelApi 1.17,
 * a sheet renamed (worksheets.onNameChanged): an input sheet's new name goes into 评分结果's links and
 * messages, and a name can make a sheet the table's (绩效指标, 评分设置). Handlers are registered in one
 * Excel.run and removed on the same request context, as Office requires.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler
 */
import { judgeChange } from './change-filter';
import type {
  EventHandlerResultLike,
  ExcelApiLike,
  WorksheetChangedEventArgsLike,
  WorksheetCollectionEventArgsLike,
  WorksheetNameChangedEventArgsLike,
} from './excel-api-like';
import { RecalculationScheduler, SYSTEM_CLOCK, type Clock } from './recalculation-scheduler';
import { OFFICE_RUN_OPTIONS } from './run-options';
import { sheetMayHoldInputs } from './sheet-input-check';
import { sameSheet, type SheetRange } from './sheet-range';

export const DEFAULT_DEBOUNCE_MS = 300;

export interface WatchInputsOptions {
  excel: ExcelApiLike;
  /** the input tables now (asked at every event, so a re-detected table counts at once) */
  inputRanges: () => SheetRange[];
  /** what the add-in itself writes (results, 评分结果, 自评报告, the scheme it saved) */
  ownOutputRanges: () => SheetRange[];
  /** a sheet the add-in adds itself (评分结果, 自评报告, its metadata sheet, the template's while inserted) */
  isOwnSheet: (name: string) => boolean;
  /** a sheet id the add-in's own writes are known to have added: not looked at (no round trip) */
  isOwnSheetId?: (worksheetId: string) => boolean;
  /** one scoring run: read, score, write */
  run: () => Promise<void>;
  debounceMs?: number;
  /** from the capabilities: triggerSource (ExcelApi 1.14) tells own writes apart */
  useTriggerSource: boolean;
  /** from the capabilities: worksheets.onNameChanged (ExcelApi 1.17); without it a rename is heard at the next edit */
  hearRenames?: boolean;
  clock?: Clock;
  /** a run that failed (the watch goes on) */
  onRunFailed?: (error: unknown) => void;
}

export interface InputWatch {
  /** run as after an edit (debounced, or once more after a run in progress): inputs changed unheard */
  requestRun(): void;
  /** listen on the sheets of the current input ranges (after the tables moved to other sheets) */
  refresh(): Promise<void>;
  /** stop listening; resolves when a run in progress has finished */
  stop(): Promise<void>;
  /** resolves when no run is in progress (nor a look at an added or renamed sheet) */
  settled(): Promise<void>;
}

interface SheetHandlers {
  handlers: EventHandlerResultLike[];
  /** the ids of the sheets listened on: a deleted sheet is known by its id alone */
  sheetIds: string[];
}

export async function watchInputs(options: WatchInputsOptions): Promise<InputWatch> {
  const { excel } = options;
  const scheduler = new RecalculationScheduler(
    options.run,
    options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    options.clock ?? SYSTEM_CLOCK,
    options.onRunFailed ?? (() => undefined),
  );
  let registrations: SheetHandlers = { handlers: [], sheetIds: [] };
  let listening = true;
  const sheetChecks = new Set<Promise<void>>();

  const onChanged = (sheet: string) => async (args: WorksheetChangedEventArgsLike) => {
    if (!listening) return;
    const verdict = judgeChange(args, {
      sheet,
      inputRanges: options.inputRanges(),
      ownOutputRanges: options.ownOutputRanges(),
      useTriggerSource: options.useTriggerSource,
    });
    if (verdict === 'input') scheduler.request();
  };

  const onSheetDeleted = async (args: WorksheetCollectionEventArgsLike) => {
    if (listening && registrations.sheetIds.includes(args.worksheetId)) scheduler.request();
  };

  /** runs when the sheet may hold input; the check is waited for by settled() */
  const runIfMayHoldInputs = async (worksheetId: string) => {
    const check = sheetMayHoldInputs(excel, worksheetId, options.isOwnSheet)
      // a sheet that could not be looked at is taken for one that holds input: a run too many costs less than a stale result
      .catch(() => true)
      .then((mayHoldInputs) => {
        if (mayHoldInputs && listening) scheduler.request();
      })
      .finally(() => sheetChecks.delete(check));
    sheetChecks.add(check);
    await check;
  };

  const onSheetAdded = async (args: WorksheetCollectionEventArgsLike) => {
    if (!listening || options.isOwnSheetId?.(args.worksheetId)) return;
    await runIfMayHoldInputs(args.worksheetId);
  };

  const onSheetRenamed = async (args: WorksheetNameChangedEventArgsLike) => {
    if (!listening) return;
    if (registrations.sheetIds.includes(args.worksheetId)) scheduler.request();
    // the add-in's own sheet renamed is a copy kept (评分结果（上报稿）): no input, and no run to make a new one
    else if (!options.isOwnSheet(args.nameBefore) && !options.isOwnSheet(args.nameAfter)) await runIfMayHoldInputs(args.worksheetId);
  };

  async function register(): Promise<SheetHandlers> {
    const wanted = distinct(options.inputRanges().map((range) => range.sheet));
    if (wanted.length === 0) return { handlers: [], sheetIds: [] };
    return excel.run(OFFICE_RUN_OPTIONS, async (context) => {
      const sheets = context.workbook.worksheets.load('items/name, items/id');
      await context.sync();
      const present = sheets.items.filter((sheet) => wanted.some((other) => sameSheet(other, sheet.name)));
      const handlers = present.map((sheet) => context.workbook.worksheets.getItem(sheet.name).onChanged.add(onChanged(sheet.name)));
      if (handlers.length > 0) await context.sync();
      return { handlers, sheetIds: present.map((sheet) => sheet.id) };
    });
  }

  async function registerSheetEvents(): Promise<EventHandlerResultLike[]> {
    return excel.run(OFFICE_RUN_OPTIONS, async (context) => {
      const { worksheets } = context.workbook;
      const handlers = [worksheets.onDeleted.add(onSheetDeleted), worksheets.onAdded.add(onSheetAdded)];
      if (options.hearRenames) handlers.push(worksheets.onNameChanged.add(onSheetRenamed));
      await context.sync();
      return handlers;
    });
  }

  async function unregister(current: EventHandlerResultLike[]): Promise<void> {
    if (current.length === 0) return;
    await excel.run({ ...OFFICE_RUN_OPTIONS, previousObjects: current[0].context }, async (context) => {
      for (const registration of current) registration.remove();
      await context.sync();
    });
  }

  const sheetEvents = await registerSheetEvents();
  registrations = await register();
  return {
    requestRun: () => scheduler.request(),
    async refresh() {
      // The new handlers first: removing the old ones first would leave round trips with no handler on
      // a sheet watched before and after, and Excel drops an edit made then. A sheet's edit heard by
      // both meanwhile asks for a run twice, which the scheduler makes one.
      const previous = registrations;
      registrations = await register();
      await unregister(previous.handlers);
    },
    async stop() {
      listening = false;
      const current = registrations;
      registrations = { handlers: [], sheetIds: [] };
      await unregister(current.handlers);
      await unregister(sheetEvents);
      await scheduler.stop();
    },
    async settled() {
      while (sheetChecks.size > 0) await Promise.all([...sheetChecks]);
      await scheduler.settled();
    },
  };
}

function distinct(names: string[]): string[] {
  const seen: string[] = [];
  for (const name of names) if (!seen.some((other) => sameSheet(other, name))) seen.push(name);
  return seen;
}
