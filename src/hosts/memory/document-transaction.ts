/**
 * One sync's work on the document: a copy-on-write view of the state. The sync applies its queued
 * operations here in order and commits the result; when one fails, MemoryWorkbook keeps the
 * operations before it (as Excel does) and drops the rest.
 */
import { MemoryOfficeError } from './office-error';
import {
  copySheet,
  newSheet,
  sameSheetName,
  sheetNameProblem,
  type DocumentState,
  type SelectionState,
  type SheetState,
} from './document-state';
import type { Bounds } from './range-address';

/** a change of cell data (values, formulas, clearing, links): what Excel's onChanged reports */
export interface DataChange {
  sheetId: string;
  bounds: Bounds;
}

/** a sheet added, deleted or renamed: what Excel's worksheets.onAdded / onDeleted / onNameChanged report */
export type SheetChange =
  | { type: 'WorksheetAdded' | 'WorksheetDeleted'; sheetId: string }
  | { type: 'WorksheetNameChanged'; sheetId: string; nameBefore: string; nameAfter: string };

export class DocumentTransaction {
  private readonly sheetList: SheetState[];
  private readonly copied = new Set<string>();
  private nextSheetSerial: number;
  activeSheetId: string | null;
  selection: SelectionState | null;
  readonly dataChanges: DataChange[] = [];
  readonly sheetChanges: SheetChange[] = [];

  constructor(base: DocumentState) {
    this.sheetList = [...base.sheets];
    this.nextSheetSerial = base.nextSheetSerial;
    this.activeSheetId = base.activeSheetId;
    this.selection = base.selection;
  }

  get sheets(): readonly SheetState[] {
    return this.sheetList;
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheetList.find((sheet) => sameSheetName(sheet.name, name));
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheetList.find((sheet) => sheet.id === id);
  }

  /** the sheet, or ItemNotFound when it was deleted since the proxy was made */
  existingSheet(id: string, location: string): SheetState {
    const sheet = this.sheetById(id);
    if (!sheet) throw new MemoryOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', location);
    return sheet;
  }

  /** a sheet whose cells or layout the batch changes; a protected sheet refuses with AccessDenied */
  contentOf(id: string, location: string): SheetState {
    const sheet = this.existingSheet(id, location);
    if (sheet.protected) {
      throw new MemoryOfficeError('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet.', location);
    }
    return this.ownCopy(sheet);
  }

  /** a sheet whose name or visibility the batch changes (allowed on a protected sheet, as in Excel) */
  propertiesOf(id: string, location: string): SheetState {
    return this.ownCopy(this.existingSheet(id, location));
  }

  addSheet(name: string | undefined, location: string): SheetState {
    const chosen = name ?? this.nextDefaultName();
    const problem = sheetNameProblem(chosen);
    if (problem) throw new MemoryOfficeError('InvalidArgument', problem, location);
    if (this.sheetByName(chosen)) {
      throw new MemoryOfficeError('ItemAlreadyExists', `A worksheet named "${chosen}" already exists.`, location);
    }
    const sheet = newSheet(`{${String(this.nextSheetSerial).padStart(8, '0')}-0001-0000-0000-000000000000}`, chosen);
    this.nextSheetSerial += 1;
    this.sheetList.push(sheet);
    this.copied.add(sheet.id);
    this.sheetChanges.push({ type: 'WorksheetAdded', sheetId: sheet.id });
    return sheet;
  }

  deleteSheet(id: string, location: string): void {
    const sheet = this.existingSheet(id, location);
    const visible = this.sheetList.filter((other) => other.visibility === 'Visible');
    if (visible.length === 1 && visible[0].id === id) {
      throw new MemoryOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', location);
    }
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    if (this.activeSheetId === id) this.activeSheetId = this.sheetList.find((other) => other.visibility === 'Visible')?.id ?? null;
    if (this.selection?.sheetId === id) this.selection = null;
    this.sheetChanges.push({ type: 'WorksheetDeleted', sheetId: id });
  }

  /** a new name (checked by the caller); nothing happens, and no event, when it is the name it has */
  renameSheet(id: string, name: string, location: string): void {
    const before = this.existingSheet(id, location).name;
    if (before === name) return;
    this.propertiesOf(id, location).name = name;
    this.sheetChanges.push({ type: 'WorksheetNameChanged', sheetId: id, nameBefore: before, nameAfter: name });
  }

  recordDataChange(sheetId: string, bounds: Bounds): void {
    this.dataChanges.push({ sheetId, bounds: { ...bounds } });
  }

  result(): DocumentState {
    return {
      sheets: [...this.sheetList],
      activeSheetId: this.activeSheetId,
      selection: this.selection,
      nextSheetSerial: this.nextSheetSerial,
    };
  }

  private ownCopy(sheet: SheetState): SheetState {
    if (this.copied.has(sheet.id)) return sheet;
    const copy = copySheet(sheet);
    this.sheetList[this.sheetList.indexOf(sheet)] = copy;
    this.copied.add(sheet.id);
    return copy;
  }

  private nextDefaultName(): string {
    for (let number = 1; ; number++) {
      const candidate = `Sheet${number}`;
      if (!this.sheetByName(candidate)) return candidate;
    }
  }
}
