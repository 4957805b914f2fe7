/**
 * ExcelJS 4.4 renders every part of a workbook through its XmlStream, which pushes each '<', name,
 * attribute, '>', text and closing tag as a string of its own (every node's attributes through a
 * callback and an array of their own) and joins them all when the part is done: for a scored
 * 1,000-indicator workbook, well over a hundred thousand strings, about a fifth of saving it. This
 * installs the same methods writing whole pieces (`<c r="A1" s="3"`, `>12</v>`, `/>`): the XML is
 * the same byte for byte, only made of fewer strings (a test renders random documents and the sample
 * workbooks both ways).
 *
 * Rollback keeps working unchanged: ExcelJS sets a rollback point as a count of pieces and cuts back
 * to it; every piece here is pushed whole after the point it follows, so the same text is cut.
 *
 * A sheet's cells, most of its XML, are written one piece each when they are blank, a number, a
 * shared string or a boolean (`<c r="K2" s="5"><v>0.97</v></c>`), where ExcelJS's cell writer made
 * six calls and pieces of each; other cells (formulas, dates, links, inline text, errors) go through
 * ExcelJS's own writer. Loaded once, for the whole process, like exceljs-internal-links.ts.
 */
import { markFirstPatch } from './exceljs-patching';

/** What a value written as an attribute or text is: ExcelJS writes `value.toString()`. */
interface Writable {
  toString(): string;
}

type Attributes = Record<string, Writable | undefined>;

/** The XmlStream's own state, as ExcelJS's rollback, closeAll and xml read it. */
interface XmlStreamState {
  _xml: string[];
  _stack: string[];
  /** the last node's start tag is not closed yet ('>' or '/>' still to come) */
  open: boolean;
  /** the last node has no children yet (closing writes '/>') */
  leaf: boolean;
}

interface XmlStreamMethods {
  openXml(this: XmlStreamState, docAttributes?: Attributes): void;
  openNode(this: XmlStreamState, name: string, attributes?: Attributes): void;
  addAttribute(this: XmlStreamState, name: string, value: Writable | undefined): void;
  addAttributes(this: XmlStreamState, attributes?: Attributes): void;
  writeText(this: XmlStreamState, text: Writable): void;
  writeXml(this: XmlStreamState, xml: string): void;
  closeNode(this: XmlStreamState): void;
  leafNode(this: XmlStreamState, name: string, attributes?: Attributes, text?: Writable): void;
}

/** What ExcelJS's cell writer reads of a cell's model when it renders it. */
interface CellModel {
  type: number;
  address: Writable;
  styleId?: Writable;
  value?: unknown;
  ssId?: Writable;
}

interface CellXformPrototype {
  render(this: unknown, xmlStream: XmlStreamState, model: CellModel): void;
}

/** ExcelJS's Enums.ValueType, of the cells written here in one piece */
interface ValueTypes {
  Null: number;
  Merge: number;
  Number: number;
  String: number;
  RichText: number;
  Boolean: number;
}

const PATCHED = Symbol.for('perf-eval.exceljs-xml-pieces');
const CELLS_PATCHED = Symbol.for('perf-eval.exceljs-xml-pieces.cells');

function loadExcelJsParts(): { prototype: XmlStreamMethods; xmlEncode: (text: string) => string } | null {
  try {
    // ExcelJS ships these modules without type declarations; the interfaces above are what is used. The
    // names are spelled out so that a bundle (the command's) patches the ExcelJS it holds.
    const xmlStreamClass = require('exceljs/lib/utils/xml-stream') as { prototype: XmlStreamMethods };
    const utils = require('exceljs/lib/utils/utils') as { xmlEncode?: (text: string) => string };
    if (typeof utils.xmlEncode !== 'function') return null;
    return { prototype: xmlStreamClass.prototype, xmlEncode: utils.xmlEncode };
  } catch {
    return null;
  }
}

