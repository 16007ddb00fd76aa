/**
 * The per-report half of indexing, run on worker threads: read a report,
 * parse its Markdown, write its result files into the shard being built,
 * and hand back the two zone texts the gram index needs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { headBlocks, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { pageFiles } from './cards.ts';
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

export function parseBatch({ pages, base, staging }: ParseBatch): ParseResult {
  const result: ParseResult = { pages: [], problems: [], files: 0, bytes: 0 };
  const made = new Set<string>();
  for (const page of pages) {
    let doc: SearchDocument;
    try {
      doc = parseReport(page.id, readFileSync(page.file, 'utf8'));
    } catch (error) {
      // Its frontmatter was read a moment ago: the file changed or went away since. Index it as empty.
      result.problems.push(`${page.file}: ${(error as Error).message}`);
      doc = { id: page.id, title: page.id, unit: null, year: null, level: null, period: null, kind: null, body: [] };
    }
    for (const { path, content } of pageFiles(doc, base, page.n)) {
      const full = join(staging, path);
      const folder = dirname(full);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(full, content);
      result.files++;
      result.bytes += Buffer.byteLength(content);
    }
    result.pages.push({ n: page.n, head: zoneText(headBlocks(doc)), body: zoneText(doc.body) });
  }
  return result;
}
