/**
 * A WritePlan turned into the calls Excel needs, still as plain data: 2D blocks of contents and
 * number formats, one format call per rectangle of equal style, one link per linked cell. Pure, so
 * the shape of what is sent (and its size) is tested without a host.
 *
 * Contents go through `range.formulas`, which takes constants and formulas alike, one call per block.
 * Text is written so it stays text: with Excel's quote prefix ("'=SUM…" is stored as the text
 * "=SUM…"), never as a bare string Excel would read as a formula, number, date or error. Text cells
 * are not given the Text format "@" instead, because Excel shows "####" for a Text-formatted cell
 * longer than 255 characters, and the report's paragraphs are longer.
 */
import type { CellScalar } from '../../domain/model';
import { cellAddress, rangeAddress } from '../../workbook/cells/a1';
import { isValidRowHeight, isValidTitleRows, listSource, listValidationProblem, type CellStyle, type PlannedCell, type WriteOp, type WritePlan } from '../../workbook/write-plan';
import type { DegradedFeature, OfficeCapabilities } from './requirements';
import { parseRange } from '../../workbook/cells/cell-range';
import { documentReference, sameSheet } from './sheet-range';
import { utf8Length } from '../utf8-length';

export type CellContent = string | number | boolean;

export type WriteCommand =
  | { kind: 'addSheet'; sheet: string; visibility: 'Visible' | 'VeryHidden' }
  /**
   * 'All' empties the add-in's old output; 'Hyperlinks' takes the links off a block about to be written,
   * since a value written into a linked cell keeps its link (Excel, as after the Delete key)
   */
  | { kind: 'clear'; sheet: string; address: string; applyTo: 'All' | 'Hyperlinks' }
  /** null leaves a cell's format as it is */
  | { kind: 'numberFormats'; sheet: string; address: string; formats: Array<Array<string | null>> }
  /** for range.formulas: "" clears a cell, null leaves it */
  | { kind: 'contents'; sheet: string; address: string; formulas: Array<Array<CellContent | null>> }
  | { kind: 'style'; sheet: string; address: string; style: CellStyle; rows: number; columns: number }
  | { kind: 'merge'; sheet: string; address: string }
  /** only in the undoing of a write (unchanged-cells-check.ts): a merge that write made, taken apart */
  | { kind: 'unmerge'; sheet: string; address: string }
  /** only in the undoing of a write: a sheet that write added, deleted (made Hidden first when it was added very hidden) */
  | { kind: 'deleteSheet'; sheet: string; veryHidden: boolean }
  | { kind: 'columnWidth'; sheet: string; column: number; points: number }
  | { kind: 'rowHeight'; sheet: string; row: number; points: number }
  | { kind: 'link'; sheet: string; address: string; documentReference: string; textToDisplay: string }
  | { kind: 'freezeRows'; sheet: string; rows: number }
  /** `titleRows`: rows repeated at the top of each printed page, as setPrintTitleRows takes them ("$1:$1"); null for none */
  | { kind: 'pageLayout'; sheet: string; orientation: 'Portrait' | 'Landscape'; paperSize: 'A4'; fitToWidth: boolean; titleRows: string | null }
  /** an in-cell dropdown of a comma-separated list that raises no alert (ExcelApi 1.8) */
  | { kind: 'listValidation'; sheet: string; address: string; source: string };

/** A plan the host cannot apply: a defect in the planner, found before anything is sent. */
export class WritePlanError extends Error {
  constructor(readonly problems: string[]) {
    super(`write plan cannot be applied: ${problems.join('; ')}`);
    this.name = 'WritePlanError';
  }
}

export interface CommandPlan {
  commands: WriteCommand[];
  /** plan ops this Excel cannot carry out, by the feature they need */
  skipped: DegradedFeature[];
}

/** a block of cells is sent in slices of about this size, so batches can be packed under the limit */
export const BLOCK_SLICE_BYTES = 512 * 1024;

/**
 * @param existingSheets names of the sheets known to exist (ensureSheet adds the others)
 */
