/**
 * Highlights search terms on a report page reached from a search result:
 * `reports/<id>/?hl=科技&hl=知识产权#s6` marks every occurrence in section
 * `s6` (its heading up to the next heading; the whole body without a
 * fragment) with `<mark>` and scrolls to the first.
 *
 * Matching is the engine's own (src/search/excerpt.ts: normalised text,
 * mapped back to the page's characters). The page's text is only split and
 * wrapped as DOM text nodes, never parsed as HTML. Loaded by
 * src/components/SearchHighlight.astro only when `hl` is in the URL.
 * When the terms or the page have traditional characters it first fetches
 * the folding table from the search index folder (src/search/folding.ts);
 * `markTerms` and `termsFromUrl` need it loaded for such texts.
 */
import { matchRanges } from '../excerpt.ts';
import { ensureFolding, setFoldingTableDir } from '../folding.ts';
import { normalise } from '../normalise.ts';

export { ensureFolding, setFoldingTableDir } from '../folding.ts';

const HEADING = /^H[1-6]$/;
/** Elements whose text is one run: a match never crosses their edges (nor does the index). */
const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,td,th,blockquote,pre,figcaption';
/** Limits against hand-made URLs. */
const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 100;

export function termsFromUrl(search: string): string[] {
  const terms = new URLSearchParams(search)
    .getAll('hl')
    .map((t) => normalise(t).slice(0, MAX_TERM_LENGTH))
    .filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** The elements of the section whose heading has `id`: the heading and its siblings up to the next heading. */
export function sectionElements(body: Element, id: string): Element[] {
  const heading = [...body.querySelectorAll('[id]')].find((e) => e.id === id);
  if (!heading || !HEADING.test(heading.tagName)) return [];
  const out = [heading];
  for (let e = heading.nextElementSibling; e && !HEADING.test(e.tagName); e = e.nextElementSibling) out.push(e);
  return out;
}

/** Text nodes of `scope` grouped by their nearest block, in document order. */
function textRuns(scope: Element): Text[][] {
  const runs = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const nearest = node.parentElement?.closest(BLOCK);
    const block = nearest && scope.contains(nearest) ? nearest : scope;
    const run = runs.get(block) ?? [];
    if (!runs.has(block)) runs.set(block, run);
    run.push(node as Text);
  }
  return [...runs.values()];
}

/** Wraps [start, end) of a text node in <mark>; earlier offsets of `node` stay valid. */
function wrap(node: Text, start: number, end: number): HTMLElement {
  if (end < node.length) node.splitText(end);
  const target = start > 0 ? node.splitText(start) : node;
  const mark = document.createElement('mark');
  mark.className = 'search-hit';
  target.replaceWith(mark);
  mark.append(target);
  return mark;
}

/** Marks every occurrence of the terms inside `scope`; returns the marks in document order. */
export function markTerms(scope: Element, terms: string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const run of textRuns(scope)) {
    const starts: number[] = [];
    let text = '';
    for (const node of run) {
      starts.push(text.length);
      text += node.data;
    }
    const found: HTMLElement[] = [];
    // From the last match backwards, so splitting never moves an offset still to be used.
    for (const [s, e] of matchRanges(text, terms).reverse()) {
      for (let i = run.length - 1; i >= 0; i--) {
        const node = run[i] as Text;
        const from = Math.max(s, starts[i] as number) - (starts[i] as number);
        const to = Math.min(e, (starts[i] as number) + node.length) - (starts[i] as number);
        if (from < to) found.unshift(wrap(node, from, to));
      }
    }
    marks.push(...found);
  }
  return marks;
}

/** Marks the terms of the URL; `bundleDir` is the search index folder, where the folding table is (e.g. `/archive/pagefind/`). */
export async function highlightFromUrl(bundleDir: string): Promise<HTMLElement[]> {
  const body = document.querySelector('.report-body');
  if (!body) return [];
  setFoldingTableDir(bundleDir);
  await ensureFolding([new URLSearchParams(location.search).getAll('hl'), body.textContent ?? '']);
  const terms = termsFromUrl(location.search);
  if (terms.length === 0) return [];
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed fragment: highlight the whole body.
  }
  const section = id ? sectionElements(body, id) : [];
  const scopes = section.length ? section : [body];
  const marks = scopes.flatMap((scope) => markTerms(scope, terms));
  marks[0]?.scrollIntoView({ block: 'center' });
  return marks;
}
