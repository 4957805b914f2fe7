import type { NarrativeBlock, NarrativeDocument } from './document';

function blockText(block: NarrativeBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'table':
      return [block.header.join('\t'), ...block.rows.map((row) => row.cells.map((cell) => cell.text).join('\t'))];
  }
}

/** The document as plain text, one line a paragraph and a table row (cells tab-separated). */
export function narrativeText(doc: NarrativeDocument): string {
  const lines = [doc.title, ...(doc.subtitle !== '' ? [doc.subtitle] : []), ...doc.blocks.flatMap(blockText)];
  return lines.join('\n');
}
