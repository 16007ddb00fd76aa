/**
 * One segment of a shard of the index as the browser sees it: its page table, the
 * buckets and postings of the grams a query needs, its result cards and the
 * chunks of text excerpts need, each fetched once and kept.
 */
import { findInBucket, type PostingRef } from './buckets.ts';
import { planTerm } from './grams.ts';
import {
  BUNDLE_DIR,
  chunkOffsets,
  decodePageTable,
  CARD_FILE_PAGES,
  CARD_SLOT,
  gramHash,
  inflateRaw,
  PAGE_GROUP,
  PAGE_TABLE,
  type PageCard,
  readCardSlot,
  readPageTableFile,
  type ShardMeta,
  type TextBlock,
} from './index-format.ts';
import { bodyOffset, GAPS_DEFLATED, HAS_FIRSTS, HAS_POSITIONS, MASKS_DEFLATED, POSITION_STEP, VALUES_DEFLATED, zoneOf } from './posting-format.ts';
import { blocksFor, chainPhrase, decodeBlocks, decodeCounts, decodeDirectory, decodeFirsts, decodeGaps, type Hits, indexIn, inZone, intersect, NO_HITS, type PositionHits } from './postings.ts';

/** A term's pages in one shard, and for a term of 3+ characters what locates its matches. */
export interface TermHits {
  hits: Hits;
  /** The trigrams covering the term and their offsets in it (planTerm), with positions for the pages that have the term; absent for a term that is a gram of its own. */
  parts?: PositionHits[];
  offsets?: number[];
  /** The section kind the search is limited to (1–3), if any. */
  zone?: number;
  /**
   * For a term that is a gram of 3 or 4 characters: reads where it first
   * occurs in the given pages (increasing), for their excerpts: the
   * trigram's positions, or the 4-gram's first body offsets.
   */
  locate?: (pages: Uint32Array) => Promise<void>;
  /** After `locate` of a 4-gram: first body offset per row of `hits.pages` (-1 not read, -2 head zone only). */
  firsts?: Int32Array;
}

/** The text file of a page (index-format.ts). */
const textFile = (page: number): string => `t/${Math.floor(page / PAGE_GROUP)}.bin`;

/**
 * Body position (code point in the body zone text, in reading order) of the
 * term's first occurrence in the page's body (in a section of the term's
 * zone, when it has one); null when it occurs only in the head zone or not
 * at all; undefined when the index keeps no positions for it.
 */
export function firstBodyMatch(term: TermHits, page: number): number | null | undefined {
  if (term.firsts) {
    // The first offset in reading order may be in a section of another kind than the search asks for.
    if (term.zone !== undefined) return undefined;
    const row = indexIn(term.hits.pages, page);
    const first = row === -1 ? -1 : (term.firsts[row] as number);
    return first === -1 ? undefined : first === -2 ? null : first;
  }
  if (!term.parts || !term.offsets) return undefined;
  const [first, ...others] = term.parts as [PositionHits, ...PositionHits[]];
  const i = indexIn(first.pages, page);
  if (i === -1) return null;
  const rows = others.map((o) => indexIn(o.pages, page));
  if (rows.some((r) => r === -1)) return null;
  const base = term.offsets[0] as number;
  // Positions grow in reading order: the first chained one in the body (and in the kind asked for) is the first match.
  for (let k = first.starts[i] as number; k < (first.starts[i + 1] as number); k++) {
    const p = first.positions[k] as number;
    const zone = zoneOf(p);
    if (zone === -1 || (term.zone !== undefined && zone !== term.zone)) continue;
    const chained = others.every((o, j) => {
      const r = rows[j] as number;
      return indexIn(o.positions, p + ((term.offsets as number[])[j + 1]! - base) * POSITION_STEP, o.starts[r], o.starts[r + 1]) !== -1;
    });
    if (chained) return bodyOffset(p);
  }
  return null;
}

/** Whether the host answers Range requests with 206 (undefined until the first answer). */
export interface HostState {
  ranges?: boolean;
}

/** One segment of a shard (segments.ts): a complete index of some pages, some of which may no longer count. */
export class ShardReader {
  private header?: Promise<{ buckets: number; deflated: Uint8Array }>;
  private table?: Promise<ShardMeta>;
  private files = new Map<string, Promise<Uint8Array>>();
  private chunkCache = new Map<string, Promise<TextBlock[]>>();
  private cards = new Map<number, Promise<PageCard>>();