export function planWriteCommands(plan: WritePlan, existingSheets: readonly string[], capabilities: OfficeCapabilities): CommandPlan {
  const problems = checkPlan(plan);
  if (problems.length > 0) throw new WritePlanError(problems);
  const sheets = [...existingSheets];
  // New sheets are added before any cell is written: a sheet someone made under the same name since
  // the read stops the batch (ItemAlreadyExists) before it has changed anything, since Excel keeps
  // what a batch did before the command it refuses.
  const addedSheets: WriteCommand[] = [];
  const commands: WriteCommand[] = [];
  const skipped = new Set<DegradedFeature>();
  for (const op of plan.ops) {
    switch (op.kind) {
      case 'ensureSheet':
        if (!sheets.some((name) => sameSheet(name, op.sheet))) {
          addedSheets.push({ kind: 'addSheet', sheet: op.sheet, visibility: op.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible' });
          sheets.push(op.sheet);
        }
        break;
      case 'clearRange':
        commands.push({ kind: 'clear', sheet: op.sheet, address: op.address, applyTo: 'All' });
        break;
      case 'setCells':
        // a sheet added by this plan has no old links to take off
        commands.push(...blockCommands(op.sheet, op.top, op.left, op.cells, op.replacesLinks === true && existingSheets.some((name) => sameSheet(name, op.sheet))));
        break;
      case 'merge': {
        const rect = parseRange(op.address)!;
        if (rect.bottom > rect.top || rect.right > rect.left) commands.push({ kind: 'merge', sheet: op.sheet, address: op.address });
        break;
      }
      case 'columnWidth':
        commands.push({ kind: 'columnWidth', sheet: op.sheet, column: op.column, points: characterWidthToPoints(op.width) });
        break;
      case 'rowHeight':
        commands.push({ kind: 'rowHeight', sheet: op.sheet, row: op.row, points: op.height });
        break;
      case 'freezeRows':
        commands.push({ kind: 'freezeRows', sheet: op.sheet, rows: op.rows });
        break;
      case 'pageSetup':
        if (!capabilities.pageLayout) {
          skipped.add('pageLayout');
          break;
        }
        commands.push({
          kind: 'pageLayout',
          sheet: op.sheet,
          orientation: op.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          paperSize: op.paper,
          fitToWidth: op.fitToWidth,
          titleRows: op.titleRows ? `$1:$${op.titleRows}` : null,
        });
        break;
      case 'listValidation':
        if (!capabilities.dataValidation) {
          skipped.add('dataValidation');
          break;
        }
        commands.push({ kind: 'listValidation', sheet: op.sheet, address: op.address, source: listSource(op.values) });
        break;
    }
  }
  return { commands: [...addedSheets, ...commands], skipped: [...skipped] };
}

/**
 * Excel's column width in characters of the default font (Calibri 11, 7 pixels a digit, 5 pixels of
 * padding) as the points `format.columnWidth` takes: 8.43 characters → 64 pixels → 48 points.
 */
export function characterWidthToPoints(characters: number): number {
  const pixels = Math.round(characters * 7 + 5);
  return (pixels * 72) / 96;
}

function blockCommands(sheet: string, top: number, left: number, cells: PlannedCell[][], replacesLinks: boolean): WriteCommand[] {
  const width = Math.max(0, ...cells.map((row) => row.length));
  if (cells.length === 0 || width === 0) return [];
  const commands: WriteCommand[] = [];
  for (const slice of rowSlices(cells, width)) {
    const sliceTop = top + slice.start;
    const rows = cells.slice(slice.start, slice.end);
    const address = rangeAddress(sliceTop, left, sliceTop + rows.length - 1, left + width - 1);
    const formats = rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] ? numberFormatOf(row[c]) : null)));
    // The links of an earlier run off first: a warning's row that now names another sheet's cell, or
    // none, would otherwise keep the old link (or a link on a blank cell) under the new text.
    if (replacesLinks) commands.push({ kind: 'clear', sheet, address, applyTo: 'Hyperlinks' });
    // formats first: a number written into a cell still formatted as Text would be stored as text
    if (formats.some((row) => row.some((format) => format !== null))) commands.push({ kind: 'numberFormats', sheet, address, formats });
    commands.push({ kind: 'contents', sheet, address, formulas: rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] ? contentOf(row[c]) : null))) });
    commands.push(...styleCommands(sheet, sliceTop, left, rows, width));
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.link) return;
        const text = shownText(cell.value);
        if (text === '') return;
        commands.push({
          kind: 'link',
          sheet,
          address: cellAddress(sliceTop + r, left + c),
          documentReference: documentReference(cell.link.sheet, cell.link.address),
          textToDisplay: text,
        });
      }),
    );
  }
  return commands;
}

/** what goes into range.formulas for one planned cell */
export function contentOf(cell: PlannedCell): CellContent {
  const { value } = cell;
  if (value === null || value === '') return '';
  if (cell.kind === 'formula' && typeof value === 'string' && value.startsWith('=')) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  // text (and anything else planned as a string): Excel's quote prefix keeps it text
  return cell.numberFormat === '@' ? value : `'${value}`;
}

