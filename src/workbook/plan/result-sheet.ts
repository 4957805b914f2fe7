import type { BudgetSummary, EvaluationReport, Locale, Severity } from '../../domain/model';
import { formatAmount, formatRatio, formatScore, formatWholePercent } from '../../domain/narrative/figures';
import type { SheetGrid } from '../grid';
import { rangeAddress } from '../cells/a1';
import { isBlankValue, lastColumn, lastRow, textAt } from '../cells/grid-cells';
import { RESULT_SHEET } from '../owned-sheets';
import { workbookProblem, type WorkbookProblem } from '../problems';
import type { CellStyle, PlannedCell, WriteOp } from '../write-plan';
import { hashGridContent, hashPlannedContent } from './content-hash';
import {
  AMOUNT_FORMAT,
  BODY_STYLE,
  blankCell,
  COUNT_FORMAT,
  linkCell,
  numberCell,
  POINTS_FORMAT,
  percentFormatOf,
  RATE_FORMAT,
  RATIO_FORMAT,
  scoreFormatOf,
  SECTION_STYLE,
  TABLE_HEADER_STYLE,
  TITLE_STYLE,
  textCell,
  WRAPPED_BODY_STYLE,
} from './planned-cells';
import { displayWidth, wrappedRowHeight } from './wrapped-row-height';

/** A finding listed in the sheet's warning table: the engine's warnings and the workbook's own problems. */
export interface ListedFinding {
  severity: Severity;
  code: string;
  sheet: string | null;
  cell: string | null;
  message: Record<Locale, string>;
}

export interface ResultSheetPlan {
  ops: WriteOp[];
  /** content hash of what the ops write, kept in the marker */
  hash: string;
  problems: WorkbookProblem[];
}

const TITLE_SUFFIX = '绩效自评评分结果';
const TOTAL_HEADERS = ['总分', '满分', '得分比', '综合评价'];
/** A is the names' and the warnings' messages' column; E the warning codes' (SCORE_MAY_BE_INFLATED) */
const COLUMN_WIDTHS = [60, 14, 12, 12, 30, 12, 12];
const MESSAGE_WIDTH = COLUMN_WIDTHS[0];
/** C holds the 工作表 of each warning: as wide as the longest sheet name, up to a 31-character Chinese one */
const SHEET_COLUMN = 3;
const MAX_SHEET_COLUMN_WIDTH = 64;
/** room for the cell's padding beside a sheet name, so that its last character is not cut */
const CELL_MARGIN_CHARACTERS = 2;
const SEVERITY_TEXT: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const NOTE =
  '本表由绩效自评加载项根据各工作表的数据计算生成（数值，不含公式）；请勿在此手工修改，修改原始数据后重新评分即可更新。';

/**
 * The 评分结果 sheet: title, the total, the budget line, the table by level 1 (as seed 000's 自评结论
 * table), the table by task, and every warning with a link to its cell. The add-in owns this sheet: it
 * rewrites it whole, but never takes over a 评分结果 sheet someone else made.
 */
export function planResultSheet(
  report: EvaluationReport,
  findings: readonly ListedFinding[],
  existing: SheetGrid | null,
  storedHash: string | null,
  options: {
    /** hashGridContent(existing), when the caller has it already */
    existingHash?: string | null;
    /** the workbook has a 预算执行 table: a report without budget figures means it has no lines yet */
    budgetTableFound?: boolean;
  } = {},
): ResultSheetPlan {
  const { existingHash, budgetTableFound = false } = options;
  const problems: WorkbookProblem[] = [];
  if (existing && hasContent(existing)) {
    // the hash is kept by sheet name: a sheet someone made under the name after renaming or deleting
    // the add-in's is known by content or layout, not by the name alone
    const unchanged = storedHash !== null && (existingHash ?? hashGridContent(existing)) === storedHash;
    // a sheet the add-in wrote (the marker keeps its hash) is known through a colleague's light edit;
    // without that record only by its layout exactly as written (the marker lost)
    const ours = unchanged || (storedHash !== null ? keepsResultLayout(existing) : hasResultLayout(existing));
    if (!ours) return { ops: [], hash: '', problems: [notOwnedProblem()] };
    if (storedHash !== null && !unchanged) problems.push(editedProblem());
  }

  const rows = resultRows(report, findings, budgetTableFound);
  const body = blocksOfRows(rows);
  // a loop, not Math.max(...rows): spreading more than ~120,000 arguments overflows the stack
  const width = rows.reduce((widest, cells) => Math.max(widest, cells.length), 1);
  const clearBottom = Math.max(rows.length, existing ? lastRow(existing) : 0);
  const clearRight = Math.max(width, COLUMN_WIDTHS.length, existing ? lastColumn(existing) : 0);
  const ops: WriteOp[] = [
    { kind: 'ensureSheet', sheet: RESULT_SHEET, visibility: 'visible' },
    { kind: 'clearRange', sheet: RESULT_SHEET, address: rangeAddress(1, 1, clearBottom, clearRight) },
    ...body,
    { kind: 'merge', sheet: RESULT_SHEET, address: rangeAddress(1, 1, 1, COLUMN_WIDTHS.length) },
    { kind: 'merge', sheet: RESULT_SHEET, address: rangeAddress(2, 1, 2, COLUMN_WIDTHS.length) },
    ...columnWidths(findings).map((columnWidth, index): WriteOp => ({ kind: 'columnWidth', sheet: RESULT_SHEET, column: index + 1, width: columnWidth })),
    ...rowHeights(rows),
    { kind: 'pageSetup', sheet: RESULT_SHEET, paper: 'A4', orientation: 'landscape', fitToWidth: true },
  ];
  return { ops, hash: hashPlannedContent(ops, RESULT_SHEET), problems };
}

