import type { BudgetField, BudgetRow, CellRef, RawCell } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellRef, rawCellAt, textAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { isBlankRow } from '../detect/table-extent';
import { categoryFromLineName, categoryFromText } from './budget-categories';

/**
 * Reads the budget table: one BudgetRow per non-blank row (the 合计 line is a line like any other; the
 * engine knows it by its category). Without a 类别 column the category is read from the line's name.
 */
export function readBudgetRows(grid: SheetGrid, table: DetectedTable<'budget'>): BudgetRow[] {
  const column = (field: BudgetField): number | null => columnOf(table, field);
  const hasCategoryColumn = column('category') !== null;
  const rows: BudgetRow[] = [];
  for (let row = table.firstDataRow; row <= table.lastRow; row += 1) {
    if (isBlankRow(grid, row, table.left, table.right)) continue;
    const text = (field: BudgetField): string => {
      const c = column(field);
      return c === null ? '' : textAt(grid, row, c);
    };
    const raw = (field: BudgetField): RawCell | null => {
      const c = column(field);
      return c === null ? null : rawCellAt(grid, row, c);
    };
    const cells: Partial<Record<BudgetField, CellRef>> = {};
    for (const mapped of table.columns) cells[mapped.field] = cellRef(grid.name, row, mapped.column);
    const name = text('name');
    const categoryText = text('category');
    rows.push({
      sheet: grid.name,
      row,
      name: name !== '' ? name : categoryText,
      category: hasCategoryColumn ? categoryFromText(categoryText) : categoryFromLineName(name),
      categoryText,
      initial: raw('initial'),
      adjusted: raw('adjusted'),
      executed: raw('executed'),
      points: raw('points'),
      lastYear: raw('lastYear'),
      note: text('note'),
      cells,
    });
  }
  return rows;
}
