/**
 * The files of the search index, shared by the builder (Node) and the
 * engine (browser). Everything lives in `<base>pagefind/` (the folder name
 * the site build keeps between builds):
 *
 * - `huibao.json`: `{ version, shards }`, the same bytes from every shard job.
 * - `shard-<k>-of-<M>/segments.json`: the shard's segments, each a folder
 *   with the files below, and the pages of each that no longer count (see
 *   segments.ts). Paths below are inside a segment folder.
 * - `pages.bin`: the index version and the segment's bucket count, then its
 *   page table (every page's unit, level, year, period, kind and estimated
 *   year), deflated:
 *   see `readPageTableFile` and `decodePageTable`.
 * - `b/<i>.bin`: bucket i of the postings directory: the grams whose hash
 *   falls in it, with small postings inline and the place of larger ones in
 *   the pack files `p/<k>.bin` (see buckets.ts).
 * - `k/<file>.bin`: result cards of pages 1024·file … 1024·file+1023, in
 *   slots of CARD_SLOT bytes (see `readCardSlot`), so a result reads its
 *   card with one range request at a known offset: the report's fields, the
 *   first lines of its text and where the rest is.
 * - `t/<group>.bin`: the rest of the texts of pages 64·group … 64·group+63,
 *   back to back, in chunks of about 500 characters cut at block ends, each
 *   deflated on its own, so that an excerpt fetches the one chunk it needs
 *   with a range request. (A card too large for its slot is here too.)
 *   A host that ignores ranges sends whole files, which are then kept.
 *
 * Pages of a segment are numbered in the order unit, level, year (newest
 * first, unstated last), period, kind, estimate, id; postings list them in
 * that order.
 * Sorted so, the page table is a few bytes per (unit, year) rather than per
 * page.
 */
import type { BlockKind, ReportFields } from './document.ts';
import { ByteReader } from './varint.ts';

export const INDEX_VERSION = 7;
export const BUNDLE_DIR = 'pagefind';
export const MANIFEST = 'huibao.json';
/** The page table's file in a shard folder. */
export const PAGE_TABLE = 'pages.bin';

/**
 * The filters of every page. `estimate` is the estimated year of a report
 * that states none (`yearEstimate` in the frontmatter), kept apart from
 * `year`: `2013` when the estimate pins one year, `2013—2015` (an em dash
 * between the bounds) when it leaves a range, `≥2015` when no clue bounds it
 * from above, and 未注明 when there is no estimate, which includes every
 * report that states its year (see `estimateFacet` in
 * scripts/search/page-table.ts).
 */
