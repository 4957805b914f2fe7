import ExcelJS from 'exceljs';
import { isValidRowHeight, isValidTitleRows, listSource, listValidationProblem, type PlannedCell, type WriteOp, type WritePlan } from '../../workbook/write-plan';
import { cellAddress, rangeAddress } from '../../workbook/cells/a1';
import { absoluteAddress, parseRange, type CellRange } from '../../workbook/cells/cell-range';
import { wrappedRowHeight } from '../../workbook/plan/wrapped-row-height';
import { CellStyleCache, NO_STYLE, shareEmptyStyle } from './cell-style';
import { dataValidationsOf } from './data-validations';

/** A4 in the OOXML paperSize enumeration */
const PAPER_SIZE_A4 = 9;
const MAX_SHEET_NAME_LENGTH = 31;

/** A plan this host cannot apply: a defect in the planner, not bad user input. */
export class PlanNotApplicableError extends Error {
  constructor(readonly problems: string[]) {
    super(`write plan cannot be applied: ${problems.join('; ')}`);
    this.name = 'PlanNotApplicableError';
  }
}

/** Excel compares sheet names without regard to case. */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

/**
 * Applies every op of the plan to the ExcelJS workbook. The whole plan is checked first, so a bad
 * plan changes nothing; after that no op can fail. Cells, sheets and settings the plan does not
 * name are left exactly as they were.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const problems = checkPlan(workbook, plan);
  if (problems.length > 0) throw new PlanNotApplicableError(problems);
  let formulasWithoutResult = false;
  const styles = new CellStyleCache();
  // by lower-case name, the first in tab order as findWorksheet: ExcelJS's worksheets getter sorts a
  // new array on every call
  const worksheets = new Map<string, ExcelJS.Worksheet>();
  for (const sheet of workbook.worksheets) if (!worksheets.has(sheet.name.toLowerCase())) worksheets.set(sheet.name.toLowerCase(), sheet);
  for (const op of plan.ops) {
    const name = op.sheet.toLowerCase();
    if (op.kind === 'ensureSheet') {
      if (!worksheets.has(name)) worksheets.set(name, workbook.addWorksheet(op.sheet, { state: op.visibility ?? 'visible' }));
      continue;
    }
    const worksheet = worksheets.get(name) as ExcelJS.Worksheet;
    switch (op.kind) {
      case 'clearRange':
        clearRange(worksheet, parseRange(op.address) as CellRange);
        break;
      case 'setCells':
        if (setCells(worksheet, op.top, op.left, op.cells, styles)) formulasWithoutResult = true;
        break;
      case 'merge':
        merge(worksheet, parseRange(op.address) as CellRange);
        break;
      case 'columnWidth':
        worksheet.getColumn(op.column).width = op.width;
        break;
      case 'rowHeight':
        worksheet.getRow(op.row).height = op.height;
        break;
      case 'pageSetup':
        worksheet.pageSetup = {
          ...worksheet.pageSetup,
          paperSize: PAPER_SIZE_A4,
          orientation: op.orientation,
          fitToPage: op.fitToWidth,
          ...(op.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
          ...(op.titleRows ? { printTitlesRow: `1:${op.titleRows}` } : {}),
        };
        break;
      case 'freezeRows':
        freezeRows(worksheet, op.rows);
        break;
      case 'listValidation':
        addListValidation(worksheet, parseRange(op.address) as CellRange, op.values);
        break;
    }
  }
  fitWrappedRows(worksheets, plan.ops);
  // Excel then computes the formulas the plan could not give a value for when the file opens.
  if (formulasWithoutResult) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

/** Excel's row height for the default 11-point font, where a row has none of its own */
const DEFAULT_ROW_HEIGHT = 15;
/** Excel's width of a column that has none of its own, in characters */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Raises each row where a wrapped text was written (the 提示 beside the input tables) to the height
 * the text needs in its column, as Excel does by itself when the add-in writes there: Excel and
 * LibreOffice open a file whose rows carry no height one line high, and the warning is cut off. A row
 * is never made lower (the user's own taller rows stay), rows the plan sizes itself are left to it,
 * and merged cells (the 自评报告's paragraphs) are sized by the plan.
 */
function fitWrappedRows(worksheets: ReadonlyMap<string, ExcelJS.Worksheet>, ops: readonly WriteOp[]): void {
  // by lower-case sheet name, the rows the plan gives a height of their own
  const sized = new Map<string, Set<number>>();
  for (const op of ops) {
    if (op.kind !== 'rowHeight') continue;
    const name = op.sheet.toLowerCase();
    let rows = sized.get(name);
    if (!rows) sized.set(name, (rows = new Set()));
    rows.add(op.row);
  }
  // a line's height at a column's width and a font size: what a row needs for a blank cell
  const oneLine = new Map<string, number>();
  const oneLineHeight = (width: number, fontSize: number | undefined): number => {
    const key = `${width}\u0001${fontSize}`;
    let height = oneLine.get(key);
    if (height === undefined) oneLine.set(key, (height = wrappedRowHeight('', width, fontSize)));
    return height;
  };
  for (const op of ops) {
    if (op.kind !== 'setCells') continue;
    const name = op.sheet.toLowerCase();
    const worksheet = worksheets.get(name) as ExcelJS.Worksheet;
    const sizedRows = sized.get(name);
    op.cells.forEach((cells, r) => {
      const rowNumber = op.top + r;
      if (sizedRows?.has(rowNumber)) return;
      cells.forEach((planned, c) => {
        if (!planned.style?.wrap || typeof planned.value !== 'string' || planned.value === '') return;
        const row = worksheet.getRow(rowNumber);
        if (row.getCell(op.left + c).isMerged) return;
        const width = worksheet.getColumn(op.left + c).width ?? DEFAULT_COLUMN_WIDTH;
        const needed = wrappedRowHeight(planned.value, width, planned.style.fontSize);
        if (needed > (row.height ?? DEFAULT_ROW_HEIGHT) && needed > oneLineHeight(width, planned.style.fontSize)) row.height = needed;
      });
    });
  }
}

function checkPlan(workbook: ExcelJS.Workbook, plan: WritePlan): string[] {
  const sheets = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  const problems: string[] = [];
  plan.ops.forEach((op, index) => {
    const where = `op ${index + 1} (${op.kind} ${op.sheet})`;
    if (op.kind === 'ensureSheet') {
      if (op.sheet.length === 0 || op.sheet.length > MAX_SHEET_NAME_LENGTH || /[\\/?*[\]:]/.test(op.sheet)) problems.push(`${where}: not a valid sheet name`);
      sheets.add(op.sheet.toLowerCase());
      return;
    }
    if (!sheets.has(op.sheet.toLowerCase())) problems.push(`${where}: no such sheet`);
    const problem = checkOp(op);
    if (problem) problems.push(`${where}: ${problem}`);
  });
  return problems;
}

function checkOp(op: Exclude<WriteOp, { kind: 'ensureSheet' }>): string | null {
  switch (op.kind) {
    case 'clearRange':
    case 'merge':
      return parseRange(op.address) ? null : `unreadable address "${op.address}"`;
    case 'setCells':
      return Number.isInteger(op.top) && Number.isInteger(op.left) && op.top >= 1 && op.left >= 1 ? null : `top/left must be 1-based integers`;
    case 'columnWidth':
      return Number.isInteger(op.column) && op.column >= 1 && op.width >= 0 ? null : 'bad column or width';
    case 'rowHeight':
      return isValidRowHeight(op) ? null : 'bad row or height';
    case 'freezeRows':
      return Number.isInteger(op.rows) && op.rows >= 0 ? null : 'bad row count';
    case 'pageSetup':
      return isValidTitleRows(op) ? null : 'bad title row count';
    case 'listValidation':
      if (!parseRange(op.address)) return `unreadable address "${op.address}"`;
      return listValidationProblem(op);
  }
}

function clearRange(worksheet: ExcelJS.Worksheet, bounds: CellRange): void {
  unmergeOverlapping(worksheet, bounds);
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    const right = Math.min(bounds.right, row.cellCount);
    for (let c = bounds.left; c <= right; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      cell.value = null;
      cell.style = NO_STYLE;
    }
  }
}

/**
 * Unmerges every merge that has a cell in the range, as worksheet.unMergeCells does, but without its
 * cost when nothing there is merged (the usual case): ExcelJS parses an address for each cell of the
 * range; here the range's cells are looked at directly and ExcelJS is called only for a merged one.
 */
function unmergeOverlapping(worksheet: ExcelJS.Worksheet, bounds: CellRange): void {
  const merges = (worksheet as unknown as WorksheetMerges)._merges;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    const right = Math.min(bounds.right, row.cellCount);
    for (let c = bounds.left; c <= right; c++) {
      const cell = row.findCell(c);
      if (cell && (cell.type === ExcelJS.ValueType.Merge || (merges && merges[cell.address]))) {
        worksheet.unMergeCells(bounds.top, bounds.left, bounds.bottom, bounds.right);
        return;
      }
    }
  }
}

