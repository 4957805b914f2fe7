import type { SheetGrid } from '../grid';
import { isBlankAt, mergedAreaAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { normaliseHeaderText } from '../detect/header-text';
import { categoryFromLineName, LINE_NUMBERING } from './budget-categories';

/** what a caption over lines ends in: 项目支出明细, 基本支出情况, 预算执行情况表 */
const CAPTION_ENDING = /(?:明细|情况)表?$/;

/**
 * A caption inside the budget table (项目支出明细, 其中：, 一、基本支出情况, 2022年预算执行情况（上年）):
 * a heading over the lines under it, read as no line, as the indicator table's group headings are. It
 * takes all three:
 * - nothing in the row but its name: no 类别, amount, 分值, 上年执行数 or 说明 (a row with any of them
 *   is a line, however it is named);
 * - its name cell merged across the table's other columns (no amount can be typed there), or a name
 *   that reads as a caption: 其中 alone, a lead-in ending in a colon (按资金来源分：), a numbered heading
 *   (一、 （二） 1.), or one ending in 明细 / 情况 (trailing brackets aside);
 * - and, unless merged across, a name that is not a line's the table knows by it: 合计, 日常公用经费,
 *   一、基本支出 or 项目支出： with every amount blank are lines still to be filled in, and are told so.
 * A line named as lines are (a task's name) with every amount blank stays a line too.
 */
export function isBudgetCaptionRow(
  grid: SheetGrid,
  table: DetectedTable<'budget'>,
  row: number,
  nameColumns: readonly number[],
  nameColumn: number | null,
  name: string,
): boolean {
  if (nameColumn === null) return false;
  const others = table.columns.filter((mapped) => !nameColumns.includes(mapped.column));
  if (others.some((mapped) => !isBlankAt(grid, row, mapped.column))) return false;
  const merged = mergedAreaAt(grid, row, nameColumn);
  if (merged && others.some((mapped) => merged.left <= mapped.column && mapped.column <= merged.right)) return true;
  return readsAsCaption(name, columnOf(table, 'category') !== null);
}

/**
 * whether a name, alone on its row, is a caption's (see isBudgetCaptionRow). A numbered name alone
 * (1.乡村振兴项目, 1.工资福利支出) is a caption only beside a 类别 column, where a line would have its
 * category: without one, lines are numbered as often as headings, and a line to be filled in must not
 * vanish.
 */
export function readsAsCaption(name: string, hasCategoryColumn = true): boolean {
  const text = name.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return false;
  const leadIn = /[:：]$/.test(text);
  // without trailing colons and brackets: 2022年预算执行情况（上年） → 2022年预算执行情况
  const core = normaliseHeaderText(text);
  const numbered = LINE_NUMBERING.test(core);
  const words = core.replace(LINE_NUMBERING, '').replace(/^其中[:：]?/, '');
  if (words === '') return /^其中/.test(core);
  if (categoryFromLineName(words) !== null) return false;
  return leadIn || (numbered && hasCategoryColumn) || CAPTION_ENDING.test(words);
}
