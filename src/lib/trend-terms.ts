/**
 * The kept list of policy terms whose trends the trends page draws at build
 * time (src/data/trend-terms.json), and how its top terms are chosen: every
 * listed term is counted in every report (trend-counts.ts), ranked by the
 * number of reports containing it (ties keep the list's order), and the
 * first TOP_TERMS are charted. An explainable choice: a person keeps the
 * list, the archive decides the order.
 */
import list from '../data/trend-terms.json' with { type: 'json' };
import { parseQuery } from '../search/query.ts';

/** Terms charted on the page. */
export const TOP_TERMS = 10;

export interface TrendTerm {
  /** As written in the list: shown on the page and used in links. */
  term: string;
  /** As search compares it (src/search/normalise.ts). */
  normalised: string;
  group: string;
}

export interface TrendTermList {
  groups: { name: string; terms: string[] }[];
}

/** The list's terms, each checked to be one search term; throws with every problem at once. */
export function trendTerms(source: TrendTermList = list, file = 'src/data/trend-terms.json'): TrendTerm[] {
  const out: TrendTerm[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { name, terms } of source.groups) {
    for (const term of terms) {
      const { terms: parsed, excluded } = parseQuery(term);
      const normalised = parsed[0];
      if (parsed.length !== 1 || excluded.length || !normalised) {
        problems.push(`"${term}" is not one search term (hint: no spaces, quotes or leading "-")`);
      } else if (seen.has(normalised)) {
        problems.push(`"${term}" is the same search term as "${seen.get(normalised)}" (hint: keep one)`);
      } else {
        seen.set(normalised, term);
        out.push({ term, normalised, group: name });
      }
    }
  }
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return out;
}

export interface RankedTerm extends TrendTerm {
  /** Reports containing the term. */
  reports: number;
  /** Position in the list, for ties. */
  index: number;
}

/** The terms by reports containing them, most first; terms no report contains are left out. */
export function rankTerms(terms: TrendTerm[], reports: number[]): RankedTerm[] {
  return terms
    .map((t, index) => ({ ...t, index, reports: reports[index] ?? 0 }))
    .filter((t) => t.reports > 0)
    .sort((a, b) => b.reports - a.reports || a.index - b.index);
}
