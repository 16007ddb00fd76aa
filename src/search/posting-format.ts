/**
 * How a gram's posting is laid out once written (scripts/search/posting-layout.ts
 * writes it, postings.ts reads it). A posting is up to four parts, stored
 * back to back in this order so that what a query needs is one byte range:
 *
 * - G, gaps: `varint(n)` then n page gaps (the first page + 1, then the
 *   differences). Pages in increasing order.
 * - D, directory (trigrams and 4-grams): per block of BLOCK_ROWS rows, the byte
 *   length of its positions in P.
 * - V, values: n varints, `countCode(count) * 2 + inHead`.
 * - M, section kinds: n bytes, bit k − 1 set when the gram occurs in a
 *   section of kind k (SECTION_ZONES), read only by a search within a kind.
 * - P, positions (trigrams only): per row `varint(k)` and k positions (the
 *   first as is, then gaps), exact, in blocks of BLOCK_ROWS rows. For a
 *   4-gram (HAS_FIRSTS), P holds per row the body offset of its first
 *   occurrence in reading order + 1 (0: only in the head zone), so that an
 *   excerpt knows which chunk of text to fetch; D then indexes those blocks.
 *
 * Positions: character i of the head zone (document.ts) is at 4i; character
 * j of the body at `HEAD_BASE + 4j + k`, k the kind of its section (0:
 * none, 1–3: SECTION_ZONES). So a position says where a match is and in
 * what kind of section, positions grow in reading order, and the characters
 * of a phrase are POSITION_STEP apart (a section kind changes only at a
 * block end, which no phrase crosses). An earlier layout put each kind at
 * its own 4-million offset: the first position of a page cost 4 bytes
 * instead of 2 or 3, a third more positions bytes at 100,000 reports.
 *
 * G, V and M are each raw-deflated when that saves a fifth. A term of one to
 * four characters reads G, D and V of one gram. A longer term reads G and
 * D of its covering trigrams, intersects their pages, and then reads only
 * the blocks of P that hold those pages: a phrase with one rare piece costs
 * little however common its other pieces are.
 *
 * Counts are exact up to EXACT_COUNTS and then rounded down to a power of
 * two: they only rank, and at 100,000 reports the counts of a gram found in
 * most reports are most of its posting (科技, in 94,000 reports: 53 KB of
 * counts in steps of √2, about 42 KB in powers of two, beside 10 KB of
 * page gaps).
 */
import { HEAD_ZONE } from './document.ts';

/** Rows (pages) of a trigram posting per block of positions. */
export const BLOCK_ROWS = 32;

/** Counts up to this are stored exactly. */
export const EXACT_COUNTS = 4;

/** The count a code stands for: exact up to EXACT_COUNTS, then a power of two. */
export function countOfCode(code: number): number {
  return code <= EXACT_COUNTS ? code : EXACT_COUNTS * 2 ** (code - EXACT_COUNTS);
}

/** The code of a count: the largest code whose count is at most it. */
export function countCode(count: number): number {
  if (count <= EXACT_COUNTS) return count;
  let code = EXACT_COUNTS + Math.floor(Math.log2(count / EXACT_COUNTS));
  while (countOfCode(code + 1) <= count) code++;
  while (countOfCode(code) > count) code--;
  return code;
}

/** Longest gram with a count posting of its own; longer terms chain trigram positions. */
export const MAX_COUNT_GRAM = 4;

/**
 * Phrases of MIN_PHRASE to MAX_PHRASE letters and digits may have a
 * posting of their own, shaped like a 4-gram's (counts, head flags, section
 * kinds, first body offsets), filed in the bucket of their first trigram
 * so that looking one up fetches nothing more. The builder writes one only
 * for a frequent phrase whose chain of trigram positions would cost a
 * query far more bytes (gram-index.ts); the posting holds exactly the
 * pages and counts the chain gives. Without one, a term is chained.
 */
export const MIN_PHRASE = MAX_COUNT_GRAM + 1;
export const MAX_PHRASE = 8;

/**
 * True for a character a 4-gram may hold: letters (CJK ideographs
 * included) and digits. 4-grams with punctuation or spaces are not indexed;
 * such a term is found from trigram positions, exactly, at a higher cost.
 */
export function wordChar(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
}

/** Flags of a bucket entry. */
export const PACKED = 1;
export const GAPS_DEFLATED = 2;
export const VALUES_DEFLATED = 4;
export const HAS_POSITIONS = 8;
export const MASKS_DEFLATED = 16;
export const HAS_FIRSTS = 32;

/** The section kinds a search can be limited to (src/lib/section-kind.ts), as zone numbers 1, 2, 3. */
export const SECTION_ZONES = ['done', 'problems', 'plans'] as const;
export type SectionZone = (typeof SECTION_ZONES)[number];

/** Distance between the positions of neighbouring characters. */
export const POSITION_STEP = 4;

/** Position of the body's first character (kind 0). */
export const HEAD_BASE = HEAD_ZONE * POSITION_STEP;

/** Zone number (0: none, 1–3: SECTION_ZONES) of a position; -1 in the head zone. */
export function zoneOf(position: number): number {
  return position < HEAD_BASE ? -1 : (position - HEAD_BASE) % POSITION_STEP;
}

/** Body offset (code point in the body zone text) of a body position. */
export function bodyOffset(position: number): number {
  return Math.floor((position - HEAD_BASE) / POSITION_STEP);
}

/** Byte lengths of a posting's parts as stored (after deflate). */
export interface PostingParts {
  flags: number;
  gaps: number;
  directory: number;
  values: number;
  masks: number;
  positions: number;
}
