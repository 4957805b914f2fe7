import type { CellRef, IndicatorField, IndicatorRow, RawCell } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { cellRef, isBlankAt, rawCellAt, textAt } from '../cells/grid-cells';
import { columnOf, type DetectedTable } from '../detect/detection-types';
import { isBlankRow } from '../detect/table-extent';
import { isBudgetExecutionLabel, isTotalRowLabel } from './row-labels';

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
const INDICATOR_CONTENT_FIELDS: readonly IndicatorField[] = [
  'level3',
  'comparator',
  'target',
  'unit',
  'actual',
  'points',
  'selfScore',
  'reason',
];

const BLANK: RawCell = { value: null };

/**
 * Reads the indicator table row by row. Blank rows are skipped; merged 任务 / 一级 / 二级 cells (blank
 * below their first row) inherit the value above — a higher level that changes starts its lower levels
 * afresh, since a merged cell never spans two groups of the level above it.
 */
export function readIndicatorRows(grid: SheetGrid, table: DetectedTable<'indicators'>): IndicatorRows {
  const column = (field: IndicatorField): number | null => columnOf(table, field);
  const result: IndicatorRows = { indicators: [], budgetExecutionRows: [], totalRows: [] };
  const inherited: Record<LevelField, string> = { task: '', level1: '', level2: '' };

  for (let row = table.firstDataRow; row <= table.lastRow; row += 1) {
    if (isBlankRow(grid, row, table.left, table.right)) continue;
    const text = (field: IndicatorField): string => {
      const c = column(field);
      return c === null ? '' : textAt(grid, row, c);
    };
    if ([...LEVEL_FIELDS, 'level3' as const].some((field) => isTotalRowLabel(text(field)))) {
      result.totalRows.push(row);
      continue;
    }
    updateInheritedLevels(inherited, { task: text('task'), level1: text('level1'), level2: text('level2') });
    const hasContent = INDICATOR_CONTENT_FIELDS.some((field) => {
      const c = column(field);
      return c !== null && !isBlankAt(grid, row, c);
    });
    if (!hasContent) continue;

    const raw = (field: IndicatorField): RawCell | null => {
      const c = column(field);
      return c === null ? null : rawCellAt(grid, row, c);
    };
    const cells: Partial<Record<IndicatorField, CellRef>> = {};
    for (const mapped of table.columns) cells[mapped.field] = cellRef(grid.name, row, mapped.column);

    const indicator: IndicatorRow = {
      sheet: grid.name,
      row,
      task: column('task') === null || inherited.task === '' ? null : inherited.task,
      level1: inherited.level1,
      level2: inherited.level2,
      level3: text('level3'),
      comparator: raw('comparator'),
      target: raw('target') ?? BLANK,
      unit: raw('unit'),
      actual: raw('actual') ?? BLANK,
      points: raw('points') ?? BLANK,
      selfScore: raw('selfScore'),
      reason: text('reason'),
      cells,
    };
    if (isBudgetExecutionLabel(indicator.level1)) result.budgetExecutionRows.push(indicator);
    else result.indicators.push(indicator);
  }
  return result;
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
