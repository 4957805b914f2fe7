/**
 * Reading sheets through the Excel API: every requested sheet's used range — values, number formats
 * and value types, nothing more — and whether the sheet is protected, with, where ExcelApi 1.13 is
 * there, the sheet's merged areas, and the list of sheet names.
 *
 * Excel on the web refuses a response over 5 MB (learn.microsoft.com/office/dev/add-ins/excel/performance),
 * so no sync asks for more than MAX_READ_CELLS cells. The first sync asks, of each sheet, for the used
 * range's position and size and for the used cells of a window from A1 (its share of MAX_READ_CELLS):
 * a sheet that fits its window, as the sheets of an ordinary workbook do, is read in that one sync.
 * A sheet that does not is read in row slices in the syncs after, packed under MAX_READ_CELLS; a
 * slice Excel still finds too large (long texts) is halved, never sent again as it was.
 *
 * The sheets are asked for with getItemOrNullObject and their ranges chained on it, so a missing sheet
 * costs nothing extra. If an Excel refuses that chaining on a missing sheet, the first sync falls back
 * to two: list the sheets, then read those that exist.
 *
 * Merged areas are asked of the whole sheet (getRange()), not of the used range: Excel gives only the
 * merges whose top-left cell lies in the range asked (office-js#3611), and a method chained on an
 * empty sheet's null used range could fail. Excel also refuses more than 512 merged areas in one
 * range; if the read with merges fails and the plain read does not, the sheets are read without them
 * (the grids then know of no merge, as on an older Excel).
 *
 * The used range counts cells that only carry a format (getUsedRangeOrNullObject(false)), as the
 * .xlsx host does, so a cell formatted and blank reads as such on both hosts.
 */
import type { CellError, CellScalar } from '../../domain/model';
import type { SheetGrid } from '../../workbook/grid';
import type { CellRange } from '../../workbook/cells/cell-range';
import {
  officeErrorCode,
  type ExcelApiLike,
  type RangeAreasLike,
  type RangeLike,
  type RunOptionsLike,
  type WorksheetLike,
} from './excel-api-like';
import { parseAreasAddress, sameSheet } from './sheet-range';
import { packInOrder } from './pack-in-order';

export interface ReadSheetsOptions {
  /** read each sheet's merged areas (ExcelApi 1.13: capabilities.mergedAreas) */
  mergedAreas?: boolean;
  /** the cells one sync asks for at most (MAX_READ_CELLS) */
  maxCells?: number;
}

export interface SheetsRead {
  grids: SheetGrid[];
  /** every sheet of the workbook, in tab order */
  sheetNames: string[];
  /** the sheets read that are protected (ExcelApi 1.2): Excel refuses to change their cells */
  protectedSheets: string[];
}

const CELL_PROPERTIES = ['values', 'numberFormat', 'valueTypes'];
const EXTENT_PROPERTIES = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/**
 * the cells one read sync asks for at most: about 3 MB of response at the 31 bytes a cell measured
 * (a number or a short text, "General", "Double"), under the 5 MB of Excel on the web
 */
export const MAX_READ_CELLS = 100_000;
/** the first sync's window on each sheet is this wide (A:Z); its height is the sheet's share of the cells */
const WINDOW_COLUMNS = 26;
const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

/** the errors after which a second, plainer attempt can succeed */
const CHAINING_REFUSED = new Set(['ItemNotFound', 'InvalidArgument', 'GeneralException']);

