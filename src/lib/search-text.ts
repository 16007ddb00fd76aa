/**
 * The text search sees of a report, normalised, for counting terms at build
 * time (trend-counts.ts) exactly as search matches them: the title, the
 * unit and every heading and paragraph that the index reads
 * (scripts/search/read-collection.ts), each normalised on its own
 * (src/search/normalise.ts) and ended by a line break, so a term found in
 * it is a term `containsTerm()` finds, and no match runs across blocks.
 *
 * Parsing Markdown is most of that cost (1.3 ms a report, 26 s at 20,000),
 * yet an ingested report is mostly literal text: headings and paragraphs
 * with no markup but the ingest's escapes (`\*`, `2\.`, `&amp;`, `&lt;`).
 * `literalBlocks()` reads such a body line by line, resolving those escapes,
 * and gives up (null) at anything else where Markdown could differ from the
 * raw text: other entities, emphasis, code, links, HTML, hard line breaks,
 * indentation, lists, quotes, setext and closed headings. A body it gives
 * up on is parsed by the indexer's own reader. Tests check both agree.
 */
import { bodyBlocks, parseFrontmatter } from '../../scripts/search/read-collection.ts';
import { BLOCK_END } from '../search/document.ts';
import { normalise } from '../search/normalise.ts';
import type { Report } from './report-schema.ts';

/** A backslash escape of ASCII punctuation, or one of the entities the ingest writes. */
const ESCAPE = /\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** Characters that are markup, or may be, anywhere in a line once escapes are gone (CommonMark, as search's reader parses it). */
const INLINE_MARKUP = /[\\`*_[\]<&\r\0]|[ \t]\n|[ \t]$/;
/** Line starts that make or may make a block other than a paragraph. */
const BLOCK_START = /^(?:[ \t>+=~-]|\d{1,9}[.)])/;
const ATX = /^#{1,6}(?:[ \t]+|$)/;

/** Heading and paragraph texts of a body of plain lines, as search's reader finds them; null for any other body. */
export function literalBlocks(body: string): string[] | null {
  if (INLINE_MARKUP.test(body.replace(ESCAPE, ''))) return null;
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const unescape = (text: string): string => text.replace(ESCAPE, (_, char: string | undefined, entity: string) => char ?? (ENTITIES[entity] as string));
  const end = (): void => {
    if (paragraph.length) blocks.push(unescape(paragraph.join('\n')));
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    if (line === '') end();
    else if (line.startsWith('#')) {
      const marker = ATX.exec(line);
      // `#tag` is a paragraph and `## 标题 ##` has a closing sequence: leave both to the parser.
      if (!marker || line.endsWith('#')) return null;
      end();
      blocks.push(unescape(line.slice(marker[0].length)));
    } else if (BLOCK_START.test(line)) return null; // An escaped start (`\-`, `1\.`) begins with `\`: a paragraph.
    else paragraph.push(line);
  }
  end();
  return blocks;
}

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
