import type { SheetGrid } from '../grid';
import { rangeAddress } from '../cells/a1';
import { lastRow, textAt, valueAt } from '../cells/grid-cells';
import type { RememberedTable, TableLocations } from '../detect/detection-types';
import { TABLE_KINDS, TABLE_SPECS } from '../detect/table-fields';
import { METADATA_SHEET } from '../owned-sheets';
import type { PlannedCell, WriteOp } from '../write-plan';
import { textCell, numberCell } from './planned-cells';

/**
 * The add-in's marker: a very hidden sheet of key | value rows that travels with the workbook, so a
 * colleague's copy knows the same table locations and the add-in knows its own columns and sheets.
 */
export const MARKER_SCHEMA_VERSION = 1;

/**
 * The look of the add-in's output (borders, alignment, widths), raised whenever it changes. The write
 * minimiser leaves a cell whose value is unchanged alone, taking its style for the one its value
 * gives; written in an older look, every output is written whole once, so a workbook scored by an
 * earlier version gets the new look everywhere at its next run, not in patches where values changed.
 * 2: every cell of the blocks beside the tables bordered and set at the top of its row.
 */
export const OUTPUT_STYLE_VERSION = 2;

export type OutputBlockKind = 'indicators' | 'budget';

/** where an output block was written, to know it again and to clear its stale rows when the table shrinks */
export interface OutputBlockRecord {
  sheet: string;
  headerRow: number;
  left: number;
  lastRow: number;
  /** the column of each of the block's headers, kept only when a person's columns stand among them */
  columns?: number[];
}

export interface WorkbookMarker {
  schemaVersion: number;
  /** table locations the user corrected (they override detection in everyone's copy) */
  tableLocations: TableLocations | null;
  outputs: Partial<Record<OutputBlockKind, OutputBlockRecord>>;
  /** content hash of each sheet the add-in wrote, by sheet name */
  sheetHashes: Record<string, string>;
  /**
   * the content hash each sheet the last run rewrote had before it (by sheet name): the marker is
   * written before the sheets, so after a run stopped partway a sheet may still hold that content,
   * which is the add-in's too
   */
  previousSheetHashes?: Record<string, string>;
  /** OUTPUT_STYLE_VERSION of the output the marker describes; 1 for a marker from before it was kept */
  outputStyle: number;
}

const KEY_SCHEMA = 'schemaVersion';
const KEY_WRITTEN_BY = 'writtenBy';
const KEY_LOCATIONS = 'tableLocations';
const KEY_OUTPUT = 'output.';
const KEY_HASH = 'hash.';
const KEY_PREVIOUS_HASH = 'previousHash.';
const KEY_OUTPUT_STYLE = 'outputStyle';
const WRITTEN_BY = 'perf-eval 绩效自评加载项';

export function emptyMarker(): WorkbookMarker {
  return { schemaVersion: MARKER_SCHEMA_VERSION, tableLocations: null, outputs: {}, sheetHashes: {}, outputStyle: OUTPUT_STYLE_VERSION };
}

/** The marker as stored, or null when the workbook has none. Rows it cannot read are ignored. */
export function readMarker(grids: readonly SheetGrid[]): WorkbookMarker | null {
  const grid = grids.find((candidate) => candidate.name === METADATA_SHEET);
  if (!grid) return null;
  const marker: WorkbookMarker = { ...emptyMarker(), outputStyle: 1 };
  for (let row = grid.top; row <= lastRow(grid); row += 1) {
    const key = textAt(grid, row, 1);
    const value = valueAt(grid, row, 2);
    const text = textAt(grid, row, 2);
    if (key === KEY_SCHEMA && typeof value === 'number') marker.schemaVersion = value;
    else if (key === KEY_OUTPUT_STYLE && typeof value === 'number') marker.outputStyle = value;
    else if (key === KEY_LOCATIONS) marker.tableLocations = parseTableLocations(text);
    else if (key.startsWith(KEY_OUTPUT)) {
      const kind = key.slice(KEY_OUTPUT.length);
      const record = parseOutputRecord(text);
      if ((kind === 'indicators' || kind === 'budget') && record) marker.outputs[kind] = record;
    } else if (key.startsWith(KEY_HASH) && text !== '') marker.sheetHashes[key.slice(KEY_HASH.length)] = text;
    else if (key.startsWith(KEY_PREVIOUS_HASH) && text !== '') {
      marker.previousSheetHashes = { ...marker.previousSheetHashes, [key.slice(KEY_PREVIOUS_HASH.length)]: text };
    }
  }
  return marker;
}