export async function listSheetNames(excel: ExcelApiLike, runOptions: RunOptionsLike): Promise<string[]> {
  return excel.run(runOptions, async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
}

export async function readSheetGrids(excel: ExcelApiLike, names: readonly string[], runOptions: RunOptionsLike, options: ReadSheetsOptions = {}): Promise<SheetsRead> {
  const wanted = distinctNames(names);
  const merges = options.mergedAreas === true;
  const maxCells = options.maxCells ?? MAX_READ_CELLS;
  const windowRows = Math.max(1, Math.floor(maxCells / Math.max(1, wanted.length) / WINDOW_COLUMNS));
  let first: FirstRead;
  try {
    first = await readFirst(excel, wanted, runOptions, merges, windowRows);
  } catch (error) {
    // too much in the windows (long texts): every sheet in slices, which halve as needed
    if (officeErrorCode(error) === RESPONSE_TOO_LARGE) first = await readFirst(excel, wanted, runOptions, merges, 0);
    else first = await readFirstAfterRefusal(excel, wanted, runOptions, merges, windowRows, error);
  }
  const sliced = await readSlices(excel, first.sheets.flatMap((sheet) => (sheet.cells === null && sheet.extent !== null ? [sheet.extent] : [])), runOptions, maxCells);
  const grids = first.sheets.map((sheet) => toGrid(sheet, sheet.cells ?? (sheet.extent ? sliced.get(sheet.extent) : undefined)));
  return { grids, sheetNames: first.sheetNames, protectedSheets: first.sheets.filter((sheet) => sheet.isProtected).map((sheet) => sheet.name) };
}

async function readFirstAfterRefusal(
  excel: ExcelApiLike,
  wanted: string[],
  runOptions: RunOptionsLike,
  merges: boolean,
  windowRows: number,
  error: unknown,
): Promise<FirstRead> {
  const code = officeErrorCode(error);
  if (code === null || (!CHAINING_REFUSED.has(code) && !merges)) throw error;
  const existing = await listSheetNames(excel, runOptions);
  try {
    return await readFirst(excel, wanted, runOptions, merges, windowRows, existing);
  } catch (second) {
    const secondCode = officeErrorCode(second);
    if (!merges || secondCode === null || secondCode === RESPONSE_TOO_LARGE) throw second;
    return readFirst(excel, wanted, runOptions, false, windowRows, existing);
  }
}

/** where a sheet's used range lies, 0-based, as Excel gives it */
interface Extent {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface CellBlock {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

interface FirstSheet {
  name: string;
  visibility: string;
  isProtected: boolean;
  merged: CellRange[];
  /** null for an empty sheet */
  extent: Extent | null;
  /** the used range's cells when the window held them all; null when they are read in slices */
  cells: CellBlock | null;
}

interface FirstRead {
  sheets: FirstSheet[];
  sheetNames: string[];
}

interface SheetRequest {
  sheet: WorksheetLike;
  used: RangeLike;
  window: RangeLike | null;
  merged: RangeAreasLike | null;
}

function requestSheet(sheet: WorksheetLike, merges: boolean, windowRows: number): SheetRequest {
  sheet.load('name, visibility');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(false).load(EXTENT_PROPERTIES);
  const window = windowRows > 0 ? sheet.getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS).getUsedRangeOrNullObject(false).load([...CELL_PROPERTIES, ...EXTENT_PROPERTIES]) : null;
  const merged = merges ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null;
  return { sheet, used, window, merged };
}

/** @param existing the sheets known to exist: then they are asked for with getItem, not chained on a null object */
async function readFirst(excel: ExcelApiLike, names: string[], runOptions: RunOptionsLike, merges: boolean, windowRows: number, existing?: string[]): Promise<FirstRead> {
  return excel.run(runOptions, async (context) => {
    const worksheets = context.workbook.worksheets;
    const all = existing ? null : worksheets.load('items/name');
    const requests = existing
      ? names.filter((name) => existing.some((other) => sameSheet(other, name))).map((name) => requestSheet(worksheets.getItem(name), merges, windowRows))
      : names.map((name) => requestSheet(worksheets.getItemOrNullObject(name), merges, windowRows));
    if (all || requests.length > 0) await context.sync();
    const found = requests.filter(({ sheet }) => !sheet.isNullObject);
    return { sheets: found.map(firstSheet), sheetNames: all ? all.items.map((sheet) => sheet.name) : existing! };
  });
}

function firstSheet({ sheet, used, window, merged }: SheetRequest): FirstSheet {
  const base = {
    name: sheet.name,
    visibility: sheet.visibility,
    isProtected: sheet.protection.protected,
    merged: merged === null || merged.isNullObject ? [] : parseAreasAddress(merged.address),
  };
  if (used.isNullObject) return { ...base, extent: null, cells: null };
  const extent: Extent = { name: sheet.name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  const whole =
    window !== null &&
    !window.isNullObject &&
    window.rowIndex === extent.rowIndex &&
    window.columnIndex === extent.columnIndex &&
    window.rowCount === extent.rowCount &&
    window.columnCount === extent.columnCount;
  return { ...base, extent, cells: whole ? { values: window.values, numberFormat: window.numberFormat, valueTypes: window.valueTypes } : null };
}

interface Slice {
  extent: Extent;
  /** 0-based within the used range */
  firstRow: number;
  rows: number;
}

/** the used ranges too large for their window, in row slices of at most maxCells, packed into syncs of at most maxCells */
async function readSlices(excel: ExcelApiLike, extents: Extent[], runOptions: RunOptionsLike, maxCells: number): Promise<Map<Extent, CellBlock>> {
  const read = new Map<Slice, CellBlock>();
  const slices: Slice[] = [];
  for (const extent of extents) {
    const rowsPerSlice = Math.max(1, Math.floor(maxCells / extent.columnCount));
    for (let firstRow = 0; firstRow < extent.rowCount; firstRow += rowsPerSlice) slices.push({ extent, firstRow, rows: Math.min(rowsPerSlice, extent.rowCount - firstRow) });
  }
  const pending = packSlices(slices, maxCells);
  while (pending.length > 0) {
    const batch = pending.shift()!;
    try {
      await excel.run(runOptions, async (context) => {
        const ranges = batch.map(({ extent, firstRow, rows }) =>
          context.workbook.worksheets.getItem(extent.name).getRangeByIndexes(extent.rowIndex + firstRow, extent.columnIndex, rows, extent.columnCount).load(CELL_PROPERTIES),
        );
        await context.sync();
        batch.forEach((slice, index) => read.set(slice, { values: ranges[index].values, numberFormat: ranges[index].numberFormat, valueTypes: ranges[index].valueTypes }));
      });
    } catch (error) {
      if (officeErrorCode(error) !== RESPONSE_TOO_LARGE) throw error;
      pending.unshift(...halved(batch, error));
    }
  }
  const blocks = new Map<Extent, CellBlock>();
  for (const extent of extents) {
    const parts = [...read].filter(([slice]) => slice.extent === extent).sort(([a], [b]) => a.firstRow - b.firstRow).map(([, block]) => block);
    blocks.set(extent, {
      values: parts.flatMap((part) => part.values),
      numberFormat: parts.flatMap((part) => part.numberFormat),
      valueTypes: parts.flatMap((part) => part.valueTypes),
    });
  }
  return blocks;
}

function packSlices(slices: Slice[], maxCells: number): Slice[][] {
  return packInOrder(slices, (slice) => slice.rows * slice.extent.columnCount, maxCells);
}

/** a batch Excel found too large, as two smaller ones; a single row that is still too large cannot be read */
function halved(batch: Slice[], error: unknown): Slice[][] {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [slice] = batch;
  if (slice.rows === 1) throw error;
  const top = slice.rows >> 1;
  return [[{ ...slice, rows: top }], [{ ...slice, firstRow: slice.firstRow + top, rows: slice.rows - top }]];
}

/** a used range as the SheetGrid every host returns; an empty sheet reads as A1 alone */
function toGrid(sheet: FirstSheet, cells: CellBlock | undefined): SheetGrid {
  const visibility = gridVisibility(sheet.visibility);
  // as the xlsx host: no merges, no property
  const merges = sheet.merged.length > 0 ? { merges: sheet.merged } : {};
  if (sheet.extent === null || !cells) return { name: sheet.name, top: 1, left: 1, values: [[null]], numberFormats: [['General']], visibility, ...merges };
  const types = cells.valueTypes;
  const values = cells.values.map((row, r) => row.map((value, c) => cellValue(value, types[r][c])));
  const numberFormats = cells.numberFormat.map((row) => row.map((format) => (typeof format === 'string' ? format : 'General')));
  return { name: sheet.name, top: sheet.extent.rowIndex + 1, left: sheet.extent.columnIndex + 1, values, numberFormats, visibility, ...merges };
}

/**
 * Office.js gives "" for a blank cell and the error's text ("#N/A") for an error. A formula that shows
 * nothing (=IF(K2="","",K2)) also gives "", typed String rather than Empty: it stays "", so that the
 * add-in sees the cell is taken (isOccupiedAt) while reading it as blank.
 */
export function cellValue(value: unknown, type: string): CellScalar | CellError {
  if (type === 'Error') return { error: String(value) };
  if (type === 'String' && value === '') return '';
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function gridVisibility(visibility: string): SheetGrid['visibility'] {
  if (visibility === 'VeryHidden') return 'veryHidden';
  if (visibility === 'Hidden') return 'hidden';
  return 'visible';
}

function distinctNames(names: readonly string[]): string[] {
  const seen: string[] = [];
  for (const name of names) if (!seen.some((other) => sameSheet(other, name))) seen.push(name);
  return seen;
}
