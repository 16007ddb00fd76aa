/**
 * The trends page (src/pages/trends.astro) in the browser: counts a
 * visitor's query with the search engine and draws it like the
 * pre-rendered terms (src/lib/trend-figure.ts). The query is the page's
 * `?q=`, in the search page's syntax; a submitted query adds a history
 * entry, and back and forward show that entry's query.
 *
 * `search(q, { limit: 0 })` gives the number of matching reports and the
 * exact counts per year, level, unit and estimated year without fetching a
 * single result card or text chunk: only the index files of the query's
 * grams and the page tables.
 *
 * Test hooks: `[data-trend-result]` carries `data-state` (`idle`,
 * `loading`, `done`, `error`) and `data-total`; the drawn section has
 * `data-trend-term` (the query), charts `data-trend-chart`, tables
 * `data-trend-table`.
 */
import { trendSection } from '../../lib/trend-figure.ts';
import type { ArchiveFacts, TrendCounts } from '../../lib/trend-rows.ts';
import { createSearch, parseQuery } from '../engine.ts';
import { ensureFolding, needsFolding } from '../folding.ts';

/**
 * The second, striped series of a query's year chart: reports that state no
 * year, by estimated year, from the engine's `filterCounts.estimate`. As in
 * the pre-rendered charts (src/lib/trend-counts.ts), only estimates that pin
 * one year: a range (`2013—2015`, `≥2015`) stays under 未注明.
 */
export function estimatedYears(estimate: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(estimate).filter(([value]) => /^\d+$/.test(value)));
}

const numbers = new Intl.NumberFormat('zh-CN');

/** `包含“科技”、不含“预防”`: what the matching reports have in common. */
export function queryPhrase(query: string): string {
  const { terms, excluded } = parseQuery(query);
  const quote = (list: string[]) => list.map((t) => `“${t}”`).join('和');
  const parts = [terms.length ? `包含${quote(terms)}` : '', excluded.length ? `不含${quote(excluded)}` : ''];
  return parts.filter(Boolean).join('、');
}

function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`trends page: no ${selector} (hint: keep src/pages/trends.astro and src/search/ui/trends.ts in step)`);
  return found;
}

const queryOf = (search: string): string => new URLSearchParams(search).get('q')?.trim() ?? '';

export function startTrendsPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const engine = createSearch({ baseUrl: base });
  const archive = JSON.parse(root.dataset.archive ?? '{}') as ArchiveFacts & { total: number };
  const form = need<HTMLFormElement>(root, 'form');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const status = need<HTMLElement>(root, '[data-trend-status]');
  const result = need<HTMLElement>(root, '[data-trend-result]');
  const pageTitle = document.title;
  let run = 0;

  function idle(): void {
    run++;
    result.replaceChildren();
    result.dataset.state = 'idle';
    delete result.dataset.total;
    status.textContent = '';
    document.title = pageTitle;
  }

  function failed(error: unknown): void {
    console.error(error);
    result.replaceChildren();
    result.dataset.state = 'error';
    result.removeAttribute('aria-busy');
    status.classList.remove('visually-hidden');
    status.textContent = '统计出错：检索索引加载失败，请检查网络后刷新页面重试。';
  }

  async function show(query: string): Promise<void> {
    input.value = query;
    // A query in traditional characters is parsed with the folding table, fetched the first time (src/search/folding.ts).
    if (needsFolding(query)) {
      const id = ++run;
      const loaded = await ensureFolding(query).then(
        () => true,
        (error: unknown) => {
          if (id === run) failed(error);
          return false;
        },
      );
      if (!loaded || id !== run) return;
    }
    const { terms, excluded } = parseQuery(query);
    if (!terms.length && !excluded.length) return idle();
    const id = ++run;
    const phrase = queryPhrase(query);
    result.dataset.state = 'loading';
    result.setAttribute('aria-busy', 'true');
    status.classList.remove('visually-hidden');
    status.textContent = '正在统计…';
    try {
      const response = await engine.search(query, { limit: 0 });
      if (id !== run) return;
      const { year, level, unit, estimate } = response.filterCounts;
      // Like the pre-rendered charts: once the archive has estimated years, every chart shows that series, empty or not.
      const counts: TrendCounts = { total: response.total, year, level, unit, ...(archive.estimated ? { estimated: estimatedYears(estimate) } : {}) };
      // Nothing to chart for no reports: the status says so.
      result.innerHTML = response.total
        ? trendSection({
            term: query,
            phrase,
            id: 'trend-query',
            heading: 'h2',
            counts,
            archive,
            searchHref: `${base}search/?q=${encodeURIComponent(query)}`,
          })
        : '';
      status.textContent = response.total ? `${numbers.format(response.total)} 篇报告${phrase}` : `没有报告${phrase}。可以检查错别字，或换用更短、更常见的词。`;
      // The section says the same on screen; the status still tells screen readers.
      status.classList.toggle('visually-hidden', response.total > 0);
      result.dataset.total = String(response.total);
      result.dataset.state = 'done';
      document.title = `${query} - ${pageTitle}`;
    } catch (error) {
      if (id !== run) return;
      failed(error);
    } finally {
      if (id === run) result.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = location.pathname + (query ? `?q=${encodeURIComponent(query)}` : '');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    void show(query);
  });
  window.addEventListener('popstate', () => void show(queryOf(location.search)));
  void show(queryOf(location.search));
}
