/**
 * Builds one segment of a shard: the page table, the bucket directory, the
 * posting packs and the result files of a list of pages, in one folder.
 * Markdown is parsed on worker threads (parse-pool.ts) while this thread
 * feeds the gram index in page order.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAGE_GROUP } from '../../src/search/index-format.ts';
import { type BucketLayout, DEFAULT_LAYOUT, GramIndex, phraseSampleEvery } from './gram-index.ts';
import { PackWriter } from './pack-writer.ts';
import { type PageFacets, pageTableFiles } from './page-table.ts';
import type { ParseBatch, ParseResult } from './parse-job.ts';
import { indexThreads, ParsePool } from './parse-pool.ts';

export interface SegmentPage extends PageFacets {
  file: string;
}

export interface SegmentOptions {
  /** Pages in page order (comparePages). */
  pages: SegmentPage[];
  /** The folder to write; it must not exist yet. */
  dir: string;
  /** The site's base path, with slashes at both ends. */
  base: string;
  layout?: BucketLayout;
  /** Parser threads; default one per core (`HUIBAO_INDEX_THREADS`). */
  threads?: number;
  /** Fewer pages than this are parsed on the calling thread. Default 400. */
  inlineBelow?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SegmentResult {
  /** Buckets of the postings directory. */
  buckets: number;
  /** Phrase postings written (gram-index.ts). */
  phrases: number;
  files: number;
  bytes: number;
  problems: string[];
}


export async function buildSegment(options: SegmentOptions): Promise<SegmentResult> {
  const { pages, dir, base } = options;
  const result: SegmentResult = { buckets: 0, phrases: 0, files: 0, bytes: 0, problems: [] };
  mkdirSync(dir, { recursive: true });
  const made = new Set<string>();
  const write = (path: string, content: string | Uint8Array): void => {
    const full = join(dir, path);
    const folder = dirname(full);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(full, content);
    result.files++;
    result.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  };

  const index = new GramIndex({ sampleEvery: phraseSampleEvery(pages.length) });
  const threads = pages.length < (options.inlineBelow ?? 400) ? 0 : (options.threads ?? indexThreads());
  const pool = new ParsePool(threads);
  try {
    const batches: ParseBatch[] = [];
    // A batch is a text group (PAGE_GROUP pages), so each is one file written by one thread.
    for (let at = 0; at < pages.length; at += PAGE_GROUP) {
      const slice = pages.slice(at, at + PAGE_GROUP).map((p, i) => ({ n: at + i, id: p.id, file: p.file }));
      batches.push({ pages: slice, base, staging: dir });
    }
    // Batches parse ahead on the threads (a bounded number, to bound memory) while this thread indexes them in page order.
    const inflight: Promise<ParseResult>[] = [];
    let next = 0;
    const fill = (): void => {
      while (next < batches.length && inflight.length < 2 * threads + 2) inflight.push(pool.run(batches[next++] as ParseBatch));
    };
    fill();
    let done = 0;
    while (inflight.length) {
      const parsed = await (inflight.shift() as Promise<ParseResult>);
      fill();
      result.problems.push(...parsed.problems);
      result.files += parsed.files;
      result.bytes += parsed.bytes;
      for (const page of parsed.pages) {
        index.addPage(page.n, page.head, page.body);
        options.onProgress?.(++done, pages.length);
      }
    }
  } finally {
    await pool.close();
  }

  const layout = options.layout ?? DEFAULT_LAYOUT;
  const packs = new PackWriter(join(dir, 'p'), layout.packBytes);
  let buckets: number;
  try {
    buckets = index.writeBuckets(layout, packs, (i, bucket) => write(`b/${i}.bin`, bucket));
  } finally {
    packs.close();
  }
  result.files += packs.files;
  result.bytes += packs.bytes;
  for (const file of pageTableFiles(pages, buckets)) write(file.path, file.content);
  result.buckets = buckets;
  result.phrases = index.phraseCount;
  return result;
}