export function resultSheetTitle(report: EvaluationReport): string {
  const year = report.info.year === '' ? '' : /^\d{4}$/.test(report.info.year) ? `${report.info.year}年度` : report.info.year;
  return `${report.info.unitName}${year}${TITLE_SUFFIX}`;
}

/**
 * A 得分比's format: the decimals the 自评报告 shows it with, so that 0.896 beside 良 shows 89.6% and not
 * 90%, a grade it did not reach (the cell keeps the exact ratio).
 */
/** a 总分 or 得分 cell, with the decimals the report prints it with: 93, 8.5, 95.91 (not 93.00, 8.50) */
function scoreCell(score: number | null, style: CellStyle): PlannedCell {
  return numberCell(score, scoreFormatOf(score), style);
}

function ratioFormat(report: EvaluationReport, score: number, points: number): string {
  const shown = formatWholePercent(score, points, report.gradeBands.map((band) => band.min));
  return shown === null ? RATIO_FORMAT : percentFormatOf(shown);
}

/** one array of cells per sheet row, from row 1; an empty array is a blank row */
function resultRows(report: EvaluationReport, findings: readonly ListedFinding[], budgetTableFound: boolean): PlannedCell[][] {
  const header = (texts: readonly string[]): PlannedCell[] => texts.map((text) => textCell(text, TABLE_HEADER_STYLE));
  const rows: PlannedCell[][] = [
    [textCell(resultSheetTitle(report), TITLE_STYLE)],
    [textCell(NOTE, { italic: true, fontColor: '#595959', wrap: true })],
    [],
    header(TOTAL_HEADERS),
    [
      scoreCell(report.total.score, BODY_STYLE),
      numberCell(report.total.max, POINTS_FORMAT, BODY_STYLE),
      numberCell(report.total.ratio, ratioFormat(report, report.total.score, report.total.max), BODY_STYLE),
      textCell(report.total.grade, BODY_STYLE),
      ...(report.total.cappedFrom === null
        ? []
        : [textCell(`按预算执行率限制总分，限分前得分 ${report.total.cappedFrom}`, WRAPPED_BODY_STYLE)]),
    ],
    [],
    [textCell('预算执行', SECTION_STYLE)],
    ...budgetRows(report, budgetTableFound, header),
    [],
    [textCell('按一级指标', SECTION_STYLE)],
    header(['评价指标', '分值', '得分', '得分比', '综合评价']),
    ...report.levels.map((level) => [
      textCell(level.level1, BODY_STYLE),
      numberCell(level.points, POINTS_FORMAT, BODY_STYLE),
      scoreCell(level.score, BODY_STYLE),
      numberCell(level.ratio, ratioFormat(report, level.score, level.points), BODY_STYLE),
      textCell(level.grade, BODY_STYLE),
    ]),
    [
      textCell('综合绩效', { ...BODY_STYLE, bold: true }),
      numberCell(report.total.max, POINTS_FORMAT, { ...BODY_STYLE, bold: true }),
      scoreCell(report.total.score, { ...BODY_STYLE, bold: true }),
      numberCell(report.total.ratio, ratioFormat(report, report.total.score, report.total.max), { ...BODY_STYLE, bold: true }),
      textCell(report.total.grade, { ...BODY_STYLE, bold: true }),
    ],
  ];
  if (report.tasks.length > 0) {
    rows.push(
      [],
      [textCell('按任务', SECTION_STYLE)],
      header(['任务', '资金（万元）', '指标数', '达标', '未达标', '分值', '得分']),
      ...report.tasks.map((task) => [
        textCell(task.name, WRAPPED_BODY_STYLE),
        numberCell(task.funds, AMOUNT_FORMAT, BODY_STYLE),
        numberCell(task.indicatorCount, COUNT_FORMAT, BODY_STYLE),
        numberCell(task.met, COUNT_FORMAT, BODY_STYLE),
        numberCell(task.missed.length, COUNT_FORMAT, BODY_STYLE),
        numberCell(task.points, POINTS_FORMAT, BODY_STYLE),
        scoreCell(task.score, BODY_STYLE),
      ]),
    );
  }
  // the message first, in the wide column: it is what a colleague reads; the code last, for the record
  rows.push([], [textCell(`提示与问题（${findings.length} 条）`, SECTION_STYLE)], header(['说明', '级别', '工作表', '单元格', '代码']));
  if (findings.length === 0) rows.push([textCell('无', BODY_STYLE)]);
  for (const finding of findings) {
    rows.push([
      textCell(finding.message['zh-CN'], WRAPPED_BODY_STYLE),
      textCell(SEVERITY_TEXT[finding.severity], BODY_STYLE),
      textCell(finding.sheet ?? '', BODY_STYLE),
      finding.sheet !== null && finding.cell !== null
        ? linkCell(finding.cell, { sheet: finding.sheet, address: finding.cell })
        : blankCell(BODY_STYLE),
      textCell(finding.code, BODY_STYLE),
    ]);
  }
  return rows;
}

