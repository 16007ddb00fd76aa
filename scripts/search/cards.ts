/**
 * What the browser fetches to show one result: a small card with the
 * report's fields and the first lines of its text, and the rest of the text
 * in chunks, of which an excerpt fetches only the one holding its match.
 * Both are read by HTTP range requests: cards from fixed-size slots in a
 * file per 1,024 reports (`k/`), texts from a file per 64 reports (`t/`),
 * so a result costs one request for its card and one for its chunk, and
 * the index a few files per thousand reports. Format in
 * src/search/index-format.ts.
 */
import { deflateRawSync } from 'node:zlib';
import type { SearchDocument } from '../../src/search/document.ts';
import { codePoints } from '../../src/search/grams.ts';
import { LEAD_CHARS } from '../../src/search/excerpt.ts';
import { cardSlot, PAGE_GROUP, type PageCard, type TextBlock } from '../../src/search/index-format.ts';
import { normalise } from '../../src/search/normalise.ts';

/**
 * Deflate settings for cards and chunks, a few KB each: a 2 KB window and
 * less memory make each call about 40 % cheaper than the defaults (there are
 * hundreds of thousands of calls) and the output is the same size.
 */
const SMALL = { level: 9, windowBits: 11, memLevel: 5 };

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
  const body: TextBlock[] = doc.body.map((b) => (b.zone ? [b.kind, b.section ?? '', b.text, b.zone] : [b.kind, b.section ?? '', b.text]));
  // The card: whole blocks while they fit; if they hold no paragraph, the start of the first one, for the lead of an excerpt without terms.
  let whole = 0;
  let used = 0;
  while (whole < body.length && used + (body[whole] as TextBlock)[2].length <= CARD_CHARS) used += (body[whole++] as TextBlock)[2].length;
  const blocks = body.slice(0, whole);
  const lead = blocks.some(([kind]) => kind === 'paragraph') ? undefined : body.slice(whole).find(([kind]) => kind === 'paragraph');
  if (lead) blocks.push([lead[0], lead[1], cutText(lead[2], Math.max(CARD_CHARS - used, LEAD_CHARS + 2)), ...(lead.length > 3 ? [lead[3] as number] : [])] as TextBlock);
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
    rest: 0,
    chunks: starts.map((start) => [start, 0]),
  };
  return { card, chunks };
}

/**
 * The text file of a group of consecutive pages (`t/<group>.bin`: each
 * page's deflated chunks, and any card too large for its slot) and each
 * page's card slot.
 */
export function groupTexts(docs: SearchDocument[], base: string): { texts: Uint8Array; slots: Uint8Array[] } {
  if (docs.length > PAGE_GROUP) throw new Error(`a text group holds at most ${PAGE_GROUP} pages`);
  const parts: Uint8Array[] = [];
  const slots: Uint8Array[] = [];
  let at = 0;
  for (const doc of docs) {
    const { card, chunks } = pageText(doc, base);
    const packed = chunks.map((blocks) => deflateRawSync(JSON.stringify(blocks), SMALL));
    packed.forEach((bytes, i) => ((card.chunks[i] as [number, number])[1] = bytes.length));
    card.rest = at;
    for (const bytes of packed) {
      parts.push(bytes);
      at += bytes.length;
    }
    const cardBytes = deflateRawSync(JSON.stringify(card), SMALL);
    const slot = cardSlot(cardBytes, at);
    if (slot.length < cardBytes.length) {
      parts.push(cardBytes);
      at += cardBytes.length;
    }
    slots.push(slot);
  }
  return { texts: Buffer.concat(parts), slots };
}
