/**
 * The browser search engine: exact substring search over the gram index
 * that `scripts/search/build-index.ts` writes.
 *
 *   const engine = createSearch({ baseUrl: '/archive/' });
 *   const { total, results, filterCounts } = await engine.search('科技 -预防', { sort: 'relevance' });
 *
 * Each term is looked up in every shard (one gram for up to three
 * characters, a chain of trigram positions for more: see grams.ts), so its
 * page set is exact; the engine intersects terms, removes excluded ones,
 * applies filters from the page table, ranks (ranking.ts) and fetches a
 * small card only for the results it returns.
 */
import { buildExcerpt } from './excerpt.ts';
import { FACET_KEYS, type FacetKey, type Manifest, MANIFEST, shardDir } from './index-format.ts';
import type { Hits } from './postings.ts';
import { parseQuery } from './query.ts';
import { compareSignals, type RankSignals, type SortOrder } from './ranking.ts';
import { bundleUrl, type PageTable, ShardReader } from './shard.ts';

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

interface Match extends RankSignals {
  shard: number;
  local: number;
}

/** Pages of one shard that pass the filters, as a mask. */
function filterMask(table: PageTable, filters: Filters): Uint8Array {
  const mask = new Uint8Array(table.meta.pages).fill(1);
  for (const key of FACET_KEYS) {
    const wanted = filters[key];
    if (!wanted?.length) continue;
    const allowed = new Set(wanted.map((v) => table.meta.values[key].indexOf(v)));
    const column = table.columns[key];
    for (let p = 0; p < mask.length; p++) if (!allowed.has(column[p] as number)) mask[p] = 0;
  }
  return mask;
}

/** Newest first, unstated years last, then shard and page order: a number that sorts that way. */
function recency(table: PageTable, shard: number, page: number): number {
  const year = Number(table.meta.values.year[table.columns.year[page] as number]);
  const rank = Number.isInteger(year) ? 50_000 - year : 100_000;
  return (rank * 256 + shard) * 2 ** 24 + page;
}

/** The matches of one shard: pages in every term, in no excluded term, passing the filters. */
function matchShard(table: PageTable, shard: number, included: Hits[], excluded: Hits[], filters: Filters): Match[] {
  const mask = filterMask(table, filters);
  for (const hits of excluded) for (const p of hits.pages) mask[p] = 0;
  const matches: Match[] = [];
  if (included.length === 0) {
    for (let p = 0; p < mask.length; p++) {
      if (mask[p]) matches.push({ page: `${shard}:${p}`, shard, local: p, headTerms: 0, occurrences: 0, recency: recency(table, shard, p) });
    }
    return matches;
  }
  const sorted = [...included].sort((a, b) => a.pages.length - b.pages.length);
  const [smallest, ...others] = sorted as [Hits, ...Hits[]];
  const cursors = others.map(() => 0);
  outer: for (let i = 0; i < smallest.pages.length; i++) {
    const p = smallest.pages[i] as number;
    if (!mask[p]) continue;
    let headTerms = smallest.head[i] as number;
    let occurrences = smallest.counts[i] as number;
    for (let j = 0; j < others.length; j++) {
      const h = others[j] as Hits;
      let c = cursors[j] as number;
      while (c < h.pages.length && (h.pages[c] as number) < p) c++;
      cursors[j] = c;
      if (h.pages[c] !== p) continue outer;
      headTerms += h.head[c] as number;
      occurrences += h.counts[c] as number;
    }
    matches.push({ page: `${shard}:${p}`, shard, local: p, headTerms, occurrences, recency: recency(table, shard, p) });
  }
  return matches;
}

export function createSearch({ baseUrl }: { baseUrl: string }): Search {
  const bundle = bundleUrl(baseUrl);
  let shards: Promise<ShardReader[]> | undefined;

  const load = (): Promise<ShardReader[]> =>
    (shards ??= (async () => {
      const response = await fetch(`${bundle}${MANIFEST}`);
      if (!response.ok) throw new Error(`${response.status} fetching ${bundle}${MANIFEST} (hint: build the search index)`);
      const manifest = (await response.json()) as Manifest;
      return Array.from({ length: manifest.shards }, (_, i) => new ShardReader(`${bundle}${shardDir(i + 1, manifest.shards)}/`));
    })().catch((error: unknown) => {
      shards = undefined;
      throw error;
    }));

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { terms, excluded } = parseQuery(query);
    const filters = options.filters ?? {};
    const readers = await load();
    const perShard = await Promise.all(
      readers.map(async (reader, shard) => {
        const [table, ...hits] = await Promise.all([reader.pages(), ...[...terms, ...excluded].map((t) => reader.term(t))]);
        return { table, matches: matchShard(table, shard, hits.slice(0, terms.length), hits.slice(terms.length), filters) };
      }),
    );

    const filterCounts = Object.fromEntries(FACET_KEYS.map((k) => [k, {} as Record<string, number>])) as FilterCounts;
    const matches: Match[] = [];
    for (const { table, matches: list } of perShard) {
      for (const m of list) {
        for (const key of FACET_KEYS) {
          const value = table.meta.values[key][table.columns[key][m.local] as number] as string;
          filterCounts[key][value] = (filterCounts[key][value] ?? 0) + 1;
        }
        matches.push(m);
      }
    }
    matches.sort(compareSignals(options.sort ?? 'relevance'));

    const offset = options.offset ?? 0;
    const shown = matches.slice(offset, offset + (options.limit ?? 10));
    const results = await Promise.all(
      shown.map(async ({ shard, local }): Promise<SearchResult> => {
        const reader = readers[shard] as ShardReader;
        const card = await reader.card(local);
        let excerpt = buildExcerpt(card.blocks, terms);
        // The card holds the start of the text; read the rest only when the match is further on.
        if (card.more && terms.length && excerpt.match !== 'body') excerpt = buildExcerpt(await reader.rest(local), terms);
        const { id, url, title, unit, year, period, level, kind } = card;
        return { id, url, title, unit, year, period, level, kind, excerptHtml: excerpt.html, sectionId: excerpt.sectionId };
      }),
    );
    return { total: matches.length, results, filterCounts };
  }

  return { search };
}
