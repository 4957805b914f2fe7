import { evaluate } from '../domain/evaluate';
import { cellOfField } from '../domain/cells/field-cell';
import type { EvaluationReport, Scheme, ScoredIndicator } from '../domain/model';
import { DEFAULT_SCHEME } from '../domain/scheme/defaults';
import { schemeFromSettingRows } from '../domain/scheme/from-setting-rows';
import type { SchemeProblem } from '../domain/scheme/setting-problems';
import { detectTables } from './detect/detect-tables';
import type { Detection, TableLocations } from './detect/detection-types';
import type { SheetGrid } from './grid';
import { OUTPUT_STYLE_VERSION, readMarker } from './plan/metadata-sheet';
import { minimiseWrites } from './plan/minimise-writes';
import { planResults, type ReportSheetPlanner } from './plan/plan-results';
import { againIfWorkbookChanged, type WorkbookPort } from './port';
import { hasFatalProblem, workbookProblem, type WorkbookProblem } from './problems';
import { readInput } from './read/read-input';
import { schemeInUseNote } from './scheme-in-use';
import type { WritePlan } from './write-plan';

export interface ScoreWorkbookOptions {
  /** plans the 自评报告 sheet; without it the run writes no report sheet */
  planReportSheet?: ReportSheetPlanner;
  /** table locations the user corrected; otherwise those kept in the workbook's marker, if any */
  remembered?: TableLocations;
  /** overrides the workbook's 评分设置 sheet */
  scheme?: Scheme;
}

export interface ScoreWorkbookResult {
  /**
   * the engine's report on what could be read; when a fatal problem stopped the run it is shown for
   * information only and nothing was written
   */
  report: EvaluationReport;
  detection: Detection;
  /**
   * what was applied: only the writes that change a cell (see minimiseWrites); empty when a fatal
   * problem stopped the run
   */
  plan: WritePlan;
  problems: WorkbookProblem[];
  /** the workbook as the run read it, before its writes (which touch only the add-in's own cells) */
  grids: SheetGrid[];
}

/**
 * One scoring run: one read of every sheet, detection, reading, the scheme (评分设置), the engine, the
 * plan, one write of the cells whose value changes (read and planned once more if the sheets, or a
 * cell the plan writes, changed between the read and the write). When a table is missing, a required column is missing or a place to write is taken,
 * nothing is written and the problems say which sheet and cell.
 */
export async function scoreWorkbook(port: WorkbookPort, options: ScoreWorkbookOptions = {}): Promise<ScoreWorkbookResult> {
  // a sheet appeared or vanished, or someone typed into a cell the plan writes, between the read and
  // the write: the plan no longer fits
  return againIfWorkbookChanged(() => scoreOnce(port, options));
}

async function scoreOnce(port: WorkbookPort, options: ScoreWorkbookOptions): Promise<ScoreWorkbookResult> {
  const grids = await port.readWorkbook();

  const marker = readMarker(grids);
  const tableLocations = options.remembered ?? marker?.tableLocations ?? null;
  const detection = detectTables(grids, tableLocations ?? undefined);
  const read = readInput(grids, detection);

  const fromSheet = options.scheme ? null : schemeFromSettingRows(read.schemeRows);
  const scheme = options.scheme ?? fromSheet?.scheme ?? DEFAULT_SCHEME;
  const report = evaluate(read.input, scheme);

  const problems: WorkbookProblem[] = [...detection.problems, ...read.problems, ...(fromSheet?.problems ?? []).map(settingProblem)];
  if (detection.indicators && report.indicators.length === 0) problems.push(noIndicatorRows(detection.indicators));
  else if (report.indicators.length > 0 && report.indicators.every((indicator) => indicator.status === 'notApplicable')) problems.push(everyIndicatorExcluded(report.indicators));
  const schemeNote = fromSheet ? schemeInUseNote(scheme, read.schemeRows) : null;
  if (schemeNote) problems.push(schemeNote);
  if (hasFatalProblem(problems)) return { report, detection, plan: { ops: [] }, problems, grids };

  const planned = planResults({
    grids,
    detection,
    read,
    report,
    marker,
    tableLocations,
    problems,
    planReportSheet: options.planReportSheet,
  });
  const allProblems = [...problems, ...planned.problems];
  // output written in an older look is written whole once (see OUTPUT_STYLE_VERSION)
  const plan = marker && marker.outputStyle < OUTPUT_STYLE_VERSION ? planned.plan : minimiseWrites(planned.plan, grids);
  // the grids the plan was made from: a cell a colleague typed into since is not written over
  if (plan.ops.length > 0) await port.apply(plan, grids);
  return { report, detection, plan, problems: allProblems, grids };
}

/**
 * A blank template, or a header with nothing under it (小计 / 合计 rows alone): a total of 0 out of 0,
 * 差, would only mislead, in the pane as in the command and in a 评分结果 a colleague opens.
 */
function noIndicatorRows(table: NonNullable<Detection['indicators']>): WorkbookProblem {
  const where = `${table.sheet}!${table.range.split(':')[0]}`;
  return workbookProblem(
    'INDICATOR_ROWS_MISSING',
    { sheet: table.sheet, cell: table.range.split(':')[0] },
    {
      'zh-CN': `绩效指标表（${where}）下没有指标行，请先填写指标再评分`,
      'en-US': `The indicator table (${where}) has no indicator rows: fill them in before scoring.`,
    },
    { fatal: true },
  );
}

/**
 * Every indicator marked 不适用: with nothing left to score, a total of 0 out of 0 (差), or of the budget
 * line's points alone, would only mislead, as a blank template's would.
 */
function everyIndicatorExcluded(indicators: readonly ScoredIndicator[]): WorkbookProblem {
  const first = indicators[0];
  const field = first.target.kind === 'notApplicable' ? 'target' : 'actual';
  const mark = first[field];
  const text = mark.kind === 'notApplicable' ? mark.text : '';
  const cell = cellOfField(first, field);
  const where = cell ? `${cell.sheet}!${cell.address}` : `${first.sheet}!${first.row}`;
  const count = indicators.length;
  return workbookProblem(
    'INDICATOR_ROWS_ALL_EXCLUDED',
    { sheet: first.sheet, cell: cell?.address ?? null },
    {
      'zh-CN': `绩效指标表的 ${count} 个指标都标为不适用（如 ${where} “${text}”），没有可评分的指标；请至少为一个指标填写适用的年度指标值和实际完成值再评分`,
      'en-US': `All ${count} indicators of the indicator table are marked not applicable (e.g. ${where} “${text}”), so there is nothing to score: fill in an applicable target and actual value for at least one indicator before scoring.`,
    },
    { fatal: true },
  );
}

function settingProblem(problem: SchemeProblem): WorkbookProblem {
  return workbookProblem('SETTING_INVALID', { sheet: problem.sheet, cell: problem.cell }, problem.message, { severity: problem.severity });
}
