import type { NarrativeBlock, NarrativeSource, ParagraphBlock } from '../document';
import { paragraphsOf } from '../quoted-text';

/** A numbered part of a chapter: its heading (numbered by the chapter) and what it says. */
export interface Section {
  heading: string;
  blocks: NarrativeBlock[];
}

export function statement(text: string, sources: NarrativeSource[] = []): ParagraphBlock {
  return sources.length > 0 ? { kind: 'paragraph', text, origin: 'statement', sources } : { kind: 'paragraph', text, origin: 'statement' };
}

/** the user's text, one paragraph per line, reproduced as typed */
export function quotedParagraphs(text: string, sources: NarrativeSource[]): ParagraphBlock[] {
  return paragraphsOf(text).map((line) =>
    sources.length > 0 ? { kind: 'paragraph', text: line, origin: 'quoted', sources } : { kind: 'paragraph', text: line, origin: 'quoted' },
  );
}
