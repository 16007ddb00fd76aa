/**
 * The search page (src/pages/search.astro): reads the state from the URL,
 * runs the exact engine, shows results, filters with counts, paging and
 * the empty state. A reader's action pushes a history entry; back and
 * forward re-run the search of that URL.
 *
 * Test hooks: `[data-search-results]` carries `data-state` (`loading`,
 * `done`, `error`) and `data-total` (matching reports).
 */
import { createSearch, parseQuery, type FilterCounts, type SearchResponse, type SearchResult } from '../engine.ts';
import { FACET_KEYS, type FacetKey } from '../index-format.ts';
import { emptyState, fillSelect, formatCount, resultItem } from './render.ts';
import { engineFilters, hasFilters, readSection, readState, type SearchState, stateQuery } from './url-state.ts';

/** Results per page; "更多结果" adds as many again. */
const PAGE = 20;

function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: no ${selector} (hint: keep src/pages/search.astro and src/search/ui/app.ts in step)`);
  return found;
}

export function startSearchPage(root: HTMLElement): void {
  const engine = createSearch({ baseUrl: root.dataset.base ?? '/' });
  const form = need<HTMLFormElement>(root, 'form');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const sort = need<HTMLSelectElement>(form, 'select[name="sort"]');
  const sectionSelect = need<HTMLSelectElement>(form, 'select[name="section"]');
  const selects = Object.fromEntries(FACET_KEYS.map((k) => [k, need<HTMLSelectElement>(form, `select[name="${k}"]`)])) as Record<
    FacetKey,
    HTMLSelectElement
  >;
  const status = need<HTMLElement>(root, '[data-search-status]');
  const list = need<HTMLOListElement>(root, '[data-search-results]');
  const empty = need<HTMLElement>(root, '[data-search-empty]');
  const more = need<HTMLButtonElement>(root, '[data-search-more]');
  const clear = need<HTMLAnchorElement>(root, '[data-clear-filters]');
  const pageTitle = document.title;

  let state = readState(location.search);
  let run = 0;
  let indexReady = false;
  let total = 0;
  /** The select whose change made the current history entry, if the last action was one. */
  let entryFrom: string | null = null;

  const clearHref = (s: SearchState): string => location.pathname + stateQuery({ q: s.q, sort: s.sort, filters: {} });

  function fillForm(s: SearchState): void {
    input.value = s.q;
    sort.value = s.sort;
    sectionSelect.value = s.section ?? '';
    // Until results bring counts, a filter from the URL is shown as the only choice.
    for (const key of FACET_KEYS) if (selects[key].value !== (s.filters[key] ?? '')) fillSelect(selects[key], key, {}, s.filters[key]);
  }

  function formState(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of FACET_KEYS) if (selects[key].value) filters[key] = selects[key].value;
    const section = readSection(sectionSelect.value);
    return { q: input.value.trim(), filters, ...(section ? { section } : {}), sort: sort.value === 'date' ? 'date' : 'relevance' };
  }

  function setBusy(): void {
    list.dataset.state = 'loading';
    list.setAttribute('aria-busy', 'true');
    if (!indexReady) status.textContent = '正在加载检索索引…';
  }

  function summary(s: SearchState, shown: number): string {
    if (total === 0) return s.q ? `没有找到包含“${s.q}”的报告` : '没有符合筛选条件的报告';
    return `找到 ${formatCount(total)} 篇报告${shown < total ? `，显示前 ${formatCount(shown)} 篇` : ''}`;
  }

  function render(s: SearchState, response: SearchResponse, counts: FilterCounts): void {
    const terms = parseQuery(s.q).terms;
    total = response.total;
    list.replaceChildren(...response.results.map((r) => resultItem(r, terms)));
    for (const key of FACET_KEYS) fillSelect(selects[key], key, counts[key], s.filters[key]);
    clear.href = clearHref(s);
    clear.hidden = !hasFilters(s);
    empty.replaceChildren(...(total === 0 ? [emptyState(s.q, hasFilters(s), clearHref(s))] : []));
    empty.hidden = total > 0;
    updateMore(response.results.length);
    status.textContent = summary(s, response.results.length);
    // The empty-state box says the same in large type; the status still tells screen readers.
    status.classList.toggle('visually-hidden', total === 0);
    document.title = s.q ? `${s.q} - ${pageTitle}` : pageTitle;
    list.dataset.total = String(total);
    list.removeAttribute('aria-busy');
    list.dataset.state = 'done';
  }

  function updateMore(shown: number): void {
    more.hidden = shown >= total;
    more.textContent = `显示更多结果（还有 ${formatCount(total - shown)} 篇）`;
  }

  async function show(s: SearchState, want = PAGE): Promise<void> {
    const id = ++run;
    setBusy();
    try {
      const main = engine.search(s.q, { filters: engineFilters(s.filters), section: s.section, sort: s.sort, limit: want });
      // A chosen filter's own choices are counted without it, so the reader can switch to another value.
      const own = FACET_KEYS.filter((k) => s.filters[k]).map(async (k) => {
        const r = await engine.search(s.q, { filters: engineFilters(s.filters, k), section: s.section, limit: 0 });
        return [k, r.filterCounts[k]] as const;
      });
      const [response, ...owned] = await Promise.all([main, ...own]);
      if (id !== run) return;
      indexReady = true;
      render(s, response, { ...response.filterCounts, ...Object.fromEntries(owned) });
    } catch (error) {
      if (id !== run) return;
      console.error(error);
      status.classList.remove('visually-hidden');
      list.dataset.state = 'error';
      list.removeAttribute('aria-busy');
      status.textContent = indexReady ? '检索出错，请稍后重试。' : '检索索引加载失败，请检查网络后刷新页面重试。';
    }
  }

  async function showMore(): Promise<void> {
    const id = ++run;
    const offset = list.children.length;
    setBusy();
    let results: SearchResult[];
    try {
      results = (await engine.search(state.q, { filters: engineFilters(state.filters), section: state.section, sort: state.sort, limit: PAGE, offset })).results;
    } catch (error) {
      console.error(error);
      results = [];
    }
    if (id !== run) return;
    // Parsed only with results: the search that failed may have been fetching the folding table the query needs (src/search/folding.ts).
    const terms = results.length ? parseQuery(state.q).terms : [];
    const items = results.map((r) => resultItem(r, terms));
    list.append(...items);
    list.removeAttribute('aria-busy');
    list.dataset.state = 'done';
    const shown = list.children.length;
    updateMore(shown);
    status.textContent = `已显示 ${formatCount(shown)} / ${formatCount(total)} 篇报告`;
    // Back from a report shows as many results as before.
    history.replaceState({ shown }, '');
    items[0]?.querySelector('a')?.focus();
  }

  /**
   * A reader's action: a new history entry (unless nothing changed), then the
   * search. Arrowing through one select changes it at every key press, so
   * further changes of the same select replace its entry instead of piling up.
   */
  function go(next: SearchState, from: string | null = null): void {
    const url = location.pathname + stateQuery(next);
    if (url !== location.pathname + location.search) {
      if (from && from === entryFrom) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    entryFrom = from;
    state = next;
    void show(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(formState());
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go(formState(), event.target.name);
  });
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('[data-clear-filters]') : null;
    if (!link || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
    event.preventDefault();
    go({ ...state, filters: {} });
    fillForm(state);
    input.focus();
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    entryFrom = null;
    state = readState(location.search);
    fillForm(state);
    void show(state, Math.max(PAGE, (history.state as { shown?: number } | null)?.shown ?? 0));
  });

  fillForm(state);
  void show(state, Math.max(PAGE, (history.state as { shown?: number } | null)?.shown ?? 0));
}
