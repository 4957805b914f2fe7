/**
 * The WorkbookPort inside Excel: the only code (with recalculation.ts and select-cell.ts) that calls
 * Excel.run and context.sync. Round trips are the cost, so:
 * - sheetNames: one sync;
 * - readWorkbook (what a scoring run reads): one sync once a read or write has told the sheets, which
 *   it lists again in the same sync; one more for a sheet new since, or on the first read;
 * - readSheets: one sync for all the sheets asked for, with their merged areas where ExcelApi 1.13 is
 *   there and whether they are protected (and it notes the workbook's sheet names); more only for a
 *   sheet too large for one response (read-sheets.ts);
 * - apply: one sync for the whole plan, with calculation suspended — more only when the plan is too
 *   big for one request (write-batches.ts), plus one sync to list the sheets first when the plan
 *   creates sheets and nothing was read before. Given the grids the plan was made from, the first
 *   write request also loads, before its writes, the cells the plan writes, clears, merges or takes,
 *   and compares them with the read (unchanged-cells-check.ts): when one changed (a colleague typed
 *   into it in between), one more sync puts back what the request wrote, and apply rejects with
 *   CellChangedError. A plan whose loads do not fit beside its first write has them asked for in syncs
 *   of their own before it (a rewrite of tens of thousands of rows). Which sheets exist is known from the last read, so
 *   ensureSheet costs nothing; if a sheet appeared or vanished since (ItemAlreadyExists /
 *   ItemNotFound), the plan, made from that read, is not sent again: apply rejects with
 *   WorkbookChangedError and the caller reads and plans again.
 * A write into part of a merged area, or into a sheet, the last read found merged or protected is
 * refused before anything is sent (merged-area-check.ts, protected-sheet-check.ts), since Excel
 * would refuse it halfway through the batch and keep what came before.
 * The Excel API is a parameter: production passes office.js's `Excel`, tests the in-memory Excel.
 */
import type { SheetGrid } from '../../workbook/grid';
import { WorkbookChangedError, type WorkbookPort } from '../../workbook/port';
import type { WritePlan } from '../../workbook/write-plan';
import type { CellRange } from '../../workbook/cells/cell-range';
import { officeErrorCode, type ExcelApiLike } from './excel-api-like';
import { checkMergedAreas } from './merged-area-check';
import { checkProtectedSheets } from './protected-sheet-check';
import { SheetProxies, queueWriteCommand } from './queue-write-command';
import { listSheetNames, readSheetGrids } from './read-sheets';
import { sameSheet } from './sheet-range';
import { MINIMUM_CAPABILITIES, type OfficeCapabilities } from './requirements';
import { OFFICE_RUN_OPTIONS } from './run-options';
import { selectCell } from './select-cell';
import { batchesWithCheck, planUnchangedCheck, queueCheckLoads, undoIfChanged, verifyUnchanged } from './unchanged-cells-check';
import { MAX_BATCH_REQUEST_BYTES, packBatches } from './write-batches';
import { planWriteCommands } from './write-commands';

export interface OfficeWorkbookPort extends WorkbookPort {
  /** selects the cell (or range) and so activates its sheet */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Whether the sheet of this id is one this port added: worksheets.onAdded gives only an id, and the
   * watch need not look at a sheet the add-in made itself.
   */
  addedSheet(worksheetId: string): boolean;
}

export interface OfficeWorkbookPortOptions {
  /** from detectCapabilities(Office.context); the minimum set when absent */
  capabilities?: OfficeCapabilities;
  /** the estimated request size a sync may carry (4 MB, under Excel on the web's 5 MB) */
  maxBatchBytes?: number;
  /** the estimated answer the loads of unchanged-cells-check.ts may bring back in one sync (MAX_CHECK_ANSWER_BYTES) */
  maxCheckAnswerBytes?: number;
}

