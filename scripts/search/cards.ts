/**
 * What the browser fetches to show one result: a small card with the
 * report's fields and the start of its text, and the whole text only when
 * the excerpt's match lies beyond the card.
 */
import type { SearchDocument } from '../../src/search/document.ts';
import type { PageCard } from '../../src/search/index-format.ts';

/** Body characters a result card carries; the excerpt reads the whole text only when its match is further on. */
export const CARD_CHARS = 240;

export function cards(doc: SearchDocument, base: string): { card: PageCard; rest: PageCard['blocks'] | null } {
  const all: PageCard['blocks'] = doc.body.map((b) => [b.kind, b.section ?? '', b.text]);
  const short: PageCard['blocks'] = [];
  let room = CARD_CHARS;
  for (const [kind, section, text] of all) {
    if (room <= 0) break;
    short.push([kind, section, text.length > room ? text.slice(0, room) : text]);
    room -= text.length;
  }
  const tail: PageCard['blocks'] = [['title', '', doc.title]];
  if (doc.unit) tail.push(['unit', '', doc.unit]);
  const { id, title, unit, year, level, period, kind } = doc;
  const more = room < 0;
  const card = { id, url: `${base}reports/${id}/`, title, unit, year, level, period, kind, blocks: [...short, ...tail], more };
  return { card, rest: more ? [...all, ...tail] : null };
}
