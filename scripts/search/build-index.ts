/**
 * Builds the exact Chinese search index of a Markdown collection.
 *
 *   node scripts/search/build-index.ts --collection content/reports --out dist [--base /archive/] [--shard 2/4]
 *
 * Writes `<out>/pagefind/huibao.json` and `<out>/pagefind/shard-<k>-of-<M>/`
 * (see src/search/index-format.ts). With `--shard k/M` only the reports whose
 * id hashes to bucket k of M are indexed, so M jobs (on one machine or on
 * separate CI runners) can each build one shard; copy their `pagefind/`
 * folders into one site and the search spans them all. The shard folder is
 * built beside the old one and swapped in by rename, so a failed run leaves
 * the previous index in place. Problems are printed with their file and the
 * exit code is 1; good reports are still indexed.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headBlocks, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { BUNDLE_DIR, gramHash, INDEX_VERSION, MANIFEST, shardDir } from '../../src/search/index-format.ts';
import { cards } from './cards.ts';
import { GramIndex } from './gram-index.ts';
import { comparePages, type PageFacets, shardMeta } from './page-table.ts';
import { parseFrontmatter, parseReport, reportIds } from './read-collection.ts';

export interface Shard {
  /** 1-based. */
  k: number;
  of: number;
}

export interface BuildOptions {
  collectionDir: string;
  /** The site's build folder; the index goes to `<outDir>/pagefind/`. */
  outDir: string;
  /** The site's base path, with slashes at both ends. Default `/`. */
  base?: string;
  /** Which shard to build. Default: the whole collection as shard 1 of 1. */
  shard?: Shard;
  /** Inline postings per bucket file, bytes. Larger buckets mean fewer files and more bytes per query. Default 8 KB. */
  bucketBytes?: number;
  /** Postings larger than this get a file of their own. Default 4 KB. */
  externalBytes?: number;
  /** Called after each report is added, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  reports: number;
  files: number;
  bytes: number;
  problems: string[];
}

/** Parses `k/M` (1 ≤ k ≤ M). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const shard = m ? { k: Number(m[1]), of: Number(m[2]) } : null;
  if (!shard || shard.k < 1 || shard.k > shard.of) {
    throw new Error(`--shard ${JSON.stringify(text)}: expected k/M with 1 ≤ k ≤ M, e.g. --shard 2/4`);
  }
  return shard;
}

export const inShard = (id: string, shard: Shard): boolean => shard.of === 1 || gramHash(id) % shard.of === shard.k - 1;

/** Removes what another layout left in the bundle folder: Pagefind's files, shards of another count. */
function tidyBundle(bundle: string, shards: number): void {
  for (const name of readdirSync(bundle)) {
    // Another job may be writing beside us: leave temporary files alone.
    if (name === MANIFEST || name.includes('.tmp-') || Number(/^shard-\d+-of-(\d+)$/.exec(name)?.[1]) === shards) continue;
    rmSync(join(bundle, name), { recursive: true, force: true });
  }
}

export async function buildSearchIndex(options: BuildOptions): Promise<BuildResult> {
  const base = options.base ?? '/';
  const shard = options.shard ?? { k: 1, of: 1 };
  const problems: string[] = [];
  const pages: (PageFacets & { file: string })[] = [];
  for (const id of await reportIds(options.collectionDir)) {
    if (!inShard(id, shard)) continue;
    const file = join(options.collectionDir, `${id}.md`);
    try {
      const { fm } = parseFrontmatter(readFileSync(file, 'utf8'));
      pages.push({ id, file, year: fm.year, unit: fm.unit, level: fm.level, period: fm.period, kind: fm.kind });
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  pages.sort(comparePages);

  const bundle = join(options.outDir, BUNDLE_DIR);
  const name = shardDir(shard.k, shard.of);
  const staging = join(bundle, `${name}.tmp-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, content: string | Uint8Array): void => {
    const full = join(staging, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    files++;
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  };

  const index = new GramIndex();
  const indexed: PageFacets[] = [];
  for (const page of pages) {
    let doc: SearchDocument;
    try {
      doc = parseReport(page.id, readFileSync(page.file, 'utf8'));
    } catch (error) {
      problems.push(`${page.file}: ${(error as Error).message}`);
      continue;
    }
    const n = indexed.push(page) - 1;
    index.addPage(n, zoneText(headBlocks(doc)), zoneText(doc.body));
    const { card, rest } = cards(doc, base);
    write(`c/${n}.json`, JSON.stringify(card));
    if (rest) write(`r/${n}.json`, JSON.stringify(rest));
    options.onProgress?.(indexed.length, pages.length);
  }
  const bucketCount = index.writeBuckets(options.bucketBytes ?? 8192, options.externalBytes ?? 4096, (i, { bucket, externals }) => {
    write(`b/${i}.bin`, bucket);
    for (const { entry, bytes: posting } of externals) write(`x/${i}-${entry}.bin`, posting);
  });
  write('pages.json', JSON.stringify(shardMeta(indexed, bucketCount)));

  const target = join(bundle, name);
  const old = `${target}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(target, old);
  } catch {
    // No previous shard.
  }
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  const manifestTmp = join(bundle, `${MANIFEST}.tmp-${process.pid}`);
  writeFileSync(manifestTmp, JSON.stringify({ version: INDEX_VERSION, shards: shard.of }));
  renameSync(manifestTmp, join(bundle, MANIFEST));
  tidyBundle(bundle, shard.of);
  return { reports: indexed.length, files: files + 1, bytes, problems };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      collection: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string', default: '/' },
      shard: { type: 'string', default: '1/1' },
      'bucket-kb': { type: 'string', default: '8' },
    },
  });
  if (!values.collection || !values.out) {
    console.error('usage: node scripts/search/build-index.ts --collection DIR --out DIST [--base /archive/] [--shard k/M] [--bucket-kb 8]');
    process.exit(2);
  }
  let shard: Shard;
  try {
    shard = parseShard(values.shard);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const base = values.base.replace(/^\/?/, '/').replace(/\/?$/, '/');
  const bucketBytes = Number(values['bucket-kb']) * 1024;
  const result = await buildSearchIndex({ collectionDir: resolve(values.collection), outDir: resolve(values.out), base, shard, bucketBytes });
  for (const problem of result.problems) console.error(`search index: ${problem}`);
  const where = join(values.out, BUNDLE_DIR, shardDir(shard.k, shard.of));
  console.log(`search index: ${result.reports} report(s), ${result.files} file(s), ${(result.bytes / 1024).toFixed(0)} KB in ${where}`);
  process.exitCode = result.problems.length ? 1 : 0;
}
