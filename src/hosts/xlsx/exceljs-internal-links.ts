/**
 * ExcelJS 4.4 writes a link to a cell of the same workbook ("#'Sheet'!A1") as an external
 * relationship plus a location that keeps the "#", which WPS cannot follow and Excel shows as
 * "#Sheet!A1##Sheet!A1" (exceljs issues #1893, #3027); and on reading it drops internal links that
 * have a location only, as Excel writes them. Both would break the 评分结果 sheet's links to the
 * cells a warning is about, and lose links in users' files. This patches the two ExcelJS steps so an
 * internal link is written and read the way Excel does: `<hyperlink ref="A4" location="'Sheet'!A1"/>`.
 * Loaded once, for the whole process; a test checks the XML, so an ExcelJS upgrade that changes these
 * internals is caught.
 */
import { exceljsPrototype, markFirstPatch } from './exceljs-patching';

interface HyperlinkModel {
  address: string;
  rId?: string;
  target?: string;
  tooltip?: string;
  /** set by this patch: the in-workbook location, written without a relationship */
  location?: string;
}

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface WorksheetModel {
  hyperlinks?: HyperlinkModel[];
  rels?: Relationship[];
  relationships?: Relationship[];
}

interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}

interface XformPrototype<M> {
  render(xmlStream: XmlStream, model: M): void;
  prepare(model: M, options: unknown): void;
  reconcile(model: M, options: unknown): void;
}

const HYPERLINK_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const SYNTHETIC_ID_PREFIX = 'perfEvalInternalLink';
const PATCHED = Symbol.for('perf-eval.exceljs-internal-links');

export function installInternalLinkSupport(): boolean {
  const worksheetXform = exceljsPrototype<XformPrototype<WorksheetModel>>(() => require('exceljs/lib/xlsx/xform/sheet/worksheet-xform'));
  const hyperlinkXform = exceljsPrototype<XformPrototype<HyperlinkModel>>(() => require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform'));
  if (!worksheetXform || !hyperlinkXform) return false;
  if (!markFirstPatch(worksheetXform, PATCHED)) return true;

  const originalPrepare = worksheetXform.prepare;
  worksheetXform.prepare = function prepare(this: unknown, model: WorksheetModel, options: unknown): void {
    originalPrepare.call(this, model, options);
    const internalIds = new Set<string>();
    for (const hyperlink of model.hyperlinks ?? []) {
      if (!hyperlink.target?.startsWith('#')) continue;
      if (hyperlink.rId) internalIds.add(hyperlink.rId);
      hyperlink.location = hyperlink.target.slice(1);
      delete hyperlink.rId;
    }
    if (model.rels) model.rels = model.rels.filter((rel) => !internalIds.has(rel.Id));
  };

  const originalRender = hyperlinkXform.render;
  hyperlinkXform.render = function render(this: unknown, xmlStream: XmlStream, model: HyperlinkModel): void {
    if (model.location === undefined) {
      originalRender.call(this, xmlStream, model);
      return;
    }
    xmlStream.leafNode('hyperlink', { ref: model.address, location: model.location, tooltip: model.tooltip });
  };

  const originalReconcile = worksheetXform.reconcile;
  worksheetXform.reconcile = function reconcile(this: unknown, model: WorksheetModel, options: unknown): void {
    const relationships = [...(model.relationships ?? [])];
    (model.hyperlinks ?? []).forEach((hyperlink, index) => {
      if (hyperlink.rId || !hyperlink.target) return;
      hyperlink.rId = `${SYNTHETIC_ID_PREFIX}${index}`;
      relationships.push({ Id: hyperlink.rId, Type: HYPERLINK_RELATIONSHIP, Target: `#${hyperlink.target}` });
    });
    model.relationships = relationships;
    originalReconcile.call(this, model, options);
  };
  return true;
}

installInternalLinkSupport();
