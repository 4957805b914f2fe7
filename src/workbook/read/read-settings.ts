import type { SettingRow } from '../../domain/scheme';
import type { SheetGrid } from '../grid';
import { cellRef, isBlankAt, rawCellAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';

export type { SettingRow };

/** The 参数 | 值 rows of the 评分设置 table, as the scheme reader (schemeFromSettingRows) takes them. */
export function readSettingRows(grid: SheetGrid, table: DetectedTable<'settings'>): SettingRow[] {
  const keyColumn = columnOf(table, 'key');
  const valueColumn = columnOf(table, 'value');
  if (keyColumn === null || valueColumn === null) return [];
  const rows: SettingRow[] = [];
  for (let row = table.firstDataRow; row <= table.lastRow; row += 1) {
    // a 值 without its 参数 is kept: the scheme reader says the row has no name rather than drop it unseen
    if (isBlankAt(grid, row, keyColumn) && isBlankAt(grid, row, valueColumn)) continue;
    rows.push({
      key: rawCellAt(grid, row, keyColumn),
      value: rawCellAt(grid, row, valueColumn),
      keyCell: cellRef(grid.name, row, keyColumn),
      valueCell: cellRef(grid.name, row, valueColumn),
    });
  }
  return rows;
}
