/** Queues one write command on a request context: the only place write commands meet the Excel API. */
import { columnLetters } from '../../workbook/cells/a1';
import type { CellStyle } from '../../workbook/write-plan';
import type { RangeLike, RequestContextLike, WorksheetLike } from './excel-api-like';
import type { WriteCommand } from './write-commands';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const OUTER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** the worksheet proxies of one Excel.run, so each sheet is looked up once */
export class SheetProxies {
  private readonly proxies = new Map<string, WorksheetLike>();

  constructor(private readonly context: RequestContextLike) {}

  get(name: string): WorksheetLike {
    const key = name.toLocaleUpperCase();
    let sheet = this.proxies.get(key);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.proxies.set(key, sheet);
    }
    return sheet;
  }

  /** the sheets added since the last takeAdded(), their ids loaded with the add (no sync of their own) */
  private added: WorksheetLike[] = [];

  add(name: string): WorksheetLike {
    const sheet = this.context.workbook.worksheets.add(name);
    sheet.load('id');
    this.added.push(sheet);
    this.proxies.set(name.toLocaleUpperCase(), sheet);
    return sheet;
  }

  /** the ids of the sheets added in the batches synced since the last call */
  takeAddedIds(): string[] {
    const ids = this.added.map((sheet) => sheet.id);
    this.added = [];
    return ids;
  }
}

export function queueWriteCommand(sheets: SheetProxies, command: WriteCommand): void {
  switch (command.kind) {
    case 'addSheet': {
      const sheet = sheets.add(command.sheet);
      if (command.visibility !== 'Visible') sheet.visibility = command.visibility;
      return;
    }
    case 'clear':
      sheets.get(command.sheet).getRange(command.address).clear(command.applyTo);
      return;
    case 'numberFormats':
      sheets.get(command.sheet).getRange(command.address).numberFormat = command.formats;
      return;
    case 'contents':
      sheets.get(command.sheet).getRange(command.address).formulas = command.formulas;
      return;
    case 'style':
      applyStyle(sheets.get(command.sheet).getRange(command.address), command.style, command.rows, command.columns);
      return;
    case 'merge':
      sheets.get(command.sheet).getRange(command.address).merge(false);
      return;
    case 'unmerge':
      sheets.get(command.sheet).getRange(command.address).unmerge();
      return;
    case 'deleteSheet': {
      const sheet = sheets.get(command.sheet);
      // Excel's documentation does not say a very hidden sheet can be deleted; a hidden one can
      if (command.veryHidden) sheet.visibility = 'Hidden';
      sheet.delete();
      return;
    }
    case 'columnWidth':
      sheets.get(command.sheet).getRange(`${columnLetters(command.column)}:${columnLetters(command.column)}`).format.columnWidth = command.points;
      return;
    case 'rowHeight':
      sheets.get(command.sheet).getRange(`${command.row}:${command.row}`).format.rowHeight = command.points;
      return;
    case 'link':
      sheets.get(command.sheet).getRange(command.address).hyperlink = {
        documentReference: command.documentReference,
        textToDisplay: command.textToDisplay,
      };
      return;
    case 'freezeRows': {
      const panes = sheets.get(command.sheet).freezePanes;
      if (command.rows > 0) panes.freezeRows(command.rows);
      else panes.unfreeze();
      return;
    }
    case 'pageLayout': {
      const layout = sheets.get(command.sheet).pageLayout;
      layout.orientation = command.orientation;
      layout.paperSize = command.paperSize;
      // one page wide, as many pages tall as needed (0: no limit, as OOXML's fitToHeight="0")
      if (command.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (command.titleRows !== null) layout.setPrintTitleRows(command.titleRows);
      return;
    }
    case 'listValidation': {
      const { dataValidation } = sheets.get(command.sheet).getRange(command.address);
      // a rule already there (the user's, or an earlier insert's) is replaced, not combined with
      dataValidation.clear();
      dataValidation.rule = { list: { inCellDropDown: true, source: command.source } };
      // no alert: any other word typed in is kept (the list is a help, not a rule)
      dataValidation.errorAlert = { showAlert: false };
      return;
    }
  }
}

function applyStyle(range: RangeLike, style: CellStyle, rows: number, columns: number): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of OUTER_EDGES) format.borders.getItem(edge).style = 'Continuous';
    // inside lines exist only where the range has more than one row or column
    if (rows > 1) format.borders.getItem('InsideHorizontal').style = 'Continuous';
    if (columns > 1) format.borders.getItem('InsideVertical').style = 'Continuous';
  }
}
