/**
 * The files of the search index, shared by the builder (Node) and the
 * engine (browser). Everything lives in `<base>pagefind/` (the folder name
 * the site build keeps between builds):
 *
 * - `huibao.json`: `{ version, shards }`, the same bytes from every shard job.
 * - `shard-<k>-of-<M>/pages.json`: the shard's page table (facet columns in
 *   page order) and its bucket count.
 * - `shard-<k>-of-<M>/b/<i>.bin`: bucket i: the grams whose hash falls in it,
 *   with their postings inline, or a pointer to `x/<i>-<j>.bin` for a large one.
 * - `shard-<k>-of-<M>/c/<page>.json`: a result card with the start of the
 *   text; `r/<page>.json`: the whole text, fetched only when the excerpt's
 *   match is not in the card.
 *
 * Pages of a shard are numbered in the order year (newest first, unstated
 * last), unit, id; postings list them in that order.
 */
import type { BlockKind, ReportFields } from './document.ts';
import { ByteReader } from './varint.ts';

export const INDEX_VERSION = 2;
export const BUNDLE_DIR = 'pagefind';
export const MANIFEST = 'huibao.json';

export const FACET_KEYS = ['unit', 'level', 'year', 'period', 'kind'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface Manifest {
  version: number;
  /** Number of shards; shard k (1-based) is in `shardDir(k, shards)`. */
  shards: number;
}

export interface ShardMeta {
  version: number;
  pages: number;
  buckets: number;
  /** Distinct values of each facet. */
  values: Record<FacetKey, string[]>;
  /** Per facet, the value index of every page, run-length coded: [value, run, value, run, …]. */
  columns: Record<FacetKey, number[]>;
}

export interface PageCard extends ReportFields {
  url: string;
  /** Body blocks (in a card: the first ones, the last possibly cut), then title and unit: [kind, section id or '', text]. */
  blocks: [BlockKind, string, string][];
  /** True when `r/<page>.json` holds more text than the card. */
  more: boolean;
}

export const shardDir = (k: number, shards: number): string => `shard-${k}-of-${shards}`;

/** FNV-1a over UTF-16 code units: the bucket of a gram. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function runLengthDecode(runs: number[], length: number): Uint32Array {
  const out = new Uint32Array(length);
  let at = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    out.fill(runs[i] as number, at, at + (runs[i + 1] as number));
    at += runs[i + 1] as number;
  }
  return out;
}

/** Where a gram's posting is: a slice of the bucket, or an external file (its index in the bucket). */
export type PostingRef = { bytes: Uint8Array } | { external: number } | null;

/** Finds a gram in a bucket file: entries `varint(utf8 length) utf8 varint(length*2 + external)`, then the inline postings. */
export function findInBucket(bucket: Uint8Array, gram: string): PostingRef {
  const r = new ByteReader(bucket);
  const count = r.varint();
  const decoder = new TextDecoder();
  let found = -1;
  let external = false;
  let offset = 0;
  let length = 0;
  let inline = 0;
  for (let i = 0; i < count; i++) {
    const n = r.varint();
    const name = decoder.decode(bucket.subarray(r.at, r.at + n));
    r.at += n;
    const v = r.varint();
    const ext = v % 2 === 1;
    const len = Math.floor(v / 2);
    if (name === gram) {
      found = i;
      external = ext;
      offset = inline;
      length = len;
    }
    if (!ext) inline += len;
  }
  if (found === -1) return null;
  if (external) return { external: found };
  return { bytes: bucket.subarray(r.at + offset, r.at + offset + length) };
}
