/**
 * When ExcelJS 4.4 loads a sheet, it finishes each cell (CellXform.reconcile) by looking its address
 * up in the sheet's links and notes, two plain objects keyed by address. The address is a fresh
 * string from the XML, and V8 looks such a key up the slow way, through its table of property names:
 * about 0.15 µs a lookup, two a cell, a tenth of loading a 1,000-indicator workbook, although most
 * sheets have neither links nor notes. On such a sheet this finishes each cell with its address set
 * aside, so that both lookups are of the one name `undefined` and find nothing, as the address would;
 * everything else ExcelJS does with the cell is unchanged. A cell of a shared formula, which ExcelJS
 * files under its address, and every cell of a sheet with a link or a note go through ExcelJS as they
 * are. Loaded once, for the whole process, like exceljs-internal-links.ts; a test loads workbooks with
 * and without this and compares the models.
 */
import { exceljsPrototype, markFirstPatch } from './exceljs-patching';

interface CellModel {
  address?: string;
  shareType?: string;
}

/** what CellXform.reconcile reads the address for: the sheet's links and notes by address */
interface ReconcileOptions {
  hyperlinkMap?: object;
  commentsMap?: object;
}

interface CellXformPrototype {
  reconcile(this: unknown, model: CellModel, options: ReconcileOptions): void;
}

const PATCHED = Symbol.for('perf-eval.exceljs-cell-reconcile');

export function installCellReconcile(): boolean {
  const prototype = exceljsPrototype<CellXformPrototype>(() => require('exceljs/lib/xlsx/xform/sheet/cell-xform'));
  if (!prototype || typeof prototype.reconcile !== 'function') return false;
  if (!markFirstPatch(prototype, PATCHED)) return true;

  // the sheet being loaded's links and notes, as last checked: ExcelJS makes both once a sheet
  let links: object | undefined;
  let notes: object | undefined;
  let noneByAddress = false;
  const nothingByAddress = (options: ReconcileOptions): boolean => {
    if (options.hyperlinkMap !== links || options.commentsMap !== notes) {
      links = options.hyperlinkMap;
      notes = options.commentsMap;
      noneByAddress = isEmptyObject(links) && (notes === undefined || notes === null || isEmptyObject(notes));
    }
    return noneByAddress;
  };

  const ownReconcile = prototype.reconcile;
  prototype.reconcile = function reconcile(model, options) {
    if (model.shareType !== undefined || !nothingByAddress(options)) {
      ownReconcile.call(this, model, options);
      return;
    }
    const { address } = model;
    model.address = undefined;
    try {
      ownReconcile.call(this, model, options);
    } finally {
      model.address = address;
    }
  };
  return true;
}

/** an object with no keys: {} or Object.create(null), as ExcelJS makes them for a sheet without links or notes */
function isEmptyObject(value: object | undefined): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

installCellReconcile();
