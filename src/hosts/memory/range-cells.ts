/**
 * What range operations do to a sheet's cells, with Excel's rules for 2D input: the array must have
 * the range's shape (InvalidArgument otherwise), a single value fills every cell, null leaves a cell
 * unchanged and "" clears it.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values#null-input-in-2-d-array
 */
import type { CellError, CellScalar } from '../../domain/model';
import { GENERAL_FORMAT, interpretInput } from './cell-input';
import {
  cellPosition,
  readCell,
  writeCell,
  type CellFormat,
  type CellHyperlink,
  type CellState,
  type SheetState,
} from './document-state';
import { MemoryOfficeError } from './office-error';
import { rangeContains, rangesMeet } from '../../workbook/cells/cell-range';
import { boundsHeight, boundsWidth, type Bounds } from './range-address';

/** ranges larger than this are changed through the cells that exist, not cell by cell */
const CELL_BY_CELL_LIMIT = 200_000;

type CellInput = (rowOffset: number, columnOffset: number) => unknown;

/** the value for each cell of the range, or InvalidArgument when the array's shape does not fit */
export function cellInputs(input: unknown, bounds: Bounds, property: string, location: string): CellInput {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) {
      throw new MemoryOfficeError('InvalidArgument', `null is not a valid value for ${property}.`, location);
    }
    return () => input;
  }
  const height = boundsHeight(bounds);
  const width = boundsWidth(bounds);
  const fits = input.length === height && input.every((row) => Array.isArray(row) && row.length === width);
  if (!fits) {
    const rows = input.length;
    const columns = Array.isArray(input[0]) ? (input[0] as unknown[]).length : 0;
    throw new MemoryOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${columns} given for ${height}×${width}).`,
      location,
    );
  }
  return (rowOffset, columnOffset) => (input[rowOffset] as unknown[])[columnOffset];
}

/** values or formulas: each string is read as Excel reads typed input */
export function writeContents(sheet: SheetState, bounds: Bounds, input: CellInput): void {
  forEachPosition(bounds, (row, column, rowOffset, columnOffset) => {
    const given = input(rowOffset, columnOffset);
    if (given === null) return;
    const cell = readCell(sheet, row, column);
    const content = interpretInput(given, cell.numberFormat);
    const next: CellState = { ...cell, value: null, formula: null, quotePrefix: false };
    if (content.kind === 'formula') next.formula = content.formula;
    if (content.kind === 'constant') {
      next.value = content.value;
      next.quotePrefix = content.quotePrefix;
      if (content.impliedFormat && cell.numberFormat === GENERAL_FORMAT) next.numberFormat = content.impliedFormat;
    }
    writeCell(sheet, row, column, next);
  });
}

export function writeNumberFormats(sheet: SheetState, bounds: Bounds, input: CellInput): void {
  forEachPosition(bounds, (row, column, rowOffset, columnOffset) => {
    const given = input(rowOffset, columnOffset);
    if (given === null) return;
    const numberFormat = given === '' ? GENERAL_FORMAT : String(given);
    writeCell(sheet, row, column, { ...readCell(sheet, row, column), numberFormat });
  });
}

export function patchFormat(sheet: SheetState, bounds: Bounds, patch: CellFormat): void {
  forEachCellToChange(sheet, bounds, (row, column, cell) => {
    const borders = patch.borders ? { ...cell.format.borders, ...patch.borders } : cell.format.borders;
    const format: CellFormat = { ...cell.format, ...patch };
    if (borders) format.borders = borders;
    // a patch with `undefined` removes the format (fill.clear())
    for (const name of Object.keys(format) as Array<keyof CellFormat>) if (format[name] === undefined) delete format[name];
    writeCell(sheet, row, column, { ...cell, format });
  });
}

export type ClearTarget = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

/** Range.clear(applyTo): "All" also unmerges, since merging is part of the format */
export function clearCells(sheet: SheetState, bounds: Bounds, applyTo: ClearTarget): void {
  const clearsContents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const clearsFormats = applyTo === 'All' || applyTo === 'Formats';
  const clearsLinks = applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks';
  const changes: Array<[number, number, CellState]> = [];
  const visit = (row: number, column: number, cell: CellState): void => {
    const next: CellState = { ...cell };
    if (clearsContents) Object.assign(next, { value: null, formula: null, quotePrefix: false });
    if (clearsFormats) Object.assign(next, { numberFormat: GENERAL_FORMAT, format: {} });
    if (clearsLinks) next.hyperlink = null;
    changes.push([row, column, next]);
  };
  for (const [key, cell] of sheet.cells) {
    const { row, column } = cellPosition(key);
    if (row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right) visit(row, column, cell);
  }
  for (const [row, column, next] of changes) writeCell(sheet, row, column, next);
  if (clearsFormats) sheet.merges = sheet.merges.filter((merge) => !rangeContains(bounds, merge));
}

/**
 * Range.merge(across): the merged area keeps the upper-left value; merges it overlaps are replaced.
 * Excel on the web refuses to merge across an existing merge it only partly covers; the stand-in
 * replaces it, which is what the add-in's own plans do anyway (they clear their block first).
 */
export function mergeCells(sheet: SheetState, bounds: Bounds, across: boolean): void {
  const areas: Bounds[] = across
    ? Array.from({ length: boundsHeight(bounds) }, (_, index) => ({ ...bounds, top: bounds.top + index, bottom: bounds.top + index }))
    : [bounds];
  sheet.merges = sheet.merges.filter((merge) => !rangesMeet(merge, bounds));
  for (const area of areas) {
    if (boundsHeight(area) === 1 && boundsWidth(area) === 1) continue;
    forEachPosition(area, (row, column) => {
      if (row === area.top && column === area.left) return;
      const cell = readCell(sheet, row, column);
      if (cell.value !== null || cell.formula !== null) writeCell(sheet, row, column, { ...cell, value: null, formula: null, quotePrefix: false });
    });
    sheet.merges.push({ ...area });
  }
}

export function unmergeCells(sheet: SheetState, bounds: Bounds): void {
  sheet.merges = sheet.merges.filter((merge) => !rangesMeet(merge, bounds));
}

/** Range.hyperlink: the cell shows textToDisplay (else the link itself) */
export function linkCells(sheet: SheetState, bounds: Bounds, link: CellHyperlink): void {
  const shown = link.textToDisplay ?? link.documentReference ?? link.address ?? null;
  forEachPosition(bounds, (row, column) => {
    const cell = readCell(sheet, row, column);
    const next: CellState = { ...cell, hyperlink: { ...link } };
    if (shown !== null) Object.assign(next, { value: shown, formula: null, quotePrefix: false });
    writeCell(sheet, row, column, next);
  });
}

/** a uniform format property of the range, or null when its cells differ (as Excel reports it) */
export function uniformFormat<T>(sheet: SheetState, bounds: Bounds, pick: (cell: CellState) => T): T | null {
  let first: { value: T } | null = null;
  let uniform = true;
  forEachPosition(clipForReading(bounds), (row, column) => {
    if (!uniform) return;
    const value = pick(readCell(sheet, row, column));
    if (!first) first = { value };
    else if (JSON.stringify(first.value) !== JSON.stringify(value)) uniform = false;
  });
  return uniform && first ? (first as { value: T }).value : null;
}

/** one 2D array over the range, cell by cell */
export function cellMatrix<T>(sheet: SheetState, bounds: Bounds, pick: (cell: CellState, row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const line: T[] = [];
    for (let column = bounds.left; column <= bounds.right; column++) line.push(pick(readCell(sheet, row, column), row, column));
    rows.push(line);
  }
  return rows;
}

export function cellCount(bounds: Bounds): number {
  return boundsHeight(bounds) * boundsWidth(bounds);
}

/** what `values` shows for a value: blanks as "", errors as their text */
export function shownValue(value: CellScalar | CellError | null): CellScalar {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

export type RangeValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function valueTypeOf(value: CellScalar | CellError | null): RangeValueType {
  if (value === null || value === '') return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

function forEachPosition(bounds: Bounds, visit: (row: number, column: number, rowOffset: number, columnOffset: number) => void): void {
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    for (let column = bounds.left; column <= bounds.right; column++) visit(row, column, row - bounds.top, column - bounds.left);
  }
}

/**
 * Formats on a very large range (whole columns) change the cells that exist: the stand-in keeps no
 * column-level formats, so a cell typed there later starts with the General format.
 */
function forEachCellToChange(sheet: SheetState, bounds: Bounds, visit: (row: number, column: number, cell: CellState) => void): void {
  if (cellCount(bounds) <= CELL_BY_CELL_LIMIT) {
    forEachPosition(bounds, (row, column) => visit(row, column, readCell(sheet, row, column)));
    return;
  }
  const inside: Array<[number, number, CellState]> = [];
  for (const [key, cell] of sheet.cells) {
    const { row, column } = cellPosition(key);
    if (row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right) inside.push([row, column, cell]);
  }
  for (const [row, column, cell] of inside) visit(row, column, cell);
}

function clipForReading(bounds: Bounds): Bounds {
  if (cellCount(bounds) <= CELL_BY_CELL_LIMIT) return bounds;
  return { ...bounds, bottom: Math.min(bounds.bottom, bounds.top + Math.floor(CELL_BY_CELL_LIMIT / boundsWidth(bounds)) - 1) };
}
