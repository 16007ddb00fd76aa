/**
 * The text search sees of a report, normalised, for counting terms at build
 * time (trend-counts.ts) exactly as search matches them: the title, the
 * unit and every heading and paragraph that the index reads
 * (scripts/search/read-collection.ts), each normalised on its own
 * (src/search/normalise.ts) and ended by a line break, so a term found in
 * it is a term `containsTerm()` finds, and no match runs across blocks.
 *
 * Parsing Markdown is most of that cost, yet an ingested report is mostly
 * literal text: `literalBlocks()` (src/search/literal-blocks.ts) reads such
 * a body without the parser and gives up on anything else, which the
 * indexer's own reader then parses. Tests check both agree.
 */
import { bodyBlocks, parseFrontmatter } from '../../scripts/search/read-collection.ts';
import { BLOCK_END } from '../search/document.ts';
import { literalBlocks } from '../search/literal-blocks.ts';
import { normalise } from '../search/normalise.ts';
import type { Report } from './report-schema.ts';

export interface SearchText {
  /** The frontmatter, checked against the report schema. */
  fm: Report;
  /** Normalised blocks, each followed by BLOCK_END. */
  text: string;
  /** True when the body had to be parsed as Markdown. */
  parsed: boolean;
}

/** The normalised text of a report file's contents (frontmatter and Markdown). Throws on a bad frontmatter, as the indexer does. */
export function searchText(source: string): SearchText {
  const { fm, bodyStart } = parseFrontmatter(source);
  const body = source.slice(bodyStart);
  const literal = literalBlocks(body);
  const blocks = literal ?? bodyBlocks(body).map((b) => b.text);
  const head = fm.unit ? [fm.title, fm.unit] : [fm.title];
  let text = '';
  for (const block of [...head, ...blocks]) text += normalise(block) + BLOCK_END;
  return { fm, text, parsed: literal === null };
}