export function createOfficeWorkbookPort(excel: ExcelApiLike, options: OfficeWorkbookPortOptions = {}): OfficeWorkbookPort {
  const capabilities = options.capabilities ?? MINIMUM_CAPABILITIES;
  const maxBatchBytes = options.maxBatchBytes ?? MAX_BATCH_REQUEST_BYTES;
  let knownSheets: string[] | null = null;
  /** merged areas of the sheets last read (ExcelApi 1.13), by sheet name in upper case */
  const knownMerges = new Map<string, CellRange[]>();
  /** sheets the last reads found protected, by name in upper case */
  const knownProtected = new Set<string>();
  const addedSheetIds = new Set<string>();

  async function write(plan: WritePlan, existing: string[], readFrom: readonly SheetGrid[] | undefined): Promise<void> {
    const { commands } = planWriteCommands(plan, existing, capabilities);
    checkProtectedSheets(commands, knownProtected);
    checkMergedAreas(commands, knownMerges);
    if (commands.length === 0) return;
    const check = readFrom ? planUnchangedCheck(plan, readFrom) : null;
    const limits = { maxBytes: maxBatchBytes, maxAnswerBytes: options.maxCheckAnswerBytes };
    // the loads of every batch's cells in the first request, before its writes
    const withCheck = check && check.loads.length > 0 ? batchesWithCheck(check, commands, limits) : null;
    const batches = withCheck ?? packBatches(commands, maxBatchBytes);
    await excel.run(OFFICE_RUN_OPTIONS, async (context) => {
      const sheets = new SheetProxies(context);
      // loads too large to go with a write: asked for before the first batch is sent (Excel keeps the batches before a refusal)
      if (check && !withCheck) await verifyUnchanged(context, sheets, check, limits);
      for (const [index, batch] of batches.entries()) {
        const queued = check && withCheck && index === 0 ? queueCheckLoads(sheets, check.loads) : null;
        context.workbook.application.suspendApiCalculationUntilNextSync();
        for (const command of batch) queueWriteCommand(sheets, command);
        await context.sync();
        // known at once: the onAdded events of this sync may come right after it
        for (const id of sheets.takeAddedIds()) addedSheetIds.add(id);
        if (check && queued) await undoIfChanged(context, sheets, check, queued, batch, maxBatchBytes);
      }
    });
    const added = commands.flatMap((command) => (command.kind === 'addSheet' ? [command.sheet] : []));
    knownSheets = [...existing, ...added];
  }

  return {
    async sheetNames(): Promise<string[]> {
      knownSheets = await listSheetNames(excel, OFFICE_RUN_OPTIONS);
      return [...knownSheets];
    },

    async readSheets(names: string[]): Promise<SheetGrid[]> {
      const read = await readSheetGrids(excel, names, OFFICE_RUN_OPTIONS, { mergedAreas: capabilities.mergedAreas });
      knownSheets = read.sheetNames;
      for (const grid of read.grids) knownProtected.delete(grid.name.toLocaleUpperCase());
      for (const name of read.protectedSheets) knownProtected.add(name.toLocaleUpperCase());
      if (capabilities.mergedAreas) {
        for (const grid of read.grids) knownMerges.set(grid.name.toLocaleUpperCase(), grid.merges ?? []);
      }
      return read.grids;
    },

    async readWorkbook(): Promise<SheetGrid[]> {
      // the sheets known from the last read or write are read in the sync that lists the sheets as
      // they are now, so a re-score after an edit is one read sync; only a sheet new since then
      // (or the first read, with nothing known) costs one more
      const known = knownSheets ?? (await this.sheetNames());
      const grids = await this.readSheets(known);
      const current = knownSheets ?? known;
      const unread = current.filter((name) => !grids.some((grid) => sameSheet(grid.name, name)));
      const added = unread.length > 0 ? await this.readSheets(unread) : [];
      const byName = (name: string) => grids.find((grid) => sameSheet(grid.name, name)) ?? added.find((grid) => sameSheet(grid.name, name));
      return current.flatMap((name) => byName(name) ?? []);
    },

    async apply(plan: WritePlan, readFrom?: readonly SheetGrid[]): Promise<void> {
      const createsSheets = plan.ops.some((op) => op.kind === 'ensureSheet');
      if (createsSheets && knownSheets === null) knownSheets = await listSheetNames(excel, OFFICE_RUN_OPTIONS);
      try {
        await write(plan, knownSheets ?? [], readFrom);
      } catch (error) {
        const code = officeErrorCode(error);
        if (code !== 'ItemAlreadyExists' && code !== 'ItemNotFound') throw error;
        knownSheets = null;
        throw new WorkbookChangedError(error);
      }
    },

    selectCell(sheet: string, address: string): Promise<void> {
      return selectCell(excel, sheet, address);
    },

    addedSheet: (worksheetId) => addedSheetIds.has(worksheetId),
  };
}
