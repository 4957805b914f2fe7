import type { Locale } from '../../domain/model';
import type { NarrativeBlock, NarrativeDocument, NarrativeTableCell, NarrativeTableRow, TableBlock } from '../../domain/narrative';
import type { SheetGrid } from '../grid';
import { rangeAddress } from '../cells/a1';
import { lastColumn, lastRow } from '../cells/grid-cells';
import { REPORT_SHEET } from '../owned-sheets';
import type { CellStyle, PlannedCell, WriteOp } from '../write-plan';
import { hashGridContent, hashPlannedContent } from './content-hash';
import { blankCell, numberCell, percentFormatOf, POINTS_FORMAT, textCell } from './planned-cells';
import { charactersPerRow, wrappedRowHeight } from './wrapped-row-height';

/**
 * The 自评报告 sheet: the narrative one paragraph a row in a wide merged, wrapped column A:E, headings
 * bold and larger, the scoring table as a real table (one value a cell, numbers as numbers, borders),
 * printed on A4 fitted to the page width.
 */

/** Excel holds at most this many characters in a cell; a longer paragraph continues on the next rows. */
export const MAX_CELL_TEXT = 32767;

/**
 * A:E — the table's five columns, its first (评价指标) as wide as the rest together. One wide column
 * rather than two merged: a merge on every table row made the sheet cost a third more to save.
 */
const WIDTH = 5;
const COLUMN_WIDTHS = [46, 10, 10, 10, 10];
/** the merged A:E, in characters of the default font */
const WIDE_CHARACTERS = COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0);
/** a paragraph longer than one row can show (Excel's rows stop at 409 points) continues on the next row */
const PARAGRAPH_ROW_TEXT = charactersPerRow(WIDE_CHARACTERS);

const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle', wrap: true };
const SUBTITLE_STYLE: CellStyle = { horizontal: 'center', vertical: 'middle', wrap: true };
const HEADING_STYLES: Record<1 | 2 | 3, CellStyle> = {
  1: { bold: true, fontSize: 14, vertical: 'middle', wrap: true },
  2: { bold: true, fontSize: 12, vertical: 'middle', wrap: true },
  3: { bold: true, fontSize: 11, vertical: 'middle', wrap: true },
};
const PARAGRAPH_STYLE: CellStyle = { wrap: true, vertical: 'top' };
const TABLE_HEADER_STYLE: CellStyle = { bold: true, border: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: '#F2F2F2' };
// one object per kind of table cell, shared by every cell of that kind (cheapest for the hosts' style caches)
const TABLE_TEXT_STYLES: Record<'plain' | 'bold', CellStyle> = {
  plain: { border: true, vertical: 'middle', wrap: true, bold: false },
  bold: { border: true, vertical: 'middle', wrap: true, bold: true },
};
const TABLE_NUMBER_STYLES: Record<'plain' | 'bold', CellStyle> = {
  plain: { border: true, vertical: 'middle', horizontal: 'center', bold: false },
  bold: { border: true, vertical: 'middle', horizontal: 'center', bold: true },
};
const EMPTY_STYLE: CellStyle = {};

export type ReportConflictChoice = 'ask' | 'newSheet';

export interface ReportSheetOptions {
  /** the sheet to write; 自评报告 by default */
  sheetName?: string;
  /** the hash returned when the sheet was last written (kept in _perfeval); absent when never written */
  storedHash?: string | null;
  /** an edited report: 'ask' plans nothing and lets the pane ask; 'newSheet' writes 自评报告(2) beside it */
  onConflict?: ReportConflictChoice;
  /** every sheet name of the workbook, so the new sheet's name is free */
  sheetNames?: readonly string[];
  /**
   * the workbook's sheets and the hashes kept in _perfeval by sheet name: a 自评报告(n) written beside an
   * edited report before, and not edited since, is written again rather than another added
   */
  sheets?: readonly SheetGrid[];
  storedHashes?: Readonly<Record<string, string>>;
}

export interface ReportSheetConflict {
  /** the edited sheet */
  sheet: string;
  resolution: 'askUser' | 'wroteNewSheet';
  message: Record<Locale, string>;
}

export interface ReportSheetPlan {
  ops: WriteOp[];
  conflict: ReportSheetConflict | null;
  /** the sheet the ops write (自评报告, or 自评报告(2) beside an edited one) */
  sheet: string;
  /** content hash of what the ops write, for the caller to keep in _perfeval and pass back as storedHash */
  hash: string;
}

