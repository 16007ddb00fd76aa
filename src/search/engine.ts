/**
 * The browser search engine: exact substring search over the gram index
 * that `scripts/search/build-index.ts` writes.
 *
 *   const engine = createSearch({ baseUrl: '/archive/' });
 *   const { total, results, filterCounts } = await engine.search('科技 -预防', { sort: 'relevance' });
 *
 * Each term is looked up in every shard (one gram for up to three
 * characters, a chain of trigram positions for more: see grams.ts; a
 * frequent phrase may have a posting of its own, built from that chain),
 * so its page set is exact; the engine intersects terms, removes excluded ones,
 * applies filters from the page table, ranks (ranking.ts) and fetches a
 * small card only for the results it returns, and for an excerpt whose
 * match is further on, the one chunk of text that holds it.
 */
import { buildExcerpt, type Excerpt } from './excerpt.ts';
import { ensureFolding, setFoldingTableDir } from './folding.ts';
import { chunkAt, FACET_KEYS, type FacetKey, type Manifest, MANIFEST, type PageCard, type ShardMeta, shardDir, type TextBlock } from './index-format.ts';
import { type Hits, seek } from './postings.ts';
import { SECTION_ZONES, type SectionZone } from './posting-format.ts';
import { parseQuery } from './query.ts';
import { SEGMENTS, type SegmentList } from './segments.ts';
import { compareSignals, type RankSignals, type SortOrder } from './ranking.ts';
import { bundleUrl, firstBodyMatch, type HostState, ShardReader, type TermHits } from './shard.ts';

export { parseQuery } from './query.ts';
export type { ParsedQuery } from './query.ts';
export type { SortOrder } from './ranking.ts';

export type Filters = Partial<Record<FacetKey, string[]>>;
export type FilterCounts = Record<FacetKey, Record<string, number>>;

export interface SearchOptions {
  /** Facet values to keep; several values of one facet are alternatives. */
  filters?: Filters;
  /** `relevance` (default) or `date` (newest first). */
  sort?: SortOrder;
  /**
   * Only where the terms occur in a section of this kind (the classifier of
   * src/lib/section-kind.ts): `done` 工作成绩, `problems` 存在问题, `plans`
   * 下一步计划. Excluded terms still exclude a report wherever they occur;
   * without terms it has no effect.
   */
  section?: SectionZone;
  /** Results to return with cards, from `offset`. Default 10. */
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  id: string;
  url: string;
  title: string;
  unit: string | null;
  year: number | null;
  period: string | null;
  level: string | null;
  kind: string | null;
  /** Escaped report text with `<mark>` around the terms. */
  excerptHtml: string;
  /** Heading id of the first match (link `url#sectionId`), or null. */
  sectionId: string | null;
}

export interface SearchResponse {
  /** Number of matching reports. */
  total: number;
  results: SearchResult[];
  /** For each facet, how many matching reports have each value. */
  filterCounts: FilterCounts;
}

export interface Search {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

export interface Match extends RankSignals {
  shard: number;
  local: number;
}

/** Pages of one shard that pass the filters, as a mask. */
function filterMask(table: ShardMeta, filters: Filters): Uint8Array {
  const mask = new Uint8Array(table.pages).fill(1);
  for (const key of FACET_KEYS) {
    const wanted = filters[key];
    if (!wanted?.length) continue;
    const allowed = new Set(wanted.map((v) => table.values[key].indexOf(v)));
    const column = table.columns[key];
    for (let p = 0; p < mask.length; p++) if (!allowed.has(column[p] as number)) mask[p] = 0;
  }
  return mask;
}

/** Per year value of a page table: a rank that sorts newest first, unstated years last. Computed once per table. */
const yearRanks = new WeakMap<ShardMeta, Float64Array>();
function yearRank(table: ShardMeta): Float64Array {
  let ranks = yearRanks.get(table);
  if (!ranks) {
    ranks = Float64Array.from(table.values.year, (value) => {
      const year = Number(value);
      return Number.isInteger(year) ? 50_000 - year : 100_000;
    });
    yearRanks.set(table, ranks);
  }
  return ranks;
}

/** Newest first, unstated years last, then shard and page order: a number that sorts that way. */
function recency(table: ShardMeta, shard: number, page: number): number {
  return ((yearRank(table)[table.columns.year[page] as number] as number) * 4096 + shard) * 2 ** 24 + page;
}

/**
 * The matches of one segment as columns: a broad query matches most of
 * 100,000 reports, and an object (and a string) per match was most of its
 * time in a cold browser, garbage collection included.
 */
export interface SegmentMatches {
  shard: number;
  table: ShardMeta;
  /** Pages, increasing, and the rank signals of each. */
  pages: Uint32Array;
  headTerms: Uint32Array;
  occurrences: Uint32Array;
}

/**
 * The first `k` matches in the given order, sorted, without sorting them
 * all (a result page needs only its own): only a match that beats the
 * k-th so far becomes an object.
 */
export function firstMatches(segments: SegmentMatches[], k: number, order: SortOrder): Match[] {
  if (k <= 0) return [];
  const compare = compareSignals(order);
  const best: Match[] = [];
  // One reused object to compare a match with the k-th before making it one of its own; recency is unique to a page, so the page id is never reached.
  const probe: Match = { page: '', shard: 0, local: 0, headTerms: 0, occurrences: 0, recency: 0 };
  for (const { shard, table, pages, headTerms, occurrences } of segments) {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i] as number;
      probe.headTerms = headTerms[i] as number;
      probe.occurrences = occurrences[i] as number;
      probe.recency = recency(table, shard, page);
      if (best.length === k && compare(probe, best[k - 1] as Match) >= 0) continue;
      const m: Match = { ...probe, page: `${shard}:${page}`, shard, local: page };
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(best[mid] as Match, m) <= 0) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, m);
      if (best.length > k) best.pop();
    }
  }
  return best;
}