  readonly url: string;
  /** Pages of this segment that a later build replaced or removed. */
  readonly deleted: readonly number[];
  /** What is known of the host, shared by the readers of one engine. */
  private readonly host: HostState;
  /** Range requests in flight while the host's range support is unknown, by file. */
  private probing = new Map<string, Promise<void>>();
  /** Bucket count from the segment list; else it is read from the page table. */
  private readonly buckets: number | undefined;
  constructor(url: string, deleted: readonly number[] = [], host: HostState = {}, buckets?: number) {
    this.url = url;
    this.deleted = deleted;
    this.host = host;
    this.buckets = buckets;
  }

  /** A whole file of the segment, fetched once. */
  private get(path: string): Promise<Uint8Array> {
    let file = this.files.get(path);
    if (!file) {
      file = (async () => {
        const response = await fetch(`${this.url}${path}`);
        if (!response.ok) throw new Error(`${response.status} fetching ${this.url}${path} (hint: rebuild the search index)`);
        return new Uint8Array(await response.arrayBuffer());
      })();
      this.files.set(path, file);
    }
    return file;
  }

  private head(): Promise<{ buckets: number; deflated: Uint8Array }> {
    return (this.header ??= this.get(PAGE_TABLE).then(readPageTableFile));
  }

  /** Starts fetching the page table without decoding it. */
  prefetch(): void {
    this.head().catch(() => undefined);
  }

  pages(): Promise<ShardMeta> {
    return (this.table ??= this.head().then(async ({ buckets, deflated }) => decodePageTable(buckets, await inflateRaw(deflated))));
  }

  /** Where a gram's posting is, from the bucket of `key` (the gram itself, or a phrase's first trigram). */
  private async ref(gram: string, key = gram): Promise<PostingRef | null> {
    // The bucket count is at the start of the page table: no need to wait for the rest to be decoded.
    const buckets = this.buckets ?? (await this.head()).buckets;
    return findInBucket(await this.get(`b/${gramHash(key) % buckets}.bin`), gram);
  }

  /** Bytes [from, to) of a posting's stored parts. */
  private async part(ref: PostingRef, from: number, to: number): Promise<Uint8Array> {
    if ('bytes' in ref) return ref.bytes.subarray(from, to);
    const { data, start } = await this.range(`p/${ref.pack}.bin`, ref.offset + from, ref.offset + to);
    return data.subarray(ref.offset + from - start, ref.offset + to - start);
  }

  /** A gram's pages, counts and head flags, and its block directory: its gaps, directory and values parts in one read; with `zone`, the masks part too, and only pages with the gram in a section of that kind. */
  private async counts(ref: PostingRef, zone?: number): Promise<{ hits: Hits; all: Uint32Array; blocks: Float64Array }> {
    const end = ref.gaps + ref.directory + ref.values;
    const bytes = await this.part(ref, 0, zone === undefined ? end : end + ref.masks);
    const gaps = bytes.subarray(0, ref.gaps);
    const values = bytes.subarray(ref.gaps + ref.directory, end);
    const pages = decodeGaps(ref.flags & GAPS_DEFLATED ? await inflateRaw(gaps) : gaps);
    const hits = decodeCounts(pages, ref.flags & VALUES_DEFLATED ? await inflateRaw(values) : values);
    const blocks = decodeDirectory(bytes.subarray(ref.gaps, ref.gaps + ref.directory), ref.directory ? pages.length : 0);
    if (zone === undefined) return { hits, all: pages, blocks };
    const masks = bytes.subarray(end);
    return { hits: inZone(hits, ref.flags & MASKS_DEFLATED ? await inflateRaw(masks) : masks, zone), all: pages, blocks };
  }

  /** Blocks of a posting's last part (positions or first offsets) that hold the wanted pages, read in a few ranges. */
  private async blockReader(ref: PostingRef, pages: Uint32Array, blocks: Float64Array, wanted: Uint32Array): Promise<(b: number) => Uint8Array | null> {
    const needed = blocksFor(pages, wanted);
    const base = ref.gaps + ref.directory + ref.values + ref.masks;
    const reads = await Promise.all(
      coalesce(needed, blocks).map(async ([first, last]) => ({ first, last, bytes: await this.part(ref, base + (blocks[first] as number), base + (blocks[last + 1] as number)) })),
    );
    return (b) => {
      const read = reads.find((r) => r.first <= b && b <= r.last);
      if (!read) return null;
      const from = (blocks[b] as number) - (blocks[read.first] as number);
      return read.bytes.subarray(from, from + (blocks[b + 1] as number) - (blocks[b] as number));
    };
  }

