import ExcelJS from 'exceljs';
import { prepareRow, renderRow, type CellXform, type PrepareOptions, type PreparedRow, type StylesXform, type XmlStreamLike } from './row-xml';
import { ZipWriter } from './zip-writer';

/**
 * ExcelJS 4.4's XLSX class writes a file in three steps: prepareModel (style and shared-string
 * indexes), the add… methods (each renders its part's XML and appends it to a zip), and the zip
 * itself, which it leaves to JSZip: deflate in JavaScript, a chunk per event-loop turn, most of the
 * time of saving a large workbook. These are the steps as `XLSX.write` calls them; the zip they are
 * given here is built with Node's zlib instead. The XML is ExcelJS's own, part for part, except that
 * prepareModel and addWorksheets are ExcelJS's code repeated here with a worksheet renderer whose rows
 * are prepared and rendered by row-xml.ts (the same result, a test compares the whole file).
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

/** ExcelJS's workbook model (`workbook.model`, a fresh snapshot each time), the fields used here. */
interface WorkbookModel {
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
  properties: { date1904?: boolean };
  media: unknown[];
  worksheets: WorksheetModel[];
  [field: string]: unknown;
}

interface WorksheetModel {
  id: number;
  tables: Array<{ target?: string; id?: number }>;
  rels?: unknown[];
  comments: unknown[];
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
  const zip = new ZipWriter(options.deflateLevel);
  // ExcelJS's own two steps when its classes are not where they were
  const sheets = worksheetSteps() ?? { prepareModel: (m: WorkbookModel) => xlsx.prepareModel(m, {}), addWorksheets: xlsx.addWorksheets.bind(xlsx) };
  sheets.prepareModel(model);
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await sheets.addWorksheets(zip, model);
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

interface Xform<M> {
  prepare(model: M, options?: object): void;
  render(xmlStream: XmlStream, model: M): void;
}

interface XmlStream extends XmlStreamLike {
  readonly xml: string;
}

/** the row renderer inside ExcelJS's worksheet renderer: map.sheetData (a ListXform) → childXform */
interface WorksheetXform extends Xform<WorksheetModel> {
  map: {
    sheetData?: {
      prepare?: unknown;
      childXform?: { prepare?: unknown; render?: unknown; map?: { c?: CellXform } };
    };
  };
}

interface ExcelJsClasses {
  XmlStream: new () => XmlStream;
  WorksheetXform: new () => WorksheetXform;
  WorkbookXform: new () => Xform<WorkbookModel>;
  SharedStringsXform: new () => object;
  StylesXform: new (initialise: boolean) => StylesXform;
  RelationshipsXform: new () => Xform<unknown[]>;
  CommentsXform: new () => Xform<WorksheetModel>;
  VmlNotesXform: new () => Xform<WorksheetModel>;
}

function loadExcelJsClasses(): ExcelJsClasses | null {
  try {
    // ExcelJS ships these classes without type declarations; the interfaces above are what is used.
    return {
      XmlStream: require('exceljs/lib/utils/xml-stream'),
      WorksheetXform: require('exceljs/lib/xlsx/xform/sheet/worksheet-xform'),
      WorkbookXform: require('exceljs/lib/xlsx/xform/book/workbook-xform'),
      SharedStringsXform: require('exceljs/lib/xlsx/xform/strings/shared-strings-xform'),
      StylesXform: require('exceljs/lib/xlsx/xform/style/styles-xform'),
      RelationshipsXform: require('exceljs/lib/xlsx/xform/core/relationships-xform'),
      CommentsXform: require('exceljs/lib/xlsx/xform/comment/comments-xform'),
      VmlNotesXform: require('exceljs/lib/xlsx/xform/comment/vml-notes-xform'),
    };
  } catch {
    return null;
  }
}

interface WorksheetSteps {
  prepareModel(model: WorkbookModel): void;
  addWorksheets(zip: ZipWriter, model: WorkbookModel): Promise<void>;
}

/**
 * `XLSX.prepareModel` (with the default options: shared strings and styles) and `XLSX.addWorksheets`
 * as ExcelJS 4.4 has them, sharing one worksheet renderer whose <sheetData> rows are prepared with
 * prepareRow and rendered with renderRow (row-xml.ts), on this instance only. Null when ExcelJS's
 * classes are not where they were.
 */
function worksheetSteps(): WorksheetSteps | null {
  const classes = loadExcelJsClasses();
  if (!classes) return null;
  const worksheetXform = new classes.WorksheetXform();
  const sheetData = worksheetXform.map.sheetData;
  const rowXform = sheetData?.childXform;
  const cellXform = rowXform?.map?.c;
  if (!sheetData || typeof sheetData.prepare !== 'function' || !rowXform || typeof rowXform.render !== 'function') return null;
  if (!cellXform || typeof cellXform.prepare !== 'function' || typeof cellXform.render !== 'function') return null;
  // the ListXform's prepare: each row in turn, its index in options.index
  sheetData.prepare = (rows: PreparedRow[] | undefined, options: PrepareOptions & { index?: number }) => {
    rows?.forEach((row, index) => {
      options.index = index;
      prepareRow(row, options, cellXform);
    });
  };
  rowXform.render = (xmlStream: XmlStreamLike, row: PreparedRow) => renderRow(xmlStream, row, cellXform);

  return {
    prepareModel(model) {
      model.creator = model.creator || 'ExcelJS';
      model.lastModifiedBy = model.lastModifiedBy || 'ExcelJS';
      model.created = model.created || new Date();
      model.modified = model.modified || new Date();
      model.useSharedStrings = true;
      model.useStyles = true;
      const sharedStrings = (model.sharedStrings = new classes.SharedStringsXform());
      const styles = (model.styles = new classes.StylesXform(true));
      new classes.WorkbookXform().prepare(model);
      const drawings: unknown[] = (model.drawings = []);
      const commentRefs: unknown[] = (model.commentRefs = []);
      const worksheetOptions = { sharedStrings, styles, date1904: model.properties.date1904, drawingsCount: 0, media: model.media, drawings, commentRefs };
      const tables: unknown[] = (model.tables = []);
      for (const worksheet of model.worksheets) {
        // unique file names for the tables
        for (const table of worksheet.tables) {
          tables.push(table);
          table.target = `table${tables.length}.xml`;
          table.id = tables.length;
        }
        worksheetXform.prepare(worksheet, worksheetOptions);
      }
    },

    async addWorksheets(zip, model) {
      const relationshipsXform = new classes.RelationshipsXform();
      const commentsXform = new classes.CommentsXform();
      const vmlNotesXform = new classes.VmlNotesXform();
      for (const worksheet of model.worksheets) {
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
    },
  };
}
