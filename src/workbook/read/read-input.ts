import { cellOfField } from '../../domain/cells/field-cell';
import type { BudgetRow, CellRef, EvaluationInput, IndicatorRow } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { lastRow } from '../cells/grid-cells';
import type { DetectedTable, Detection } from '../detect/detection-types';
import { BASIC_INFO_TABLE, type TableKind } from '../detect/table-fields';
import { workbookProblem, type WorkbookProblem } from '../problems';
import { basicInfoFrom, readBasicInfoTable, readLabelledItems, type BasicInfoItem } from './read-basic-info';
import { readBudgetRows } from './read-budget';
import { readIndicatorRows } from './read-indicators';
import { readSettingRows, type SettingRow } from './read-settings';
import { unreadSettingsSheetProblem } from './unread-settings-sheet';

/**
 * What became of a 预算执行率 row of the indicator table:
 * - 'moved': its 分值 became the budget table's points (the budget table has amounts, no points);
 * - 'ignored': the budget table already carries points, so the row would count twice;
 * - 'kept': there is no budget table, so it stays an indicator — the engine's ≥ rule on a 100% target
 *   (w · min(rate / 100%, 1)) is the budget execution score itself.
 */
export type BudgetExecutionRowTreatment = 'moved' | 'ignored' | 'kept';

export interface BudgetExecutionRowPlacement {
  sheet: string;
  row: number;
  treatment: BudgetExecutionRowTreatment;
}

export interface ReadInputResult {
  input: EvaluationInput;
  /** the 评分设置 rows for schemeFromSettingRows (empty when the workbook has none: defaults apply) */
  schemeRows: SettingRow[];
  budgetExecutionRows: BudgetExecutionRowPlacement[];
  /** 合计 / 总分 / 小计 rows of the indicator table */
  totalRows: Array<{ sheet: string; row: number }>;
  problems: WorkbookProblem[];
}

export function readInput(grids: readonly SheetGrid[], detection: Detection): ReadInputResult {
  const gridOf = (table: DetectedTable<TableKind> | null): SheetGrid | null =>
    table ? grids.find((grid) => grid.name === table.sheet) ?? null : null;
  const problems: WorkbookProblem[] = [];

  const indicatorGrid = gridOf(detection.indicators);
  const indicatorRows =
    indicatorGrid && detection.indicators
      ? readIndicatorRows(indicatorGrid, detection.indicators)
      : { indicators: [], budgetExecutionRows: [], totalRows: [] };

  const budgetGrid = gridOf(detection.budget);
  const budget = budgetGrid && detection.budget ? readBudgetRows(budgetGrid, detection.budget) : [];

  const indicators = [...indicatorRows.indicators];
  const budgetExecutionRows = placeBudgetExecutionRows(indicatorRows.budgetExecutionRows, budget, indicators, problems);

  const settingsGrid = gridOf(detection.settings);
  const schemeRows = settingsGrid && detection.settings ? readSettingRows(settingsGrid, detection.settings) : [];
  const unreadSettings = unreadSettingsSheetProblem(grids, detection);
  if (unreadSettings) problems.push(unreadSettings);

  return {
    input: { info: readInfo(grids, detection, gridOf), indicators, budget },
    schemeRows,
    budgetExecutionRows,
    totalRows: indicatorRows.totalRows.map((row) => ({ sheet: detection.indicators?.sheet ?? '', row })),
    problems,
  };
}

/** the lines the unit's totals are summed from without a 合计 line (domain/budget/unit-totals.ts) */
const UNIT_PARTS: ReadonlyArray<BudgetRow['category']> = ['basic', 'project', 'task'];

