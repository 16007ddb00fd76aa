/**
 * What the last run made of each source file, so that a re-run skips the
 * sources that did not change: at 20,000 reports decoding, splitting and
 * inferring everything again was most of a one-report rebuild (10 of 22 s).
 *
 * A source is skipped only when all of these are as they were: its bytes
 * (SHA-256), its sidecar, the overrides file, the ingest code itself, the
 * ids it gets, and every report file it produced (still the bytes this
 * ingest wrote, so hand edits and deleted files go the normal way). Then its
 * review rows and warnings are replayed from the cache. Anything else, or a
 * missing or unreadable cache, means the source is processed as usual.
 * `<out>/_ingest-cache.json` is rewritten on every run that writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReviewRow } from './review.ts';
import type { Problem } from './types.ts';
import { sha256, writeAtomic } from './write.ts';

export const SOURCE_CACHE_NAME = '_ingest-cache.json';
const VERSION = 1;

export interface CachedSource {
  sha256: string;
  /** Digest of the parsed sidecar, or '' without one. */
  sidecar: string;
  /** Reports made from it, by part: id and the SHA-256 of the file written. */
  reports: { id: string; part: number; sha256: string }[];
  /** Its rows of the review table and its file-level warnings, as the run that processed it reported them. */
  rows: ReviewRow[];
}

export interface SourceCache {
  version: number;
  /** Digest of the ingest code and the schema: a changed program makes everything again. */
  code: string;
  /** Digest of the overrides that applied. */
  overrides: string;
  sources: Record<string, CachedSource>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let codeDigest: string | undefined;
/** Digest of every file the ingest's output depends on: scripts/ingest/ and src/lib/. */
export function ingestCodeDigest(): string {
  if (codeDigest) return codeDigest;
  const files: string[] = [];
  for (const dir of ['scripts/ingest', 'src/lib']) {
    for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  files.sort();
  codeDigest = sha256(files.map((f) => `${path.relative(ROOT, f)}\n${readFileSync(f, 'utf8')}`).join('\n'));
  return codeDigest;
}

export const digestOf = (value: unknown): string => (value === undefined ? '' : sha256(JSON.stringify(value)));

/** The cache of an output folder, or an empty one for these settings when it is missing, unreadable or made by other settings. */
export function readSourceCache(outDir: string, overrides: string): SourceCache {
  const empty: SourceCache = { version: VERSION, code: ingestCodeDigest(), overrides, sources: {} };
  try {
    const cache = JSON.parse(readFileSync(path.join(outDir, SOURCE_CACHE_NAME), 'utf8')) as SourceCache;
    if (cache.version !== VERSION || cache.code !== empty.code || cache.overrides !== overrides || typeof cache.sources !== 'object') return empty;
    return cache;
  } catch {
    return empty;
  }
}

export async function writeSourceCache(outDir: string, cache: SourceCache): Promise<void> {
  await writeAtomic(path.join(outDir, SOURCE_CACHE_NAME), JSON.stringify(cache));
}

/** The current bytes of a report file, hashed; null when it is missing. */
function fileDigest(file: string): string | null {
  try {
    return sha256(readFileSync(file));
  } catch {
    return null;
  }
}

/**
 * True when `cached` can stand for this run's processing of the source:
 * `nextId` must give the same ids (it is called for every part, as the
 * normal path would, so later ids come out the same either way), and every
 * report file must hold the bytes the manifest says this ingest wrote.
 */
export function cacheHolds(
  cached: CachedSource | undefined,
  source: { sha256: string; sidecar: string },
  outDir: string,
  manifest: Record<string, { sha256: string } | undefined>,
  nextId: (part: number, parts: number) => string,
): cached is CachedSource {
  if (!cached || cached.sha256 !== source.sha256 || cached.sidecar !== source.sidecar || cached.reports.length === 0) return false;
  for (const report of cached.reports) {
    if (nextId(report.part, cached.reports.length) !== report.id) return false;
  }
  return cached.reports.every(
    (report) => manifest[report.id]?.sha256 === report.sha256 && fileDigest(path.join(outDir, `${report.id}.md`)) === report.sha256,
  );
}

/** The review rows of a skipped source: as last reported, with every report now unchanged. */
export function replayRows(cached: CachedSource): { rows: ReviewRow[]; problems: Problem[] } {
  const rows = cached.rows.map((row) => ({ ...row, status: row.status === 'written' ? 'unchanged' : row.status }));
  return { rows, problems: rows.flatMap((row) => row.problems) };
}
