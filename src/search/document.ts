/**
 * What search sees of a report, and where each character sits in the index.
 *
 * A report is indexed in two zones. The head zone (title, unit, headings)
 * takes positions 0 … HEAD_ZONE-1, padded with fillers, so a match whose
 * first position is below HEAD_ZONE is a match in the title or a heading,
 * read straight from the location Pagefind returns. The body zone (headings
 * and paragraphs in reading order) starts at HEAD_ZONE; body position
 * HEAD_ZONE + j is code point j of the body text, which is how an excerpt
 * finds its place without any other lookup.
 */
import { normalise } from './normalise.ts';
import { BLOCK_END } from './tokens.ts';

/** Positions reserved for the head zone; a longer head is cut (its headings still match in the body). */
export const HEAD_ZONE = 2048;

export type BlockKind = 'title' | 'unit' | 'heading' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** The text as the reader sees it (Markdown escapes already resolved). */
  text: string;
  /** Id of the section the block is in (its own id for a heading); null before the first heading. */
  section: string | null;
}

export interface SearchDocument {
  id: string;
  title: string;
  unit: string | null;
  year: number | null;
  level: string | null;
  period: string | null;
  kind: string | null;
  /** Headings and paragraphs in reading order. */
  body: Block[];
}

export function headBlocks(doc: SearchDocument): Block[] {
  const head: Block[] = [{ kind: 'title', text: doc.title, section: null }];
  if (doc.unit) head.push({ kind: 'unit', text: doc.unit, section: null });
  for (const block of doc.body) if (block.kind === 'heading') head.push(block);
  return head;
}

/** Normalised text of a zone: every block followed by BLOCK_END. */
export function zoneText(blocks: Block[]): string {
  return blocks.map((b) => normalise(b.text) + BLOCK_END).join('');
}

/** True when the normalised term occurs in the report: the ground truth of search. */
export function containsTerm(doc: SearchDocument, term: string): boolean {
  return [...headBlocks(doc), ...doc.body].some((b) => normalise(b.text).includes(term));
}