  /** A trigram's pages and block directory. */
  private async pagesOf(ref: PostingRef): Promise<{ pages: Uint32Array; blocks: Float64Array }> {
    const bytes = await this.part(ref, 0, ref.gaps + ref.directory);
    const gaps = bytes.subarray(0, ref.gaps);
    const pages = decodeGaps(ref.flags & GAPS_DEFLATED ? await inflateRaw(gaps) : gaps);
    return { pages, blocks: decodeDirectory(bytes.subarray(ref.gaps), pages.length) };
  }

  /** Positions of a trigram for the wanted pages: only the blocks that hold them are read. */
  private async positionsOf(ref: PostingRef, pages: Uint32Array, blocks: Float64Array, wanted: Uint32Array): Promise<PositionHits> {
    return decodeBlocks(pages, await this.blockReader(ref, pages, blocks, wanted));
  }

  /** The pages that contain a normalised term, exactly; with `zone` (1–3), in a section of that kind. */
  async term(term: string, zone?: number): Promise<TermHits> {
    const plan = planTerm(term);
    // A phrase posting is in the bucket of the first trigram, which the chain reads anyway.
    const [phrase, ...refs] = await Promise.all([plan.phrase ? this.ref(plan.phrase, plan.grams[0]) : null, ...plan.grams.map((g) => this.ref(g))]);
    if (refs.some((r) => r === null)) return { hits: NO_HITS, zone };
    if (plan.gram || phrase) {
      const ref = phrase ?? (refs[0] as PostingRef);
      const { hits, all, blocks } = await this.counts(ref, zone);
      const term: TermHits = { hits, zone };
      if (ref.flags & HAS_POSITIONS) {
        term.locate = async (pages) => {
          term.parts = [await this.positionsOf(ref, all, blocks, pages)];
          term.offsets = [0];
        };
      } else if (ref.flags & HAS_FIRSTS) {
        term.locate = async (pages) => {
          const rows = decodeFirsts(all.length, await this.blockReader(ref, all, blocks, pages));
          // Rows of all pages, indexed like hits.pages (which a section kind may have narrowed).
          term.firsts = Int32Array.from(hits.pages, (p) => rows[indexIn(all, p)] as number);
        };
      }
      return term;
    }
    // A chain: the pages of every covering trigram, then positions only where all of them occur.
    const lists = await Promise.all(refs.map((r) => this.pagesOf(r as PostingRef)));
    const candidates = intersect(lists.map((l) => l.pages));
    if (candidates.length === 0) return { hits: NO_HITS, zone };
    const parts = await Promise.all(lists.map((l, i) => this.positionsOf(refs[i] as PostingRef, l.pages, l.blocks, candidates)));
    return { hits: chainPhrase(parts, plan.offsets, zone), parts, offsets: plan.offsets, zone };
  }

  /** A page's result card: one range request for its slot, and one more for a card too large for it. */
  card(page: number): Promise<PageCard> {
    let card = this.cards.get(page);
    if (!card) {
      card = (async () => {
        const from = (page % CARD_FILE_PAGES) * CARD_SLOT;
        const { data, start } = await this.range(`k/${Math.floor(page / CARD_FILE_PAGES)}.bin`, from, from + CARD_SLOT, true);
        const slot = readCardSlot(data.subarray(from - start, from - start + CARD_SLOT));
        let bytes: Uint8Array;
        if ('card' in slot) bytes = slot.card;
        else {
          const texts = await this.range(textFile(page), slot.offset, slot.offset + slot.length);
          bytes = texts.data.subarray(slot.offset - texts.start, slot.offset - texts.start + slot.length);
        }
        return JSON.parse(new TextDecoder().decode(await inflateRaw(bytes))) as PageCard;
      })();
      this.cards.set(page, card);
    }
    return card;
  }

