/**
 * ExcelJS 4.4 reads a formula's cached result from its `<v>`, and reads an empty `<v></v>` as no
 * result at all. Excel, WPS and LibreOffice save a formula that shows "" (=IF(A1="","",…)) that way,
 * typed `t="str"`; a formula written by a script (openpyxl, ExcelJS) that no spreadsheet calculated
 * has no `<v>` text and no `t="str"`. The command must tell the two apart (the second has no value it
 * can score: see readCell), so this keeps the first as the empty text it is. Loaded once, for the
 * whole process, like exceljs-internal-links.ts; a test reads both kinds of cell.
 */
import { exceljsPrototype, markFirstPatch } from './exceljs-patching';

interface CellModel {
  formula?: string;
  shareType?: string;
  value?: unknown;
  result?: unknown;
}

interface CellXformState {
  /** the cell's `t` attribute, as ExcelJS's parseOpen keeps it */
  t?: string;
  model: CellModel;
}

interface CellXformPrototype {
  parseClose(this: CellXformState, name: string): boolean;
}

const PATCHED = Symbol.for('perf-eval.exceljs-formula-results');

export function installEmptyTextFormulaResults(): boolean {
  const prototype = exceljsPrototype<CellXformPrototype>(() => require('exceljs/lib/xlsx/xform/sheet/cell-xform'));
  if (!prototype) return false;
  if (!markFirstPatch(prototype, PATCHED)) return true;

  const originalParseClose = prototype.parseClose;
  prototype.parseClose = function parseClose(this: CellXformState, name: string): boolean {
    const model = this.model;
    const emptyText = name === 'c' && model !== undefined && (model.formula !== undefined || model.shareType !== undefined) && !model.value && this.t === 'str';
    const result = originalParseClose.call(this, name);
    if (emptyText && model.result === undefined) model.result = '';
    return result;
  };
  return true;
}

installEmptyTextFormulaResults();