/** The matches of one segment: pages it still holds, in every term, in no excluded term, passing the filters. */
function matchShard(table: ShardMeta, shard: number, deleted: readonly number[], included: Hits[], excluded: Hits[], filters: Filters): SegmentMatches {
  const mask = filterMask(table, filters);
  for (const p of deleted) mask[p] = 0;
  for (const hits of excluded) for (const p of hits.pages) mask[p] = 0;
  if (included.length === 0) {
    const pages = new Uint32Array(mask.length);
    let n = 0;
    for (let p = 0; p < mask.length; p++) if (mask[p]) pages[n++] = p;
    return { shard, table, pages: pages.subarray(0, n), headTerms: new Uint32Array(n), occurrences: new Uint32Array(n) };
  }
  const sorted = [...included].sort((a, b) => a.pages.length - b.pages.length);
  const [smallest, ...others] = sorted as [Hits, ...Hits[]];
  const cursors = others.map(() => 0);
  const size = smallest.pages.length;
  const pages = new Uint32Array(size);
  const headTerms = new Uint32Array(size);
  const occurrences = new Uint32Array(size);
  let n = 0;
  outer: for (let i = 0; i < size; i++) {
    const p = smallest.pages[i] as number;
    if (!mask[p]) continue;
    let head = smallest.head[i] as number;
    let occ = smallest.counts[i] as number;
    for (let j = 0; j < others.length; j++) {
      const h = others[j] as Hits;
      const c = seek(h.pages, cursors, j, p);
      if (c === -1) continue outer;
      head += h.head[c] as number;
      occ += h.counts[c] as number;
    }
    pages[n] = p;
    headTerms[n] = head;
    occurrences[n++] = occ;
  }
  return { shard, table, pages: pages.subarray(0, n), headTerms: headTerms.subarray(0, n), occurrences: occurrences.subarray(0, n) };
}

/**
 * The excerpt of a result: around the first match in reading order, as if
 * read from the whole text, but reading only the card and the chunk that
 * holds the match. A term found from a chain of trigrams (grams.ts) says
 * where its first match is; for one that is a gram of its own (no
 * positions read) the chunks are read
 * in order, one, then two, then four at a time, up to the chunk of the
 * first located match if any, until one has a match.
 */
async function excerptOf(reader: ShardReader, page: number, card: PageCard, terms: string[], found: TermHits[], zone?: number): Promise<Excerpt> {
  // Within a section kind, only its blocks can hold the match shown.
  const ofZone = (blocks: TextBlock[]): TextBlock[] => (zone === undefined ? blocks : blocks.filter((b) => b[3] === zone || b[0] === 'title' || b[0] === 'unit'));
  const inCard = (): Excerpt => buildExcerpt(ofZone(card.blocks), terms);
  if (!terms.length || !card.chunks.length) return inCard();
  const body = card.blocks.filter(([kind]) => kind !== 'title' && kind !== 'unit');
  // Whole blocks come first in reading order: a match in one of them is the first.
  const start = buildExcerpt(ofZone(card.preview ? body.slice(0, -1) : body), terms);
  if (start.match === 'body') return start;
  const positions = found.map((t) => firstBodyMatch(t, page));
  const located = positions.filter((p): p is number => typeof p === 'number');
  const unlocated = positions.some((p) => p === undefined);
  if (!located.length && !unlocated) return inCard();
  const last = located.length ? Math.max(0, chunkAt(card, Math.min(...located))) : card.chunks.length - 1;
  let next = unlocated ? 0 : last;
  let batch = 1;
  while (next <= last) {
    const end = Math.min(last, next + batch - 1);
    for (const blocks of await ensureFolding(reader.chunks(page, card, next, end))) {
      const excerpt = buildExcerpt(ofZone(blocks), terms);
      if (excerpt.match === 'body') return excerpt;
    }
    next = end + 1;
    batch *= 2;
  }
  return inCard();
}