function placeBudgetExecutionRows(
  rows: readonly IndicatorRow[],
  budget: BudgetRow[],
  indicators: IndicatorRow[],
  problems: WorkbookProblem[],
): BudgetExecutionRowPlacement[] {
  const placements: BudgetExecutionRowPlacement[] = [];
  for (const row of rows) {
    const place = (treatment: BudgetExecutionRowTreatment): void => {
      placements.push({ sheet: row.sheet, row: row.row, treatment });
    };
    if (budget.length === 0) {
      indicators.push(row);
      place('kept');
      continue;
    }
    const pointsCell = cellOfField(row, 'points');
    const budgetHasPoints = budget.some((line) => line.points !== null && line.points.value !== null && line.points.value !== '');
    if (budgetHasPoints || !pointsCell) {
      place('ignored');
      problems.push(ignoredProblem(row, budget));
      continue;
    }
    const totalLine = budget.find((candidate) => candidate.category === 'total');
    // without a 合计 line the points are kept on the first line, where messages about them point, and score the unit's totals
    const line = totalLine ?? budget[0];
    line.points = row.points;
    line.cells = { ...line.cells, points: pointsCell };
    if (!totalLine && budget.length > 1 && budget.some((candidate) => UNIT_PARTS.includes(candidate.category))) line.pointsScoreUnitTotals = true;
    place('moved');
    problems.push(movedProblem(row, line, pointsCell));
  }
  indicators.sort((a, b) => a.row - b.row);
  return placements;
}

function movedProblem(row: IndicatorRow, line: BudgetRow, pointsCell: CellRef): WorkbookProblem {
  return workbookProblem(
    'BUDGET_EXECUTION_ROW_MOVED',
    { sheet: row.sheet, cell: pointsCell.address },
    {
      'zh-CN': line.pointsScoreUnitTotals
        ? `绩效指标表第 ${row.row} 行「${row.level1}」按预算执行表计分：预算执行表（工作表「${line.sheet}」）没有合计行，其分值按基本支出与项目支出之和（没有时按各任务之和）的全年执行数 / 全年预算数计分。`
        : `绩效指标表第 ${row.row} 行「${row.level1}」按预算执行表计分：其分值作为「${line.name}」行（工作表「${line.sheet}」第 ${line.row} 行）的预算执行分值，执行率取预算执行表的全年执行数 / 全年预算数。`,
      'en-US': line.pointsScoreUnitTotals
        ? `Row ${row.row} of the indicator table ("${row.level1}") is scored from the budget table: the budget table (sheet "${line.sheet}") has no total line, so its points are scored on the amount spent / adjusted budget of basic and project spending together (or of the tasks together where there are none).`
        : `Row ${row.row} of the indicator table ("${row.level1}") is scored from the budget table: its points are the budget execution points of line "${line.name}" (sheet "${line.sheet}", row ${line.row}), and the rate is that table's amount spent / adjusted budget.`,
    },
    { severity: 'info' },
  );
}

function ignoredProblem(row: IndicatorRow, budget: readonly BudgetRow[]): WorkbookProblem {
  const sheet = budget[0]?.sheet ?? row.sheet;
  return workbookProblem(
    'BUDGET_EXECUTION_ROW_IGNORED',
    { sheet: row.sheet, cell: (cellOfField(row, 'points') ?? cellOfField(row, 'level1'))?.address ?? null },
    {
      'zh-CN': `绩效指标表第 ${row.row} 行「${row.level1}」未计分：预算执行表（工作表「${sheet}」）已有分值，预算执行率按该表计分，避免重复计分。`,
      'en-US': `Row ${row.row} of the indicator table ("${row.level1}") is not scored: the budget table (sheet "${sheet}") already carries the budget execution points, so counting this row too would count them twice.`,
    },
    { severity: 'warning' },
  );
}

function readInfo(
  grids: readonly SheetGrid[],
  detection: Detection,
  gridOf: (table: DetectedTable<TableKind> | null) => SheetGrid | null,
): EvaluationInput['info'] {
  const found = new Map<BasicInfoItem, { text: string; cell: CellRef }>();
  const infoGrid = gridOf(detection.basicInfo);
  if (infoGrid && detection.basicInfo) readBasicInfoTable(infoGrid, detection.basicInfo, found);
  if (!detection.basicInfo) {
    const standardSheet = grids.find((grid) => grid.name === BASIC_INFO_TABLE.sheetName);
    if (standardSheet) readLabelledItems(standardSheet, standardSheet.top, lastRow(standardSheet), found);
  }
  for (const table of [detection.indicators, detection.budget, detection.basicInfo, detection.settings]) {
    const grid = gridOf(table);
    if (grid && table) readLabelledItems(grid, grid.top, table.firstHeaderRow - 1, found);
  }
  return basicInfoFrom(found);
}