export const FACET_KEYS = ['unit', 'level', 'year', 'period', 'kind', 'estimate'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Filter value for a field the report does not state. */
export const UNSTATED = '未注明';

export interface Manifest {
  version: number;
  /** Number of shards; shard k (1-based) is in `shardDir(k, shards)`. */
  shards: number;
}

/** A shard's page table as the engine uses it. */
export interface ShardMeta {
  version: number;
  pages: number;
  buckets: number;
  /** Distinct values of each facet (years newest first, then 未注明; the others in the head's order). */
  values: Record<FacetKey, string[]>;
  /** Per facet, the value index of every page. */
  columns: Record<FacetKey, Uint32Array>;
}

/** The dictionaries at the head of `pages.bin` (JSON). Lists are in page order: sorted by UTF-16 code units. */
export interface PageTableHead {
  unit: string[];
  level: string[];
  period: string[];
  kind: string[];
  /** Estimated years (see FACET_KEYS), 未注明 among them when some page has none. */
  estimate: string[];
  /** The (period, kind) pairs that occur, as indices into `period` and `kind`, sorted. */
  pairs: [number, number][];
  /** Newest and oldest stated year; null when no page states one. */
  years: [number, number] | null;
}

/** One block of text in a card or chunk: [kind, section id or '', text], and the zone of its section kind when it has one (1–3). */
export type TextBlock = [BlockKind, string, string] | [BlockKind, string, string, number];

export interface PageCard extends ReportFields {
  url: string;
  /**
   * The first body blocks that fit in a few hundred characters (when they
   * hold no paragraph, then the start of the first one: see `preview`), then
   * the title and the unit.
   */
  blocks: TextBlock[];
  /**
   * True when the last body block in `blocks` is only the start of the
   * first paragraph, for the lead of an excerpt without terms; matches are
   * looked for in the chunks, which hold it whole.
   */
  preview: boolean;
  /** Byte offset in `t/<group>.bin` where the rest of the body starts. */
  rest: number;
  /**
   * The rest of the body, per chunk: the body position of
   * its first character (code points into the body zone text, so index
   * offset, posting-format.ts) and its length in bytes. Empty when the card
   * holds the whole body.
   */
  chunks: [number, number][];
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

/**
 * Undoes the builder's raw deflate (`pages.bin`, postings, cards, chunks).
 * The bytes are written straight into the stream: going through a Blob's
 * stream cost 30 inflates 31–77 ms in a fresh Chromium, this way 2–14 ms,
 * and a cold query inflates 20 to 30 parts.
 */
export async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // A corrupt input fails the read below; the writer's own promises fail too and are not waited for.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

/** Number of streams after the head of a page table. */
export const PAGE_TABLE_STREAMS = 6;

/**
 * `pages.bin` starts with `varint(version) varint(buckets)`, so that bucket
 * fetches need not wait for the rest, which is deflated (`decodePageTable`).
 */
export function readPageTableFile(bytes: Uint8Array): { buckets: number; deflated: Uint8Array } {
  const r = new ByteReader(bytes);
  const version = r.varint();
  if (version !== INDEX_VERSION) throw new Error(`search index version ${version}, the engine reads ${INDEX_VERSION} (hint: rebuild the search index)`);
  const buckets = r.varint();
  return { buckets, deflated: bytes.subarray(r.at) };
}

/**
 * Reads the inflated rest of `pages.bin`: `varint(pages) varint(n)`, n
 * bytes of PageTableHead JSON, the byte lengths of six streams (varints),
 * then the streams. Pages sorted by
 * (unit, level, year, period, kind, estimate) form a tree; the streams hold
 * its nodes in page order:
 *
 * 1. units: for each unit in `head.unit` order, `varint(levels)` and the
 *    index of each level it has (almost always one);
 * 2. levels: for each (unit, level), `varint(years)`;
 * 3. years: for each (unit, level, year), `varint(gap)`: the year key is the
 *    previous key − gap − 1, starting from the newest key + 1 (key 0 is
 *    unstated, key k the year `oldest + k − 1`);
 * 4. cells: for each (unit, level, year), a bit set of the pairs it has,
 *    ⌈pairs/8⌉ bytes, bit j in byte j >> 3;
 * 5. estimates: only a report that states no year has an estimate, so only
 *    for each pair of an unstated-year cell (key 0): `varint(runs − 1)`,
 *    then for each run of pages with one estimate `varint(gap)`, the index
 *    into `head.estimate` being the previous one (−1 at first) + gap + 1.
 *    The pages of a stated-year cell have none (未注明) and nothing here;
 * 6. counts: for each pair in a stated-year cell's set, and each estimate
 *    run of an unstated-year cell's pair, `varint(pages − 1)`.
 */
export function decodePageTable(buckets: number, bytes: Uint8Array): ShardMeta {
  const r = new ByteReader(bytes);
  const pages = r.varint();
  const headBytes = r.varint();
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(r.at, r.at + headBytes))) as PageTableHead;
  r.at += headBytes;
  const lengths = Array.from({ length: PAGE_TABLE_STREAMS }, () => r.varint());
  let at = r.at;
  const [units, levels, years, cells, estimates, counts] = lengths.map((n) => new ByteReader(bytes, at, (at += n))) as [
    ByteReader,
    ByteReader,
    ByteReader,
    ByteReader,
    ByteReader,
    ByteReader,
  ];

  const columns = Object.fromEntries(FACET_KEYS.map((k) => [k, new Uint32Array(pages)])) as ShardMeta['columns'];
  const maskBytes = Math.ceil(head.pairs.length / 8);
  const newest = head.years ? head.years[0] - head.years[1] + 1 : 0;
  const seen = new Uint8Array(newest + 1);
  const none = head.estimate.indexOf(UNSTATED);
  let page = 0;
  const { unit: unitColumn, level: levelColumn, year: yearColumn, period: periodColumn, kind: kindColumn, estimate: estimateColumn } = columns;
  // Runs are a few pages long: one loop over them, not six fills (a third of a cold search's time at 100,000 reports).
  const run = (n: number, unit: number, level: number, key: number, pair: number, estimate: number): void => {
    if (page + n > pages) throw new Error('page table: more pages than stated (hint: rebuild the search index)');
    const period = (head.pairs[pair] as [number, number])[0];
    const kind = (head.pairs[pair] as [number, number])[1];
    for (const end = page + n; page < end; page++) {
      unitColumn[page] = unit;
      levelColumn[page] = level;
      yearColumn[page] = key;
      periodColumn[page] = period;
      kindColumn[page] = kind;
      estimateColumn[page] = estimate;
    }
  };
  for (let u = 0; u < head.unit.length; u++) {
    for (let l = units.varint(); l > 0; l--) {
      const level = units.varint();
      let key = newest + 1;
      for (let y = levels.varint(); y > 0; y--) {
        key -= years.varint() + 1;
        seen[key] = 1;
        const mask = cells.at;
        cells.at += maskBytes;
        for (let j = 0; j < head.pairs.length; j++) {
          if (((bytes[mask + (j >> 3)] as number) & (1 << (j & 7))) === 0) continue;
          if (key !== 0) {
            if (none < 0) throw new Error('page table: a stated year without 未注明 among the estimates (hint: rebuild the search index)');
            run(counts.varint() + 1, u, level, key, j, none);
            continue;
          }
          let estimate = -1;
          for (let e = estimates.varint() + 1; e > 0; e--) {
            estimate += estimates.varint() + 1;
            if (estimate >= head.estimate.length) throw new Error('page table: an estimate out of range (hint: rebuild the search index)');
            run(counts.varint() + 1, u, level, key, j, estimate);
          }
        }
      }
    }
  }
  if (page !== pages) throw new Error(`page table: ${page} pages, ${pages} stated (hint: rebuild the search index)`);

  // Year keys become indices into the years that occur, newest first, unstated last.
  const yearValues: string[] = [];
  const yearIndex = new Uint32Array(newest + 1);
  for (let key = newest; key >= 0; key--) {
    if (!seen[key]) continue;
    yearIndex[key] = yearValues.length;
    yearValues.push(key === 0 ? UNSTATED : String((head.years as [number, number])[1] + key - 1));
  }
  for (let p = 0; p < pages; p++) columns.year[p] = yearIndex[columns.year[p] as number] as number;

  return {
    version: INDEX_VERSION,
    pages,
    buckets,
    values: { unit: head.unit, level: head.level, year: yearValues, period: head.period, kind: head.kind, estimate: head.estimate },
    columns,
  };
}

