/**
 * The per-report half of indexing, run on worker threads: read a group of
 * reports, parse their Markdown, write their text group file into the
 * segment being built, and hand back the zone texts the gram index needs.
 */
import { closeSync, constants, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { blockKinds } from '../../src/lib/section-kind.ts';
import { type Block, headBlocks, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { SECTION_ZONES } from '../../src/search/posting-format.ts';
import type { BodyRun } from './gram-index.ts';
import { CARD_FILE_PAGES, CARD_SLOT, PAGE_GROUP } from '../../src/search/index-format.ts';
import { groupTexts } from './cards.ts';
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
  /** The body zone as runs of blocks of one section kind, in reading order. */
  body: BodyRun[];
}

/** Marks every body block with its section kind's zone (0: none, 1–3: SECTION_ZONES), from the classifier the report pages use. */
export function markZones(body: Block[]): void {
  const kinds = blockKinds(body);
  body.forEach((block, i) => {
    const kind = kinds[i];
    block.zone = kind ? SECTION_ZONES.indexOf(kind) + 1 : 0;
  });
}

/** The body zone text in runs of one zone. */
export function bodyRuns(body: Block[]): BodyRun[] {
  const runs: BodyRun[] = [];
  let i = 0;
  while (i < body.length) {
    const zone = body[i]?.zone ?? 0;
    let j = i + 1;
    while (j < body.length && (body[j]?.zone ?? 0) === zone) j++;
    runs.push([zone, zoneText(body.slice(i, j))]);
    i = j;
  }
  return runs;
}

export interface ParseResult {
  pages: ParsedPage[];
  problems: string[];
  files: number;
  bytes: number;
}

/** Parses one group of pages (PAGE_GROUP consecutive page numbers, starting at a multiple of it) and writes its text file and card slots. */
export function parseBatch({ pages, base, staging }: ParseBatch): ParseResult {
  const result: ParseResult = { pages: [], problems: [], files: 0, bytes: 0 };
  const group = Math.floor((pages[0]?.n ?? 0) / PAGE_GROUP);
  if (pages.some((p, i) => p.n !== group * PAGE_GROUP + i) || pages.length > PAGE_GROUP) throw new Error('parseBatch: pages must be one text group');
  const docs: SearchDocument[] = [];
  for (const page of pages) {
    let doc: SearchDocument;
    try {
      doc = parseReport(page.id, readFileSync(page.file, 'utf8'));
    } catch (error) {
      // Its frontmatter was read a moment ago: the file changed or went away since. Index it as empty.
      result.problems.push(`${page.file}: ${(error as Error).message}`);
      doc = { id: page.id, title: page.id, unit: null, year: null, level: null, period: null, kind: null, body: [] };
    }
    markZones(doc.body);
    docs.push(doc);
    result.pages.push({ n: page.n, head: zoneText(headBlocks(doc)), body: bodyRuns(doc.body) });
  }
  if (docs.length) {
    const { texts, slots } = groupTexts(docs, base);
    mkdirSync(join(staging, 't'), { recursive: true });
    writeFileSync(join(staging, 't', `${group}.bin`), texts);
    // The card slots go to their place in the shared card file; groups on other threads write other places of it.
    const first = pages[0]?.n as number;
    mkdirSync(join(staging, 'k'), { recursive: true });
    const fd = openSync(join(staging, 'k', `${Math.floor(first / CARD_FILE_PAGES)}.bin`), constants.O_WRONLY | constants.O_CREAT);
    try {
      slots.forEach((slot, i) => writeSync(fd, slot, 0, slot.length, ((first + i) % CARD_FILE_PAGES) * CARD_SLOT));
    } finally {
      closeSync(fd);
    }
    result.files += first % CARD_FILE_PAGES === 0 ? 2 : 1;
    result.bytes += texts.length + slots.reduce((n, s) => n + s.length, 0);
  }
  return result;
}
