/**
 * Reading sheets through the Excel API: every requested sheet's used range — values, number formats
 * and value types, nothing more — and whether the sheet is protected, with, where ExcelApi 1.13 is
 * there, the sheet's merged areas, and the list of sheet names, in one sync.
 *
 * The sheets are asked for with getItemOrNullObject and their used range with
 * getUsedRangeOrNullObject chained on it, so a missing sheet costs nothing extra. If an Excel refuses
 * that chaining on a missing sheet, the read falls back to two syncs: list the sheets, then read
 * those that exist.
 *
 * Merged areas are asked of the whole sheet (getRange()), not of the used range: Excel gives only the
 * merges whose top-left cell lies in the range asked (office-js#3611), and a method chained on an
 * empty sheet's null used range could fail. Excel also refuses more than 512 merged areas in one
 * range; if the read with merges fails and the plain read does not, the sheets are read without them
 * (the grids then know of no merge, as on an older Excel).
 */
import type { CellError, CellScalar } from '../../domain/model';
import type { SheetGrid } from '../../workbook/grid';
import {
  officeErrorCode,
  type ExcelApiLike,
  type RangeAreasLike,
  type RangeLike,
  type RunOptionsLike,
  type WorksheetLike,
} from './excel-api-like';
import { parseAreasAddress, sameSheet } from './sheet-range';

export interface ReadSheetsOptions {
  /** read each sheet's merged areas (ExcelApi 1.13: capabilities.mergedAreas) */
  mergedAreas?: boolean;
}

export interface SheetsRead {
  grids: SheetGrid[];
  /** every sheet of the workbook, in tab order */
  sheetNames: string[];
  /** the sheets read that are protected (ExcelApi 1.2): Excel refuses to change their cells */
  protectedSheets: string[];
}

const RANGE_PROPERTIES = ['values', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex'];

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
  try {
    return await readInOneSync(excel, wanted, runOptions, merges);
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === null || (!CHAINING_REFUSED.has(code) && !merges)) throw error;
    const existing = await listSheetNames(excel, runOptions);
    try {
      return await readExisting(excel, wanted, existing, runOptions, merges);
    } catch (second) {
      if (!merges || officeErrorCode(second) === null) throw second;
      return readExisting(excel, wanted, existing, runOptions, false);
    }
  }
}

interface SheetRequest {
  sheet: WorksheetLike;
  used: RangeLike;
  merged: RangeAreasLike | null;
}

function requestSheet(sheet: WorksheetLike, merges: boolean): SheetRequest {
  sheet.load('name, visibility');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(false).load(RANGE_PROPERTIES);
  const merged = merges ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null;
  return { sheet, used, merged };
}

async function readInOneSync(excel: ExcelApiLike, names: string[], runOptions: RunOptionsLike, merges: boolean): Promise<SheetsRead> {
  return excel.run(runOptions, async (context) => {
    const all = context.workbook.worksheets.load('items/name');
    const requests = names.map((name) => requestSheet(context.workbook.worksheets.getItemOrNullObject(name), merges));
    await context.sync();
    const found = requests.filter(({ sheet }) => !sheet.isNullObject);
    return { grids: found.map(toGrid), sheetNames: all.items.map((sheet) => sheet.name), protectedSheets: protectedNames(found) };
  });
}

async function readExisting(excel: ExcelApiLike, names: string[], existing: string[], runOptions: RunOptionsLike, merges: boolean): Promise<SheetsRead> {
  const present = names.filter((name) => existing.some((other) => sameSheet(other, name)));
  return excel.run(runOptions, async (context) => {
    const requests = present.map((name) => requestSheet(context.workbook.worksheets.getItem(name), merges));
    if (requests.length > 0) await context.sync();
    return { grids: requests.map(toGrid), sheetNames: existing, protectedSheets: protectedNames(requests) };
  });
}

function protectedNames(requests: readonly SheetRequest[]): string[] {
  return requests.filter(({ sheet }) => sheet.protection.protected).map(({ sheet }) => sheet.name);
}

/** a used range as the SheetGrid every host returns; an empty sheet reads as A1 alone */
function toGrid({ sheet, used, merged }: SheetRequest): SheetGrid {
  const visibility = gridVisibility(sheet.visibility);
  const areas = merged === null || merged.isNullObject ? [] : parseAreasAddress(merged.address);
  // as the xlsx host: no merges, no property
  const merges = areas.length > 0 ? { merges: areas } : {};
  if (used.isNullObject) return { name: sheet.name, top: 1, left: 1, values: [[null]], numberFormats: [['General']], visibility, ...merges };
  const types = used.valueTypes;
  const values = used.values.map((row, r) => row.map((value, c) => cellValue(value, types[r][c])));
  const numberFormats = used.numberFormat.map((row) => row.map((format) => (typeof format === 'string' ? format : 'General')));
  return { name: sheet.name, top: used.rowIndex + 1, left: used.columnIndex + 1, values, numberFormats, visibility, ...merges };
}


/**
 * Office.js gives "" for a blank cell and the error's text ("#N/A") for an error. A formula that shows
 * nothing (=IF(K2="","",K2)) also gives "", typed String rather than Empty: it stays "", so that the
 * add-in sees the cell is taken (isOccupiedAt) while reading it as blank.
 */
function cellValue(value: unknown, type: string): CellScalar | CellError {
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
