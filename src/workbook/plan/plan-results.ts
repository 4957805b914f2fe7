import type { EvaluationReport, Locale } from '../../domain/model';
import type { SheetGrid } from '../grid';
import { rangeAddress } from '../cells/a1';
import { isBlankValue, textAt } from '../cells/grid-cells';
import { hashGridContent } from './content-hash';
import type { DetectedTable, Detection, TableLocations } from '../detect/detection-types';
import { BUDGET_OUTPUT_HEADERS, INDICATOR_OUTPUT_HEADERS } from '../output-headers';
import { METADATA_SHEET, REPORT_SHEET, RESULT_SHEET } from '../owned-sheets';
import { hasFatalProblem, workbookProblem, type WorkbookProblem } from '../problems';
import type { ReadInputResult } from '../read/read-input';
import type { WriteOp, WritePlan } from '../write-plan';
import { MARKER_SCHEMA_VERSION, OUTPUT_STYLE_VERSION, planMarker, type OutputBlockKind, type OutputBlockRecord, type WorkbookMarker } from './metadata-sheet';
import { adjacentRuns, planBudgetColumns, planIndicatorColumns } from './output-columns';
import { placeOutputBlock, type OutputPlace } from './output-placement';
import { planResultSheet, type ListedFinding } from './result-sheet';
import { tableRowHints } from './row-hints';

/**
 * Writes the 自评报告 sheet (src/workbook/plan/report-sheet.ts, through an adapter the caller gives).
 * It gets the hash stored when the add-in last wrote the sheet, to tell whether someone edited it.
 */
export type ReportSheetPlanner = (
  report: EvaluationReport,
  existing: SheetGrid | null,
  context: ReportSheetContext,
) => WriteOp[] | PlannedReportSheet;

export interface ReportSheetContext {
  storedHash: string | null;
  sheetNames: readonly string[];
  /** every sheet, and every hash the marker keeps by sheet name (for a 自评报告(n) written beside an edited one) */
  sheets: readonly SheetGrid[];
  storedHashes: Readonly<Record<string, string>>;
}

export interface PlannedReportSheet {
  ops: WriteOp[];
  /** the sheet written (自评报告 unless it went beside an edited one) */
  sheet?: string;
  /** content hash of what the ops write, kept in the marker */
  hash?: string;
  conflict?: { sheet: string; message: Record<Locale, string> } | null;
}

export interface ResultPlanRequest {
  /** every sheet of the workbook */
  grids: readonly SheetGrid[];
  detection: Detection;
  read: ReadInputResult;
  report: EvaluationReport;
  marker: WorkbookMarker | null;
  /** the user's table locations to keep in the marker */
  tableLocations: TableLocations | null;
  /** the workbook layer's non-fatal problems, listed in 评分结果 beside the engine's warnings */
  problems: readonly WorkbookProblem[];
  planReportSheet?: ReportSheetPlanner;
}

export interface ResultPlan {
  /** empty when a fatal problem stops the writing */
  plan: WritePlan;
  problems: WorkbookProblem[];
}

/**
 * Every write of one scoring run, planned as data: the output columns beside the indicator and budget
 * tables, 评分结果, 自评报告 and the marker. All values: the scores follow rules (parsing "≥95%",
 * qualitative bands, half-up decimal rounding) that spreadsheet formulas would not reproduce exactly,
 * and a formula that recalculated differently from the engine would show a colleague another result.
 * When any place is blocked, nothing is planned.
 */
