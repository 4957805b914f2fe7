import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { compactDataValidations } from './data-validations';
import type { SheetGrid } from '../../workbook/grid';
import type { WorkbookPort } from '../../workbook/port';
import type { WritePlan } from '../../workbook/write-plan';
import { writeWholeFile } from '../write-whole-file';
import { applyPlan, findWorksheet } from './apply-plan';
import { DeflatingZip } from './deflating-zip';
import { droppedParts, type DroppedPart } from './dropped-parts';
import { loadXlsx } from './exceljs-load';
import { renderXlsxParts } from './exceljs-parts';
import { classifyWorkbookBytes } from './file-signature';
import { readSheet } from './read-sheet';
import { UnreadableWorkbookError } from './unreadable-workbook';
import './exceljs-cell-reconcile';
import './exceljs-formula-results';
import './exceljs-internal-links';
import './exceljs-shared-strings';
import './exceljs-xml-pieces';
import './exceljs-xml-text';

/** An .xlsx file held in memory: the WorkbookPort of the command line, plus saving. */
export class XlsxWorkbook implements WorkbookPort {
  /** per sheet read, the formulas the file holds no result for (see readCell), row by row */
  private readonly uncalculated = new Map<string, CellPosition[]>();

  /** `dropped`: what the opened file held that saving through ExcelJS will not keep */
  constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly dropped: readonly DroppedPart[] = [],
  ) {}

  async sheetNames(): Promise<string[]> {
    return this.worksheetsInTabOrder().map((sheet) => sheet.name);
  }

  async readWorkbook(): Promise<SheetGrid[]> {
    return this.readSheets(await this.sheetNames());
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const date1904 = this.workbook.properties?.date1904 === true;
    const grids: SheetGrid[] = [];
    for (const name of names) {
      const worksheet = findWorksheet(this.workbook, name);
      if (!worksheet) continue;
      const uncalculated: CellPosition[] = [];
      grids.push(readSheet(worksheet, date1904, (row, column) => uncalculated.push({ row, column })));
      this.uncalculated.set(worksheet.name, uncalculated);
    }
    return grids;
  }

  /**
   * The formulas without a saved result in the sheets read so far, sheet by sheet in the order read,
   * each row by row: the file was written by a program and never calculated, so what Excel would show
   * there is unknown. Excel itself always has the values; this is the file's concern only.
   */
  uncalculatedFormulas(): ReadonlyMap<string, readonly CellPosition[]> {
    return this.uncalculated;
  }

  async apply(plan: WritePlan): Promise<void> {
    applyPlan(this.workbook, plan);
  }

  async toBuffer(): Promise<Buffer> {
    if (this.workbook.worksheets.length === 0) throw new Error('a workbook needs at least one sheet before it can be saved');
    this.keepActiveTabVisible();
    for (const worksheet of this.workbook.worksheets) compactDataValidations(worksheet);
    // ExcelJS renders the parts; node's zlib deflates each as it comes, instead of JSZip's JavaScript
    const zip = new DeflatingZip();
    await renderXlsxParts(this.workbook, zip);
    return zip.toBuffer();
  }

  async save(path: string): Promise<void> {
    await writeWholeFile(path, await this.toBuffer());
  }

  /** ExcelJS lists worksheets sorted by their tab position */
  private worksheetsInTabOrder(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets;
  }

  /** Excel reports a file as damaged when the sheet it opens on is very hidden. */
  private keepActiveTabVisible(): void {
    const sheets = this.worksheetsInTabOrder();
    // a loaded workbook without <bookViews> has no views array at all
    const existing: ExcelJS.WorkbookView[] = this.workbook.views ?? [];
    const views = existing.length > 0 ? existing : [{} as ExcelJS.WorkbookView];
    const activeTab = views[0].activeTab ?? 0;
    if (sheets[activeTab] && sheets[activeTab].state === 'visible') return;
    const firstVisible = sheets.findIndex((sheet) => sheet.state === 'visible');
    if (firstVisible < 0) return;
    this.workbook.views = [{ ...views[0], activeTab: firstVisible, firstSheet: Math.min(views[0].firstSheet ?? 0, firstVisible) }, ...views.slice(1)];
  }
}

/** 1-based row and column of a cell */
export interface CellPosition {
  row: number;
  column: number;
}

/**
 * Opens an .xlsx from a path or from its bytes. Rejects with an UnreadableWorkbookError (a stable
 * reason and a one-line message in both languages) for anything that is not a readable .xlsx.
 */
export async function openXlsx(input: Buffer | string): Promise<XlsxWorkbook> {
  const bytes = typeof input === 'string' ? await readFileBytes(input) : input;
  const kind = classifyWorkbookBytes(bytes);
  if (kind !== 'xlsx') throw new UnreadableWorkbookError(kind);
  const workbook = new ExcelJS.Workbook();
  try {
    await loadXlsx(workbook, bytes);
  } catch (error) {
    throw new UnreadableWorkbookError('corrupt', error instanceof Error ? error.message : String(error));
  }
  return new XlsxWorkbook(workbook, droppedParts(bytes));
}

/** A new workbook with no sheets, for the template: the plan adds them. */
export function createXlsxWorkbook(): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perf-eval';
  return new XlsxWorkbook(workbook);
}

async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new UnreadableWorkbookError('notAFile');
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UnreadableWorkbookError('notFound');
    if (code === 'EISDIR') throw new UnreadableWorkbookError('notAFile');
    if (code === 'EACCES' || code === 'EPERM') throw new UnreadableWorkbookError('noPermission');
    if (code === 'EBUSY') throw new UnreadableWorkbookError('busy');
    // any other failure of the system to read it (EIO on a failing disk or share, ETIMEDOUT …) is the
    // file's or the machine's, not the program's: say so, with the system's code
    if (typeof code === 'string') throw new UnreadableWorkbookError('readFailed', error instanceof Error ? error.message : undefined, code);
    throw error;
  }
}