function budgetRows(report: EvaluationReport, budgetTableFound: boolean, header: (texts: readonly string[]) => PlannedCell[]): PlannedCell[][] {
  const budget = report.budget;
  if (!budget) return [[textCell(budgetTableFound ? '预算执行表中还没有资金行，总分不含预算执行得分。' : '未找到预算执行表，总分不含预算执行得分。', BODY_STYLE)]];
  // no points or no 全年预算数: a row of figures would read 分值 0 / 得分 0.00, "budget scored zero"
  const sentence = budgetSentence(budget);
  if (sentence !== null) return [[textCell(sentence, WRAPPED_BODY_STYLE)]];
  return [
    header(['全年预算数（万元）', '执行数（万元）', '执行率', '分值', '得分']),
    [
      numberCell(budget.adjusted ?? budget.initial, AMOUNT_FORMAT, BODY_STYLE),
      numberCell(budget.executed, AMOUNT_FORMAT, BODY_STYLE),
      numberCell(budget.executionRate, RATE_FORMAT, BODY_STYLE),
      numberCell(budget.points, POINTS_FORMAT, BODY_STYLE),
      scoreCell(budget.score, BODY_STYLE),
    ],
  ];
}

/**
 * The budget block in words, when its figures would mislead: the scheme gives the budget line no points
 * (seed 000: the total is 产出 + 效果 only), or the table has no 全年预算数 to rest a rate on.
 */
function budgetSentence(budget: BudgetSummary): string | null {
  const planned = budget.adjusted ?? budget.initial;
  if (budget.points > 0 && planned !== null) return null;
  const figures = [
    ...(planned === null ? [] : [`全年预算数 ${formatAmount(planned)} 万元`]),
    ...(budget.executed === null ? [] : [`执行数 ${formatAmount(budget.executed)} 万元`]),
    ...(budget.executionRate === null ? [] : [`执行率 ${formatRatio(budget.executionRate)}`]),
  ];
  const shown = figures.length === 0 ? '' : `（${figures.join('，')}）`;
  if (budget.points <= 0) return `本次评分未设预算执行分值，总分不含预算执行得分${shown}。`;
  return `预算执行表未填全年预算数，无法计算执行率${shown}；预算执行分值 ${formatScore(budget.points)}，得分 ${formatScore(budget.score)}。`;
}

/** the fixed widths, with the 工作表 column widened to the longest sheet name a warning names */
function columnWidths(findings: readonly ListedFinding[]): number[] {
  const widths = [...COLUMN_WIDTHS];
  const sheetNames = new Set(findings.map((finding) => finding.sheet ?? ''));
  let widest = widths[SHEET_COLUMN - 1];
  for (const name of sheetNames) widest = Math.max(widest, displayWidth(name) + CELL_MARGIN_CHARACTERS);
  widths[SHEET_COLUMN - 1] = Math.min(MAX_SHEET_COLUMN_WIDTH, widest);
  return widths;
}

