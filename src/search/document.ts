/**
 * What search sees of a report, and where each character sits in the index.
 *
 * A report is indexed in two zones. The head zone (title, unit, headings)
 * holds characters 0 … HEAD_ZONE-2, so a match there is a match in the
 * title, the unit or a heading. The body zone (headings and paragraphs in
 * reading order) follows: its character j is body offset j. Character
 * HEAD_ZONE-1 is never used, so no phrase runs from one zone into the
 * other. posting-format.ts says how characters become index positions.
 */
import { normalise } from './normalise.ts';

/** Positions reserved for the head zone; a longer head is cut (its headings still match in the body). */
export const HEAD_ZONE = 2048;
/** Ends every block (title, unit, heading, paragraph); no gram contains it and queries never do. */
export const BLOCK_END = '\n';

export type BlockKind = 'title' | 'unit' | 'heading' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** The text as the reader sees it (Markdown escapes already resolved). */
  text: string;
  /** Id of the section the block is in (its own id for a heading); null before the first heading. */
  section: string | null;
  /** Kind of the section part the block is in, as a zone number (posting-format.ts SECTION_ZONES, 0: none); set by the indexer. */
  zone?: number;
}

/** What a result shows of a report besides its text. */
export interface ReportFields {
  id: string;
  title: string;
  unit: string | null;
  year: number | null;
  level: string | null;
  period: string | null;
  kind: string | null;
}

export interface SearchDocument extends ReportFields {
  /** The estimated year as a search filter value (`estimateFacet` in scripts/search/page-table.ts); null or absent for none. */
  estimate?: string | null;
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