/** Byte offsets of a card's chunks from the start of the page's rest of text: chunk i is [offsets[i], offsets[i + 1]). */
export function chunkOffsets(card: PageCard): number[] {
  const offsets = [0];
  for (const [, bytes] of card.chunks) offsets.push((offsets[offsets.length - 1] as number) + bytes);
  return offsets;
}

/** The chunk holding a body position; -1 when the card's whole blocks hold it. */
export function chunkAt(card: PageCard, position: number): number {
  let i = -1;
  while (i + 1 < card.chunks.length && (card.chunks[i + 1] as [number, number])[0] <= position) i++;
  return i;
}

/** Pages per text file `t/<group>.bin`. */
export const PAGE_GROUP = 64;
/** Pages per card file `k/<file>.bin`. */
export const CARD_FILE_PAGES = 1024;
/** Bytes of a card slot. */
export const CARD_SLOT = 1024;
/** Slot length value that means: the card is in the text file. */
const OVERFLOW = 0xffff;

/**
 * A card slot: u16 (little-endian) length L and L bytes of deflated card
 * JSON; or L = 0xFFFF and u32 offset, u32 length of the deflated card in
 * the page's text file `t/<group>.bin`, for a card that does not fit.
 */
export function cardSlot(card: Uint8Array, overflowAt: number): Uint8Array {
  const fits = card.length + 2 <= CARD_SLOT;
  const slot = new Uint8Array(fits ? card.length + 2 : 10);
  const view = new DataView(slot.buffer);
  if (fits) {
    view.setUint16(0, card.length, true);
    slot.set(card, 2);
  } else {
    view.setUint16(0, OVERFLOW, true);
    view.setUint32(2, overflowAt, true);
    view.setUint32(6, card.length, true);
  }
  return slot;
}

export function readCardSlot(slot: Uint8Array): { card: Uint8Array } | { offset: number; length: number } {
  const view = new DataView(slot.buffer, slot.byteOffset, slot.byteLength);
  const length = slot.byteLength >= 2 ? view.getUint16(0, true) : 0;
  if (length === OVERFLOW && slot.byteLength >= 10) return { offset: view.getUint32(2, true), length: view.getUint32(6, true) };
  if (length === 0 || length === OVERFLOW || slot.byteLength < length + 2) throw new Error('search index: a result card is missing or cut short (hint: rebuild the search index)');
  return { card: slot.subarray(2, 2 + length) };
}
