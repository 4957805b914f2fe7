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
  const entries: Array<[number, number, CellScalar | CellError]> = [];
  const bottom = lastRow(grid);
  const right = lastColumn(grid);
  for (let row = grid.top; row <= bottom; row += 1) {
    for (let column = grid.left; column <= right; column += 1) {
      const value = valueAt(grid, row, column);
      if (!isBlankValue(value)) entries.push([row, column, value]);
    }
  }
  return hashEntries(entries);
}

/** the hash of `sheet` once the plan's ops are applied to an empty sheet */
export function hashPlannedContent(ops: readonly WriteOp[], sheet: string): string {
  const cells = new Map<string, [number, number, CellScalar | CellError]>();
  for (const op of ops) {
    if (op.kind !== 'setCells' || op.sheet !== sheet) continue;
    op.cells.forEach((line, rowOffset) =>
      line.forEach((cell, columnOffset) => {
        const row = op.top + rowOffset;
        const column = op.left + columnOffset;
        cells.set(`${row},${column}`, [row, column, storedValue(cell)]);
      }),
    );
  }
  return hashEntries([...cells.values()].filter(([, , value]) => !isBlankValue(value)));
}

function storedValue(cell: PlannedCell): CellScalar {
  return cell.kind === 'formula' ? cell.result ?? null : cell.value;
}

function hashEntries(entries: Array<[number, number, CellScalar | CellError]>): string {
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const text = entries.map(([row, column, value]) => `${cellAddress(row, column)}\u0001${valueText(value)}`).join('\u0002');
  return fnv1a64(text);
}

function valueText(value: CellScalar | CellError): string {
  if (isCellError(value)) return `e:${value.error}`;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  return `s:${String(value).trim()}`;
}

/** FNV-1a over UTF-16 code units, 64 bits kept as two 32-bit halves: small, stable, dependency-free. */
function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let index = 0; index < text.length; index += 1) {
    low = (low ^ text.charCodeAt(index)) >>> 0;
    // × the FNV prime 2^40 + 0x1b3: low × 0x1b3 carries into high, and low << 40 lands in high
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x100000000);
    high = (high * 0x1b3 + carry + ((low << 8) >>> 0)) % 0x100000000;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
