import type { BudgetField, BudgetRow, CellRef, RawCell } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellRef, isBlankAt, rawCellAt, textAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { isBlankRow } from '../detect/table-extent';
import { isBudgetCaptionRow } from './budget-captions';
import { categoryFromLineName, categoryFromText } from './budget-categories';
import { statedMoneyUnits } from './budget-money-unit';
import { columnHeaderText } from './column-header';

/**
 * Reads the budget table: one BudgetRow per non-blank row (the 合计 line is a line like any other; the
 * engine knows it by its category), but for a caption over lines (项目支出明细, 其中：, see
 * isBudgetCaptionRow), which is a heading. Without a 类别 column the category is read from the line's name.
 */
export function readBudgetRows(grid: SheetGrid, table: DetectedTable<'budget'>): BudgetRow[] {
  const column = (field: BudgetField): number | null => columnOf(table, field);
  const hasCategoryColumn = column('category') !== null;
  const nameColumns = lineNameColumns(grid, table);
  const amountUnits = statedMoneyUnits(grid, table);
  const noteHeader = noteHeaderOf(grid, table);
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
    const nameColumn = nameColumns.find((candidate) => !isBlankAt(grid, row, candidate)) ?? null;
    const name = nameColumn === null ? '' : textAt(grid, row, nameColumn);
    if (isBudgetCaptionRow(grid, table, row, nameColumns, nameColumn, name)) continue;
    const cells: Partial<Record<BudgetField, CellRef>> = {};
    for (const mapped of table.columns) cells[mapped.field] = cellRef(grid.name, row, mapped.column);
    if (nameColumn !== null) cells.name = cellRef(grid.name, row, nameColumn);
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
      ...(noteHeader ? { noteHeader } : {}),
      ...(amountUnits ? { amountUnits } : {}),
    });
  }
  return rows;
}

/** The 说明 column's header as written (备注), where it is another word than 说明: messages name the column the reader sees. */
function noteHeaderOf(grid: SheetGrid, table: DetectedTable<'budget'>): string | null {
  const column = columnOf(table, 'note');
  if (column === null) return null;
  const header = columnHeaderText(grid, table, column).replace(/\s+/g, '');
  return header !== '' && header !== '说明' ? header : null;
}

/**
 * Where the lines' names are: the 资金项目 column and the unheaded columns right of it. The MoF 自评表
 * heads its budget block with 项目资金（万元） merged down its first column and names the lines in the
 * column beside it (年度资金总额, 其中：当年财政拨款 …), under no header of their own.
 */
function lineNameColumns(grid: SheetGrid, table: DetectedTable<'budget'>): number[] {
  const first = columnOf(table, 'name');
  if (first === null) return [];
  const mapped = new Set(table.columns.map((entry) => entry.column));
  const columns = [first];
  for (let column = first + 1; column <= table.right && !mapped.has(column) && hasNoHeader(grid, table, column); column += 1) {
    columns.push(column);
  }
  return columns;
}

function hasNoHeader(grid: SheetGrid, table: DetectedTable<'budget'>, column: number): boolean {
  for (let row = table.firstHeaderRow; row <= table.headerRow; row += 1) if (!isBlankAt(grid, row, column)) return false;
  return true;
}
