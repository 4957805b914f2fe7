/**
 * What the playground grid needs of a workbook. The in-memory Excel provides it (memory-adapter.ts);
 * the grid never reaches into the workbook's internals.
 */
import type { CellError, CellScalar } from '../domain/model';
import type { GridRange } from './grid-range';

export interface GridCell {
  value: CellScalar | CellError;
  numberFormat?: string;
  /** the formula when the cell holds one ("=SUM(A1:A3)") */
  formula?: string | null;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
}

export interface GridSheet {
  name: string;
  /** last used row and column (0 when the sheet is empty) */
  lastRow: number;
  lastColumn: number;
  cell(row: number, column: number): GridCell | null;
  /** width in characters, when set */
  columnWidth(column: number): number | null;
}

export interface WorkbookSelection {
  sheet: string;
  range: GridRange;
}

export interface PlaygroundWorkbook {
  /** visible sheets in tab order */
  sheets(): GridSheet[];
  activeSheet(): string;
  activateSheet(name: string): void;
  selection(): WorkbookSelection | null;
  /** the person selects cells: what getSelectedRange() returns afterwards */
  select(selection: WorkbookSelection): void;
  /** the person types into a cell and presses Enter: fires onChanged like Excel */
  userEdit(sheet: string, row: number, column: number, value: CellScalar): void;
  /** called after every change of cells, sheets or selection */
  subscribe(listener: () => void): () => void;
  /** a number that changes with every change, so React knows when to draw again */
  version(): number;
}
