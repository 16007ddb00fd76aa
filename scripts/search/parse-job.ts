/**
 * The per-report half of indexing, run on worker threads: read a group of
 * reports, parse their Markdown, write their text group file into the
 * segment being built, and hand back the zone texts the gram index needs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headBlocks, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { PAGE_GROUP } from '../../src/search/index-format.ts';
import { groupFile, pageParts } from './cards.ts';
import { parseReport } from './read-collection.ts';

export interface ParsePage {
  /** Page number in the shard. */
  n: number;
  id: string;
  file: string;
}

export interface ParseBatch {
  pages: ParsePage[];
  /** The site's base path. */
  base: string;
  /** The folder the shard is being written to. */
  staging: string;
}

export interface ParsedPage {
  n: number;
  head: string;
  body: string;
}

export interface ParseResult {
  pages: ParsedPage[];
  problems: string[];
  files: number;
  bytes: number;
}

/** Parses one group of pages (PAGE_GROUP consecutive page numbers, starting at a multiple of it) and writes its text file. */
export function parseBatch({ pages, base, staging }: ParseBatch): ParseResult {
  const result: ParseResult = { pages: [], problems: [], files: 0, bytes: 0 };
  const group = Math.floor((pages[0]?.n ?? 0) / PAGE_GROUP);
  if (pages.some((p, i) => p.n !== group * PAGE_GROUP + i) || pages.length > PAGE_GROUP) throw new Error('parseBatch: pages must be one text group');
  const parts: ReturnType<typeof pageParts>[] = [];
  for (const page of pages) {
    let doc: SearchDocument;
    try {
      doc = parseReport(page.id, readFileSync(page.file, 'utf8'));
    } catch (error) {
      // Its frontmatter was read a moment ago: the file changed or went away since. Index it as empty.
      result.problems.push(`${page.file}: ${(error as Error).message}`);
      doc = { id: page.id, title: page.id, unit: null, year: null, level: null, period: null, kind: null, body: [] };
    }
    parts.push(pageParts(doc, base));
    result.pages.push({ n: page.n, head: zoneText(headBlocks(doc)), body: zoneText(doc.body) });
  }
  if (parts.length) {
    const file = groupFile(parts);
    mkdirSync(join(staging, 't'), { recursive: true });
    writeFileSync(join(staging, 't', `${group}.bin`), file);
    result.files++;
    result.bytes += file.length;
  }
  return result;
}
