import type { EvaluationReport, Locale } from '../domain/model';
import { cellAddress } from '../domain/cells/a1';
import { isUnreadableWorkbookError, openXlsx, type DroppedPart, type XlsxWorkbook } from '../hosts/xlsx';
import type { Detection, DetectedTable } from '../workbook/detect/detection-types';
import type { TableKind } from '../workbook/detect/table-fields';
import type { SheetGrid } from '../workbook/grid';
import { narrativeReportSheetPlanner } from '../workbook/plan/narrative-report-planner';
import type { WorkbookPort } from '../workbook/port';
import { isWriteProblem, type WorkbookProblem } from '../workbook/problems';
import { scoreWorkbook } from '../workbook/score-workbook';
import { CLI_MESSAGES } from './messages';
import { writeFailure } from './write-failure';

/** Workbooks with more rows than this get a progress line while they are scored. */
export const LARGE_WORKBOOK_ROWS = 5_000;
/** Reading that takes longer than this gets a progress line. */
export const SLOW_READ_MS = 1_000;

export type ScoreProgress = { stage: 'reading' } | { stage: 'scoring'; rows: number };

/**
 * Where a run's time goes, in milliseconds: opening the file (reading it and ExcelJS loading it),
 * reading the sheets into grids, scoring and planning (detection, the engine, the narrative, the
 * plan), applying the plan to the in-memory copy, saving (rendering the XML, zipping, writing).
 */
export interface StageTimes {
  open: number;
  read: number;
  scorePlan: number;
  apply: number;
  save: number;
}

export interface ScoreFileOptions {
  input: string;
  output: string;
  onProgress?: (progress: ScoreProgress) => void;
  /** told how long each stage took, once the file is saved (the benchmark's split) */
  onStageTimes?: (times: StageTimes) => void;
}

/** Why a file was not scored, in both languages. */
export type NotScored =
  /** not an .xlsx, encrypted, missing … */
  | { kind: 'unreadable'; reason: Record<Locale, string> }
  /** read, but nothing to score or nowhere to write (no indicator table, a required column missing …) */
  | { kind: 'cannotScore'; reason: Record<Locale, string>; problems: WorkbookProblem[] };

export interface ScoredWorkbook {
  kind: 'scored';
  /** the input's copy in memory, with the results written into it */
  workbook: XlsxWorkbook;
  report: EvaluationReport;
  problems: WorkbookProblem[];
}

export type ScoreFileResult =
  | { kind: 'scored'; report: EvaluationReport; problems: WorkbookProblem[]; output: string; dropped: readonly DroppedPart[] }
  | NotScored
  | { kind: 'cannotWrite'; reason: Record<Locale, string> };

/**
 * The command's one code path from an .xlsx to its scored copy: open, score (the workbook layer and
 * the engine, as in Excel; scoreWorkbook writes its plan into the in-memory copy), save as `output`.
 * The input file is only read. `perf-eval score`, `npm run demo` and the benchmark all go through here.
 */
export async function scoreXlsxFile(options: ScoreFileOptions): Promise<ScoreFileResult> {
  const times: StageTimes = { open: 0, read: 0, scorePlan: 0, apply: 0, save: 0 };
  const scored = await openAndScore(options.input, options.onProgress, times);
  if (scored.kind !== 'scored') return scored;
  const start = performance.now();
  try {
    await scored.workbook.save(options.output);
  } catch (error) {
    return { kind: 'cannotWrite', reason: writeFailure(error, options.output) };
  }
  times.save = performance.now() - start;
  options.onStageTimes?.(times);
  return { kind: 'scored', report: scored.report, problems: scored.problems, output: options.output, dropped: scored.workbook.dropped };
}

