import type { CellRef, IndicatorField, IndicatorRow, Severity, Warning, WarningCode } from '../model';
import { CODE_INFO, WarningMessage, type CodeInfo, type WarningParams } from '../warnings/catalogue';
import { CellWarning } from '../warnings/cell-warning';

/**
 * Where a finding points: a cell, a whole sheet (address null) or the whole workbook (sheet null).
 * row and column are kept as numbers so warnings sort without re-reading addresses; 0 for none.
 */
export interface FindingLocation {
  sheet: string | null;
  address: string | null;
  row: number;
  column: number;
}

/** A warning with the place it points to, as the warning-order test writes them. */
export interface Finding {
  code: WarningCode;
  at: FindingLocation;
  params: WarningParams;
  /** overrides the catalogue's severity where the same case weighs differently (LEVEL1_MISSING) */
  severity?: Severity;
}

/**
 * What scoring and the checks find, in the order found. Each finding is the report's warning at once
 * (its address and messages are written only when read, see CellWarning); beside it the findings keep
 * what the warnings stage orders them by, taken while the cell is at hand rather than read back from
 * 100,000 scattered cells at the end: the sheet (numbered as first seen), row, column and code. All of
 * it is kept in fixed-size chunks, so that growing never copies (nor leaves behind) ever larger arrays.
 */
export class Findings {
  /** sheet names by number − 1, in the order first seen */
  readonly sheets: string[] = [];
  /** the largest row and column kept */
  maxRow = 0;
  maxColumn = 0;
  /** every row and column kept is a whole number, as a CellRef's are */
  wholeCells = true;
  private count = 0;
  private readonly warnings: Warning[][] = [];
  /** its sheet's number in `sheets`, 0 for whole-workbook findings */
  private readonly sheetIds: Uint32Array[] = [];
  /** rows and columns outside Excel's count as 0 */
  private readonly rows: Float64Array[] = [];
  private readonly columns: Float64Array[] = [];
  /** the code's place in WARNING_CODES */
  private readonly ranks: Uint8Array[] = [];
  private lastSheet: string | null = null;
  private lastSheetId = 0;

  add(code: WarningCode, at: FindingLocation, params: WarningParams, severity?: Severity): void {
    const info = CODE_INFO.get(code);
    this.keep(warning(code, info, at.sheet, at.address, params, severity), at.sheet, at.row, at.column, rankOf(info));
  }

  /**
   * A finding about one field of an indicator row: at that field's cell; when the table has no such
   * column, at the row's 三级指标 cell, else at the row itself, so that it still lands on the right line.
   */
  addAtField(code: WarningCode, row: IndicatorRow, field: IndicatorField, params: WarningParams, severity?: Severity): void {
    const columns = row.columns;
    const column = fieldColumn(columns, field) ?? columns.level3 ?? 0;
    const info = CODE_INFO.get(code);
    const made = new CellWarning(code, severity ?? info?.severity ?? 'warning', row.sheet, row.row, column, params);
    this.keep(made, row.sheet, row.row, column, rankOf(info));
  }

  /** A warning made elsewhere (the budget's), pointing at `at`. */
  include(warning: Warning, at: FindingLocation): void {
    this.keep(warning, at.sheet, at.row, at.column, rankOf(CODE_INFO.get(warning.code)));
  }

  get length(): number {
    return this.count;
  }

  warningAt(i: number): Warning {
    return this.warnings[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  sheetIdAt(i: number): number {
    return this.sheetIds[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  rowAt(i: number): number {
    return this.rows[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  columnAt(i: number): number {
    return this.columns[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  rankAt(i: number): number {
    return this.ranks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  private keep(warning: Warning, sheet: string | null, atRow: number, atColumn: number, rank: number): void {
    const i = this.count++;
    const k = i & CHUNK_MASK;
    if (k === 0) {
      this.warnings.push(new Array<Warning>(CHUNK_SIZE));
      this.sheetIds.push(new Uint32Array(CHUNK_SIZE));
      this.rows.push(new Float64Array(CHUNK_SIZE));
      this.columns.push(new Float64Array(CHUNK_SIZE));
      this.ranks.push(new Uint8Array(CHUNK_SIZE));
    }
    const chunk = i >>> CHUNK_BITS;
    const row = atRow > 0 && atRow < ROW_SLOTS ? atRow : 0;
    const column = atColumn > 0 && atColumn < COLUMN_SLOTS ? atColumn : 0;
    this.warnings[chunk][k] = warning;
    this.sheetIds[chunk][k] = this.sheetId(sheet);
    this.rows[chunk][k] = row;
    this.columns[chunk][k] = column;
    this.ranks[chunk][k] = rank;
    if (row > this.maxRow) this.maxRow = row;
    if (column > this.maxColumn) this.maxColumn = column;
    if (!Number.isInteger(row) || !Number.isInteger(column)) this.wholeCells = false;
  }

  private sheetId(sheet: string | null): number {
    if (sheet === null) return 0;
    // findings come row by row, so the same sheet repeats
    if (sheet === this.lastSheet) return this.lastSheetId;
    let index = this.sheets.indexOf(sheet);
    if (index < 0) index = this.sheets.push(sheet) - 1;
    this.lastSheet = sheet;
    return (this.lastSheetId = index + 1);
  }
}

/** the report's warning, as createWarning makes it */
function warning(code: WarningCode, info: CodeInfo | undefined, sheet: string | null, cell: string | null, params: WarningParams, severity: Severity | undefined): Warning {
  return { code, severity: severity ?? info?.severity ?? 'warning', sheet, cell, message: new WarningMessage(code, params), params };
}

/** the code's place in WARNING_CODES, which orders warnings of one cell */
function rankOf(info: CodeInfo | undefined): number {
  return info?.rank ?? OTHER_CODE;
}

const CHUNK_BITS = 12;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/** Excel has 1,048,576 rows and 16,384 columns; the code ranks fit below 64. */
export const ROW_SLOTS = 2 ** 21;
export const COLUMN_SLOTS = 2 ** 15;
export const CODE_SLOTS = 64;
/** the rank of a code missing from WARNING_CODES: after every other */
const OTHER_CODE = CODE_SLOTS - 1;

export const WORKBOOK_LOCATION: FindingLocation = { sheet: null, address: null, row: 0, column: 0 };

export function sheetLocation(sheet: string): FindingLocation {
  return { sheet, address: null, row: 0, column: 0 };
}

export function cellLocation(cell: CellRef): FindingLocation {
  return cell;
}

/** columns[field], read by name: a lookup by a varying key is many times slower, and this runs per finding. */
function fieldColumn(columns: IndicatorRow['columns'], field: IndicatorField): number | undefined {
  switch (field) {
    case 'task':
      return columns.task;
    case 'level1':
      return columns.level1;
    case 'level2':
      return columns.level2;
    case 'level3':
      return columns.level3;
    case 'comparator':
      return columns.comparator;
    case 'target':
      return columns.target;
    case 'unit':
      return columns.unit;
    case 'actual':
      return columns.actual;
    case 'points':
      return columns.points;
    case 'selfScore':
      return columns.selfScore;
    case 'reason':
      return columns.reason;
  }
}
