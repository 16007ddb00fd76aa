/**
 * What the browser fetches to show one result: a small card with the
 * report's fields and the first lines of its text, and the rest of the text
 * in chunks, of which an excerpt fetches only the one holding its match.
 * Both are read by HTTP range requests from a group file that holds 64
 * reports (`t/<group>.bin`), so texts cost one file per 64 reports, not
 * two per report. Format in src/search/index-format.ts.
 */
import { deflateRawSync } from 'node:zlib';
import type { SearchDocument } from '../../src/search/document.ts';
import { codePoints } from '../../src/search/grams.ts';
import { LEAD_CHARS } from '../../src/search/excerpt.ts';
import { PAGE_GROUP, type PageCard, type TextBlock } from '../../src/search/index-format.ts';
import { normalise } from '../../src/search/normalise.ts';

/** Body characters a result card carries at most. */
export const CARD_CHARS = 240;
/** Characters a chunk holds, about: blocks are added until it reaches this, and a longer block is a chunk of its own. */
export const CHUNK_CHARS = 500;

/** Cuts without splitting a surrogate pair. */
function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  const c = text.charCodeAt(length - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? length - 1 : length);
}

/** A report's card and the chunks of the rest of its body. */
export function pageText(doc: SearchDocument, base: string): { card: PageCard; chunks: TextBlock[][] } {
  const body: TextBlock[] = doc.body.map((b) => [b.kind, b.section ?? '', b.text]);
  // The card: whole blocks while they fit; if they hold no paragraph, the start of the first one, for the lead of an excerpt without terms.
  let whole = 0;
  let used = 0;
  while (whole < body.length && used + (body[whole] as TextBlock)[2].length <= CARD_CHARS) used += (body[whole++] as TextBlock)[2].length;
  const blocks = body.slice(0, whole);
  const lead = blocks.some(([kind]) => kind === 'paragraph') ? undefined : body.slice(whole).find(([kind]) => kind === 'paragraph');
  if (lead) blocks.push([lead[0], lead[1], cutText(lead[2], Math.max(CARD_CHARS - used, LEAD_CHARS + 2))]);
  blocks.push(['title', '', doc.title]);
  if (doc.unit) blocks.push(['unit', '', doc.unit]);

  // Chunks: the blocks after the card's whole ones, with the body position (as indexed: zoneText) where each starts.
  let position = 0;
  for (const [, , text] of body.slice(0, whole)) position += codePoints(normalise(text)).length + 1;
  const chunks: TextBlock[][] = [];
  const starts: number[] = [];
  let size = CHUNK_CHARS;
  for (const block of body.slice(whole)) {
    if (size >= CHUNK_CHARS) {
      chunks.push([]);
      starts.push(position);
      size = 0;
    }
    (chunks[chunks.length - 1] as TextBlock[]).push(block);
    size += block[2].length;
    position += codePoints(normalise(block[2])).length + 1;
  }
  const { id, title, unit, year, level, period, kind } = doc;
  const card: PageCard = {
    id,
    url: `${base}reports/${id}/`,
    title,
    unit,
    year,
    level,
    period,
    kind,
    blocks,
    preview: Boolean(lead),
    chunks: starts.map((start) => [start, 0]),
  };
  return { card, chunks };
}

/** One page's part of its group file: the deflated card, and the deflated chunks of the rest of its text. */
export function pageParts(doc: SearchDocument, base: string): { card: Uint8Array; rest: Uint8Array } {
  const { card, chunks } = pageText(doc, base);
  const packed = chunks.map((blocks) => deflateRawSync(JSON.stringify(blocks), { level: 9 }));
  packed.forEach((bytes, i) => ((card.chunks[i] as [number, number])[1] = bytes.length));
  return { card: deflateRawSync(JSON.stringify(card), { level: 9 }), rest: Buffer.concat(packed) };
}

/** The group file `t/<group>.bin` of up to PAGE_GROUP consecutive pages (format: readGroupHeader). */
export function groupFile(parts: { card: Uint8Array; rest: Uint8Array }[]): Uint8Array {
  if (parts.length > PAGE_GROUP) throw new Error(`a text group holds at most ${PAGE_GROUP} pages`);
  const header = Buffer.alloc(4 + 4 * (2 * parts.length + 1));
  header.writeUInt32LE(parts.length, 0);
  let at = header.length;
  parts.forEach(({ card, rest }, i) => {
    header.writeUInt32LE(at, 4 + 8 * i);
    at += card.length;
    header.writeUInt32LE(at, 8 + 8 * i);
    at += rest.length;
  });
  header.writeUInt32LE(at, 4 + 8 * parts.length);
  return Buffer.concat([header, ...parts.flatMap(({ card, rest }) => [card, rest])]);
}
