/**
 * Query syntax: space-separated terms must all occur; `"…"` (or “…”) keeps the
 * spaces inside one term; a leading `-` excludes reports containing the term
 * (`-"…"` too). Everything is normalised first, so full-width quotes, minus
 * signs and spaces work as well.
 */
import { normalise } from './normalise.ts';

export interface ParsedQuery {
  /** Normalised terms that must all occur, without duplicates. */
  terms: string[];
  /** Normalised terms that must not occur. */
  excluded: string[];
}

const QUOTES = /["“”]/u;

export function parseQuery(query: string): ParsedQuery {
  const q = normalise(query);
  const terms: string[] = [];
  const excluded: string[] = [];
  let i = 0;
  while (i < q.length) {
    if (q[i] === ' ') {
      i++;
      continue;
    }
    let negate = false;
    if (q[i] === '-' && i + 1 < q.length && q[i + 1] !== ' ') {
      negate = true;
      i++;
    }
    let term: string;
    if (QUOTES.test(q[i] as string)) {
      const close = q.slice(i + 1).search(QUOTES);
      const end = close === -1 ? q.length : i + 1 + close;
      term = q.slice(i + 1, end).trim().replace(/ {2,}/g, ' ');
      i = end + 1;
    } else {
      const space = q.indexOf(' ', i);
      const end = space === -1 ? q.length : space;
      term = q.slice(i, end);
      i = end;
    }
    if (!term) continue;
    const list = negate ? excluded : terms;
    if (!list.includes(term)) list.push(term);
  }
  return { terms, excluded };
}
