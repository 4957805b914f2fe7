import type { CellRef, RawCell } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellRef, isBlankAt, rawCellAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';

/** One 参数 | 值 row of the 评分设置 sheet, as the scheme reader takes it. */
export interface SettingRow {
  key: RawCell;
  value: RawCell;
  keyCell: CellRef;
  valueCell: CellRef;
}

export function readSettingRows(grid: SheetGrid, table: DetectedTable<'settings'>): SettingRow[] {
  const keyColumn = columnOf(table, 'key');
  const valueColumn = columnOf(table, 'value');
  if (keyColumn === null || valueColumn === null) return [];
  const rows: SettingRow[] = [];
  for (let row = table.firstDataRow; row <= table.lastRow; row += 1) {
    if (isBlankAt(grid, row, keyColumn)) continue;
    rows.push({
      key: rawCellAt(grid, row, keyColumn),
      value: rawCellAt(grid, row, valueColumn),
      keyCell: cellRef(grid.name, row, keyColumn),
      valueCell: cellRef(grid.name, row, valueColumn),
    });
  }
  return rows;
}
