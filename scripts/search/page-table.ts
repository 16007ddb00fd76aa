/**
 * A shard's page table: the order pages are numbered in (year newest first,
 * unstated last, then unit, then id) and the facet columns in that order,
 * run-length coded so that a sorted column (year, unit) costs a few bytes
 * per run rather than per page.
 */
import { FACET_KEYS, type FacetKey, INDEX_VERSION, type ShardMeta } from '../../src/search/index-format.ts';

/** Filter value for a field the report does not state. */
export const UNSTATED = '未注明';

export interface PageFacets {
  id: string;
  year: number | null;
  unit: string | null;
  level: string | null;
  period: string | null;
  kind: string | null;
}

export function facetValues(doc: PageFacets): Record<FacetKey, string> {
  return {
    unit: doc.unit ?? UNSTATED,
    level: doc.level ?? UNSTATED,
    year: doc.year === null ? UNSTATED : String(doc.year),
    period: doc.period ?? UNSTATED,
    kind: doc.kind ?? UNSTATED,
  };
}

export function comparePages(a: PageFacets, b: PageFacets): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  const ua = a.unit ?? '';
  const ub = b.unit ?? '';
  if (ua !== ub) return ua < ub ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The page table of pages already in page order. */
export function shardMeta(pages: PageFacets[], buckets: number): ShardMeta {
  const values = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as string[]])) as ShardMeta['values'];
  const columns = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as number[]])) as ShardMeta['columns'];
  const index = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  for (const page of pages) {
    const f = facetValues(page);
    for (const key of FACET_KEYS) {
      let v = index[key].get(f[key]);
      if (v === undefined) index[key].set(f[key], (v = values[key].push(f[key]) - 1));
      const runs = columns[key];
      if (runs.length && runs[runs.length - 2] === v) runs[runs.length - 1]!++;
      else runs.push(v, 1);
    }
  }
  return { version: INDEX_VERSION, pages: pages.length, buckets, values, columns };
}
