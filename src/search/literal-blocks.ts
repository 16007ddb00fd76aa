/**
 * Reading a report body without a Markdown parser, where that is safe.
 *
 * Parsing Markdown costs about 1.3 ms a report (26 s at 20,000), yet an
 * ingested report is mostly literal text: headings and paragraphs with no
 * markup but the ingest's escapes (`\*`, `2\.`, `&amp;`, `&lt;`). The
 * functions here read such a body line by line, resolving those escapes,
 * and give up (null) at anything else where Markdown could differ from the
 * raw text: other entities, emphasis, code, links, HTML, hard line breaks,
 * indentation, lists, quotes, setext and closed headings. A body they give
 * up on goes to the parser (`bodyBlocks` in scripts/search/read-collection.ts);
 * where they answer, they find the blocks the parser finds, to the
 * character (tests/search/literal-blocks.test.ts). Used by the trends
 * page's counts (src/lib/search-text.ts) and by the search index.
 */
import type { Block } from './document.ts';
import { sectionIdCounter } from './section-ids.ts';

/** A backslash escape of ASCII punctuation, or one of the entities the ingest writes. */
const ESCAPE = /\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** Characters that are markup, or may be, anywhere in a line once escapes are gone (CommonMark, as search's reader parses it). */
const INLINE_MARKUP = /[\\`*_[\]<&\r\0]|[ \t]\n|[ \t]$/;
/** Line starts that make or may make a block other than a paragraph. */
const BLOCK_START = /^(?:[ \t>+=~-]|\d{1,9}[.)])/;
const ATX = /^(#{1,6})(?:[ \t]+|$)/;

/** A heading (depth 1–6) or a paragraph (depth 0). */
export interface LiteralBlock {
  depth: number;
  text: string;
}

const unescape = (text: string): string => text.replace(ESCAPE, (_, char: string | undefined, entity: string) => char ?? (ENTITIES[entity] as string));

/** Headings and paragraphs of a body of plain lines, in order; null for any other body. */
export function literalBlockList(body: string): LiteralBlock[] | null {
  if (INLINE_MARKUP.test(body.replace(ESCAPE, ''))) return null;
  const blocks: LiteralBlock[] = [];
  let paragraph: string[] = [];
  const end = (): void => {
    if (paragraph.length) blocks.push({ depth: 0, text: unescape(paragraph.join('\n')) });
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    if (line === '') end();
    else if (line.startsWith('#')) {
      const marker = ATX.exec(line);
      // `#tag` is a paragraph and `## 标题 ##` has a closing sequence: leave both to the parser.
      if (!marker || line.endsWith('#')) return null;
      end();
      blocks.push({ depth: (marker[1] as string).length, text: unescape(line.slice(marker[0].length)) });
    } else if (BLOCK_START.test(line)) return null; // An escaped start (`\-`, `1\.`) begins with `\`: a paragraph.
    else paragraph.push(line);
  }
  end();
  return blocks;
}

/** Heading and paragraph texts of a body of plain lines, as search's reader finds them; null for any other body. */
export function literalBlocks(body: string): string[] | null {
  return literalBlockList(body)?.map((b) => b.text) ?? null;
}

/**
 * The search document's body blocks (`bodyBlocks`) of a body of plain
 * lines, section ids included; null for any other body. As the parser's
 * reader does, a paragraph of white space only is no block.
 */
export function literalBodyBlocks(body: string): Block[] | null {
  const list = literalBlockList(body);
  if (!list) return null;
  const nextId = sectionIdCounter();
  const blocks: Block[] = [];
  let section: string | null = null;
  for (const { depth, text } of list) {
    if (depth > 0) {
      section = nextId(depth);
      blocks.push({ kind: 'heading', text, section });
    } else if (text.trim()) {
      blocks.push({ kind: 'paragraph', text, section });
    }
  }
  return blocks;
}
