/**
 * Excel.Range for the in-memory Excel: values, formulas and number formats as 2D arrays, the
 * address with its sheet, indexes and counts, links, merging, clearing, selecting, and the ranges
 * derived from it. The range is fixed at the sync that first uses it, as Excel fixes it.
 */
import { usedBounds, type CellHyperlink } from './document-state';
import type { DocumentTransaction } from './document-transaction';
import { MemoryClientObject, queueInstantiation } from './client-object';
import { MemoryOfficeError } from './office-error';
import type { SyncExchange } from './queued-operation';
import { cutsMergedArea, LAST_COLUMN, LAST_ROW, parseRange } from '../../workbook/cells/cell-range';
import { sheetAddress, type Bounds } from './range-address';
import {
  cellInputs,
  cellMatrix,
  clearCells,
  linkCells,
  mergeCells,
  shownValue,
  unmergeCells,
  valueTypeOf,
  writeContents,
  writeNumberFormats,
  type ClearTarget,
  type RangeValueType,
} from './range-cells';
import { RangeAreasProxy } from './range-areas-proxy';
import { DataValidationProxy } from './data-validation-proxy';
import { RangeFormatProxy } from './range-format-proxy';
import type { MemoryRequestContext } from './request-context';
import type { WorksheetProxy } from './worksheet-proxy';

export interface RangeTarget {
  sheetId: string;
  bounds: Bounds;
}

export type RangeLookup =
  | { kind: 'address'; sheet: WorksheetProxy; address: string | undefined }
  | { kind: 'used'; sheet: WorksheetProxy; valuesOnly: boolean; orNull: boolean }
  | { kind: 'indexes'; sheet: WorksheetProxy; row: number; column: number; rowCount: number; columnCount: number }
  | { kind: 'relative'; range: RangeProxy; derive: (bounds: Bounds) => Bounds }
  | { kind: 'usedWithin'; range: RangeProxy; valuesOnly: boolean }
  | { kind: 'selection' };

const CLEAR_TARGETS: readonly ClearTarget[] = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];

