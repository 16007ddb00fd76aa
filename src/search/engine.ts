/**
 * The browser search engine: exact substring search over the bigram index
 * that `scripts/search/build-index.ts` writes.
 *
 *   const engine = createSearch({ baseUrl: '/archive/' });
 *   const { total, results, filterCounts } = await engine.search('科技 -预防', { sort: 'relevance' });
 *
 * Each term is one Pagefind lookup (a prefix for one character, a word for
 * two, a quoted phrase of bigrams for more), so its result set is exact; the
 * engine intersects terms and removes excluded ones. Ranking uses only the
 * locations those lookups return (see ranking.ts); a result card and its
 * excerpt come from a small per-report file fetched only for the results
 * shown.
 */
import { HEAD_ZONE } from './document.ts';
import { buildExcerpt } from './excerpt.ts';
import { parseQuery } from './query.ts';
import { compareSignals, countRuns, type RankSignals, type SortOrder } from './ranking.ts';
import { FACET_KEYS, type FacetKey, type FacetTable, type PageCard, SIDECAR_DIR } from './sidecar.ts';
import { planTerm } from './tokens.ts';

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

interface PagefindResult {
  id: string;
  words: number[];
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindResponse>;
}

/** One term's exact page set with what ranking needs. */
interface TermHits {
  pages: Map<string, { first: number; count: number }>;
  order: string[];
  filters: PagefindResponse['filters'];
}

export function createSearch({ baseUrl }: { baseUrl: string }): Search {
  const bundle = `${baseUrl.replace(/\/?$/, '/')}pagefind/`;
  let pagefind: Promise<PagefindModule> | undefined;
  let facets: Promise<FacetTable> | undefined;
  const cards = new Map<string, Promise<PageCard>>();

  const load = (): Promise<PagefindModule> =>
    (pagefind ??= (async () => {
      const mod = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
      // No worker: saves a 43 KB download; a lookup is a few milliseconds of work.
      await mod.options({ baseUrl, noWorker: true });
      // Filter counts need every filter index loaded once.
      await mod.filters();
      return mod;
    })());
  const fetchJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${bundle}${SIDECAR_DIR}/${path}`);
    if (!response.ok) throw new Error(`${response.status} fetching ${path} (hint: rebuild the search index)`);
    return (await response.json()) as T;
  };
  const card = (page: string): Promise<PageCard> => {
    let c = cards.get(page);
    if (!c) cards.set(page, (c = fetchJson<PageCard>(`p/${page}.json`)));
    return c;
  };

  async function lookup(pf: PagefindModule, term: string, filters: Filters): Promise<TermHits> {
    const plan = planTerm(term);
    const sort = { year: 'desc' };
    const pages: TermHits['pages'] = new Map();
    if (plan.phrase.length <= 1) {
      // One character (a prefix of its bigrams) or one bigram: every location comes back.
      const r = await pf.search(plan.tokens[0] as string, { filters, sort });
      for (const res of r.results) {
        pages.set(res.id, { first: res.words.reduce((a, b) => Math.min(a, b), Infinity), count: res.words.length });
      }
      return { pages, order: r.results.map((res) => res.id), filters: r.filters };
    }
    // The quoted phrase decides membership exactly and gives the first location;
    // the unquoted tokens give all locations, from which occurrences are counted.
    const [exact, all] = await Promise.all([
      pf.search(`"${plan.phrase.join(' ')}"`, { filters, sort }),
      pf.search(plan.tokens.join(' '), { filters }),
    ]);
    const locations = new Map(all.results.map((res) => [res.id, res.words]));
    for (const res of exact.results) {
      const count = Math.max(1, countRuns(locations.get(res.id) ?? [], plan.phrase.length));
      pages.set(res.id, { first: res.words[0] ?? HEAD_ZONE, count });
    }
    return { pages, order: exact.results.map((res) => res.id), filters: exact.filters };
  }

  function countFacets(table: FacetTable, pages: string[]): FilterCounts {
    const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, {} as Record<string, number>])) as FilterCounts;
    for (const page of pages) {
      const row = table.pages[page];
      if (!row) continue;
      FACET_KEYS.forEach((key, i) => {
        const value = table.values[key][row[i] as number] as string;
        counts[key][value] = (counts[key][value] ?? 0) + 1;
      });
    }
    return counts;
  }

  const fromPagefind = (filters: PagefindResponse['filters']): FilterCounts =>
    Object.fromEntries(
      FACET_KEYS.map((k) => [k, Object.fromEntries(Object.entries(filters[k] ?? {}).filter(([, n]) => n > 0))]),
    ) as FilterCounts;

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { terms, excluded } = parseQuery(query);
    const filters = options.filters ?? {};
    const order = options.sort ?? 'relevance';
    const pf = await load();

    let signals: RankSignals[];
    let filterCounts: FilterCounts;
    if (terms.length === 0) {
      // Browsing: every report that passes the filters, newest first.
      const all = await pf.search(null, { filters, sort: { year: 'desc' } });
      const banned = new Set<string>();
      for (const hits of await Promise.all(excluded.map((t) => lookup(pf, t, filters)))) {
        for (const page of hits.pages.keys()) banned.add(page);
      }
      const kept = all.results.filter((r) => !banned.has(r.id));
      signals = kept.map((r, i) => ({ page: r.id, headTerms: 0, occurrences: 0, recency: i }));
      filterCounts = banned.size ? countFacets(await (facets ??= fetchJson('facets.json')), kept.map((r) => r.id)) : fromPagefind(all.filters);
    } else {
      const hits = await Promise.all([...terms, ...excluded].map((t) => lookup(pf, t, filters)));
      const included = hits.slice(0, terms.length);
      const banned = new Set(hits.slice(terms.length).flatMap((h) => [...h.pages.keys()]));
      const [smallest] = [...included].sort((a, b) => a.pages.size - b.pages.size);
      const recency = new Map((included[0] as TermHits).order.map((p, i) => [p, i]));
      signals = [];
      for (const page of (smallest as TermHits).pages.keys()) {
        if (banned.has(page) || !included.every((h) => h.pages.has(page))) continue;
        let headTerms = 0;
        let occurrences = 0;
        for (const h of included) {
          const hit = h.pages.get(page) as { first: number; count: number };
          if (hit.first < HEAD_ZONE) headTerms++;
          occurrences += hit.count;
        }
        signals.push({ page, headTerms, occurrences, recency: recency.get(page) ?? 0 });
      }
      filterCounts =
        included.length === 1 && excluded.length === 0
          ? fromPagefind((included[0] as TermHits).filters)
          : countFacets(await (facets ??= fetchJson('facets.json')), signals.map((s) => s.page));
    }
    signals.sort(compareSignals(order));

    const offset = options.offset ?? 0;
    const shown = signals.slice(offset, offset + (options.limit ?? 10));
    const results = await Promise.all(
      shown.map(async ({ page }) => {
        const c = await card(page);
        const excerpt = buildExcerpt(c.blocks, terms);
        const { id, url, title, unit, year, period, level, kind } = c;
        return { id, url, title, unit, year, period, level, kind, excerptHtml: excerpt.html, sectionId: excerpt.sectionId };
      }),
    );
    return { total: signals.length, results, filterCounts };
  }

  return { search };
}
