import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { NarrativeTableCell, NarrativeTableRow, TableBlock } from '../domain/narrative';
import { SIZE } from './page-setup';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** 评价指标 wide, the four figures narrow, in percent of the text width */
const COLUMN_PERCENT = [44, 14, 14, 14, 14];

function cellParagraph(text: string, bold: boolean, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  // table text sits on single lines without the body's first-line indent
  return new Paragraph({
    alignment,
    indent: { firstLine: 0, firstLineChars: 0 },
    spacing: { line: 240, before: 40, after: 40 },
    children: [new TextRun({ text, bold, size: SIZE.xiaoSi })],
  });
}

function cell(text: string, column: number, bold: boolean, header: boolean): TableCell {
  return new TableCell({
    width: { size: COLUMN_PERCENT[column], type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}),
    children: [cellParagraph(text, bold, column === 0 && !header ? AlignmentType.LEFT : AlignmentType.CENTER)],
  });
}

function bodyRow(row: NarrativeTableRow): TableRow {
  const bold = row.role === 'group' || row.role === 'total';
  return new TableRow({ cantSplit: true, children: row.cells.map((value: NarrativeTableCell, i) => cell(value.text, i, bold, false)) });
}

/** The scoring table as a Word table: bordered, its header repeated on each page. */
export function reportTable(table: TableBlock): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.header.map((text, i) => cell(text, i, true, true)) }),
      ...table.rows.map(bodyRow),
    ],
  });
}
