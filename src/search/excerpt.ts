/**
 * A readable excerpt of a report's own text around the first match, with
 * every occurrence of every term highlighted, and the id of the section the
 * match is in. Matching is done on normalised text and mapped back to the
 * original characters, so 全角 text shows as written. Report text is text:
 * everything is escaped before `<mark>` is added.
 */
import { normaliseWithOrigin } from './normalise.ts';
import type { TextBlock } from './index-format.ts';

export interface Excerpt {
  html: string;
  /** Section id of the first match; null when it is in the title, the unit or before the first heading. */
  sectionId: string | null;
  /** Where the first match is: in the body, only in the title or unit, or nowhere in these blocks. */
  match: 'body' | 'head' | 'none';
}

/** Characters of context shown before and after the first match. */
const BEFORE = 30;
const AFTER = 70;
/** Characters of the first paragraph shown when nothing matches. */
export const LEAD_CHARS = BEFORE + AFTER;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Original-text ranges [start, end) of every occurrence of the terms, merged and sorted. */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const { text: norm, origin } = normaliseWithOrigin(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = norm.indexOf(term); at !== -1; at = norm.indexOf(term, at + 1)) {
      ranges.push([origin[at] as number, origin[at + term.length] as number]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function highlight(text: string, ranges: [number, number][], from: number, to: number): string {
  let html = '';
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** Cuts without splitting a surrogate pair. */
function safeCut(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

export function buildExcerpt(blocks: TextBlock[], terms: string[]): Excerpt {
  // Body blocks come first in a card, so the first match in reading order wins;
  // the title and unit are looked at only when the body has no match.
  for (const [kind, section, text] of blocks) {
    const ranges = matchRanges(text, terms);
    const first = ranges[0];
    if (!first) continue;
    const from = first[0] > BEFORE ? safeCut(text, first[0] - BEFORE) : 0;
    const to = Math.min(text.length, safeCut(text, Math.max(first[1], first[0] + AFTER)));
    const html = (from > 0 ? '…' : '') + highlight(text, ranges, from, to) + (to < text.length ? '…' : '');
    const head = kind === 'title' || kind === 'unit';
    return { html, sectionId: head ? null : section || null, match: head ? 'head' : 'body' };
  }
  const lead = blocks.find(([kind]) => kind === 'paragraph')?.[2] ?? '';
  const to = Math.min(lead.length, safeCut(lead, LEAD_CHARS));
  return { html: escapeHtml(lead.slice(0, to)) + (to < lead.length ? '…' : ''), sectionId: null, match: 'none' };
}
