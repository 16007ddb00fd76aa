/**
 * Orders results from what the index lookups already returned, without
 * reading any report: first reports where more terms occur in the title,
 * unit or a heading (an occurrence inside the head zone), then more
 * occurrences, then newer (year, newest first),
 * then page id for a stable order.
 */
export interface RankSignals {
  page: string;
  /** Number of query terms found in the head zone. */
  headTerms: number;
  /** Occurrences of all terms. */
  occurrences: number;
  /** Smaller for newer reports: year first, then shard and page order. */
  recency: number;
}

export type SortOrder = 'relevance' | 'date';

export function compareSignals(order: SortOrder): (a: RankSignals, b: RankSignals) => number {
  return (a, b) => {
    if (order === 'relevance') {
      if (a.headTerms !== b.headTerms) return b.headTerms - a.headTerms;
      if (a.occurrences !== b.occurrences) return b.occurrences - a.occurrences;
    }
    if (a.recency !== b.recency) return a.recency - b.recency;
    return a.page < b.page ? -1 : a.page > b.page ? 1 : 0;
  };
}

