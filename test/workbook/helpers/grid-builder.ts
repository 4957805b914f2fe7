import type { CellError, CellScalar } from '../../../src/domain/model';
import type { SheetGrid } from '../../../src/workbook/grid';

/** A cell of a test sheet: a plain value, or a value with its number format. */
export type CellInput = CellScalar | CellError | undefined | { value: CellScalar | CellError; format: string };

function isFormatted(cell: CellInput): cell is { value: CellScalar | CellError; format: string } {
  return typeof cell === 'object' && cell !== null && 'format' in cell;
}

/** Builds a SheetGrid from a 2D array the way hosts read it: blanks as null, every row as wide as the widest. */
export function sheet(
  name: string,
  rows: CellInput[][],
  options: { top?: number; left?: number; visibility?: SheetGrid['visibility'] } = {},
): SheetGrid {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, index) => {
      const cell = row[index];
      if (cell === undefined || cell === '') return null;
      return isFormatted(cell) ? cell.value : cell;
    }),
  );
  const numberFormats = rows.map((row) =>
    Array.from({ length: width }, (_, index) => {
      const cell = row[index];
      return isFormatted(cell) ? cell.format : 'General';
    }),
  );
  const grid: SheetGrid = { name, top: options.top ?? 1, left: options.left ?? 1, values, numberFormats };
  if (options.visibility) grid.visibility = options.visibility;
  return grid;
}

export function blankRows(count: number): CellInput[][] {
  return Array.from({ length: count }, () => []);
}

/** rows with the columns reordered by header: `reorder(rows, ['三级指标', '一级指标', …])` */
export function reorderColumns(rows: CellInput[][], order: readonly string[]): CellInput[][] {
  const header = rows[0] as string[];
  const indexes = order.map((name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name}`);
    return index;
  });
  return rows.map((row) => indexes.map((index) => row[index]));
}
