/**
 * Orders results from what the index lookups already returned, without
 * reading any report: first reports where more terms occur in the title,
 * unit or a heading (a first location inside the head zone), then more
 * occurrences, then newer (the position in Pagefind's year-descending sort),
 * then page id for a stable order.
 */
export interface RankSignals {
  page: string;
  /** Number of query terms found in the head zone. */
  headTerms: number;
  /** Occurrences of all terms (for phrases of 3+ characters: adjacent token runs, an upper bound). */
  occurrences: number;
  /** 0 for the newest report; from Pagefind's sort by year. */
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

/**
 * Occurrences of a phrase of `tokens` bigrams in sorted locations of any of
 * its tokens: starts p with p … p+tokens-1 all present.
 */
export function countRuns(locations: number[], tokens: number): number {
  if (tokens <= 1) return locations.length;
  const set = new Set(locations);
  let count = 0;
  outer: for (const p of locations) {
    for (let k = 1; k < tokens; k++) if (!set.has(p + k)) continue outer;
    count++;
  }
  return count;
}
