import ExcelJS from 'exceljs';

/**
 * The <row> elements of a worksheet's <sheetData>, rendered as ExcelJS 4.4's RowXform and CellXform
 * render them, character for character, but a row at a time as one string. ExcelJS pushes every
 * attribute and text of every cell separately into one array (about ten strings a cell) and joins it
 * at the end; for the scored 1,000-indicator workbook that is most of the time of rendering its XML.
 * Cells whose XML needs more than a value (formulas, dates, inline rich text, errors) are left to
 * ExcelJS's own CellXform, in place. A test compares the whole file with ExcelJS's.
 */

// ExcelJS's own attribute encoder (it ships without type declarations)
const { xmlEncode } = require('exceljs/lib/utils/utils') as { xmlEncode: (text: string) => string };

/** ExcelJS's XmlStream, as far as rendering a row uses it */
export interface XmlStreamLike {
  writeXml(xml: string): void;
}

/** ExcelJS's CellXform: renders one prepared cell model into the stream */
export interface CellRenderer {
  render(xmlStream: XmlStreamLike, model: PreparedCell): void;
}

/** a row model after ExcelJS's prepare step */
export interface PreparedRow {
  number: number;
  min?: number;
  max?: number;
  height?: number;
  hidden?: boolean;
  styleId?: number;
  outlineLevel?: number;
  collapsed?: boolean;
  cells: PreparedCell[];
}

/** a cell model after ExcelJS's prepare step */
export interface PreparedCell {
  address: string;
  type: ExcelJS.ValueType;
  value?: unknown;
  styleId?: number;
  /** index in the shared strings table */
  ssId?: number;
}

export function renderRow(xmlStream: XmlStreamLike, row: PreparedRow, cellRenderer: CellRenderer): void {
  let xml = `<row r="${row.number}"`;
  if (row.height) xml += ` ht="${row.height}" customHeight="1"`;
  if (row.hidden) xml += ' hidden="1"';
  if (row.min !== undefined && row.max !== undefined && row.min > 0 && row.max > 0 && row.min <= row.max) xml += ` spans="${row.min}:${row.max}"`;
  if (row.styleId) xml += ` s="${row.styleId}" customFormat="1"`;
  xml += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) xml += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) xml += ' collapsed="1"';

  // whether the row's start tag is closed, i.e. it has a cell
  let started = false;
  for (const cell of row.cells) {
    const cellXml = simpleCellXml(cell);
    if (cellXml === '') continue;
    if (!started) {
      xml += '>';
      started = true;
    }
    if (cellXml !== null) {
      xml += cellXml;
      continue;
    }
    // ExcelJS renders this one, after what is built so far
    xmlStream.writeXml(xml);
    xml = '';
    cellRenderer.render(xmlStream, cell);
  }
  // a row without a cell is a leaf, as ExcelJS writes it
  xmlStream.writeXml(started ? `${xml}</row>` : `${xml}/>`);
}

/** The cell's XML, or null when ExcelJS must render it. An unstyled empty cell is not written. */
function simpleCellXml(cell: PreparedCell): string | null {
  if (cell.type === ExcelJS.ValueType.Null && !cell.styleId) return '';
  const open = cell.styleId ? `<c r="${xmlEncode(cell.address)}" s="${cell.styleId}"` : `<c r="${xmlEncode(cell.address)}"`;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return `${open}/>`;
    case ExcelJS.ValueType.Number:
      return typeof cell.value === 'number' ? `${open}><v>${cell.value}</v></c>` : null;
    case ExcelJS.ValueType.Boolean:
      return `${open} t="b"><v>${cell.value ? '1' : '0'}</v></c>`;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return cell.ssId !== undefined ? `${open} t="s"><v>${cell.ssId}</v></c>` : null;
    default:
      return null;
  }
}
