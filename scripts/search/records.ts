/**
 * Turns a search document into a Pagefind custom record: the content is the
 * token stream of `src/search/tokens.ts` (head zone padded to HEAD_ZONE,
 * then the body), filters carry the facets (null as 未注明) and the sort key
 * is the year, so Pagefind can browse and order without reading a fragment.
 */
import { HEAD_ZONE, headBlocks, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { FILLER, zoneWords } from '../../src/search/tokens.ts';

/** Pagefind language of the index: no stemmer and no segmenter, so tokens stay as they are. */
export const INDEX_LANGUAGE = 'ko';
/** Filter value for a field the report does not state. */
export const UNSTATED = '未注明';

export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export function recordWords(doc: SearchDocument): string[] {
  const head = zoneWords(zoneText(headBlocks(doc))).slice(0, HEAD_ZONE);
  while (head.length < HEAD_ZONE) head.push(FILLER);
  return [...head, ...zoneWords(zoneText(doc.body))];
}

export function facets(doc: SearchDocument): Record<string, string> {
  return {
    unit: doc.unit ?? UNSTATED,
    level: doc.level ?? UNSTATED,
    year: doc.year === null ? UNSTATED : String(doc.year),
    period: doc.period ?? UNSTATED,
    kind: doc.kind ?? UNSTATED,
  };
}

export function toRecord(doc: SearchDocument, base: string): PagefindRecord {
  const filters = Object.fromEntries(Object.entries(facets(doc)).map(([k, v]) => [k, [v]]));
  return {
    url: `${base}reports/${doc.id}/`,
    content: recordWords(doc).join(' '),
    language: INDEX_LANGUAGE,
    // No meta: meta values are indexed as words, and the result card reads a sidecar instead.
    meta: {},
    filters,
    // Sorts need a value on every page; 0 puts an unstated year last in "newest first".
    sort: { year: String(doc.year ?? 0).padStart(4, '0') },
  };
}
