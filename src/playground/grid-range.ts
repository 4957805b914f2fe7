/** Rectangular selections in the playground grid, in 1-based rows and columns. */
import type { Bounds } from '../hosts/memory/range-address';

export interface GridPoint {
  row: number;
  column: number;
}

export function rangeBetween(anchor: GridPoint, focus: GridPoint): Bounds {
  return {
    top: Math.min(anchor.row, focus.row),
    left: Math.min(anchor.column, focus.column),
    bottom: Math.max(anchor.row, focus.row),
    right: Math.max(anchor.column, focus.column),
  };
}

export function boundsContainCell(bounds: Bounds, row: number, column: number): boolean {
  return row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right;
}