/** Installs the piece-wise writer; false when this ExcelJS does not have the internals it replaces. */
export function installXmlPieces(): boolean {
  const parts = loadExcelJsParts();
  if (!parts) return false;
  const { prototype, xmlEncode } = parts;
  if (!markFirstPatch(prototype, PATCHED)) return true;

  /** ` name="value"` for every own attribute that is not undefined, in the object's order */
  const attributesText = (attributes: Attributes | undefined): string => {
    if (!attributes) return '';
    let text = '';
    for (const name of Object.keys(attributes)) {
      const value = attributes[name];
      if (value !== undefined) text += ` ${name}="${xmlEncode(value.toString())}"`;
    }
    return text;
  };

  /** The piece that starts a node: its start tag's open part, after the '>' its parent still needs. */
  const startTag = (stream: XmlStreamState, name: string, attributes: Attributes | undefined): string => {
    const tag = `<${name}${attributesText(attributes)}`;
    // open implies a parent on the stack (ExcelJS also checks the stack; a rollback restores both)
    return stream.open ? `>${tag}` : tag;
  };

  prototype.openXml = function openXml(docAttributes) {
    this._xml.push(`<?xml${attributesText(docAttributes)}?>\n`);
  };

  prototype.openNode = function openNode(name, attributes) {
    this._xml.push(startTag(this, name, attributes));
    this._stack.push(name);
    this.leaf = true;
    this.open = true;
  };

  prototype.addAttribute = function addAttribute(name, value) {
    if (!this.open) throw new Error('Cannot write attributes to node if it is not open');
    if (value !== undefined) this._xml.push(` ${name}="${xmlEncode(value.toString())}"`);
  };

  prototype.addAttributes = function addAttributes(attributes) {
    if (!this.open) throw new Error('Cannot write attributes to node if it is not open');
    if (attributes) this._xml.push(attributesText(attributes));
  };

  prototype.writeText = function writeText(text) {
    const encoded = xmlEncode(text.toString());
    this._xml.push(this.open ? `>${encoded}` : encoded);
    this.open = false;
    this.leaf = false;
  };

  prototype.writeXml = function writeXml(xml) {
    this._xml.push(this.open ? `>${xml}` : xml);
    this.open = false;
    this.leaf = false;
  };

  prototype.closeNode = function closeNode() {
    const name = this._stack.pop();
    this._xml.push(this.leaf ? '/>' : `</${name}>`);
    this.open = false;
    this.leaf = false;
  };

  // open, text, close in one piece: most of a sheet's nodes (<v>, <f>, <col>, <pageMargins> …)
  prototype.leafNode = function leafNode(name, attributes, text) {
    const start = startTag(this, name, attributes);
    this._xml.push(text === undefined ? `${start}/>` : `${start}>${xmlEncode(text.toString())}</${name}>`);
    this.open = false;
    this.leaf = false;
  };
  installCellPieces(xmlEncode);
  return true;
}

function loadCellWriter(): { prototype: CellXformPrototype; types: ValueTypes } | null {
  try {
    // spelled out, so that the command's bundle patches the ExcelJS it holds
    const cellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: CellXformPrototype };
    const enums = require('exceljs/lib/doc/enums') as { ValueType?: ValueTypes };
    if (typeof cellXform.prototype.render !== 'function' || !enums.ValueType) return null;
    return { prototype: cellXform.prototype, types: enums.ValueType };
  } catch {
    return null;
  }
}

/**
 * ExcelJS's CellXform.render, for the cells most of a sheet holds, as one piece: what its openNode,
 * addAttribute ('r', 's', then 't'), leafNode ('v') and closeNode write, in one string. Numbers are
 * written as their toString(), which xmlEncode leaves as it is.
 */
function installCellPieces(xmlEncode: (text: string) => string): void {
  const writer = loadCellWriter();
  if (!writer) return;
  const { prototype, types } = writer;
  if (!markFirstPatch(prototype, CELLS_PATCHED)) return;
  const ownRender = prototype.render;
  const text = (value: Writable): string => (typeof value === 'number' ? String(value) : xmlEncode(value.toString()));
  // a cell's address is letters and digits, which xmlEncode leaves as they are: its regular expression is
  // skipped for them
  const addressText = (address: Writable): string => (typeof address === 'string' && isLettersAndDigits(address) ? address : text(address));

  prototype.render = function render(xmlStream, model) {
    const { type } = model;
    let rest: string;
    if (type === types.Null || type === types.Merge) {
      if (type === types.Null && !model.styleId) return;
      rest = '/>';
    } else if (type === types.Number && typeof model.value === 'number') rest = `><v>${model.value}</v></c>`;
    else if ((type === types.String || type === types.RichText) && model.ssId !== undefined) rest = ` t="s"><v>${text(model.ssId)}</v></c>`;
    else if (type === types.Boolean) rest = ` t="b"><v>${model.value ? '1' : '0'}</v></c>`;
    else {
      ownRender.call(this, xmlStream, model);
      return;
    }
    const style = model.styleId ? ` s="${text(model.styleId)}"` : '';
    xmlStream._xml.push(`${xmlStream.open ? '>' : ''}<c r="${addressText(model.address)}"${style}${rest}`);
    xmlStream.open = false;
    xmlStream.leaf = false;
  };
}

/** A1-style: A–Z and 0–9 only */
function isLettersAndDigits(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))) return false;
  }
  return true;
}

installXmlPieces();