/** Opens and scores a workbook file, results written into its in-memory copy only. */
export async function openAndScore(
  input: string,
  onProgress?: (progress: ScoreProgress) => void,
  /** filled in with the time of each stage up to saving */
  times?: StageTimes,
  /** false when the workbook is not saved (the Word report): no place to write results does not stop it */
  writesMatter = true,
): Promise<ScoredWorkbook | NotScored> {
  const openStart = performance.now();
  const opened = await openWithProgress(input, onProgress);
  if (opened.kind === 'unreadable') return opened;
  const workbook = opened.workbook;
  const scoreStart = performance.now();
  if (times) times.open = scoreStart - openStart;

  const port = reportingRows(
    workbook,
    (rows) => {
      if (rows > LARGE_WORKBOOK_ROWS) onProgress?.({ stage: 'scoring', rows });
    },
    times,
  );
  // the report text is Chinese whatever the messages' language; an edited 自评报告 is kept and the new
  // one written beside it, as there is no one to ask
  const scored = await scoreWorkbook(port, { planReportSheet: narrativeReportSheetPlanner({ locale: 'zh-CN', onConflict: 'newSheet' }) });
  if (times) times.scorePlan = performance.now() - scoreStart - times.read - times.apply;
  // first: a value the engine read as blank may be what the other problems are about
  const uncalculated = firstUncalculatedRead(workbook, scored.detection);
  if (uncalculated) return { kind: 'cannotScore', reason: uncalculatedReason(uncalculated), problems: scored.problems };
  const fatal = scored.problems.find((problem) => problem.fatal && (writesMatter || !isWriteProblem(problem)));
  if (fatal) return { kind: 'cannotScore', reason: fatal.message, problems: scored.problems };
  return { kind: 'scored', workbook, report: scored.report, problems: scored.problems };
}

/**
 * The first formula without a saved result (see readCell) among the cells the engine reads: the
 * header and data rows of each detected table's recognised columns, in the sheets' order, row by row.
 * Such a cell reads as blank, so the indicator would score 0 as "not filled in" while Excel, WPS or
 * LibreOffice show its value. Formulas elsewhere (another sheet, a column of the user's own) do not
 * matter, unless no indicator table was found. In Excel formulas always have values: this is the file path's concern only.
 */
function firstUncalculatedRead(workbook: XlsxWorkbook, detection: Detection): string | null {
  const tables = [detection.indicators, detection.budget, detection.basicInfo, detection.settings].filter(
    (table): table is NonNullable<typeof table> => table !== null,
  ) as ReadonlyArray<DetectedTable<TableKind>>;
  for (const [sheet, cells] of workbook.uncalculatedFormulas()) {
    const onSheet = tables.filter((table) => table.sheet === sheet);
    // a header cell counts in any column: a header that is such a formula reads as blank, and the
    // table then seems to lack that column
    const read = cells.find(({ row, column }) =>
      onSheet.some(
        (table) =>
          (row >= table.firstHeaderRow && row <= table.headerRow && column >= table.left && column <= table.right + 1) ||
          (row >= table.firstHeaderRow && row <= table.lastRow && table.columns.some((detected) => detected.column === column)),
      ),
    );
    if (read) return `${sheet}!${cellAddress(read.row, read.column)}`;
  }
  // No indicator table found: a header may be such a formula, and the first of them says more than
  // "no indicator table"; nothing can be scored either way.
  if (detection.indicators === null) {
    for (const [sheet, cells] of workbook.uncalculatedFormulas()) {
      if (cells.length > 0) return `${sheet}!${cellAddress(cells[0].row, cells[0].column)}`;
    }
  }
  return null;
}

function uncalculatedReason(cell: string): Record<Locale, string> {
  return { 'zh-CN': CLI_MESSAGES['zh-CN'].uncalculatedFormula(cell), 'en-US': CLI_MESSAGES['en-US'].uncalculatedFormula(cell) };
}

async function openWithProgress(
  input: string,
  onProgress?: (progress: ScoreProgress) => void,
): Promise<{ kind: 'opened'; workbook: XlsxWorkbook } | { kind: 'unreadable'; reason: Record<Locale, string> }> {
  const slow = setTimeout(() => onProgress?.({ stage: 'reading' }), SLOW_READ_MS);
  try {
    return { kind: 'opened', workbook: await openXlsx(input) };
  } catch (error) {
    if (isUnreadableWorkbookError(error)) return { kind: 'unreadable', reason: error.messages };
    throw error;
  } finally {
    clearTimeout(slow);
  }
}

/** the same port, telling how many rows the sheets it read hold, and timing reading and applying */
function reportingRows(port: WorkbookPort, onRows: (rows: number) => void, times?: StageTimes): WorkbookPort {
  const reported = async (reading: Promise<SheetGrid[]>): Promise<SheetGrid[]> => {
    const start = performance.now();
    const grids = await reading;
    if (times) times.read += performance.now() - start;
    onRows(grids.reduce((sum, grid) => sum + grid.values.length, 0));
    return grids;
  };
  return {
    sheetNames: () => port.sheetNames(),
    apply: async (plan) => {
      const start = performance.now();
      await port.apply(plan);
      if (times) times.apply += performance.now() - start;
    },
    readSheets: (names: string[]) => reported(port.readSheets(names)),
    readWorkbook: () => reported(port.readWorkbook()),
  };
}
