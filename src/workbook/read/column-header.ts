import { oneLineName } from '../../domain/narrative/quoted-text';
import type { SheetGrid } from '../grid';
import { mergedAreaAt, textAt } from '../cells/grid-cells';
import type { DetectedTable } from '../detect/detection-types';
import type { TableKind } from '../detect/table-fields';

/**
 * A column's header as the reader sees it, for a message to name the column: from the lowest of the
 * header rows that names it (a cell merged down a two-row header included), a header broken over lines
 * in its cell on one line ("偏差原因\n分析" → 偏差原因分析); '' when it has none.
 */
export function columnHeaderText(grid: SheetGrid, table: DetectedTable<TableKind>, column: number): string {
  for (let row = table.headerRow; row >= table.firstHeaderRow; row -= 1) {
    const merged = mergedAreaAt(grid, row, column);
    const text = merged ? textAt(grid, merged.top, merged.left) : textAt(grid, row, column);
    if (text.trim() !== '') return oneLineName(text);
  }
  return '';
}
