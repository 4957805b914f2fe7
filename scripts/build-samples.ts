/**
 * Builds samples/*.xlsx from the readable data in samples/data/: `npx tsx scripts/build-samples.ts`
 * (or with a folder argument to write elsewhere). The sheets look like a unit's own workbook: titles,
 * shaded headers, merged 一级指标 cells, column widths, wrapped free text.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_WORKBOOKS } from '../samples/data';
import type { SampleCell, SampleSheet, SampleWorkbook } from '../samples/data/sample-workbook';

export const SAMPLES_DIR = path.resolve(__dirname, '..', 'samples');

/** fixed, so that rebuilding unchanged data gives the same file properties */
const BUILD_DATE = new Date(Date.UTC(2024, 0, 1));
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BOXED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };

export function buildSampleWorkbook(sample: SampleWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perf-eval samples';
  workbook.created = BUILD_DATE;
  workbook.modified = BUILD_DATE;
  for (const sheet of sample.sheets) addSheet(workbook, sheet);
  return workbook;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name);
  const headerRows = new Set(sheet.headerRows ?? []);
  const titleRows = new Set(sheet.titleRows ?? []);
  const wrapColumns = new Set(sheet.wrapColumns ?? []);
  // a reduce, not Math.max(...): spreading 200,000 rows' lengths overflows the stack
  const tableWidth = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  let insideTable = false;

  sheet.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    if (headerRows.has(rowNumber)) insideTable = true;
    else if (row.length === 0) insideTable = false;
    row.forEach((value, columnIndex) => {
      const cell = worksheet.getCell(rowNumber, columnIndex + 1);
      writeValue(cell, value);
      cell.font = BODY_FONT;
      cell.alignment = { vertical: 'middle', wrapText: wrapColumns.has(columnIndex + 1) };
    });
    if (titleRows.has(rowNumber)) {
      const cell = worksheet.getCell(rowNumber, 1);
      cell.font = { ...BODY_FONT, size: rowNumber === 1 ? 16 : 12, bold: rowNumber === 1 };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      return;
    }
    if (!insideTable) return;
    const width = headerRows.has(rowNumber) ? row.length : tableWidthAt(sheet, rowNumber) ?? tableWidth;
    for (let column = 1; column <= width; column++) {
      const cell = worksheet.getCell(rowNumber, column);
      cell.border = BOXED;
      if (headerRows.has(rowNumber)) {
        cell.font = { ...BODY_FONT, bold: true };
        cell.fill = HEADER_FILL;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
    }
  });

  for (const merge of sheet.merges ?? []) worksheet.mergeCells(merge);
  (sheet.columnWidths ?? []).forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  fitWrappedRows(worksheet, sheet, wrapColumns);
}

const LINE_HEIGHT = 15;
/** a CJK character takes about two character widths of a column */
const WIDE_CHARACTER = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/**
 * Row heights for wrapped free text, which not every spreadsheet recomputes on opening (LibreOffice
 * keeps the default height, hiding all but the first line).
 */
function fitWrappedRows(worksheet: ExcelJS.Worksheet, sheet: SampleSheet, wrapColumns: ReadonlySet<number>): void {
  sheet.rows.forEach((row, index) => {
    let lines = 1;
    row.forEach((value, columnIndex) => {
      const width = sheet.columnWidths?.[columnIndex];
      if (typeof value !== 'string' || !width || !wrapColumns.has(columnIndex + 1)) return;
      const needed = value.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / width)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) worksheet.getRow(index + 1).height = lines * LINE_HEIGHT;
  });
}

function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? 2 : 1;
  return width;
}

/** a data row takes the width of the header row above it */
function tableWidthAt(sheet: SampleSheet, rowNumber: number): number | null {
  const headers = (sheet.headerRows ?? []).filter((header) => header <= rowNumber);
  if (headers.length === 0) return null;
  return sheet.rows[Math.max(...headers) - 1].length;
}

function writeValue(cell: ExcelJS.Cell, value: SampleCell): void {
  if (value === null || typeof value === 'string' || typeof value === 'number') {
    cell.value = value;
    return;
  }
  if ('formula' in value) {
    cell.value = { formula: value.formula, result: value.result };
    return;
  }
  if ('date' in value) {
    cell.value = new Date(`${value.date}T00:00:00Z`);
    cell.numFmt = value.numberFormat;
    return;
  }
  cell.value = value.value;
  cell.numFmt = value.numberFormat;
}

/** Writes every sample into `directory`; returns the paths written. */
export async function writeSampleWorkbooks(directory: string): Promise<string[]> {
  await fs.mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLE_WORKBOOKS) {
    const file = path.join(directory, sample.file);
    await buildSampleWorkbook(sample).xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const directory = process.argv[2] ? path.resolve(process.argv[2]) : SAMPLES_DIR;
  writeSampleWorkbooks(directory).then(
    (files) => {
      for (const file of files) process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
