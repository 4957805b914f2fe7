import ExcelJS from 'exceljs';
import { renderRow, type CellRenderer, type PreparedRow, type XmlStreamLike } from './row-xml';
import { ZipWriter } from './zip-writer';

/**
 * ExcelJS 4.4's XLSX class writes a file in three steps: prepareModel (style and shared-string
 * indexes), the add… methods (each renders its part's XML and appends it to a zip), and the zip
 * itself, which it leaves to JSZip: deflate in JavaScript, a chunk per event-loop turn, most of the
 * time of saving a large workbook. These are the steps as `XLSX.write` calls them; the zip they are
 * given here is built with Node's zlib instead. The XML is ExcelJS's own, part for part.
 */
interface XlsxSteps {
  prepareModel(model: WorkbookModel, options: object): void;
  addContentTypes(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addOfficeRels(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addWorkbookRels(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addWorksheets(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addSharedStrings(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addDrawings(zip: ZipWriter, model: WorkbookModel): void | Promise<void>;
  addTables(zip: ZipWriter, model: WorkbookModel): void | Promise<void>;
  addThemes(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addStyles(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addMedia(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addApp(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addCore(zip: ZipWriter, model: WorkbookModel): Promise<void>;
  addWorkbook(zip: ZipWriter, model: WorkbookModel): Promise<void>;
}

const STEPS: Array<keyof XlsxSteps> = [
  'prepareModel',
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
];

/** The parts of ExcelJS's workbook model (`workbook.model`, a fresh snapshot each time) used here. */
interface WorkbookModel {
  worksheets?: WorksheetModel[];
}

interface WorksheetModel {
  id: number;
  rows?: Array<RowModel | undefined>;
  rels?: unknown[];
  comments: unknown[];
}

interface RowModel {
  style?: object;
  cells?: Array<CellModel | undefined>;
}

interface CellModel {
  type: ExcelJS.ValueType;
  style?: object;
}

function hasXlsxSteps(xlsx: unknown): xlsx is XlsxSteps {
  return STEPS.every((step) => typeof (xlsx as Record<string, unknown>)[step] === 'function');
}

export interface WriteXlsxOptions {
  /** zlib level, 1 (fastest) to 9 (smallest); ZIP_DEFLATE_LEVEL when not given */
  deflateLevel?: number;
}

/** The .xlsx file of an ExcelJS workbook, the same parts as `workbook.xlsx.writeBuffer()` writes. */
export async function writeXlsxBuffer(workbook: ExcelJS.Workbook, options: WriteXlsxOptions = {}): Promise<Buffer> {
  const xlsx: unknown = workbook.xlsx;
  // an ExcelJS whose XLSX class no longer has these steps: its own writer, slower but the same file
  if (!hasXlsxSteps(xlsx)) return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

  const model = workbookModel(workbook);
  shareEmptyStyles(model);
  const zip = new ZipWriter(options.deflateLevel);
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await (worksheetWriter() ?? xlsx.addWorksheets.bind(xlsx))(zip, model);
  await xlsx.addSharedStrings(zip, model); // after the worksheets, which fill the table
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  return await zip.toBuffer();
}

/**
 * `workbook.model`, with each worksheet's model built once: ExcelJS's getter builds every worksheet's
 * model (every row and cell of it) twice, for `worksheets` and for `sheets`, and the first thing
 * prepareModel does is replace `sheets` with `worksheets`. While the getter runs, each worksheet
 * answers `model` with the one already built.
 */
function workbookModel(workbook: ExcelJS.Workbook): WorkbookModel {
  const worksheets = workbook.worksheets;
  try {
    for (const worksheet of worksheets) Object.defineProperty(worksheet, 'model', { value: worksheet.model, configurable: true });
    return workbook.model as unknown as WorkbookModel;
  } finally {
    // back to the getter of ExcelJS's Worksheet class
    for (const worksheet of worksheets) delete (worksheet as { model?: unknown }).model;
  }
}

/**
 * ExcelJS finds a cell's style id by the style object's identity, and renders and looks up the style's
 * XML for every object it has not seen. Every unstyled row and cell has an empty object of its own, so
 * a few thousand of them each cost a render that always gives the same id. In the model snapshot
 * being written (never on the live cells), unstyled rows share one empty object and unstyled cells
 * one per value type (the type decides the id: a number gets "General", a date a date format).
 * Formula cells, whose id depends on their result's type, keep theirs.
 */
export function shareEmptyStyles(model: WorkbookModel): void {
  const rowStyle = {};
  const cellStyles = new Map<ExcelJS.ValueType, object>();
  for (const worksheet of model.worksheets ?? []) {
    for (const row of worksheet.rows ?? []) {
      if (!row) continue;
      if (row.style && isEmptyStyle(row.style)) row.style = rowStyle;
      for (const cell of row.cells ?? []) {
        if (!cell || cell.type === ExcelJS.ValueType.Formula || (cell.style && !isEmptyStyle(cell.style))) continue;
        let shared = cellStyles.get(cell.type);
        if (!shared) {
          shared = {};
          cellStyles.set(cell.type, shared);
        }
        cell.style = shared;
      }
    }
  }
}

function isEmptyStyle(style: object): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

interface Renderer<M> {
  render(xmlStream: XmlStream, model: M): void;
}

interface XmlStream extends XmlStreamLike {
  readonly xml: string;
}

interface WorksheetXform extends Renderer<WorksheetModel> {
  map: { sheetData?: { childXform?: { render?: unknown; map?: { c?: CellRenderer } } } };
}

interface XformClasses {
  XmlStream: new () => XmlStream;
  WorksheetXform: new () => WorksheetXform;
  RelationshipsXform: new () => Renderer<unknown[]>;
  CommentsXform: new () => Renderer<WorksheetModel>;
  VmlNotesXform: new () => Renderer<WorksheetModel>;
}

function loadXformClasses(): XformClasses | null {
  try {
    // ExcelJS ships these classes without type declarations; the interfaces above are what is used.
    return {
      XmlStream: require('exceljs/lib/utils/xml-stream'),
      WorksheetXform: require('exceljs/lib/xlsx/xform/sheet/worksheet-xform'),
      RelationshipsXform: require('exceljs/lib/xlsx/xform/core/relationships-xform'),
      CommentsXform: require('exceljs/lib/xlsx/xform/comment/comments-xform'),
      VmlNotesXform: require('exceljs/lib/xlsx/xform/comment/vml-notes-xform'),
    };
  } catch {
    return null;
  }
}

/**
 * `XLSX.addWorksheets` as ExcelJS 4.4 has it, with one change: its worksheet renderer renders the rows
 * of <sheetData> with renderRow (row-xml.ts), on this instance only. Null when ExcelJS's classes are
 * not where they were; its own addWorksheets is used then.
 */
function worksheetWriter(): ((zip: ZipWriter, model: WorkbookModel) => Promise<void>) | null {
  const classes = loadXformClasses();
  if (!classes) return null;
  const worksheetXform = new classes.WorksheetXform();
  const rowXform = worksheetXform.map.sheetData?.childXform;
  const cellXform = rowXform?.map?.c;
  if (!rowXform || typeof rowXform.render !== 'function' || !cellXform || typeof cellXform.render !== 'function') return null;
  rowXform.render = (xmlStream: XmlStreamLike, row: PreparedRow) => renderRow(xmlStream, row, cellXform);

  return async (zip, model) => {
    const relationshipsXform = new classes.RelationshipsXform();
    const commentsXform = new classes.CommentsXform();
    const vmlNotesXform = new classes.VmlNotesXform();
    for (const worksheet of model.worksheets ?? []) {
      let xmlStream = new classes.XmlStream();
      worksheetXform.render(xmlStream, worksheet);
      zip.append(xmlStream.xml, { name: `xl/worksheets/sheet${worksheet.id}.xml` });

      if (worksheet.rels && worksheet.rels.length) {
        xmlStream = new classes.XmlStream();
        relationshipsXform.render(xmlStream, worksheet.rels);
        zip.append(xmlStream.xml, { name: `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels` });
      }

      if (worksheet.comments.length > 0) {
        xmlStream = new classes.XmlStream();
        commentsXform.render(xmlStream, worksheet);
        zip.append(xmlStream.xml, { name: `xl/comments${worksheet.id}.xml` });

        xmlStream = new classes.XmlStream();
        vmlNotesXform.render(xmlStream, worksheet);
        zip.append(xmlStream.xml, { name: `xl/drawings/vmlDrawing${worksheet.id}.vml` });
      }
    }
  };
}