/**
 * A written cell gets its planned format, or General: a formula or number landing in a cell someone
 * formatted as Text would otherwise stay text. Blank cells keep theirs.
 */
function numberFormatOf(cell: PlannedCell): string | null {
  if (cell.numberFormat !== undefined) return cell.numberFormat;
  return cell.value === null || cell.value === '' ? null : 'General';
}

function shownText(value: CellScalar): string {
  return value === null ? '' : String(value);
}

/** rows grouped so each slice's contents weigh about BLOCK_SLICE_BYTES at most */
function rowSlices(cells: PlannedCell[][], width: number): Array<{ start: number; end: number }> {
  const slices: Array<{ start: number; end: number }> = [];
  let start = 0;
  let bytes = 0;
  cells.forEach((row, index) => {
    const rowBytes = estimateRowBytes(row, width);
    if (index > start && bytes + rowBytes > BLOCK_SLICE_BYTES) {
      slices.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  slices.push({ start, end: cells.length });
  return slices;
}

function estimateRowBytes(row: PlannedCell[], width: number): number {
  let bytes = 4 + width * 12;
  for (const cell of row) {
    if (typeof cell.value === 'string') bytes += utf8Length(cell.value) * 2;
    if (cell.link) bytes += 200 + utf8Length(cell.link.sheet);
  }
  return bytes;
}

/**
 * One format call per rectangle of cells with the same style: runs of equal style along each row,
 * stacked with the identical runs of the rows below.
 */
function styleCommands(sheet: string, top: number, left: number, rows: PlannedCell[][], width: number): WriteCommand[] {
  interface Open {
    key: string;
    style: CellStyle;
    from: number;
    to: number;
    top: number;
    bottom: number;
  }
  const done: Open[] = [];
  let open: Open[] = [];
  rows.forEach((row, r) => {
    const runs: Open[] = [];
    for (let c = 0; c < width; c++) {
      const style = row[c]?.style;
      if (!style || Object.keys(style).length === 0) continue;
      const key = styleKey(style);
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.to === c - 1) last.to = c;
      else runs.push({ key, style, from: c, to: c, top: r, bottom: r });
    }
    const next: Open[] = [];
    for (const run of runs) {
      const above = open.find((candidate) => candidate.key === run.key && candidate.from === run.from && candidate.to === run.to);
      if (above) {
        above.bottom = r;
        next.push(above);
      } else next.push(run);
    }
    done.push(...open.filter((candidate) => !next.includes(candidate)));
    open = next;
  });
  done.push(...open);
  return done.map((rect) => ({
    kind: 'style',
    sheet,
    address: rangeAddress(top + rect.top, left + rect.from, top + rect.bottom, left + rect.to),
    style: rect.style,
    rows: rect.bottom - rect.top + 1,
    columns: rect.to - rect.from + 1,
  }));
}

function styleKey(style: CellStyle): string {
  return JSON.stringify(Object.keys(style).sort().map((name) => [name, style[name as keyof CellStyle]]));
}

function checkPlan(plan: WritePlan): string[] {
  const problems: string[] = [];
  plan.ops.forEach((op: WriteOp, index) => {
    const where = `op ${index + 1} (${op.kind} ${op.sheet})`;
    switch (op.kind) {
      case 'ensureSheet':
        if (op.sheet.length === 0 || op.sheet.length > 31 || /[\\/?*[\]:]/.test(op.sheet)) problems.push(`${where}: not a valid sheet name`);
        break;
      case 'clearRange':
      case 'merge':
        if (!parseRange(op.address)) problems.push(`${where}: unreadable address "${op.address}"`);
        break;
      case 'setCells':
        if (!Number.isInteger(op.top) || !Number.isInteger(op.left) || op.top < 1 || op.left < 1) problems.push(`${where}: top/left must be 1-based integers`);
        break;
      case 'columnWidth':
        if (!Number.isInteger(op.column) || op.column < 1 || !(op.width >= 0)) problems.push(`${where}: bad column or width`);
        break;
      case 'rowHeight':
        if (!isValidRowHeight(op)) problems.push(`${where}: bad row or height`);
        break;
      case 'freezeRows':
        if (!Number.isInteger(op.rows) || op.rows < 0) problems.push(`${where}: bad row count`);
        break;
      case 'pageSetup':
        if (!isValidTitleRows(op)) problems.push(`${where}: bad title row count`);
        break;
      case 'listValidation': {
        const problem = parseRange(op.address) ? listValidationProblem(op) : `unreadable address "${op.address}"`;
        if (problem) problems.push(`${where}: ${problem}`);
        break;
      }
    }
  });
  return problems;
}

