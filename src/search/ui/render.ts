/**
 * DOM for the search page: result cards, filter options and the empty
 * state. Text goes in as text; the only HTML set is the engine's excerpt,
 * which is escaped report text with `<mark>` added (src/search/excerpt.ts).
 */
import type { FilterCounts, SearchResult } from '../engine.ts';
import type { FacetKey } from '../index-format.ts';
import { FACETS, facetOptions, valueLabel } from './facet-options.ts';

const numbers = new Intl.NumberFormat('zh-CN');
export const formatCount = (n: number): string => numbers.format(n);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Report link that highlights the terms on arrival (src/search/ui/highlight.ts), at the section when known. */
export function sectionLink(result: SearchResult, terms: string[]): string {
  const params = new URLSearchParams();
  for (const term of terms) params.append('hl', term);
  const query = params.toString();
  return `${result.url}${query ? `?${query}` : ''}${result.sectionId ? `#${result.sectionId}` : ''}`;
}

export function resultItem(result: SearchResult, terms: string[]): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el('h2', 'search-result-title');
  const title = el('a', undefined, result.title);
  title.href = result.url;
  heading.append(title);

  const meta = el('p', 'search-result-meta');
  const fields = [
    valueLabel('unit', result.unit ?? '未注明'),
    valueLabel('year', result.year === null ? '未注明' : String(result.year)),
    result.period,
    result.level,
    result.kind,
  ];
  for (const field of fields) if (field) meta.append(el('span', undefined, field));

  const excerpt = el('p', 'search-result-excerpt');
  const link = el('a');
  link.href = sectionLink(result, terms);
  const text = el('span');
  text.innerHTML = result.excerptHtml;
  // The space lets the label wrap to a new line without an indent.
  link.append(text, ' ', el('span', 'search-result-goto', result.sectionId ? '查看原文此处' : '查看原文'));
  excerpt.append(link);

  item.append(heading, meta, excerpt);
  return item;
}

/** Fills one filter's `<select>` with the values and counts of the current results. */
export function fillSelect(select: HTMLSelectElement, key: FacetKey, counts: FilterCounts[FacetKey], selected?: string): void {
  const facet = FACETS.find((f) => f.key === key);
  const all = el('option', undefined, facet?.all ?? '全部');
  all.value = '';
  const options = [all];
  for (const { value, count } of facetOptions(key, counts, selected)) {
    const option = el('option', undefined, `${valueLabel(key, value)}（${formatCount(count)}）`);
    option.value = value;
    options.push(option);
  }
  select.replaceChildren(...options);
  select.value = selected ?? '';
}

/** "没有找到…" with what to try next; `clearHref` links to the same query without filters. */
export function emptyState(q: string, filtered: boolean, clearHref: string): HTMLElement {
  const box = el('div', 'search-empty');
  box.append(el('p', 'search-empty-title', q ? `没有找到包含“${q}”的报告。` : '没有符合筛选条件的报告。'));
  const tips = el('ul');
  if (filtered) {
    const tip = el('li', undefined, '去掉部分筛选条件再试，或');
    const clear = el('a', 'search-clear', '清除全部筛选');
    clear.href = clearHref;
    clear.dataset.clearFilters = '';
    tip.append(clear, '。');
    tips.append(tip);
  }
  if (q) {
    tips.append(el('li', undefined, '检查是否有错别字，或换用更短、更常见的词。'));
    if (/\s/.test(q)) tips.append(el('li', undefined, '多个词要同时出现在一篇报告中才算找到，可以少用几个词。'));
  }
  box.append(tips);
  return box;
}