/** ExcelJS keeps a sheet's merges by master cell in this field; it has no public list. */
interface WorksheetMerges {
  _merges?: Record<string, unknown>;
}

/**
 * Merges the range, after unmerging whatever overlapped it (the plan owns that area). ExcelJS's
 * mergeCells compares the new merge with every existing one, which makes a report sheet of a thousand
 * merged paragraphs quadratic; the overlap is already cleared here, so the merge is made against an
 * empty index and then added to the sheet's.
 */
function merge(worksheet: ExcelJS.Worksheet, bounds: CellRange): void {
  unmergeOverlapping(worksheet, bounds);
  if (bounds.bottom === bounds.top && bounds.right === bounds.left) return;
  const sheet = worksheet as unknown as WorksheetMerges;
  const existing = sheet._merges;
  if (!existing) {
    worksheet.mergeCells(bounds.top, bounds.left, bounds.bottom, bounds.right);
    return;
  }
  sheet._merges = {};
  try {
    worksheet.mergeCells(bounds.top, bounds.left, bounds.bottom, bounds.right);
    Object.assign(existing, sheet._merges);
  } finally {
    sheet._merges = existing;
  }
}

/** @returns whether a formula was written without a cached result */
function setCells(worksheet: ExcelJS.Worksheet, top: number, left: number, cells: PlannedCell[][], styles: CellStyleCache): boolean {
  let formulaWithoutResult = false;
  for (let r = 0; r < cells.length; r++) {
    const plannedRow = cells[r];
    const row = worksheet.getRow(top + r);
    // ExcelJS keeps a row's style in `style` too, which its types leave out
    shareEmptyStyle(row as unknown as { style: Partial<ExcelJS.Style> });
    for (let c = 0; c < plannedRow.length; c++) {
      const planned = plannedRow[c];
      const cell = row.getCell(left + c);
      cell.value = cellValue(planned);
      if (planned.kind === 'formula' && planned.result === undefined) formulaWithoutResult = true;
      if (planned.style !== undefined || planned.numberFormat !== undefined) {
        cell.style = styles.merged(cell.style, planned.style, planned.numberFormat);
      } else {
        shareEmptyStyle(cell);
      }
    }
  }
  return formulaWithoutResult;
}

