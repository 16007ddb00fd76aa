/**
 * The traditional → simplified table in the browser, fetched only for a
 * text that needs it. A page script carries which characters are
 * traditional (src/search/traditional.ts), not what they fold to; before
 * normalising a query or a report's text that may hold traditional
 * characters, code in the browser awaits `ensureFolding`:
 *
 *   setFoldingTableDir(bundleUrl(baseUrl));              // once, where the index is
 *   const { terms } = parseQuery(await ensureFolding(query));
 *   await ensureFolding(card.blocks);                    // texts in arrays at any depth
 *   buildExcerpt(card.blocks, terms);
 *
 * `ensureFolding` resolves to what it was given (a value or a promise of
 * one) once normalising it is possible: at once when no text needs the
 * table or it is loaded (always in Node), else after fetching
 * `<bundle>/ts-characters.json` (about 7 KB gzipped), once per page.
 * Normalising a text that needs the table before that throws; it never
 * leaves the characters as they are.
 */
import { type FoldTexts, needsFolding } from './normalise.ts';
import { foldingLoaded, installFoldingTable } from './traditional.ts';

export { type FoldTexts, needsFolding } from './normalise.ts';
export { foldingLoaded } from './traditional.ts';

/** The table file, in the index folder (`pagefind/`), written by scripts/search/build-index.ts. */
export const FOLDING_TABLE = 'ts-characters.json';

let tableDir: string | null = null;
let loading: Promise<void> | null = null;

/** Where the table is: the search index folder, e.g. `/archive/pagefind/` (shard.ts `bundleUrl`). */
export function setFoldingTableDir(dir: string): void {
  tableDir = dir.replace(/\/?$/, '/');
}

/** Fetches and loads the table, once; a failed fetch is tried again at the next call. */
export function loadFolding(): Promise<void> {
  if (foldingLoaded()) return Promise.resolve();
  loading ??= (async () => {
    if (tableDir === null) throw new Error('search: no folder for the folding table (hint: call setFoldingTableDir first)');
    const url = tableDir + FOLDING_TABLE;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} fetching ${url} (hint: build the search index)`);
    installFoldingTable(await response.text(), url);
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Resolves to `texts` once they can be normalised: fetches the table first if one of them needs it. */
export async function ensureFolding<T extends FoldTexts>(texts: T | PromiseLike<T>): Promise<T> {
  const value = await texts;
  if (!foldingLoaded() && needsFolding(value)) await loadFolding();
  return value;
}
