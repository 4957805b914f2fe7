import type { NarrativeBlock, NarrativeDocument } from '../domain/narrative';

/**
 * Characters XML 1.0 cannot hold in any form: the control codes other than tab, line feed and carriage
 * return, and U+FFFE / U+FFFF. A name pasted from another system can carry one into the report; the
 * docx library leaves out the control codes but writes U+FFFE / U+FFFF as they are, and Word and
 * LibreOffice then refuse the whole document. Word has no escape for them in a run's text, and they
 * show as nothing, so they are left out.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

function xmlSafeBlock(block: NarrativeBlock): NarrativeBlock {
  if (block.kind !== 'table') return { ...block, text: xmlSafeText(block.text) };
  return {
    ...block,
    header: block.header.map(xmlSafeText),
    rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, text: xmlSafeText(cell.text) })) })),
  };
}

/** the document with every text Word will show made XML-safe */
export function xmlSafeDocument(doc: NarrativeDocument): NarrativeDocument {
  return { ...doc, title: xmlSafeText(doc.title), titleLines: doc.titleLines.map(xmlSafeText), subtitle: xmlSafeText(doc.subtitle), unitName: xmlSafeText(doc.unitName), blocks: doc.blocks.map(xmlSafeBlock) };
}
