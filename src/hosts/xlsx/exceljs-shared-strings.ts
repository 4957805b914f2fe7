/**
 * Saving, ExcelJS 4.4 gives every text cell its index in the shared strings (SharedStringsXform.addText)
 * from a plain object keyed by the text. A text read from a file or made by the plan is a fresh string,
 * which V8 looks up as a key the slow way, through its table of property names (~0.15 µs): for the
 * ~10,000 text cells of a scored 1,000-indicator workbook, more than any other step of preparing the
 * sheets. This keeps the indexes in a Map by text, which finds a string by its content, and gives the
 * same index to the same text as before; the list of strings and the count are kept as ExcelJS keeps
 * them. Loaded once, for the whole process, like exceljs-internal-links.ts; a test adds texts both ways.
 */
import { exceljsPrototype, markFirstPatch } from './exceljs-patching';

interface SharedStringsState {
  model: { values: unknown[]; count: number };
}

interface SharedStringsPrototype {
  addText(this: SharedStringsState, value: unknown): number;
}

const PATCHED = Symbol.for('perf-eval.exceljs-shared-strings');
const INDEXES = Symbol('shared string indexes by text');

export function installSharedStringIndexes(): boolean {
  const prototype = exceljsPrototype<SharedStringsPrototype>(() => require('exceljs/lib/xlsx/xform/strings/shared-strings-xform'));
  if (!prototype || typeof prototype.addText !== 'function') return false;
  if (!markFirstPatch(prototype, PATCHED)) return true;

  prototype.addText = function addText(value) {
    const state = this as SharedStringsState & { [INDEXES]?: Map<string, number> };
    const indexes = (state[INDEXES] ??= new Map());
    // the object's key was the value as a string
    const key = typeof value === 'string' ? value : String(value);
    let index = indexes.get(key);
    if (index === undefined) {
      index = state.model.values.length;
      indexes.set(key, index);
      state.model.values.push(value);
    }
    state.model.count += 1;
    return index;
  };
  return true;
}

installSharedStringIndexes();
