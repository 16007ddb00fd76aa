/**
 * The search page's state lives in its URL, so a search can be shared and
 * the back button works:
 *
 *   search/?q=科技&unit=…&level=县&year=2020&period=上半年&kind=总结&section=problems&sort=date
 *
 * `estimate=2013` keeps the reports that state no year and whose year was
 * estimated to be 2013 (`estimate=2013—2015` and `estimate=≥2015` for a
 * range), apart from `year`, which is only ever a stated year.
 * `section` (`done`, `problems`, `plans`) limits the terms to sections of
 * that kind: 工作成绩, 存在问题, 下一步计划.
 * `year=未注明` (and the same word for the other facets) selects reports
 * that do not state the field. Empty parameters and `sort=relevance` (the
 * default) are left out, so one state has one URL.
 */
import type { Filters, SortOrder } from '../engine.ts';
import { FACET_KEYS, type FacetKey } from '../index-format.ts';
import { SECTION_ZONES, type SectionZone } from '../posting-format.ts';

export interface SearchState {
  /** The query as typed. */
  q: string;
  /** One value per facet at most: the page offers one choice per facet. */
  filters: Partial<Record<FacetKey, string>>;
  /** The kind of section the terms must be in, if any. */
  section?: SectionZone;
  sort: SortOrder;
}

/** A section kind from a URL parameter or a select's value; undefined for anything else. */
export const readSection = (value: string | null | undefined): SectionZone | undefined =>
  (SECTION_ZONES as readonly string[]).includes(value ?? '') ? (value as SectionZone) : undefined;

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FACET_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const section = readSection(params.get('section'));
  return { q: params.get('q')?.trim() ?? '', filters, ...(section ? { section } : {}), sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string of a state, with its `?`, or '' for the empty state. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.section) params.set('section', state.section);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const hasFilters = (state: SearchState): boolean => FACET_KEYS.some((k) => state.filters[k]) || Boolean(state.section);

/** The engine's filter option: each chosen value as a one-value list. */
export function engineFilters(filters: SearchState['filters'], without?: FacetKey): Filters {
  const out: Filters = {};
  for (const key of FACET_KEYS) {
    const value = filters[key];
    if (value && key !== without) out[key] = [value];
  }
  return out;
}
