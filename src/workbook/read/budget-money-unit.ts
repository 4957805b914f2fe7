import { MONEY_UNITS, type MoneyUnit, type StatedMoneyUnit, type StatedMoneyUnits } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellRef, mergedAreaAt, textAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { BUDGET_OUTPUT_HEADERS } from '../output-headers';

const AMOUNT_COLUMNS = ['initial', 'adjusted', 'executed', 'lastYear'] as const satisfies ReadonlyArray<keyof StatedMoneyUnits>;

/** rows above the header searched for a line such as 金额单位：元 (a title, the unit at its right) */
const TITLE_ROWS = 3;

const UNIT = `(${[...MONEY_UNITS].sort((a, b) => b.length - a.length).join('|')})`;
/** a header's bracketed suffix: 全年预算数（元）, 金额（单位：万元）, 全年执行数（人民币元） */
const BRACKETED_UNIT = new RegExp(`[(（\\[【](?:金额)?(?:单位[:：]?)?(?:人民币)?${UNIT}(?:人民币)?[)）\\]】]$`);
/** the currency alone in a header's brackets: 全年执行数（人民币）, in 元 (see CURRENCY_LINE) */
const BRACKETED_CURRENCY = /[(（[【](?:金额)?(?:单位[:：]?)?人民币[)）\]】]$/;
/**
 * a line stating the unit: 金额单位：元, 单位:万元, a title's （单位：元）, 金额单位：元　填报日期：…; the unit
 * ends where its word does (单位：元宝山区财政局 names a unit of government, not money)
 */
const UNIT_LINE = new RegExp(`单位\\s*[:：]?\\s*(?:人民币)?\\s*${UNIT}(?:\\s*人民币)?(?![\\p{L}\\p{N}])`, 'u');
/**
 * a line naming the currency alone: 单位：人民币, 金额单位：人民币. The 元 is the unit of 人民币 (中华人民共和国
 * 人民币管理条例 第三条: 人民币的单位为元), as 单位：元 币种：人民币 heads a table kept in 元; a unit after
 * it (人民币（万元）, 人民币/万元) is that unit. Read on NFKC text.
 */
const CURRENCY_LINE = new RegExp(`单位\\s*[:：]?\\s*人民币(?:[\\s、,/(:]*${UNIT}\\)?)?(?![\\p{L}\\p{N}])`, 'u');

/** the unit a line such as 金额单位：元 states, if it states one */
function unitOfLine(text: string): MoneyUnit | undefined {
  if (!text.includes('单位')) return undefined;
  const normalised = text.normalize('NFKC');
  const unit = normalised.match(UNIT_LINE)?.[1];
  if (unit) return unit as MoneyUnit;
  const currency = normalised.match(CURRENCY_LINE);
  return currency ? ((currency[1] ?? '元') as MoneyUnit) : undefined;
}

/**
 * The unit the budget table states for each amount column, where it states one: in the column's own
 * header (全年预算数（元）, or a group header merged over it: 金额（元）), else for the whole table in
 * the 资金项目 header (项目资金（万元）, as the MoF form heads it) or in a line just above the header
 * (金额单位：元). Without any, the contract's 万元 holds and nothing is returned.
 */
export function statedMoneyUnits(grid: SheetGrid, table: DetectedTable<'budget'>): StatedMoneyUnits | undefined {
  const nameColumn = columnOf(table, 'name');
  const forTable = (nameColumn === null ? null : inHeader(grid, table, nameColumn, unitInBrackets)) ?? inLineAbove(grid, table);
  // a header naming the currency alone (全年执行数（人民币）) says 元 only where nothing else names a unit
  const currencyForTable = nameColumn === null ? null : inHeader(grid, table, nameColumn, currencyAloneInBrackets);
  const units: StatedMoneyUnits = {};
  for (const field of AMOUNT_COLUMNS) {
    const column = columnOf(table, field);
    if (column === null) continue;
    const stated = inHeader(grid, table, column, unitInBrackets) ?? forTable ?? inHeader(grid, table, column, currencyAloneInBrackets) ?? currencyForTable;
    if (stated) units[field] = stated;
  }
  return Object.values(units).some((stated) => stated.unit !== '万元') ? units : undefined;
}

const unitInBrackets = (compacted: string): MoneyUnit | undefined => compacted.match(BRACKETED_UNIT)?.[1] as MoneyUnit | undefined;
const currencyAloneInBrackets = (compacted: string): MoneyUnit | undefined => (BRACKETED_CURRENCY.test(compacted) ? '元' : undefined);

/** the unit a header over `column` states, as `read` finds it in the header's compacted text */
function inHeader(grid: SheetGrid, table: DetectedTable<'budget'>, column: number, read: (compacted: string) => MoneyUnit | undefined): StatedMoneyUnit | null {
  for (let row = table.headerRow; row >= table.firstHeaderRow; row -= 1) {
    const merged = mergedAreaAt(grid, row, column);
    const [atRow, atColumn] = merged ? [merged.top, merged.left] : [row, column];
    const text = textAt(grid, atRow, atColumn);
    const unit = read(compact(text));
    if (unit) return { unit, cell: cellRef(grid.name, atRow, atColumn), text };
  }
  return null;
}

/**
 * In the few rows over the table, over its columns (the add-in's 执行率 | 得分 | 提示 beside it
 * included) or right of them; not over another table's (a column right of them with a header on the
 * table's header row, or cells under the line in two rows or more down to the table's last row:
 * 附：三公经费明细（单位：元） is that table's; a remark beside one line is none).
 */
function inLineAbove(grid: SheetGrid, table: DetectedTable<'budget'>): StatedMoneyUnit | null {
  const lastColumn = grid.left + (grid.values[0]?.length ?? 0) - 1;
  let right = table.right;
  while ((BUDGET_OUTPUT_HEADERS as readonly string[]).includes(textAt(grid, table.headerRow, right + 1))) right += 1;
  for (let row = table.firstHeaderRow - 1; row >= Math.max(grid.top, table.firstHeaderRow - TITLE_ROWS); row -= 1) {
    for (let column = table.left; column <= lastColumn; column += 1) {
      if (column > right && (textAt(grid, table.headerRow, column) !== '' || rowsWithTextBelow(grid, column, row, table.lastRow) >= 2)) break;
      const text = textAt(grid, row, column);
      const unit = unitOfLine(text);
      if (unit) return { unit, cell: cellRef(grid.name, row, column), text };
    }
  }
  return null;
}

function rowsWithTextBelow(grid: SheetGrid, column: number, row: number, lastRow: number): number {
  let rows = 0;
  for (let below = row + 1; below <= lastRow; below += 1) if (textAt(grid, below, column) !== '') rows += 1;
  return rows;
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