/** Rewrites the marker sheet whole (very hidden), clearing rows a previous, longer marker left. */
export function planMarker(marker: WorkbookMarker, existing: SheetGrid | null): WriteOp[] {
  const rows: PlannedCell[][] = [
    [textCell('key'), textCell('value')],
    [textCell(KEY_SCHEMA), numberCell(marker.schemaVersion, '0')],
    [textCell(KEY_WRITTEN_BY), textCell(WRITTEN_BY)],
    [textCell(KEY_OUTPUT_STYLE), numberCell(marker.outputStyle, '0')],
  ];
  if (marker.tableLocations) rows.push([textCell(KEY_LOCATIONS), textCell(JSON.stringify(marker.tableLocations))]);
  for (const kind of ['indicators', 'budget'] as const) {
    const record = marker.outputs[kind];
    if (record) rows.push([textCell(KEY_OUTPUT + kind), textCell(JSON.stringify(record))]);
  }
  for (const sheet of Object.keys(marker.sheetHashes).sort()) {
    rows.push([textCell(KEY_HASH + sheet), textCell(marker.sheetHashes[sheet])]);
  }
  const previous = marker.previousSheetHashes ?? {};
  for (const sheet of Object.keys(previous).sort()) {
    rows.push([textCell(KEY_PREVIOUS_HASH + sheet), textCell(previous[sheet])]);
  }
  const clearTo = Math.max(rows.length, existing ? lastRow(existing) : 0);
  return [
    { kind: 'ensureSheet', sheet: METADATA_SHEET, visibility: 'veryHidden' },
    { kind: 'clearRange', sheet: METADATA_SHEET, address: rangeAddress(1, 1, clearTo, 2) },
    { kind: 'setCells', sheet: METADATA_SHEET, top: 1, left: 1, cells: rows },
  ];
}

function parseJsonObject(text: string): object | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function parseOutputRecord(text: string): OutputBlockRecord | null {
  const parsed = parseJsonObject(text) as Partial<Record<keyof OutputBlockRecord, unknown>> | null;
  if (!parsed) return null;
  const { sheet, headerRow, left, lastRow: last, columns } = parsed;
  if (typeof sheet !== 'string' || !isRow(headerRow) || !isRow(left) || !isRow(last)) return null;
  const increasing = Array.isArray(columns) && columns.length > 0 && columns.every((column, index) => isRow(column) && (index === 0 || column > columns[index - 1]));
  return increasing && columns[0] === left ? { sheet, headerRow, left, lastRow: last, columns } : { sheet, headerRow, left, lastRow: last };
}

/** keeps only well-formed entries: the hidden sheet is data from the file, not trusted code */
function parseTableLocations(text: string): TableLocations | null {
  const parsed = parseJsonObject(text) as Record<string, unknown> | null;
  if (!parsed) return null;
  const locations: Record<string, RememberedTable<string>> = {};
  for (const kind of TABLE_KINDS) {
    const entry = parsed[kind] as Partial<Record<keyof RememberedTable<string>, unknown>> | undefined;
    if (!entry || typeof entry.sheet !== 'string' || !isRow(entry.headerRow)) continue;
    if (typeof entry.columns !== 'object' || entry.columns === null) continue;
    const known = new Set<string>(TABLE_SPECS[kind].fields.map((spec) => spec.field));
    const columns: Record<string, number> = {};
    for (const [field, column] of Object.entries(entry.columns)) {
      if (known.has(field) && isRow(column)) columns[field] = column;
    }
    locations[kind] = { sheet: entry.sheet, headerRow: entry.headerRow, columns };
  }
  return Object.keys(locations).length > 0 ? (locations as TableLocations) : null;
}

function isRow(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
