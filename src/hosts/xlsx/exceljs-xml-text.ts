/**
 * A cell's text is XML in an .xlsx, and XML 1.0 cannot hold some characters at all: the control codes
 * other than tab, line feed and carriage return, and U+FFFE / U+FFFF. Excel keeps them in a cell (a
 * value pasted from another system), writing them in OOXML's escape `_xHHHH_`, and ExcelJS 4.4 decodes
 * that escape when it reads a text; but when it writes one, it drops the control codes and writes
 * U+FFFE / U+FFFF as they are. One such character, in the user's own cell or in a name the add-in
 * quotes in 评分结果 and 自评报告, made the whole scored copy unreadable: Excel reports it damaged,
 * LibreOffice shows every text after it blank, and this command refuses it as damaged.
 *
 * This patches ExcelJS's writer of text elements (`<t>`: shared strings, rich text runs, notes) to
 * write those characters escaped, as Excel does, and a literal "_x0041_" in the text as
 * "_x005F_x0041_", so that it is not read back as "A". Loaded once, for the whole process, like
 * exceljs-internal-links.ts; a test saves and reopens such texts, so an ExcelJS upgrade that changes
 * this internal is caught.
 */
import { exceljsPrototype, markFirstPatch } from './exceljs-patching';

interface TextXformPrototype {
  render(xmlStream: unknown, model: string): void;
}

const PATCHED = Symbol.for('perf-eval.exceljs-xml-text');

/** a character XML 1.0 cannot hold, or the "_" of a text that would read as an escape */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** The text as OOXML's ST_Xstring writes it: "a\u0001b" → "a_x0001_b", "_x0041_" → "_x005F_x0041_". */
export function escapeXstring(text: string): string {
  return text.replace(NEEDS_ESCAPE, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function installXstringEscape(): boolean {
  const prototype = exceljsPrototype<TextXformPrototype>(() => require('exceljs/lib/xlsx/xform/strings/text-xform'));
  if (!prototype) return false;
  if (!markFirstPatch(prototype, PATCHED)) return true;
  const originalRender = prototype.render;
  prototype.render = function render(this: unknown, xmlStream: unknown, model: string): void {
    originalRender.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
  };
  return true;
}

installXstringEscape();
