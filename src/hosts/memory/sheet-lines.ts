/**
 * A person inserting or deleting whole rows or columns (右键 → 插入 / 删除): the cells after them move,
 * and so do merged areas, column widths, row heights and data validation, as Excel moves them. A merge
 * or rule the change cuts through grows or shrinks with it; one whose lines are all deleted is gone.
 * The stand-in has no formula engine, so it cannot rewrite formulas' references as Excel does: a
 * workbook holding a formula refuses the change rather than keep references that point elsewhere.
 */
import { cellKey, cellPosition, type CellState, type SheetState } from './document-state';
import type { Bounds } from './range-address';

export type LineAxis = 'rows' | 'columns';

/** `count` blank lines before line `at` (1-based): line `at` and those after move by `count` */
export function insertLines(sheet: SheetState, axis: LineAxis, at: number, count: number): void {
  moveLines(sheet, axis, (line) => (line >= at ? line + count : line), (start, end) => {
    // a merge or rule spanning the insertion point (not starting at it) widens over the new lines
    if (start < at && end >= at) return [start, end + count];
    return start >= at ? [start + count, end + count] : [start, end];
  });
}

/** deletes lines `at` to `at + count - 1`: those after move back by `count` */
export function deleteLines(sheet: SheetState, axis: LineAxis, at: number, count: number): void {
  const last = at + count - 1;
  moveLines(sheet, axis, (line) => (line < at ? line : line > last ? line - count : null), (start, end) => {
    const keptBefore = Math.max(0, Math.min(end, at - 1) - start + 1);
    const keptAfter = Math.max(0, end - Math.max(start, last + 1) + 1);
    if (keptBefore + keptAfter === 0) return null;
    const newStart = start < at ? start : start > last ? start - count : at;
    return [newStart, newStart + keptBefore + keptAfter - 1];
  });
}

/** whether any sheet holds a formula (whose references the change would have to rewrite) */
export function holdsFormula(sheets: readonly SheetState[]): boolean {
  return sheets.some((sheet) => [...sheet.cells.values()].some((cell) => cell.formula !== null));
}

function moveLines(
  sheet: SheetState,
  axis: LineAxis,
  moveLine: (line: number) => number | null,
  moveSpan: (start: number, end: number) => [number, number] | null,
): void {
  const cells = new Map<number, CellState>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = cellPosition(key);
    const moved = moveLine(axis === 'rows' ? row : column);
    if (moved === null) continue;
    cells.set(axis === 'rows' ? cellKey(moved, column) : cellKey(row, moved), cell);
  }
  sheet.cells = cells;
  const moveBounds = (bounds: Bounds): Bounds | null => {
    const span = axis === 'rows' ? moveSpan(bounds.top, bounds.bottom) : moveSpan(bounds.left, bounds.right);
    if (!span) return null;
    return axis === 'rows' ? { ...bounds, top: span[0], bottom: span[1] } : { ...bounds, left: span[0], right: span[1] };
  };
  // a merge cut down to one cell is no merge
  sheet.merges = sheet.merges.flatMap((merge) => {
    const moved = moveBounds(merge);
    return moved && (moved.top !== moved.bottom || moved.left !== moved.right) ? [moved] : [];
  });
  sheet.validations = sheet.validations.flatMap((validation) => {
    const bounds = moveBounds(validation.bounds);
    return bounds ? [{ ...validation, bounds }] : [];
  });
  const sizes = axis === 'rows' ? sheet.rowHeights : sheet.columnWidths;
  const movedSizes = new Map<number, number>();
  for (const [line, size] of sizes) {
    const moved = moveLine(line);
    if (moved !== null) movedSizes.set(moved, size);
  }
  if (axis === 'rows') sheet.rowHeights = movedSizes;
  else sheet.columnWidths = movedSizes;
}