export class RangeProxy extends MemoryClientObject<RangeTarget> {
  readonly format: RangeFormatProxy;
  private committed: RangeTarget | null | undefined;
  private readonly inTransaction = new WeakMap<DocumentTransaction, RangeTarget | null>();
  private worksheetProxy: WorksheetProxy | null = null;
  private dataValidationProxy: DataValidationProxy | null = null;

  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly lookup: RangeLookup,
  ) {
    super(context, path, 'Range');
    this.format = new RangeFormatProxy(context, `${path}.format`, this);
  }

  get address(): string {
    return this.read('address');
  }

  get addressLocal(): string {
    return this.read('addressLocal');
  }

  get values(): unknown[][] {
    return this.read('values');
  }

  set values(values: unknown[][]) {
    this.write('values', values, (target, tx) => this.writeData(target, tx, values, 'values'));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  set formulas(formulas: unknown[][]) {
    this.write('formulas', formulas, (target, tx) => this.writeData(target, tx, formulas, 'formulas'));
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }

  set numberFormat(numberFormat: unknown[][]) {
    this.write('numberFormat', numberFormat, (target, tx) => {
      const sheet = tx.contentOf(target.sheetId, `${this.path}.numberFormat`);
      writeNumberFormats(sheet, target.bounds, cellInputs(numberFormat, target.bounds, 'numberFormat', `${this.path}.numberFormat`));
    });
  }

  get valueTypes(): RangeValueType[][] {
    return this.read('valueTypes');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get cellCount(): number {
    return this.read('cellCount');
  }

  get hyperlink(): CellHyperlink | null {
    return this.read('hyperlink');
  }

  /** ExcelApi 1.7; an internal link is { documentReference: "'Sheet'!A1", textToDisplay } */
  set hyperlink(link: CellHyperlink | null) {
    this.write(
      'hyperlink',
      link,
      (target, tx) => {
        if (!link || (!link.address && !link.documentReference)) {
          throw new MemoryOfficeError('InvalidArgument', 'A hyperlink needs an address or a documentReference.', `${this.path}.hyperlink`);
        }
        linkCells(tx.contentOf(target.sheetId, `${this.path}.hyperlink`), target.bounds, link);
        tx.recordDataChange(target.sheetId, target.bounds);
      },
      '1.7',
    );
  }

  /** ExcelApi 1.8 */
  get dataValidation(): DataValidationProxy {
    if (!this.dataValidationProxy) this.dataValidationProxy = new DataValidationProxy(this.context, `${this.path}.dataValidation`, this);
    return this.dataValidationProxy;
  }

  /** the sheet the range is on */
  get worksheet(): WorksheetProxy {
    if (!this.worksheetProxy) this.worksheetProxy = this.context.workbook.worksheets.sheetOfRange(this);
    return this.worksheetProxy;
  }

  clear(applyTo: ClearTarget = 'All'): void {
    this.invoke('clear', [applyTo], (target, tx) => {
      if (!CLEAR_TARGETS.includes(applyTo)) throw new MemoryOfficeError('InvalidArgument', `"${String(applyTo)}" is not a clear target.`, `${this.path}.clear`);
      clearCells(tx.contentOf(target.sheetId, `${this.path}.clear`), target.bounds, applyTo);
      if (applyTo !== 'Formats') tx.recordDataChange(target.sheetId, target.bounds);
    });
  }

  merge(across = false): void {
    this.invoke('merge', [across], (target, tx) => mergeCells(tx.contentOf(target.sheetId, `${this.path}.merge`), target.bounds, across), '1.2');
  }

  unmerge(): void {
    this.invoke('unmerge', [], (target, tx) => unmergeCells(tx.contentOf(target.sheetId, `${this.path}.unmerge`), target.bounds), '1.2');
  }

  select(): void {
    this.invoke('select', [], (target, tx) => {
      const sheet = tx.existingSheet(target.sheetId, this.path);
      if (sheet.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'A range on a hidden worksheet cannot be selected.', `${this.path}.select`);
      tx.activeSheetId = target.sheetId;
      tx.selection = { sheetId: target.sheetId, bounds: { ...target.bounds } };
    });
  }

  /** ExcelApi 1.13: the merged areas that start in the range, or a null object */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const areas = new RangeAreasProxy(this.context, `${this.path}.getMergedAreasOrNullObject()`, this);
    queueInstantiation(areas, {}, '1.13');
    return areas;
  }

  /** ExcelApi 1.4: the used cells inside the range (smallest rectangle holding them), or a null object */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`, { kind: 'usedWithin', range: this, valuesOnly: valuesOnly === true });
    queueInstantiation(range, {}, '1.4');
    return range;
  }

  /** 0-based, relative to the range's top-left cell */
  getCell(row: number, column: number): RangeProxy {
    return this.derived(`getCell(${row},${column})`, (bounds) => ({ top: bounds.top + row, left: bounds.left + column, bottom: bounds.top + row, right: bounds.left + column }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (bounds) => ({
      top: bounds.top + rowOffset,
      left: bounds.left + columnOffset,
      bottom: bounds.bottom + rowOffset,
      right: bounds.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived(
      `getResizedRange(${deltaRows},${deltaColumns})`,
      (bounds) => ({ ...bounds, bottom: bounds.bottom + deltaRows, right: bounds.right + deltaColumns }),
      '1.2',
    );
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): RangeTarget | null {
    if (this.committed !== undefined) {
      if (this.committed !== null) tx.existingSheet(this.committed.sheetId, this.path);
      return this.committed;
    }
    if (this.inTransaction.has(tx)) return this.inTransaction.get(tx)!;
    const target = this.find(tx, exchange);
    this.inTransaction.set(tx, target);
    exchange.afterCommit(() => {
      this.committed = target;
    });
    return target;
  }

  protected override scalarNames(): readonly string[] {
    return ['address', 'addressLocal', 'values', 'formulas', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'hyperlink'];
  }

  protected override captureScalar(target: RangeTarget, name: string, tx: DocumentTransaction, exchange: SyncExchange): unknown {
    const sheet = tx.existingSheet(target.sheetId, this.path);
    const { bounds } = target;
    const valueAt = (formula: string | null, value: Parameters<typeof shownValue>[0], row: number, column: number) =>
      formula === null ? value : exchange.evaluate(sheet.name, row, column, formula);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return sheetAddress(sheet.name, bounds);
      case 'values':
        return cellMatrix(sheet, bounds, (cell, row, column) => shownValue(valueAt(cell.formula, cell.value, row, column)));
      case 'formulas':
        return cellMatrix(sheet, bounds, (cell) => cell.formula ?? shownValue(cell.value));
      case 'numberFormat':
        return cellMatrix(sheet, bounds, (cell) => cell.numberFormat);
      case 'valueTypes':
        return cellMatrix(sheet, bounds, (cell, row, column) => {
          const value = valueAt(cell.formula, cell.value, row, column);
          // as Excel: a formula that shows nothing (=IF(A1="","",A1)) holds the empty text, not nothing
          return cell.formula !== null && (value === null || value === '') ? 'String' : valueTypeOf(value);
        });
      case 'rowIndex':
        return bounds.top - 1;
      case 'columnIndex':
        return bounds.left - 1;
      case 'rowCount':
        return bounds.bottom - bounds.top + 1;
      case 'columnCount':
        return bounds.right - bounds.left + 1;
      case 'cellCount':
        return (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
      default: {
        const link = cellMatrix(sheet, { ...bounds, bottom: bounds.top, right: bounds.left }, (cell) => cell.hyperlink)[0][0];
        return link ? { ...link } : null;
      }
    }
  }

  protected override navigation(name: string): MemoryClientObject<unknown> | null {
    if (name === 'format') return this.format as unknown as MemoryClientObject<unknown>;
    if (name === 'worksheet') return this.worksheet as unknown as MemoryClientObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as unknown as MemoryClientObject<unknown>;
    return null;
  }

  private writeData(target: RangeTarget, tx: DocumentTransaction, input: unknown, property: 'values' | 'formulas'): void {
    const location = `${this.path}.${property}`;
    const sheet = tx.contentOf(target.sheetId, location);
    // as Excel: values or formulas for part of a merged area are refused, whole or not at all
    if (sheet.merges.some((merge) => cutsMergedArea(target.bounds, merge))) {
      throw new MemoryOfficeError('InvalidArgument', 'Cannot change part of a merged cell.', location);
    }
    writeContents(sheet, target.bounds, cellInputs(input, target.bounds, property, location));
    tx.recordDataChange(target.sheetId, target.bounds);
  }

  private derived(call: string, derive: (bounds: Bounds) => Bounds, minimumApi?: string): RangeProxy {
    const range = new RangeProxy(this.context, `${this.path}.${call}`, { kind: 'relative', range: this, derive });
    queueInstantiation(range, {}, minimumApi);
    return range;
  }

  private find(tx: DocumentTransaction, exchange: SyncExchange): RangeTarget | null {
    const lookup = this.lookup;
    if (lookup.kind === 'selection') {
      if (!tx.selection) throw new MemoryOfficeError('InvalidOperation', 'Nothing is selected.', this.path);
      return { sheetId: tx.selection.sheetId, bounds: { ...tx.selection.bounds } };
    }
    if (lookup.kind === 'usedWithin') {
      const base = lookup.range.resolve(tx, exchange);
      if (base === null) return this.fromNullParent(exchange);
      const used = usedBounds(tx.existingSheet(base.sheetId, this.path), lookup.valuesOnly, base.bounds);
      return used ? { sheetId: base.sheetId, bounds: used } : null;
    }
    if (lookup.kind === 'relative') {
      const base = lookup.range.resolve(tx, exchange);
      if (base === null) return this.fromNullParent(exchange);
      return { sheetId: base.sheetId, bounds: this.checked(lookup.derive(base.bounds)) };
    }
    const sheetId = lookup.sheet.resolve(tx, exchange);
    if (sheetId === null) return this.fromNullParent(exchange);
    const sheet = tx.existingSheet(sheetId, this.path);
    switch (lookup.kind) {
      case 'address': {
        if (lookup.address === undefined || lookup.address === '') return { sheetId, bounds: { top: 1, left: 1, bottom: LAST_ROW, right: LAST_COLUMN } };
        const bounds = parseRange(lookup.address);
        if (!bounds) throw new MemoryOfficeError('InvalidArgument', `"${lookup.address}" is not a valid address.`, this.path);
        return { sheetId, bounds };
      }
      case 'indexes':
        return {
          sheetId,
          bounds: this.checked({
            top: lookup.row + 1,
            left: lookup.column + 1,
            bottom: lookup.row + lookup.rowCount,
            right: lookup.column + lookup.columnCount,
          }),
        };
      case 'used': {
        const used = usedBounds(sheet, lookup.valuesOnly);
        if (used) return { sheetId, bounds: used };
        return lookup.orNull ? null : { sheetId, bounds: { top: 1, left: 1, bottom: 1, right: 1 } };
      }
    }
  }

  private fromNullParent(exchange: SyncExchange): null {
    if (exchange.nullObjectChaining === 'nullObject') return null;
    throw new MemoryOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', this.path);
  }

  private checked(bounds: Bounds): Bounds {
    const inside = bounds.top >= 1 && bounds.left >= 1 && bounds.bottom <= LAST_ROW && bounds.right <= LAST_COLUMN && bounds.top <= bounds.bottom && bounds.left <= bounds.right;
    if (!inside) throw new MemoryOfficeError('InvalidArgument', 'The range lies outside the worksheet.', this.path);
    return bounds;
  }
}
