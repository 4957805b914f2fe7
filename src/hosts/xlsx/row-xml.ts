import ExcelJS from 'exceljs';

/**
 * The <row> elements of a worksheet's <sheetData>, prepared and rendered as ExcelJS 4.4's RowXform and
 * CellXform do it, to the same ids and the same XML character for character, only faster:
 *
 * - prepare: ExcelJS looks a style object up in a WeakMap twice (has, then get) for every cell, and
 *   renders and looks up the style's XML for every object it has not seen, which every unstyled cell
 *   is (each has an empty style object of its own: a few thousand renders, all giving the same id).
 *   Here a cell's style is looked up once, and an empty style object takes the id of its value type,
 *   worked out once per type; either way it is recorded in ExcelJS's WeakMap, as ExcelJS would.
 * - render: ExcelJS pushes every attribute and text of every cell separately into one array (about
 *   ten strings a cell) and joins it at the end; here a row is one string.
 *
 * Cells that need more (formulas, dates, hyperlinks, comments, inline rich text) are left to ExcelJS's
 * own CellXform, in place. A test compares whole files with ExcelJS's.
 */

// ExcelJS's own attribute encoder (it ships without type declarations)
const { xmlEncode } = require('exceljs/lib/utils/utils') as { xmlEncode: (text: string) => string };

/** ExcelJS's XmlStream, as far as rendering a row uses it */
export interface XmlStreamLike {
  writeXml(xml: string): void;
}

/** ExcelJS's CellXform: prepares and renders one cell model */
export interface CellXform {
  prepare(model: PreparedCell, options: PrepareOptions): void;
  render(xmlStream: XmlStreamLike, model: PreparedCell): void;
}

/** ExcelJS's StylesXform, as far as preparing a row uses it */
export interface StylesXform {
  addStyleModel(style: object | undefined, cellType?: ExcelJS.ValueType): number;
  /** style object → id, when made with `new StylesXform(true)` */
  weakMap?: WeakMap<object, number>;
}

/** what ExcelJS's worksheet renderer hands each row and cell to prepare */
export interface PrepareOptions {
  styles: StylesXform;
  sharedStrings?: { add(value: unknown): number };
  merges: { add(cell: PreparedCell): void };
}

/** a row model (worksheet.model.rows[…]), given its ids by prepare */
export interface PreparedRow {
  number: number;
  min?: number;
  max?: number;
  height?: number;
  hidden?: boolean;
  style?: object;
  styleId?: number;
  outlineLevel?: number;
  collapsed?: boolean;
  cells: PreparedCell[];
}

/** a cell model, given its ids by prepare */
export interface PreparedCell {
  address: string;
  type: ExcelJS.ValueType;
  value?: unknown;
  style?: object;
  comment?: unknown;
  styleId?: number;
  /** index in the shared strings table */
  ssId?: number;
}

/** RowXform.prepare: the row's style id, then each cell's */
export function prepareRow(row: PreparedRow, options: PrepareOptions, cellXform: CellXform): void {
  // ExcelJS passes a row's style as it is (no style: id 0) and a cell's as `style || {}`
  const rowStyleId = row.style ? styleId(options.styles, row.style, undefined) : 0;
  if (rowStyleId) row.styleId = rowStyleId;
  for (const cell of row.cells) {
    const type = cell.type;
    const simple = type === ExcelJS.ValueType.Null || type === ExcelJS.ValueType.Number || type === ExcelJS.ValueType.Boolean || type === ExcelJS.ValueType.Error;
    const text = type === ExcelJS.ValueType.String || type === ExcelJS.ValueType.RichText;
    if ((!simple && !text && type !== ExcelJS.ValueType.Merge) || cell.comment) {
      cellXform.prepare(cell, options);
      continue;
    }
    const id = styleId(options.styles, cell.style ?? {}, type);
    if (id) cell.styleId = id;
    if (text) {
      if (options.sharedStrings) cell.ssId = options.sharedStrings.add(cell.value);
    } else if (type === ExcelJS.ValueType.Merge) {
      options.merges.add(cell);
    }
  }
}

/** per StylesXform (one per write): the id an empty style gets, by the cell type it came with */
const emptyStyleIds = new WeakMap<StylesXform, Map<ExcelJS.ValueType | undefined, number>>();

/** StylesXform.addStyleModel(style, type), with one lookup for a style seen before and none for an empty one */
function styleId(styles: StylesXform, style: object, type: ExcelJS.ValueType | undefined): number {
  const seen = styles.weakMap;
  if (!seen) return styles.addStyleModel(style, type);
  const known = seen.get(style);
  if (known !== undefined) return known;
  if (!isEmptyStyle(style)) return styles.addStyleModel(style, type);
  let byType = emptyStyleIds.get(styles);
  if (!byType) {
    byType = new Map();
    emptyStyleIds.set(styles, byType);
  }
  let id = byType.get(type);
  if (id === undefined) {
    // the first time: ExcelJS works it out (and adds its default font, as on any first style)
    id = styles.addStyleModel({}, type);
    byType.set(type, id);
  }
  // as ExcelJS remembers it: a style object keeps the id of the first cell it came with
  seen.set(style, id);
  return id;
}

function isEmptyStyle(style: object): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

export function renderRow(xmlStream: XmlStreamLike, row: PreparedRow, cellRenderer: Pick<CellXform, 'render'>): void {
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