/** Text is always a string cell, whatever it starts with: only kind 'formula' makes a formula. */
function cellValue(planned: PlannedCell): ExcelJS.CellValue {
  if (planned.kind === 'formula') {
    const formula = String(planned.value ?? '').replace(/^=/, '');
    const result = planned.result;
    return result === undefined || result === null ? { formula } : { formula, result };
  }
  const value = planned.kind === 'text' ? textValue(planned.value) : scalarValue(planned.value);
  if (planned.link && value !== null) {
    return { text: String(value), hyperlink: internalLink(planned.link.sheet, planned.link.address) };
  }
  return value;
}

function textValue(value: PlannedCell['value']): string | null {
  if (value === null || value === '') return null;
  return String(value);
}

function scalarValue(value: PlannedCell['value']): string | number | boolean | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === '') return null;
  return value;
}

/**
 * "#'Sheet name'!$A$1": quotes doubled inside the name, as Excel writes them; the cell absolute, or
 * LibreOffice takes a link to C4 or R5 for R1C1 notation and the link goes nowhere
 */
export function internalLink(sheet: string, address: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${absoluteAddress(address)}`;
}

/**
 * A dropdown list on the range that rejects nothing: no error message (and the Information style,
 * should an application show one anyway, which lets the entry stand), blanks allowed. Validations
 * the sheet had inside the range (ExcelJS reads a file's as one entry per cell) are replaced.
 */
function addListValidation(worksheet: ExcelJS.Worksheet, bounds: CellRange, values: readonly string[]): void {
  const dataValidations = dataValidationsOf(worksheet);
  for (const address of Object.keys(dataValidations.model)) {
    const existing = parseRange(address);
    if (existing && existing.top >= bounds.top && existing.bottom <= bounds.bottom && existing.left >= bounds.left && existing.right <= bounds.right) delete dataValidations.model[address];
  }
  dataValidations.add(rangeAddress(bounds.top, bounds.left, bounds.bottom, bounds.right), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${listSource(values)}"`],
    showErrorMessage: false,
    errorStyle: 'information',
  });
}

function freezeRows(worksheet: ExcelJS.Worksheet, rows: number): void {
  const current = (worksheet.views[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
  const base = { ...current } as Record<string, unknown>;
  delete base.state;
  delete base.xSplit;
  delete base.ySplit;
  delete base.topLeftCell;
  const view =
    rows > 0
      ? { ...base, state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: cellAddress(rows + 1, 1) }
      : { ...base, state: 'normal' };
  worksheet.views = [view as ExcelJS.WorksheetView, ...worksheet.views.slice(1)];
}
