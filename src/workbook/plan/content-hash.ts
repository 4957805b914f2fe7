import { isCellError, type CellError, type CellScalar } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellAddress } from '../cells/a1';
import { isBlankValue, lastColumn, lastRow, valueAt } from '../cells/grid-cells';
import type { PlannedCell, WriteOp } from '../write-plan';

/**
 * A content hash of a sheet's values, the same whether computed from the cells the add-in planned or
 * from the sheet as read back later, so the add-in can tell whether someone edited a sheet it wrote.
 */
export function hashGridContent(grid: SheetGrid): string {
  const hash = new Fnv1a64();
  const bottom = lastRow(grid);
  const right = lastColumn(grid);
  for (let row = grid.top; row <= bottom; row += 1) {
    for (let column = grid.left; column <= right; column += 1) {
      const value = valueAt(grid, row, column);
      if (!isBlankValue(value)) hashCell(hash, row, column, value);
    }
  }
  return hash.digest();
}

/** the hash of `sheet` once the plan's ops are applied to an empty sheet */
export function hashPlannedContent(ops: readonly WriteOp[], sheet: string): string {
  // sparse rows of sparse columns: forEach visits them in ascending order, as the grid is read
  const rows: Array<Array<CellScalar | CellError>> = [];
  for (const op of ops) {
    if (op.kind !== 'setCells' || op.sheet !== sheet) continue;
    op.cells.forEach((line, rowOffset) => {
      const row = op.top + rowOffset;
      const stored = rows[row] ?? (rows[row] = []);
      line.forEach((cell, columnOffset) => {
        stored[op.left + columnOffset] = storedValue(cell);
      });
    });
  }
  const hash = new Fnv1a64();
  rows.forEach((line, row) =>
    line.forEach((value, column) => {
      if (!isBlankValue(value)) hashCell(hash, row, column, value);
    }),
  );
  return hash.digest();
}

function storedValue(cell: PlannedCell): CellScalar {
  return cell.kind === 'formula' ? cell.result ?? null : cell.value;
}

function hashCell(hash: Fnv1a64, row: number, column: number, value: CellScalar | CellError): void {
  hash.update(cellAddress(row, column));
  hash.update('\u0001');
  hash.update(valueText(value));
  hash.update('\u0002');
}

function valueText(value: CellScalar | CellError): string {
  if (isCellError(value)) return `e:${value.error}`;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  return `s:${String(value).trim()}`;
}

/** FNV-1a over UTF-16 code units, 64 bits kept as two 32-bit halves: small, stable, dependency-free. */
class Fnv1a64 {
  private high = 0xcbf29ce4;
  private low = 0x84222325;

  update(text: string): void {
    let { high, low } = this;
    for (let index = 0; index < text.length; index += 1) {
      low = (low ^ text.charCodeAt(index)) >>> 0;
      // × the FNV prime 2^40 + 0x1b3: low × 0x1b3 carries into high, and low << 40 lands in high.
      // low × 0x1b3 in 16-bit halves, so every step stays in integer arithmetic (a report hashes
      // hundreds of thousands of characters)
      const lowPart = (low & 0xffff) * 0x1b3;
      const highPart = (low >>> 16) * 0x1b3 + (lowPart >>> 16);
      high = (Math.imul(high, 0x1b3) + (highPart >>> 16) + (low << 8)) >>> 0;
      low = ((highPart << 16) | (lowPart & 0xffff)) >>> 0;
    }
    this.high = high;
    this.low = low;
  }

  digest(): string {
    return this.high.toString(16).padStart(8, '0') + this.low.toString(16).padStart(8, '0');
  }
}
