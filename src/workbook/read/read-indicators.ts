import { INDICATOR_FIELDS, type FieldColumns, type IndicatorField, type IndicatorRow, type RawCell } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { isBlankAt, mergedAreaAt, rawCellAt, textAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { isBlankRow } from '../detect/table-extent';
import { fieldSpec, INDICATOR_TABLE } from '../detect/table-fields';
import { columnHeaderText } from './column-header';
import { isBudgetExecutionLabel, isSubtotalRowLabel, isTotalRowLabel } from './row-labels';

export interface IndicatorRows {
  indicators: IndicatorRow[];
  /** rows whose 一级指标 is 预算执行率: the budget line written into the indicator table */
  budgetExecutionRows: IndicatorRow[];
  /** 合计 / 总分 / 小计 rows, recognised and not scored */
  totalRows: number[];
}

const LEVEL_FIELDS = ['task', 'level1', 'level2'] as const;
type LevelField = (typeof LEVEL_FIELDS)[number];

/** Fields whose content makes a row an indicator; a row with only 任务 / 一级 / 二级 is a group heading. */
const INDICATOR_CONTENT_FIELDS: readonly IndicatorField[] = INDICATOR_FIELDS.filter(
  (field) => !(LEVEL_FIELDS as readonly string[]).includes(field),
);

const BLANK: RawCell = { value: null };

/**
 * Reads the indicator table row by row. Blank rows are skipped; merged 任务 / 一级 / 二级 cells (blank
 * below their first row) inherit the value above — a higher level that changes starts its lower levels
 * afresh, since a merged cell never spans two groups of the level above it. A cell merged down over
 * rows (where the host reports merges) holds for every row it covers — one 偏差原因 for two indicators
 * explains both — though a row is read as an indicator only for what it holds itself. Not 分值 and
 * 自评得分: a 20 merged over two rows is the points of both together, and given to each would count twice;
 * the rows it covers say so (mergedWith), for the engine to ask for the points of each.
 */
export function readIndicatorRows(grid: SheetGrid, table: DetectedTable<'indicators'>): IndicatorRows {
  const columns = indicatorColumns(table);
  const contentColumns = INDICATOR_CONTENT_FIELDS.map((field) => columns[field]).filter((column): column is number => column !== null);
  const labelColumns = [columns.task, columns.level1, columns.level2, columns.level3].filter((column): column is number => column !== null);
  const result: IndicatorRows = { indicators: [], budgetExecutionRows: [], totalRows: [] };
  const fieldColumns = presentColumns(table);
  const reasonHeader = reasonHeaderOf(grid, table, columns.reason);
  const inherited: Record<LevelField, string> = { task: '', level1: '', level2: '' };

  for (let row = table.firstDataRow; row <= table.lastRow; row += 1) {
    if (isBlankRow(grid, row, table.left, table.right)) continue;
    if (isSummaryRow(grid, row, table, columns, labelColumns)) {
      result.totalRows.push(row);
      continue;
    }
    updateInheritedLevels(inherited, {
      task: textIn(grid, row, columns.task),
      level1: textIn(grid, row, columns.level1),
      level2: textIn(grid, row, columns.level2),
    });
    if (contentColumns.every((column) => isBlankAt(grid, row, column))) continue;

    const indicator: IndicatorRow = {
      sheet: grid.name,
      row,
      task: columns.task === null || inherited.task === '' ? null : inherited.task,
      level1: inherited.level1,
      level2: inherited.level2,
      level3: textIn(grid, row, columns.level3),
      comparator: rawIn(grid, row, columns.comparator),
      target: rawIn(grid, row, columns.target) ?? BLANK,
      unit: rawIn(grid, row, columns.unit),
      actual: rawIn(grid, row, columns.actual) ?? BLANK,
      points: ownRawIn(grid, row, columns.points) ?? BLANK,
      selfScore: ownRawIn(grid, row, columns.selfScore),
      reason: textIn(grid, row, columns.reason),
      columns: fieldColumns,
      reasonHeader,
    };
    const mergedWith = coveringRows(grid, row, columns);
    if (mergedWith) indicator.mergedWith = mergedWith;
    if (isBudgetExecutionLabel(indicator.level1)) result.budgetExecutionRows.push(indicator);
    else result.indicators.push(indicator);
  }
  return result;
}

type IndicatorColumns = Record<IndicatorField, number | null>;

const STANDARD_REASON_HEADER = fieldSpec(INDICATOR_TABLE, 'reason').header;

/**
 * The 偏差原因 column's header as written (偏差原因, 未完成原因分析), where it is another than the
 * standard 偏差原因分析及改进措施: read once for the table, the one string every row refers to.
 */
function reasonHeaderOf(grid: SheetGrid, table: DetectedTable<'indicators'>, column: number | null): string | undefined {
  if (column === null) return undefined;
  const header = columnHeaderText(grid, table, column);
  return header !== '' && header !== STANDARD_REASON_HEADER ? header : undefined;
}

/**
 * A 合计 / 总分 / 小计 row. Its label may be in a level column, or in the row's first cell when that is a
 * column of its own: the MoF form writes 总分 in its 绩效指标 column left of 一级指标, a department's form
 * 合计 in its 序号 column.
 */
function isSummaryRow(
  grid: SheetGrid,
  row: number,
  table: DetectedTable<'indicators'>,
  columns: IndicatorColumns,
  labelColumns: readonly number[],
): boolean {
  const labels = labelColumns.map((column) => ({ column, text: textAt(grid, row, column) }));
  const first = firstTextInRow(grid, row, table.left, table.right);
  if (first !== null) labels.push(first);
  if (labels.some(({ text }) => isTotalRowLabel(text))) return true;
  // A group's 小计 is named after its group, in a group's column or its own first cell; a 三级指标 named
  // so (宣传活动小计) is an indicator, and one with no target or actual yet must be scored or explained.
  const noValues = [columns.target, columns.actual].every((column) => column === null || isBlankAt(grid, row, column));
  return noValues && labels.some(({ column, text }) => column !== columns.level3 && isSubtotalRowLabel(text));
}

function firstTextInRow(grid: SheetGrid, row: number, left: number, right: number): { column: number; text: string } | null {
  for (let column = left; column <= right; column += 1) {
    const text = textAt(grid, row, column);
    if (text !== '') return { column, text };
  }
  return null;
}

function indicatorColumns(table: DetectedTable<'indicators'>): IndicatorColumns {
  return Object.fromEntries(INDICATOR_FIELDS.map((field) => [field, columnOf(table, field)])) as IndicatorColumns;
}

/** The mapped columns, one object for every row of the table. */
function presentColumns(table: DetectedTable<'indicators'>): FieldColumns<IndicatorField> {
  const columns: Partial<Record<IndicatorField, number>> = {};
  for (const mapped of table.columns) columns[mapped.field] = mapped.column;
  return columns;
}

function textIn(grid: SheetGrid, row: number, column: number | null): string {
  return column === null ? '' : textAt(grid, shownRow(grid, row, column), column);
}

function rawIn(grid: SheetGrid, row: number, column: number | null): RawCell | null {
  return column === null ? null : rawCellAt(grid, shownRow(grid, row, column), column);
}

/** the cell itself, not a merge's value from a row above */
function ownRawIn(grid: SheetGrid, row: number, column: number | null): RawCell | null {
  return column === null ? null : rawCellAt(grid, row, column);
}

/**
 * The other row of a 分值 / 自评得分 merged down over this row's cell, so that neither row takes the value
 * of both: a covered row names the merge's top, the top row its last row.
 */
function coveringRows(grid: SheetGrid, row: number, columns: IndicatorColumns): IndicatorRow['mergedWith'] {
  let covering: IndicatorRow['mergedWith'];
  for (const field of ['points', 'selfScore'] as const) {
    const column = columns[field];
    if (column === null) continue;
    const other = otherMergedRow(grid, row, column);
    if (other !== null) covering = { ...covering, [field]: other };
  }
  return covering;
}

function otherMergedRow(grid: SheetGrid, row: number, column: number): number | null {
  const area = mergedAreaAt(grid, row, column);
  if (area === null || area.left !== column || area.top === area.bottom) return null;
  return area.top < row ? area.top : area.bottom;
}

/** the row whose value the cell shows: the top of a merge reaching down over it from the same column */
function shownRow(grid: SheetGrid, row: number, column: number): number {
  const area = mergedAreaAt(grid, row, column);
  return area !== null && area.left === column && area.top < row ? area.top : row;
}

function updateInheritedLevels(inherited: Record<LevelField, string>, given: Record<LevelField, string>): void {
  LEVEL_FIELDS.forEach((field, depth) => {
    const value = given[field];
    if (value === '' || value === inherited[field]) return;
    inherited[field] = value;
    for (const lower of LEVEL_FIELDS.slice(depth + 1)) {
      if (given[lower] === '') inherited[lower] = '';
    }
  });
}