/**
 * The height of each row whose column-A text wraps to more than one line (warning messages, long task
 * names): Excel and LibreOffice keep a row at one line when they open a file whose rows carry no height.
 */
function rowHeights(rows: readonly PlannedCell[][]): WriteOp[] {
  const oneLine = wrappedRowHeight('', MESSAGE_WIDTH);
  const ops: WriteOp[] = [];
  rows.forEach((cells, index) => {
    const first = cells[0];
    // rows 1 and 2 (title, note) are merged across every column: one line there
    if (index < 2 || !first || first.kind !== 'text' || typeof first.value !== 'string' || !first.style?.wrap) return;
    const height = wrappedRowHeight(first.value, MESSAGE_WIDTH);
    if (height > oneLine) ops.push({ kind: 'rowHeight', sheet: RESULT_SHEET, row: index + 1, height });
  });
  return ops;
}

/**
 * consecutive rows of the same width become one 2D block (the warning list is one block however long);
 * any of them may go where an earlier, longer or shorter list left a link
 */
function blocksOfRows(rows: readonly PlannedCell[][]): WriteOp[] {
  const ops: WriteOp[] = [];
  let block: { top: number; cells: PlannedCell[][] } | null = null;
  rows.forEach((cells, index) => {
    if (block && (cells.length === 0 || cells.length !== block.cells[0].length)) {
      ops.push({ kind: 'setCells', sheet: RESULT_SHEET, top: block.top, left: 1, cells: block.cells, replacesLinks: true });
      block = null;
    }
    if (cells.length === 0) return;
    if (block) block.cells.push(cells);
    else block = { top: index + 1, cells: [cells] };
  });
  const last = block as { top: number; cells: PlannedCell[][] } | null;
  if (last) ops.push({ kind: 'setCells', sheet: RESULT_SHEET, top: last.top, left: 1, cells: last.cells, replacesLinks: true });
  return ops;
}

function hasContent(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((value) => !isBlankValue(value)));
}

/** the add-in's layout, known again when the marker sheet was lost (sheets copied to another workbook) */
/** the add-in's layout exactly as it writes it: the title in A1 and the total's header in row 4 */
function hasResultLayout(grid: SheetGrid): boolean {
  return textAt(grid, 1, 1).endsWith(TITLE_SUFFIX) && TOTAL_HEADERS.every((text, index) => textAt(grid, 4, index + 1) === text);
}

/**
 * The add-in's layout as it stays after a colleague's light edit (a word added to the title, the note
 * cleared, a row inserted above): two of its title, its note and its total's header in the first
 * rows. One alone is not enough: a colleague's own summary may well be titled …绩效自评评分结果.
 */
function keepsResultLayout(grid: SheetGrid): boolean {
  let title = false;
  let note = false;
  let total = false;
  for (let row = grid.top; row <= Math.min(lastRow(grid), grid.top + LAYOUT_ROWS - 1); row += 1) {
    const first = textAt(grid, row, 1);
    title ||= first.includes(TITLE_SUFFIX);
    note ||= first === NOTE;
    for (let column = 1; column <= TOTAL_HEADERS.length && !total; column += 1) {
      total = TOTAL_HEADERS.every((text, index) => textAt(grid, row, column + index) === text);
    }
  }
  return Number(title) + Number(note) + Number(total) >= 2;
}

/** the rows the layout is looked for in: the title, the note and the total, with a few inserted above */
const LAYOUT_ROWS = 10;

function notOwnedProblem(): WorkbookProblem {
  return workbookProblem(
    'SHEET_NOT_OWNED',
    { sheet: RESULT_SHEET, cell: null },
    {
      'zh-CN': `工作簿中已有名为「${RESULT_SHEET}」的工作表，其内容不是本插件生成的评分结果。本插件不会覆盖它，本次未写入任何结果；请将该工作表改名后重新评分。`,
      'en-US': `The workbook already has a sheet named "${RESULT_SHEET}" whose content is not a result the add-in wrote. The add-in does not write over it and wrote nothing this time; rename that sheet and score again.`,
    },
    { fatal: true },
  );
}

function editedProblem(): WorkbookProblem {
  return workbookProblem(
    'OWNED_SHEET_EDITED',
    { sheet: RESULT_SHEET, cell: null },
    {
      'zh-CN': `工作表「${RESULT_SHEET}」在上次生成后被手工修改过；它由本插件根据数据生成，已按当前数据重新写入。`,
      'en-US': `The sheet "${RESULT_SHEET}" was edited by hand after it was last written; it is generated from the data, so it was written again from the current data.`,
    },
    { severity: 'info' },
  );
}
