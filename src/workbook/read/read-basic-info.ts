import { oneLineName } from '../../domain/narrative/quoted-text';
import type { BasicInfo, CellRef, EvaluationType } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellRef, lastColumn, lastRow, textAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { normaliseLabelText } from '../detect/header-text';

export type BasicInfoItem = keyof Omit<BasicInfo, 'cells'>;

/**
 * 基本信息 items by the labels users give them (the template's label first). A bare 单位 is not one:
 * title rows say "单位：万元".
 */
export const BASIC_INFO_LABELS: ReadonlyArray<[BasicInfoItem, readonly string[]]> = [
  // the MoF 项目支出 自评表 names no 单位名称: its 实施单位 carries out the project and evaluates it
  ['unitName', ['单位名称', '部门名称', '部门（单位）名称', '单位（部门）名称', '填报单位', '评价单位', '单位全称', '实施单位']],
  // a project evaluation's project (the Ministry of Finance 自评表 heads its table with it); a department leaves it blank
  ['projectName', ['项目名称', '项目全称']],
  ['year', ['评价年度', '年度', '预算年度', '自评年度', '绩效年度']],
  ['evaluationType', ['评价类型', '自评类型', '评价类别']],
  ['functions', ['部门职能', '部门主要职能', '主要职能', '职能', '部门职责', '主要职责']],
  ['organisation', ['机构人员', '机构、人员情况', '机构和人员情况', '机构及人员情况', '机构设置及人员情况', '机构设置']],
  [
    'annualGoals',
    ['年度总体目标', '年度总体工作和重点工作任务', '总体目标', '年度目标', '年度绩效目标', '部门整体支出预算绩效目标', '绩效目标'],
  ],
  ['achievements', ['主要工作成效', '工作成效', '主要成效', '主要经验', '主要经验做法']],
  ['extraProblems', ['存在问题补充', '存在问题', '存在的问题', '存在的主要问题', '问题补充', '其他问题']],
];

const ITEM_BY_LABEL = new Map<string, BasicInfoItem>();
for (const [item, labels] of BASIC_INFO_LABELS) {
  for (const label of labels) ITEM_BY_LABEL.set(normaliseLabelText(label), item);
}

export function basicInfoItemOf(label: string): BasicInfoItem | null {
  return ITEM_BY_LABEL.get(normaliseLabelText(label)) ?? null;
}

type FoundItems = Map<BasicInfoItem, { text: string; cell: CellRef }>;

/** Items of the 项目 | 内容 table. */
export function readBasicInfoTable(grid: SheetGrid, table: DetectedTable<'basicInfo'>, found: FoundItems): void {
  const itemColumn = columnOf(table, 'item');
  const contentColumn = columnOf(table, 'content');
  if (itemColumn === null || contentColumn === null) return;
  for (let row = table.firstDataRow; row <= table.lastRow; row += 1) {
    const item = basicInfoItemOf(textAt(grid, row, itemColumn));
    if (item === null || found.has(item)) continue;
    found.set(item, { text: textAt(grid, row, contentColumn), cell: cellRef(grid.name, row, contentColumn) });
  }
}

const INLINE_LABEL = /^(.{1,20}?)[:：]\s*(.*)$/s;

/**
 * Items written as labels in title rows ("单位名称：某某局", or "单位名称" with the value in the next
 * cell to the right), for layouts with no 基本信息 table. Items already found are kept.
 */
export function readLabelledItems(grid: SheetGrid, fromRow: number, toRow: number, found: FoundItems): void {
  const right = lastColumn(grid);
  const bottom = Math.min(toRow, lastRow(grid));
  for (let row = Math.max(fromRow, grid.top); row <= bottom; row += 1) {
    for (let column = grid.left; column <= right; column += 1) {
      const text = textAt(grid, row, column);
      if (text === '') continue;
      const inline = INLINE_LABEL.exec(text.normalize('NFKC'));
      const inlineItem = inline ? basicInfoItemOf(inline[1]) : null;
      if (inline && inlineItem !== null) {
        const value = cleanFilledValue(inline[2]);
        const valueFromRight = value === '' ? nextValueToTheRight(grid, row, column, right) : null;
        if (!found.has(inlineItem) && (value !== '' || valueFromRight)) {
          found.set(inlineItem, valueFromRight ?? { text: value, cell: cellRef(grid.name, row, column) });
        }
        continue;
      }
      const item = basicInfoItemOf(text);
      if (item === null || found.has(item)) continue;
      const value = nextValueToTheRight(grid, row, column, right);
      if (value) found.set(item, value);
    }
  }
}

function nextValueToTheRight(
  grid: SheetGrid,
  row: number,
  column: number,
  right: number,
): { text: string; cell: CellRef } | null {
  for (let next = column + 1; next <= right; next += 1) {
    const text = cleanFilledValue(textAt(grid, row, next));
    if (text === '') continue;
    if (isColumnCaption(text)) return valueBelowCaption(grid, row, next);
    return basicInfoItemOf(text) === null ? { text, cell: cellRef(grid.name, row, next) } : null;
  }
  return null;
}

/**
 * The MoF 自评表's 年度总体目标 block is a small table: captions 预期目标 | 实际完成情况 beside the label,
 * the goals under 预期目标 in the row below.
 */
const COLUMN_CAPTIONS = new Set(['预期目标', '年度预期目标', '预期绩效目标'].map(normaliseLabelText));

function isColumnCaption(text: string): boolean {
  return COLUMN_CAPTIONS.has(normaliseLabelText(text));
}

function valueBelowCaption(grid: SheetGrid, row: number, column: number): { text: string; cell: CellRef } | null {
  const text = cleanFilledValue(textAt(grid, row + 1, column));
  return text === '' ? null : { text, cell: cellRef(grid.name, row + 1, column) };
}

/** blanks to fill in ("_____（盖章）_____") are not a value */
function cleanFilledValue(text: string): string {
  const trimmed = text.replace(/^[_\s]+|[_\s]+$/g, '');
  return /^[（(]?盖章[)）]?$/.test(trimmed) ? '' : trimmed;
}

export function basicInfoFrom(found: FoundItems): BasicInfo {
  const text = (item: BasicInfoItem): string => found.get(item)?.text ?? '';
  const cells: BasicInfo['cells'] = {};
  for (const [item, entry] of found) cells[item] = entry.cell;
  return {
    // names are one line wherever they appear (a title, a file name, the command's first line); a
    // break typed into the cell only fitted the name to the column
    unitName: oneLineName(text('unitName')),
    year: yearText(oneLineName(text('year'))),
    evaluationType: evaluationTypeOf(text('evaluationType')),
    projectName: oneLineName(text('projectName')),
    functions: text('functions'),
    organisation: text('organisation'),
    annualGoals: text('annualGoals'),
    achievements: text('achievements'),
    extraProblems: text('extraProblems'),
    cells,
  };
}

/** "2022年度", "2022年" and 2022 all mean the year 2022; any other text is kept as written. */
function yearText(text: string): string {
  const match = /^(\d{4})\s*(年度|年)?$/.exec(text.normalize('NFKC').trim());
  return match ? match[1] : text;
}

function evaluationTypeOf(text: string): EvaluationType | null {
  const words = normaliseLabelText(text);
  if (words === '') return null;
  if (words.includes('部门整体') || words === '整体支出' || words === '部门' || words === 'department') return 'department';
  if (words.includes('项目') || words === 'project') return 'project';
  return null;
}
