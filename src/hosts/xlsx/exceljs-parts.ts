import type ExcelJS from 'exceljs';

/** Where ExcelJS's writer puts each file of the package: its path in the zip and its content. */
export interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

/**
 * The steps of ExcelJS 4.4's XLSX.write() (lib/xlsx/xlsx.js), which are not in its typings. write()
 * hands each part to JSZip, which copies it, checksums it and builds a zip in JavaScript before
 * anything is compressed; the host zips the parts itself (deflating-zip.ts), so it drives the same
 * steps with its own sink.
 */
interface ExcelJsXlsxWriter {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(sink: PartSink, model: unknown): Promise<void>;
  addOfficeRels(sink: PartSink, model: unknown): Promise<void>;
  addWorkbookRels(sink: PartSink, model: unknown): Promise<void>;
  addWorksheets(sink: PartSink, model: unknown): Promise<void>;
  addSharedStrings(sink: PartSink, model: unknown): Promise<void>;
  addDrawings(sink: PartSink, model: unknown): void;
  addTables(sink: PartSink, model: unknown): void;
  addThemes(sink: PartSink, model: unknown): Promise<void>;
  addStyles(sink: PartSink, model: unknown): Promise<void>;
  addMedia(sink: PartSink, model: unknown): Promise<void>;
  addApp(sink: PartSink, model: unknown): Promise<void>;
  addCore(sink: PartSink, model: unknown): Promise<void>;
  addWorkbook(sink: PartSink, model: unknown): Promise<void>;
}

/**
 * Renders every part of `workbook` as ExcelJS's writeBuffer() would, with its default options, in the
 * same order, into `sink`. A test compares the parts with those of ExcelJS's own zip, so an ExcelJS
 * upgrade that changes these steps is caught.
 */
export async function renderXlsxParts(workbook: ExcelJS.Workbook, sink: PartSink): Promise<void> {
  // the writer's steps are methods of the workbook's XLSX object, typed above
  const writer = workbook.xlsx as unknown as ExcelJsXlsxWriter;
  const model = workbookModel(workbook);
  writer.prepareModel(model, {});
  await writer.addContentTypes(sink, model);
  await writer.addOfficeRels(sink, model);
  await writer.addWorkbookRels(sink, model);
  await writer.addWorksheets(sink, model);
  await writer.addSharedStrings(sink, model); // after the worksheets, which fill the shared strings
  writer.addDrawings(sink, model);
  writer.addTables(sink, model);
  await Promise.all([writer.addThemes(sink, model), writer.addStyles(sink, model)]);
  await writer.addMedia(sink, model);
  await Promise.all([writer.addApp(sink, model), writer.addCore(sink, model)]);
  await writer.addWorkbook(sink, model);
}

/**
 * workbook.model, each sheet's model made once. ExcelJS's getter makes every sheet's model twice,
 * for `worksheets` and for `sheets`, each time a model of every row and cell; prepareModel then sets
 * `sheets` to `worksheets` before anything reads it, so the second set is thrown away unread. While
 * the getter runs, each sheet answers `model` with the one made first.
 */
function workbookModel(workbook: ExcelJS.Workbook): unknown {
  const sheets = workbook.worksheets;
  const models = sheets.map((sheet) => sheet.model);
  sheets.forEach((sheet, index) => Object.defineProperty(sheet, 'model', { value: models[index], configurable: true }));
  try {
    return workbook.model;
  } finally {
    for (const sheet of sheets) delete (sheet as { model?: unknown }).model;
  }
}
