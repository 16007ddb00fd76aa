/**
 * `npm run bench:gram -- --collection DIR [--pages FILE] [--runs N]`
 *
 * Times the serial part of the search index alone: GramIndex.addPage over
 * every page of a collection, then writeBuckets (posting layout and
 * deflate), on one thread, with the Markdown parsed beforehand. The parsed
 * pages (zone texts, as the parse workers hand them over) are kept in
 * `--pages` (default `<collection>/../gram-pages.json`) so that later runs
 * skip parsing. Prints the seconds of each phase, the grams and bytes, and
 * a SHA-256 of everything written, to check that a speed-up changed no byte.
 *
 * Keep a collection with `npm run bench -- --reports 20000 --keep`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_GROUP } from '../../src/search/index-format.ts';
import { DEFAULT_LAYOUT, GramIndex, phraseSampleEvery } from '../search/gram-index.ts';
import type { PackAddress, PackSink } from '../search/pack-writer.ts';
import { comparePages, estimateFacet } from '../search/page-table.ts';
import { type ParsedPage, parseBatch } from '../search/parse-job.ts';
import { parseFrontmatter, reportIds } from '../search/read-collection.ts';

const { values } = parseArgs({
  options: {
    collection: { type: 'string' },
    pages: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
});
if (!values.collection) {
  console.error('usage: npm run bench:gram -- --collection DIR [--pages FILE] [--runs N]');
  process.exit(2);
}
const collection = resolve(values.collection);
const cacheFile = values.pages ? resolve(values.pages) : join(dirname(collection), 'gram-pages.json');

async function parsedPages(): Promise<ParsedPage[]> {
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as ParsedPage[];
  const pages = [];
  for (const id of await reportIds(collection)) {
    const file = join(collection, `${id}.md`);
    const { fm } = parseFrontmatter(readFileSync(file, 'utf8'));
    pages.push({ id, file, year: fm.year, unit: fm.unit, level: fm.level, period: fm.period, kind: fm.kind, estimate: estimateFacet(fm.year, fm.yearEstimate) });
  }
  pages.sort(comparePages);
  const staging = mkdtempSync(join(os.tmpdir(), 'huibao-gram-bench-'));
  const parsed: ParsedPage[] = [];
  try {
    for (let at = 0; at < pages.length; at += PAGE_GROUP) {
      const batch = pages.slice(at, at + PAGE_GROUP).map((p, i) => ({ n: at + i, id: p.id, file: p.file }));
      parsed.push(...parseBatch({ pages: batch, base: '/', staging }).pages);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  writeFileSync(cacheFile, JSON.stringify(parsed));
  return parsed;
}

/** A pack sink that only hashes what it is given. */
class HashingSink implements PackSink {
  hash = createHash('sha256');
  bytes = 0;
  reserve(): PackAddress {
    return { pack: 0, offset: this.bytes };
  }
  write(bytes: Uint8Array): PackAddress {
    this.hash.update(bytes);
    const at = { pack: 0, offset: this.bytes };
    this.bytes += bytes.length;
    return at;
  }
}

const t0 = performance.now();
const pages = await parsedPages();
console.log(`${pages.length} pages ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (${cacheFile})`);
for (let run = 0; run < Number(values.runs); run++) {
  const index = new GramIndex({ sampleEvery: phraseSampleEvery(pages.length) });
  const a = performance.now();
  for (const page of pages) index.addPage(page.n, page.head, page.body);
  const b = performance.now();
  const sink = new HashingSink();
  const buckets = createHash('sha256');
  let bucketBytes = 0;
  const count = index.writeBuckets(DEFAULT_LAYOUT, sink, (_i, bucket) => {
    buckets.update(bucket);
    bucketBytes += bucket.length;
  });
  const c = performance.now();
  const digest = createHash('sha256').update(buckets.digest()).update(sink.hash.digest()).digest('hex').slice(0, 16);
  console.log(
    `addPage ${((b - a) / 1000).toFixed(2)} s, writeBuckets ${((c - b) / 1000).toFixed(2)} s; ` +
      `${index.grams} grams, ${index.phraseCount} phrases, ${(index.bytes / 2 ** 20).toFixed(0)} MB held, ${count} buckets (${(bucketBytes / 2 ** 20).toFixed(1)} MB), ` +
      `packs ${(sink.bytes / 2 ** 20).toFixed(1)} MB; output ${digest}; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
}