export function planResults(request: ResultPlanRequest): ResultPlan {
  const { grids, detection, read, report, marker } = request;
  const problems: WorkbookProblem[] = [];
  const gridOf = (name: string): SheetGrid | null => grids.find((grid) => grid.name === name) ?? null;
  const markerPresent = gridOf(METADATA_SHEET) !== null;
  const sheetNames = grids.map((grid) => grid.name);
  const hintsOf = tableRowHints(report.warnings, [detection.indicators, detection.budget].filter((table) => table !== null));

  const places: Partial<Record<OutputBlockKind, OutputPlace>> = {};
  const placeBlock = (kind: OutputBlockKind, table: DetectedTable<'indicators' | 'budget'> | null, headers: readonly string[]): void => {
    const grid = table ? gridOf(table.sheet) : null;
    if (!table || !grid) return;
    const reserved = Object.values(places)
      .filter((place) => place.sheet === table.sheet)
      .map((place) => ({ top: place.headerRow, left: place.left, bottom: place.clearToRow, right: place.columns[place.columns.length - 1] }));
    const placement = placeOutputBlock({ grid, table, headers, record: marker?.outputs[kind], markerPresent, sheetNames, reserved });
    if (placement.ok) places[kind] = placement.place;
    else problems.push(placement.problem);
  };
  placeBlock('indicators', detection.indicators, INDICATOR_OUTPUT_HEADERS);
  placeBlock('budget', detection.budget, BUDGET_OUTPUT_HEADERS);

  const hashes = ownSheetHashes(marker, gridOf);
  const findings: ListedFinding[] = [...report.warnings, ...request.problems];
  const resultSheet = planResultSheet(report, findings, gridOf(RESULT_SHEET), hashes.stored[RESULT_SHEET] ?? null, {
    existingHash: hashes.contentOf(RESULT_SHEET),
    budgetTableFound: detection.budget !== null,
  });
  problems.push(...resultSheet.problems);
  if (hasFatalProblem(problems)) return { plan: { ops: [] }, problems };

  const ops: WriteOp[] = [];
  if (places.indicators && detection.indicators) {
    ops.push(...planIndicatorColumns(places.indicators, report, read.budgetExecutionRows, hintsOf(detection.indicators)));
  }
  if (places.budget && detection.budget) ops.push(...planBudgetColumns(places.budget, report, hintsOf(detection.budget)));
  else ops.push(...clearAbandonedBlock(marker?.outputs.budget, gridOf, BUDGET_OUTPUT_HEADERS));
  ops.push(...resultSheet.ops);

  const sheetHashes: Record<string, string> = { ...(marker?.sheetHashes ?? {}) };
  const previousSheetHashes: Record<string, string> = { ...(marker?.previousSheetHashes ?? {}) };
  const rewrites = (sheet: string, hash: string): void => {
    sheetHashes[sheet] = hash;
    const before = hashes.contentOf(sheet);
    if (before !== null && before !== hash) previousSheetHashes[sheet] = before;
  };
  rewrites(RESULT_SHEET, resultSheet.hash);
  if (request.planReportSheet) {
    const planned = normaliseReportPlan(
      request.planReportSheet(report, gridOf(REPORT_SHEET), {
        storedHash: hashes.stored[REPORT_SHEET] ?? null,
        sheetNames,
        sheets: grids,
        storedHashes: hashes.stored,
      }),
    );
    ops.push(...planned.ops);
    if (planned.hash && planned.ops.length > 0) rewrites(planned.sheet ?? REPORT_SHEET, planned.hash);
    if (planned.conflict) problems.push(reportConflictProblem(planned.conflict));
  }

  const outputs: Partial<Record<OutputBlockKind, OutputBlockRecord>> = {};
  for (const kind of ['indicators', 'budget'] as const) {
    const place = places[kind];
    if (!place) continue;
    const apart = place.columns.some((column, index) => column !== place.left + index);
    outputs[kind] = { sheet: place.sheet, headerRow: place.headerRow, left: place.left, lastRow: place.lastRow, ...(apart ? { columns: place.columns } : {}) };
  }
  const nextMarker: WorkbookMarker = {
    schemaVersion: MARKER_SCHEMA_VERSION,
    tableLocations: request.tableLocations,
    outputs,
    sheetHashes,
    ...(Object.keys(previousSheetHashes).length > 0 ? { previousSheetHashes } : {}),
    outputStyle: OUTPUT_STYLE_VERSION,
  };
  // The marker goes first: a run stopped partway (a sync that fails, the workbook closed, a sheet
  // protected since the read) has then recorded the rows and sheets it was writing, and each sheet it
  // rewrites holds either what it held before (previousSheetHashes) or what the run wrote — so the
  // next run takes both for the add-in's own, not for a person's edits or data in its way.
  const takes = Object.values(places).flatMap(takenCells);
  return { plan: { ops: [...planMarker(nextMarker, gridOf(METADATA_SHEET)), ...ops], ...(takes.length > 0 ? { takes } : {}) }, problems };
}

/** the block's rows that become the add-in's with this run (blank when read), without the columns a person inserted among its own */
function takenCells(place: OutputPlace): Array<{ sheet: string; address: string }> {
  if (place.takesFromRow > place.lastRow) return [];
  return adjacentRuns(place.columns).map(({ first, count }) => ({
    sheet: place.sheet,
    address: rangeAddress(place.takesFromRow, place.columns[first], place.lastRow, place.columns[first + count - 1]),
  }));
}

/**
 * The hash each of the add-in's sheets is checked against: the one the marker keeps, or the one the
 * sheet had before the last run rewrote it when the sheet still holds that (the run stopped before it
 * got there). `contentOf` hashes a sheet's content as read, once, or null for a sheet absent or blank.
 */
function ownSheetHashes(
  marker: WorkbookMarker | null,
  gridOf: (name: string) => SheetGrid | null,
): { stored: Record<string, string>; contentOf: (name: string) => string | null } {
  const contents = new Map<string, string | null>();
  const contentOf = (name: string): string | null => {
    if (!contents.has(name)) {
      const grid = gridOf(name);
      contents.set(name, grid && hasContent(grid) ? hashGridContent(grid) : null);
    }
    return contents.get(name) ?? null;
  };
  const stored: Record<string, string> = { ...(marker?.sheetHashes ?? {}) };
  for (const [name, previous] of Object.entries(marker?.previousSheetHashes ?? {})) {
    if (stored[name] !== undefined && stored[name] !== previous && contentOf(name) === previous) stored[name] = previous;
  }
  return { stored, contentOf };
}

function hasContent(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((value) => !isBlankValue(value)));
}

/** the add-in's budget columns of a budget table that is gone: cleared, when still under their headers */
function clearAbandonedBlock(
  record: OutputBlockRecord | undefined,
  gridOf: (name: string) => SheetGrid | null,
  headers: readonly string[],
): WriteOp[] {
  const grid = record ? gridOf(record.sheet) : null;
  if (!record || !grid) return [];
  const columns = record.columns?.length === headers.length ? record.columns : headers.map((_, index) => record.left + index);
  const ours = headers.every((header, index) => textAt(grid, record.headerRow, columns[index]) === header);
  if (!ours) return [];
  const clear = (left: number, right: number): WriteOp => ({ kind: 'clearRange', sheet: record.sheet, address: rangeAddress(record.headerRow, left, record.lastRow, right) });
  if (columns[columns.length - 1] - columns[0] === columns.length - 1) return [clear(columns[0], columns[columns.length - 1])];
  // a person's columns among the add-in's are left as they are
  return columns.map((column) => clear(column, column));
}

function normaliseReportPlan(planned: WriteOp[] | PlannedReportSheet): PlannedReportSheet {
  return Array.isArray(planned) ? { ops: planned } : planned;
}

function reportConflictProblem(conflict: { sheet: string; message: Record<Locale, string> }): WorkbookProblem {
  return workbookProblem('REPORT_SHEET_CONFLICT', { sheet: conflict.sheet, cell: null }, conflict.message, { severity: 'warning' });
}