export function createSearch({ baseUrl }: { baseUrl: string }): Search {
  const bundle = bundleUrl(baseUrl);
  setFoldingTableDir(bundle);
  let shards: Promise<ShardReader[]> | undefined;
  const host: HostState = {};

  const load = (): Promise<ShardReader[]> =>
    (shards ??= (async () => {
      const response = await fetch(`${bundle}${MANIFEST}`);
      if (!response.ok) throw new Error(`${response.status} fetching ${bundle}${MANIFEST} (hint: build the search index)`);
      const manifest = (await response.json()) as Manifest;
      // Every segment of every shard is searched as one part of the index; pages a later segment replaced are masked.
      const lists = await Promise.all(
        Array.from({ length: manifest.shards }, async (_, i) => {
          const url = `${bundle}${shardDir(i + 1, manifest.shards)}/`;
          const list = await fetch(`${url}${SEGMENTS}`);
          if (!list.ok) throw new Error(`${list.status} fetching ${url}${SEGMENTS} (hint: build the search index)`);
          return ((await list.json()) as SegmentList).segments.map((s) => new ShardReader(`${url}${s.dir}/`, s.deleted, host, s.buckets));
        }),
      );
      return lists.flat();
    })().catch((error: unknown) => {
      shards = undefined;
      throw error;
    }));

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const [readers, folded] = await Promise.all([load(), ensureFolding(query)]);
    const { terms, excluded } = parseQuery(folded);
    const filters = options.filters ?? {};
    const zone = options.section ? SECTION_ZONES.indexOf(options.section) + 1 || undefined : undefined;
    const perShard = await Promise.all(
      readers.map(async (reader, shard) => {
        // The page table is fetched at once but decoded only once the postings are in: decoding it first would hold up their requests.
        reader.prefetch();
        const found = await Promise.all([...terms.map((t) => reader.term(t, zone)), ...excluded.map((t) => reader.term(t))]);
        const table = await reader.pages();
        const hits = found.map((t) => t.hits);
        return { table, terms: found.slice(0, terms.length), matches: matchShard(table, shard, reader.deleted, hits.slice(0, terms.length), hits.slice(terms.length), filters) };
      }),
    );

    const filterCounts = Object.fromEntries(FACET_KEYS.map((k) => [k, {} as Record<string, number>])) as FilterCounts;
    let total = 0;
    for (const { table, matches } of perShard) {
      const pages = matches.pages;
      total += pages.length;
      // Counted by value number, named at the end: a string lookup per match and facet was most of a large result's time.
      for (const key of FACET_KEYS) {
        const column = table.columns[key];
        const counts = new Uint32Array(table.values[key].length);
        for (let i = 0; i < pages.length; i++) counts[column[pages[i] as number] as number]!++;
        counts.forEach((n, v) => {
          if (n === 0) return;
          const value = table.values[key][v] as string;
          filterCounts[key][value] = (filterCounts[key][value] ?? 0) + n;
        });
      }
    }

    const offset = options.offset ?? 0;
    const shown = firstMatches(
      perShard.map((s) => s.matches),
      offset + (options.limit ?? 10),
      options.sort ?? 'relevance',
    ).slice(offset);
    // Where the terms of 3–4 characters first occur in the shown pages, read beside their cards, so each excerpt fetches the one chunk it needs.
    const located = perShard.map(({ terms: found }, shard) => {
      const pages = Uint32Array.from(shown.filter((m) => m.shard === shard).map((m) => m.local)).sort();
      return pages.length ? Promise.all(found.map((t) => t.locate?.(pages))) : Promise.resolve([]);
    });
    const results = await Promise.all(
      shown.map(async ({ shard, local }): Promise<SearchResult> => {
        const reader = readers[shard] as ShardReader;
        const [card] = await Promise.all([reader.card(local), located[shard]]);
        await ensureFolding(card.blocks);
        const excerpt = await excerptOf(reader, local, card, terms, (perShard[shard] as (typeof perShard)[number]).terms, terms.length ? zone : undefined);
        const { id, url, title, unit, year, period, level, kind } = card;
        return { id, url, title, unit, year, period, level, kind, excerptHtml: excerpt.html, sectionId: excerpt.sectionId };
      }),
    );
    return { total, results, filterCounts };
  }

  return { search };
}
