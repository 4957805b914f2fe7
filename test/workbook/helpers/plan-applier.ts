import type { CellError, CellScalar } from '../../../src/domain/model';
import { parseCellAddress } from '../../../src/workbook/cells/a1';
import { parseRange, type CellRange } from '../../../src/workbook/cells/cell-range';
import type { SheetGrid } from '../../../src/workbook/grid';
import type { WorkbookPort } from '../../../src/workbook/port';
import type { PlannedCell, WriteOp, WritePlan } from '../../../src/workbook/write-plan';

/**
 * A tiny pure applier: what a workbook's sheets read like after a plan is applied (values and number
 * formats; a formula reads as its result; merged areas as a host that reads them gives them, a clear
 * undoing the merges inside it as Excel's does), plus every planned cell by address for style assertions.
 */
interface StoredCell {
  value: CellScalar | CellError;
  format: string;
  planned?: PlannedCell;
}

interface StoredSheet {
  name: string;
  visibility: NonNullable<SheetGrid['visibility']>;
  cells: Map<string, StoredCell>;
  merges: CellRange[];
}

export interface AppliedWorkbook {
  grids: SheetGrid[];
  /** the planned cell last written at "Sheet!A1" */
  planned(sheet: string, address: string): PlannedCell | undefined;
  merges: Array<{ sheet: string; address: string }>;
}

export function applyPlan(grids: readonly SheetGrid[], plan: WritePlan): AppliedWorkbook {
  const sheets = grids.map(storedSheet);
  const merges: AppliedWorkbook['merges'] = [];
  for (const op of plan.ops) applyOp(sheets, op, merges);
  return {
    grids: sheets.map(gridOf),
    planned: (sheet, address) => {
      const at = parseCellAddress(address);
      return at ? sheets.find((s) => s.name === sheet)?.cells.get(key(at.row, at.column))?.planned : undefined;
    },
    merges,
  };
}

function applyOp(sheets: StoredSheet[], op: WriteOp, merges: AppliedWorkbook['merges']): void {
  if (op.kind === 'ensureSheet') {
    if (!sheets.some((sheet) => sheet.name === op.sheet)) {
      sheets.push({ name: op.sheet, visibility: op.visibility ?? 'visible', cells: new Map(), merges: [] });
    }
    return;
  }
  const sheet = sheets.find((candidate) => candidate.name === op.sheet);
  if (!sheet) throw new Error(`plan writes to sheet ${op.sheet} before ensuring it`);
  if (op.kind === 'clearRange') {
    const [start, end] = op.address.split(':');
    const from = parseCellAddress(start);
    const to = parseCellAddress(end ?? start);
    if (!from || !to) throw new Error(`bad address ${op.address}`);
    for (let row = from.row; row <= to.row; row += 1) {
      for (let column = from.column; column <= to.column; column += 1) sheet.cells.delete(key(row, column));
    }
    sheet.merges = sheet.merges.filter((m) => !(m.top >= from.row && m.bottom <= to.row && m.left >= from.column && m.right <= to.column));
  } else if (op.kind === 'setCells') {
    op.cells.forEach((line, rowOffset) =>
      line.forEach((cell, columnOffset) => {
        const value = cell.kind === 'formula' ? cell.result ?? null : cell.value;
        sheet.cells.set(key(op.top + rowOffset, op.left + columnOffset), { value, format: cell.numberFormat ?? 'General', planned: cell });
      }),
    );
  } else if (op.kind === 'merge') {
    merges.push({ sheet: op.sheet, address: op.address });
    const area = parseRange(op.address);
    if (!area) throw new Error(`bad address ${op.address}`);
    // as Excel: a merge takes in the merged areas it overlaps (merging one again changes nothing)
    sheet.merges = sheet.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
    sheet.merges.push(area);
  }
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function storedSheet(grid: SheetGrid): StoredSheet {
  const cells = new Map<string, StoredCell>();
  grid.values.forEach((line, rowOffset) =>
    line.forEach((value, columnOffset) => {
      if (value !== null) {
        cells.set(key(grid.top + rowOffset, grid.left + columnOffset), { value, format: grid.numberFormats[rowOffset]?.[columnOffset] ?? 'General' });
      }
    }),
  );
  return { name: grid.name, visibility: grid.visibility ?? 'visible', cells, merges: [...(grid.merges ?? [])] };
}

/** the used range as hosts read it: the bounding box of the non-blank cells (A1 alone when empty) */
function gridOf(sheet: StoredSheet): SheetGrid {
  const filled = [...sheet.cells.entries()].filter(([, cell]) => cell.value !== null && cell.value !== '');
  const positions = filled.map(([position]) => position.split(',').map(Number));
  const top = positions.length ? Math.min(...positions.map(([row]) => row)) : 1;
  const left = positions.length ? Math.min(...positions.map(([, column]) => column)) : 1;
  const bottom = positions.length ? Math.max(...positions.map(([row]) => row)) : 1;
  const right = positions.length ? Math.max(...positions.map(([, column]) => column)) : 1;
  const values: Array<Array<CellScalar | CellError>> = [];
  const numberFormats: string[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const valueLine: Array<CellScalar | CellError> = [];
    const formatLine: string[] = [];
    for (let column = left; column <= right; column += 1) {
      const cell = sheet.cells.get(key(row, column));
      valueLine.push(cell && cell.value !== '' ? cell.value : null);
      formatLine.push(cell?.format ?? 'General');
    }
    values.push(valueLine);
    numberFormats.push(formatLine);
  }
  const grid: SheetGrid = { name: sheet.name, top, left, values, numberFormats };
  if (sheet.visibility !== 'visible') grid.visibility = sheet.visibility;
  if (sheet.merges.length > 0) grid.merges = sheet.merges.map((m) => ({ ...m }));
  return grid;
}

/** A WorkbookPort over grids, applying plans with applyPlan and counting round trips. */
export class GridPort implements WorkbookPort {
  grids: SheetGrid[];
  applied: WritePlan[] = [];
  reads = 0;
  lastApplied: AppliedWorkbook | null = null;

  constructor(grids: SheetGrid[]) {
    this.grids = grids;
  }

  async sheetNames(): Promise<string[]> {
    return this.grids.map((grid) => grid.name);
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    this.reads += 1;
    return this.grids.filter((grid) => names.includes(grid.name));
  }

  async readWorkbook(): Promise<SheetGrid[]> {
    return this.readSheets(await this.sheetNames());
  }

  async apply(plan: WritePlan): Promise<void> {
    this.applied.push(plan);
    this.lastApplied = applyPlan(this.grids, plan);
    this.grids = this.lastApplied.grids;
  }

  grid(name: string): SheetGrid {
    const found = this.grids.find((grid) => grid.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }
}
