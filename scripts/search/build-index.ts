/**
 * Builds the exact Chinese search index of a Markdown collection.
 *
 *   node scripts/search/build-index.ts --collection content/reports --out dist [--base /archive/] [--shard 2/4]
 *
 * Writes `<out>/pagefind/huibao.json` and `<out>/pagefind/shard-<k>-of-<M>/`
 * (see src/search/index-format.ts), and beside them `ts-characters.json`,
 * the traditional → simplified table that the browser fetches when a text
 * needs it (src/search/folding.ts; the same bytes from every job). With
 * `--shard k/M` only the reports whose id hashes to bucket k of M are
 * indexed, so M jobs (on one machine or on separate CI runners) can each
 * build one shard; copy their `pagefind/` folders into one site and the
 * search spans them all.
 *
 * A shard is made of segments (src/search/segments.ts). When the shard was
 * built before with the same settings and few reports changed (a tenth or
 * less), the earlier segment is kept, the pages it no longer holds are
 * marked deleted, and only the new and changed reports are indexed into a
 * second segment; otherwise (or with `--full`) one segment is built from
 * scratch. A new segment is written beside the old ones and the list is
 * swapped in by rename, so a failed run leaves the previous index in place.
 * Problems are printed with their file and the exit code is 1; good reports
 * are still indexed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FOLDING_TABLE } from '../../src/search/folding.ts';
import { BUNDLE_DIR, gramHash, INDEX_VERSION, MANIFEST, PAGE_TABLE, shardDir } from '../../src/search/index-format.ts';
import { NORMALISATION } from '../../src/search/normalise.ts';
import { foldingTableFile } from '../../src/search/traditional.ts';
import { SEGMENTS, type SegmentList } from '../../src/search/segments.ts';
import { buildSegment, type SegmentPage } from './build-segment.ts';
import { type BucketLayout, DEFAULT_LAYOUT } from './gram-index.ts';
import { comparePages, estimateFacet } from './page-table.ts';
import { parseFrontmatter, reportIds } from './read-collection.ts';

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
  /** Sizes of directory buckets and inline postings (gram-index.ts). */
  layout?: BucketLayout;
  /** Parser threads; default one per core (`HUIBAO_INDEX_THREADS`). */
  threads?: number;
  /** Segments smaller than this are parsed on the calling thread. Default 400. */
  inlineBelow?: number;
  /** Rebuild everything even when the earlier index could be kept. */
  full?: boolean;
  /** Called after each report is added, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  /** Reports in the shard. */
  reports: number;
  /** Reports indexed by this run: all of them, or only the new and changed ones when earlier segments were kept. */
  indexed: number;
  /** Segments the shard now has. */
  segments: number;
  /** Phrase postings this run wrote (src/search/posting-format.ts). */
  phrases: number;
  /** Files and bytes written by this run. */
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
    if (name === MANIFEST || name === FOLDING_TABLE || name.includes('.tmp-') || Number(/^shard-\d+-of-(\d+)$/.exec(name)?.[1]) === shards) continue;
    rmSync(join(bundle, name), { recursive: true, force: true });
  }
}

/** The builder's record of a shard, kept beside it: what each segment holds, to find what changed. */
interface BuildState {
  version: number;
  /** Everything besides the reports that the files depend on. */
  key: string;
  segments: { dir: string; buckets: number; pages: [id: string, hash: string][]; deleted: number[] }[];
}

const STATE = 'build-state.json';
/** A rebuild adds a segment while what changed stays within this share of the first segment (or MIN_DELTA pages). */
const DELTA_SHARE = 0.1;
const MIN_DELTA = 64;

interface CurrentPage extends SegmentPage {
  hash: string;
}