/** The content hash of a report sheet as read back: values only, blanks and layout ignored. */
export function hashReportSheet(grid: SheetGrid): string {
  return hashGridContent(grid);
}

function hasContent(grid: SheetGrid | null): grid is SheetGrid {
  return grid !== null && grid.values.some((row) => row.some((value) => value !== null && !(typeof value === 'string' && value.trim() === '')));
}

/**
 * Plans writing the narrative to its sheet. Writing again replaces the sheet's content (cleared first);
 * when a person edited the sheet since it was last written (its hash differs from storedHash, or it holds
 * content the add-in never recorded), nothing is overwritten: with 'ask' no ops are planned and the
 * conflict says why; with 'newSheet' the report goes to the 自评报告(n) it wrote on an earlier run, when
 * no one edited that one either, or else to the first free 自评报告(n).
 */
export function planReportSheet(doc: NarrativeDocument, existing: SheetGrid | null, options: ReportSheetOptions = {}): ReportSheetPlan {
  const sheet = options.sheetName ?? REPORT_SHEET;
  const edited = hasContent(existing) && hashReportSheet(existing) !== (options.storedHash ?? null);
  if (!edited) {
    const ops = writeOps(doc, sheet, existing);
    return { ops, conflict: null, sheet, hash: hashPlannedContent(ops, sheet) };
  }
  if ((options.onConflict ?? 'ask') === 'ask') {
    return { ops: [], conflict: { sheet, resolution: 'askUser', message: editedMessage(sheet, null) }, sheet, hash: options.storedHash ?? '' };
  }
  const earlier = unchangedCopy(sheet, options);
  const beside = earlier?.name ?? freeSheetName(sheet, [...(options.sheetNames ?? []), sheet]);
  const ops = writeOps(doc, beside, earlier);
  return { ops, conflict: { sheet, resolution: 'wroteNewSheet', message: editedMessage(sheet, beside) }, sheet: beside, hash: hashPlannedContent(ops, beside) };
}

function editedMessage(sheet: string, beside: string | null): Record<Locale, string> {
  return beside === null
    ? {
        'zh-CN': `工作表“${sheet}”在上次生成后已被修改。重新生成将覆盖这些修改，是否继续？`,
        'en-US': `The sheet “${sheet}” was edited after it was last written. Writing the report again replaces those edits. Continue?`,
      }
    : {
        'zh-CN': `工作表“${sheet}”在上次生成后已被修改，为保留这些修改，新的报告已写入工作表“${beside}”。`,
        'en-US': `The sheet “${sheet}” was edited after it was last written; to keep those edits, the new report was written to “${beside}”.`,
      };
}

/** the first 自评报告(n) whose content is still what the add-in last wrote there */
function unchangedCopy(base: string, options: ReportSheetOptions): SheetGrid | null {
  const copies: Array<{ n: number; grid: SheetGrid }> = [];
  const prefix = `${base}(`.toLowerCase();
  for (const grid of options.sheets ?? []) {
    const name = grid.name.toLowerCase();
    const n = name.startsWith(prefix) && name.endsWith(')') ? Number(name.slice(prefix.length, -1)) : NaN;
    if (Number.isInteger(n) && n >= 2) copies.push({ n, grid });
  }
  copies.sort((a, b) => a.n - b.n);
  const stored = options.storedHashes ?? {};
  return copies.find(({ grid }) => stored[grid.name] !== undefined && hashReportSheet(grid) === stored[grid.name])?.grid ?? null;
}