  /**
   * Chunks first … last of a page's text, fetched as one byte range of its
   * text file. A host that ignores ranges sends the whole file: it is
   * kept, and later chunks of the group come from it.
   */
  async chunks(page: number, card: PageCard, first: number, last: number): Promise<TextBlock[][]> {
    const wanted = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const missing = wanted.filter((i) => !this.chunkCache.has(`${page}:${i}`));
    if (missing.length) {
      const path = textFile(page);
      const offsets = chunkOffsets(card).map((o) => o + card.rest);
      const from = offsets[missing[0] as number] as number;
      const to = offsets[(missing[missing.length - 1] as number) + 1] as number;
      const bytes = this.range(path, from, to);
      for (const i of missing) {
        this.chunkCache.set(
          `${page}:${i}`,
          bytes.then(async ({ data, start }) => {
            const slice = data.subarray((offsets[i] as number) - start, (offsets[i + 1] as number) - start);
            return JSON.parse(new TextDecoder().decode(await inflateRaw(slice))) as TextBlock[];
          }),
        );
      }
    }
    return Promise.all(wanted.map((i) => this.chunkCache.get(`${page}:${i}`) as Promise<TextBlock[]>));
  }

  /**
   * Bytes [from, to) of a file (a pack or a text group), and the file offset
   * of `data[0]`. With `upTo`, `to` is an upper bound: the file may end
   * before it (a card is read with the length of its slot).
   */
  private async range(path: string, from: number, to: number, upTo = false): Promise<{ data: Uint8Array; start: number }> {
    const whole = this.files.get(path);
    if (whole) return { data: await whole, start: 0 };
    if (this.host.ranges === false) return { data: await this.get(path), start: 0 };
    // Until the host is known to serve ranges, one request per file at a time: if it sends whole files, each is fetched once.
    const first = this.host.ranges === undefined ? this.probing.get(path) : undefined;
    if (first) {
      await first;
      return this.range(path, from, to, upTo);
    }
    const request = fetch(`${this.url}${path}`, { headers: { Range: `bytes=${from}-${to - 1}` } });
    if (this.host.ranges === undefined) {
      const settled = request.then(
        () => undefined,
        () => undefined,
      );
      this.probing.set(path, settled);
      void settled.then(() => this.probing.delete(path));
    }
    const response = await request;
    if (!response.ok) throw new Error(`${response.status} fetching ${this.url}${path} (hint: rebuild the search index)`);
    this.host.ranges = response.status === 206;
    if (response.status !== 206) {
      // The whole file: keep it for every later range of it.
      const whole = response.arrayBuffer().then((b) => new Uint8Array(b));
      this.files.set(path, whole);
      return { data: await whole, start: 0 };
    }
    const data = new Uint8Array(await response.arrayBuffer());
    const start = Number(/^bytes (\d+)-/.exec(response.headers.get('Content-Range') ?? '')?.[1] ?? from);
    const size = Number(/\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '')?.[1] ?? Number.NaN);
    const end = upTo && size < to ? size : to;
    if (start <= from && start + data.length >= end) return { data, start };
    // Not the range asked for: take the whole file instead.
    return { data: await this.get(path), start: 0 };
  }
}

/** Most byte ranges one posting's positions are read in; the closest runs of blocks are merged to stay within it. */
const MAX_RANGES = 12;
/** Runs of needed blocks less than this many bytes apart are read as one range. */
const MERGE_GAP = 1024;

/** Runs [first, last] of the needed blocks (increasing) to read, merged so that there are few. */
export function coalesce(needed: number[], offsets: Float64Array): [number, number][] {
  const runs: [number, number][] = [];
  for (const b of needed) {
    const last = runs[runs.length - 1];
    if (last && (offsets[b] as number) - (offsets[last[1] + 1] as number) < MERGE_GAP) last[1] = b;
    else runs.push([b, b]);
  }
  while (runs.length > MAX_RANGES) {
    let best = 0;
    for (let i = 1; i + 1 < runs.length; i++) {
      const gap = (offsets[(runs[i + 1] as [number, number])[0]] as number) - (offsets[(runs[i] as [number, number])[1] + 1] as number);
      const bestGap = (offsets[(runs[best + 1] as [number, number])[0]] as number) - (offsets[(runs[best] as [number, number])[1] + 1] as number);
      if (gap < bestGap) best = i;
    }
    const [a, b] = [runs[best] as [number, number], runs[best + 1] as [number, number]];
    runs.splice(best, 2, [a[0], b[1]]);
  }
  return runs;
}

export const bundleUrl = (baseUrl: string): string => `${baseUrl.replace(/\/?$/, '/')}${BUNDLE_DIR}/`;