/** The reports of a shard: facets from the frontmatter, and a digest of the file to see changes. */
async function scanCollection(dir: string, shard: Shard, problems: string[]): Promise<Map<string, CurrentPage>> {
  const pages = new Map<string, CurrentPage>();
  for (const id of await reportIds(dir)) {
    if (!inShard(id, shard)) continue;
    const file = join(dir, `${id}.md`);
    try {
      const bytes = readFileSync(file);
      const { fm } = parseFrontmatter(bytes.toString('utf8'));
      const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
      const estimate = estimateFacet(fm.year, fm.yearEstimate);
      pages.set(id, { id, file, hash, year: fm.year, unit: fm.unit, level: fm.level, period: fm.period, kind: fm.kind, estimate });
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return pages;
}

function readState(folder: string, key: string): BuildState | null {
  try {
    const state = JSON.parse(readFileSync(join(folder, STATE), 'utf8')) as BuildState;
    if (state.version !== INDEX_VERSION || state.key !== key || !state.segments.length) return null;
    for (const s of state.segments) if (!existsSync(join(folder, s.dir, PAGE_TABLE))) return null;
    return state;
  } catch {
    return null;
  }
}

function writeAtomic(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export async function buildSearchIndex(options: BuildOptions): Promise<BuildResult> {
  const base = options.base ?? '/';
  const shard = options.shard ?? { k: 1, of: 1 };
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const problems: string[] = [];
  const current = await scanCollection(options.collectionDir, shard, problems);

  const bundle = join(options.outDir, BUNDLE_DIR);
  const folder = join(bundle, shardDir(shard.k, shard.of));
  mkdirSync(folder, { recursive: true });
  const key = JSON.stringify({ base, layout, normalisation: NORMALISATION });
  const state = options.full ? null : readState(folder, key);

  // What the kept segment still holds, what it no longer does, and what needs indexing.
  let kept: BuildState['segments'][number] | null = null;
  let fresh = [...current.values()];
  if (state) {
    const first = state.segments[0] as BuildState['segments'][number];
    const deleted: number[] = [];
    const held = new Set<string>();
    first.pages.forEach(([id, hash], n) => {
      if (current.get(id)?.hash === hash && !held.has(id)) held.add(id);
      else deleted.push(n);
    });
    const changed = current.size - held.size + deleted.length;
    // Kept only while it still holds most of its pages: a segment of replaced pages is all cost.
    if (changed <= Math.max(MIN_DELTA, DELTA_SHARE * first.pages.length) && held.size > deleted.length) {
      kept = { ...first, deleted };
      fresh = fresh.filter((p) => !held.has(p.id));
    }
  }
  fresh.sort(comparePages);
  const freshPages: [string, string][] = fresh.map((p) => [p.id, p.hash]);
  const tag = createHash('sha1').update(JSON.stringify([INDEX_VERSION, key, freshPages])).digest('hex').slice(0, 12);
  const segments: BuildState['segments'] = kept ? [kept] : [];
  let files = 0;
  let bytes = 0;
  let phrases = 0;
  if (fresh.length || !kept) {
    const dir = `seg-${tag}`;
    // The same pages as a segment of the last build: that folder is this segment already.
    let buckets = state?.segments.find((s) => s.dir === dir && existsSync(join(folder, dir, PAGE_TABLE)))?.buckets;
    if (buckets === undefined) {
      const staging = join(folder, `${dir}.tmp-${process.pid}`);
      rmSync(staging, { recursive: true, force: true });
      const built = await buildSegment({ pages: fresh, dir: staging, base, layout, threads: options.threads, inlineBelow: options.inlineBelow, onProgress: options.onProgress });
      problems.push(...built.problems);
      buckets = built.buckets;
      phrases = built.phrases;
      files += built.files;
      bytes += built.bytes;
      rmSync(join(folder, dir), { recursive: true, force: true });
      renameSync(staging, join(folder, dir));
    }
    segments.push({ dir, buckets, pages: freshPages, deleted: [] });
  }

  const list: SegmentList = { version: INDEX_VERSION, segments: segments.map(({ dir, buckets, deleted }) => ({ dir, buckets, deleted })) };
  writeAtomic(join(folder, SEGMENTS), JSON.stringify(list));
  writeAtomic(join(folder, STATE), JSON.stringify({ version: INDEX_VERSION, key, segments } satisfies BuildState));
  // Segments no longer listed, and what an older layout left; another job's temporary folders stay.
  const live = new Set([SEGMENTS, STATE, ...segments.map((s) => s.dir)]);
  for (const name of readdirSync(folder)) {
    if (!live.has(name) && !name.includes('.tmp-')) rmSync(join(folder, name), { recursive: true, force: true });
  }
  writeAtomic(join(bundle, MANIFEST), JSON.stringify({ version: INDEX_VERSION, shards: shard.of }));
  writeAtomic(join(bundle, FOLDING_TABLE), foldingTableFile());
  tidyBundle(bundle, shard.of);
  return {
    reports: current.size,
    indexed: fresh.length,
    segments: segments.length,
    phrases,
    files,
    bytes,
    problems,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      collection: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string', default: '/' },
      shard: { type: 'string', default: '1/1' },
      'bucket-kb': { type: 'string', default: '4' },
      full: { type: 'boolean', default: false },
    },
  });
  if (!values.collection || !values.out) {
    console.error('usage: node scripts/search/build-index.ts --collection DIR --out DIST [--base /archive/] [--shard k/M] [--bucket-kb 4] [--full]');
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
  const layout = { ...DEFAULT_LAYOUT, bucketBytes: Number(values['bucket-kb']) * 1024 };
  const result = await buildSearchIndex({ collectionDir: resolve(values.collection), outDir: resolve(values.out), base, shard, layout, full: values.full });
  for (const problem of result.problems) console.error(`search index: ${problem}`);
  const where = join(values.out, BUNDLE_DIR, shardDir(shard.k, shard.of));
  const written = `${result.files} file(s), ${(result.bytes / 1024).toFixed(0)} KB written${result.phrases ? ` (${result.phrases} phrase postings)` : ''}`;
  if (result.segments === 1 && result.indexed === result.reports) {
    console.log(`search index: ${result.reports} report(s) indexed, ${written} in ${where}`);
  } else if (result.files === 0) {
    console.log(`search index: ${result.reports} report(s), unchanged since the last build (${where})`);
  } else {
    console.log(`search index: ${result.reports} report(s); ${result.indexed} new or changed indexed beside the kept index (${result.segments} segments), ${written} in ${where}`);
  }
  process.exitCode = result.problems.length ? 1 : 0;
}