/** 自评报告(2), 自评报告(3) …: the first name no sheet uses (Excel compares names without case) */
function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 2; ; n++) {
    const candidate = `${base}(${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

interface Layout {
  rows: PlannedCell[][];
  /** rows merged across A:E, with the height their wrapped text needs (no application fits a merged row) */
  wideRows: Array<{ row: number; height: number }>;
}

function writeOps(doc: NarrativeDocument, sheet: string, existing: SheetGrid | null): WriteOp[] {
  const layout = layOut(doc);
  const ops: WriteOp[] = [{ kind: 'ensureSheet', sheet }];
  if (existing !== null && existing.values.length > 0) {
    ops.push({ kind: 'clearRange', sheet, address: rangeAddress(1, 1, Math.max(lastRow(existing), 1), Math.max(lastColumn(existing), WIDTH)) });
  }
  COLUMN_WIDTHS.forEach((width, i) => ops.push({ kind: 'columnWidth', sheet, column: i + 1, width }));
  ops.push({ kind: 'setCells', sheet, top: 1, left: 1, cells: layout.rows });
  for (const { row, height } of layout.wideRows) {
    ops.push({ kind: 'merge', sheet, address: rangeAddress(row, 1, row, WIDTH) });
    ops.push({ kind: 'rowHeight', sheet, row, height });
  }
  ops.push({ kind: 'pageSetup', sheet, paper: 'A4', orientation: 'portrait', fitToWidth: true });
  return ops;
}

function wideRow(text: string, style: CellStyle): PlannedCell[] {
  return [textCell(text, style), ...Array.from({ length: WIDTH - 1 }, () => blankCell())];
}

function layOut(doc: NarrativeDocument): Layout {
  const layout: Layout = { rows: [], wideRows: [] };
  const addWide = (text: string, style: CellStyle) => {
    layout.rows.push(wideRow(text, style));
    layout.wideRows.push({ row: layout.rows.length, height: wrappedRowHeight(text, WIDE_CHARACTERS, style.fontSize) });
  };
  addWide(titleText(doc), TITLE_STYLE);
  if (doc.subtitle !== '') addWide(doc.subtitle, SUBTITLE_STYLE);
  layout.rows.push(wideRow('', EMPTY_STYLE));
  for (const block of doc.blocks) addBlock(block, layout, addWide);
  return layout;
}

/**
 * The title on one line where it fits across A:E, else on its lines (the year and the unit, then the
 * report's kind), so that it never breaks inside a word (…培训补贴项目支 / 出绩效自评报告).
 */
function titleText(doc: NarrativeDocument): string {
  const oneLine = wrappedRowHeight('', WIDE_CHARACTERS, TITLE_STYLE.fontSize);
  return wrappedRowHeight(doc.title, WIDE_CHARACTERS, TITLE_STYLE.fontSize) <= oneLine ? doc.title : doc.titleLines.join('\n');
}

function addBlock(block: NarrativeBlock, layout: Layout, addWide: (text: string, style: CellStyle) => void): void {
  switch (block.kind) {
    case 'heading':
      addWide(block.text, HEADING_STYLES[block.level]);
      return;
    case 'paragraph':
      for (const part of splitForCells(block.text, PARAGRAPH_ROW_TEXT)) addWide(part, PARAGRAPH_STYLE);
      return;
    case 'table':
      addTable(block, layout);
      layout.rows.push(wideRow('', EMPTY_STYLE));
      return;
  }
}

function addTable(table: TableBlock, layout: Layout): void {
  layout.rows.push(table.header.map((text) => textCell(text, TABLE_HEADER_STYLE)));
  for (const row of table.rows) layout.rows.push(tableRow(row));
}

function tableRow(row: NarrativeTableRow): PlannedCell[] {
  const weight = row.role === 'group' || row.role === 'total' ? 'bold' : 'plain';
  return row.cells.map((cell) => tableCell(cell, weight));
}

function tableCell(cell: NarrativeTableCell, weight: 'plain' | 'bold'): PlannedCell {
  if (cell.kind === 'text') {
    const centred = cell.text.length <= 2;
    return textCell(cell.text, (centred ? TABLE_NUMBER_STYLES : TABLE_TEXT_STYLES)[weight]);
  }
  return numberCell(cell.value, cell.format === 'percent' ? percentFormatOf(cell.text) : POINTS_FORMAT, TABLE_NUMBER_STYLES[weight]);
}

/**
 * A paragraph cut into pieces Excel can hold, each ending after a sentence where one ends inside the
 * limit, else after a clause (a long list of duties may run on commas alone), never inside a word
 * where either ends, nor inside a surrogate pair.
 */
export function splitForCells(text: string, limit = MAX_CELL_TEXT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = lastEndAmong(SENTENCE_ENDS, rest, limit);
    if (cut <= 0) cut = lastEndAmong(CLAUSE_ENDS, rest, limit);
    if (cut <= 0) cut = limit;
    if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['。', '！', '？', '；', '\n', '.', '!', '?', ';']);
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['，', '、', '：', ',', ':']);

/** the length of the longest prefix within the limit that ends with one of the marks; 0 when none does */
function lastEndAmong(marks: ReadonlySet<string>, text: string, limit: number): number {
  for (let i = limit - 1; i > 0; i--) if (marks.has(text[i])) return i + 1;
  return 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
