import type { BudgetSummary, EvaluationReport, IndicatorStatus } from '../../domain/model';
import { rangeAddress } from '../cells/a1';
import type { BudgetExecutionRowPlacement } from '../read/read-input';
import { BUDGET_OUTPUT_HEADERS, INDICATOR_OUTPUT_HEADERS } from '../output-headers';
import type { PlannedCell, WriteOp } from '../write-plan';
import type { OutputPlace } from './output-placement';
import { blankCell, COMPUTED_HEADER_STYLE, HINT_STYLE, numberCell, RATE_FORMAT, RESULT_STYLE, SCORE_FORMAT, textCell } from './planned-cells';
import type { RowHints } from './row-hints';

/** Results written beside the input tables, one row per input row, as values (see plan-results.ts). */

export const STATUS_TEXT: Record<IndicatorStatus, string> = {
  met: '达标',
  missed: '未达标',
  notApplicable: '不适用',
  invalid: '无法计分',
};

const INDICATOR_COLUMN_WIDTHS = [9, 10, 9, 48];
const BUDGET_COLUMN_WIDTHS = [9, 9, 48];

export function planIndicatorColumns(
  place: OutputPlace,
  report: EvaluationReport,
  budgetExecutionRows: readonly BudgetExecutionRowPlacement[],
  hints: RowHints,
): WriteOp[] {
  const bySheetRow = new Map(report.indicators.map((indicator) => [`${indicator.sheet}\u0001${indicator.row}`, indicator]));
  const budgetRows = new Map(budgetExecutionRows.map((entry) => [`${entry.sheet}\u0001${entry.row}`, entry]));
  return planBlock(place, INDICATOR_OUTPUT_HEADERS, INDICATOR_COLUMN_WIDTHS, (row) => {
    const key = `${place.sheet}\u0001${row}`;
    const indicator = bySheetRow.get(key);
    const hint = hints(place.sheet, row);
    if (indicator) {
      return [
        numberCell(indicator.completionRate, RATE_FORMAT, RESULT_STYLE),
        numberCell(indicator.computedScore, SCORE_FORMAT, RESULT_STYLE),
        textCell(STATUS_TEXT[indicator.status], RESULT_STYLE),
        hintCell(hint),
      ];
    }
    const budgetRow = budgetRows.get(key);
    if (budgetRow && budgetRow.treatment !== 'kept') return budgetExecutionCells(budgetRow, report.budget, hint);
    return null;
  });
}

/** The 提示 the 预算执行率 row of an indicator table begins with: scored from the budget table, or not again. */
export const BUDGET_ROW_HINTS = { moved: '按预算执行表计分', notScoredAgain: '预算执行表已有分值，本行不重复计分' } as const;

/** the 预算执行率 row of an indicator table, scored from the budget table (read-input.ts) */
function budgetExecutionCells(
  entry: BudgetExecutionRowPlacement,
  budget: BudgetSummary | null,
  hint: string,
): PlannedCell[] {
  const rate = numberCell(budget?.executionRate ?? null, RATE_FORMAT, RESULT_STYLE);
  if (entry.treatment === 'moved') {
    return [rate, numberCell(budget?.score ?? null, SCORE_FORMAT, RESULT_STYLE), blankCell(RESULT_STYLE), hintCell(joinHints(BUDGET_ROW_HINTS.moved, hint))];
  }
  return [rate, blankCell(RESULT_STYLE), textCell(STATUS_TEXT.notApplicable, RESULT_STYLE), hintCell(joinHints(BUDGET_ROW_HINTS.notScoredAgain, hint))];
}

export function planBudgetColumns(place: OutputPlace, report: EvaluationReport, hints: RowHints): WriteOp[] {
  const lines = new Map((report.budget?.lines ?? []).map((line) => [`${line.sheet}\u0001${line.row}`, line]));
  return planBlock(place, BUDGET_OUTPUT_HEADERS, BUDGET_COLUMN_WIDTHS, (row) => {
    const line = lines.get(`${place.sheet}\u0001${row}`);
    if (!line) return null;
    return [numberCell(line.executionRate, RATE_FORMAT, RESULT_STYLE), numberCell(line.score, SCORE_FORMAT, RESULT_STYLE), hintCell(hints(place.sheet, row))];
  });
}

/**
 * The block's ops: clear the add-in's own columns (stale rows of a longer table included), the styled
 * headers, the body as one 2D block, the column widths. A column a person inserted among the add-in's
 * is theirs: the block is written around it, one part for each run of adjacent columns of its own.
 */
function planBlock(
  place: OutputPlace,
  headers: readonly string[],
  widths: readonly number[],
  cellsOfRow: (row: number) => PlannedCell[] | null,
): WriteOp[] {
  const body: PlannedCell[][] = [];
  for (let row = place.headerRow + 1; row <= place.lastRow; row += 1) {
    // a row of the table with nothing to say (a 小计, a blank line) is bordered all the same
    body.push(cellsOfRow(row) ?? headers.map(() => blankCell(RESULT_STYLE)));
  }
  const ops: WriteOp[] = [];
  for (const { first, count } of adjacentRuns(place.columns)) {
    const left = place.columns[first];
    const part = (cells: readonly PlannedCell[]): PlannedCell[] => cells.slice(first, first + count);
    ops.push(
      { kind: 'clearRange', sheet: place.sheet, address: rangeAddress(place.headerRow, left, place.clearToRow, left + count - 1) },
      { kind: 'setCells', sheet: place.sheet, top: place.headerRow, left, cells: [part(headers.map((header) => textCell(header, COMPUTED_HEADER_STYLE)))] },
    );
    if (body.length > 0) ops.push({ kind: 'setCells', sheet: place.sheet, top: place.headerRow + 1, left, cells: body.map(part) });
  }
  widths.forEach((width, index) => ops.push({ kind: 'columnWidth', sheet: place.sheet, column: place.columns[index], width }));
  return ops;
}

/** the runs of adjacent columns: [11, 12, 14, 15] → 11–12 and 14–15 */
export function adjacentRuns(columns: readonly number[]): Array<{ first: number; count: number }> {
  const runs: Array<{ first: number; count: number }> = [];
  columns.forEach((column, index) => {
    const last = runs[runs.length - 1];
    if (last && columns[last.first + last.count - 1] === column - 1) last.count += 1;
    else runs.push({ first: index, count: 1 });
  });
  return runs;
}

/**
 * A 提示 cell: wrapped inside its 48-wide column and set at the top of the row (as the row's other
 * results are), so a long warning stays in its cell on screen and on the printed page instead of
 * running over the next columns and pages.
 */
function hintCell(hint: string): PlannedCell {
  return textCell(hint, HINT_STYLE);
}

function joinHints(first: string, rest: string): string {
  return rest === '' ? first : `${first}；${rest}`;
}
