/**
 * The token encoding that makes Pagefind find exact substrings.
 *
 * Every normalised character becomes a fixed 4-character code in base 33
 * over `0-9a-w` (33^4 > 0x10FFFF, so every code point has one). A document is
 * indexed as one Pagefind word per character: the code of the character and
 * the code of the next one (an overlapping bigram, 8 characters). A query
 * term of n ≥ 2 characters is then the phrase of its n-1 bigrams; a term of
 * one character is the prefix of the bigrams that start with it.
 *
 * Why this alphabet: Pagefind keeps `[0-9a-z]` words as they are when the
 * index language has no stemmer and no segmenter, the browser's word
 * segmenter keeps a run of ASCII letters and digits together even on a
 * `zh-CN` page, and no normalisation (case, diacritics, punctuation) can
 * touch them. So punctuation (5.12), spaces inside a quoted term and any
 * script are matched exactly, and nothing is stemmed.
 *
 * The letters x, y and z never occur in a code: `FILLER` words and Pagefind
 * metadata that start with them can never equal or extend a query token.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvw';
const BASE = DIGITS.length; // 33
export const CODE_LENGTH = 4;
/** A word that takes a position but is not indexed: no phrase crosses it. */
export const FILLER = ',';
/** Ends every block (title, unit, heading, paragraph); queries never contain it. */
export const BLOCK_END = '\n';

export function charCode(cp: number): string {
  let out = '';
  let n = cp;
  for (let i = 0; i < CODE_LENGTH; i++) {
    out = DIGITS[n % BASE] + out;
    n = Math.floor(n / BASE);
  }
  return out;
}

export function decodeCode(code: string): number {
  let n = 0;
  for (const ch of code) n = n * BASE + DIGITS.indexOf(ch);
  return n;
}

/** Code points of a string (astral characters count once). */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0) as number);
  return out;
}

/**
 * The words of a zone: one per code point of `text`, which is a sequence of
 * blocks each ended by `BLOCK_END`. A block end takes a position as a filler.
 */
export function zoneWords(text: string): string[] {
  const cps = codePoints(text);
  const words: string[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number;
    const next = cps[i + 1];
    if (cp === 10 || next === undefined) words.push(FILLER);
    else words.push(charCode(cp) + charCode(next));
  }
  return words;
}

/** How a normalised query term is searched in Pagefind. */
export interface TermPlan {
  /** Number of code points: the length of a match in positions. */
  length: number;
  /** Distinct Pagefind words to search for; one prefix for a 1-character term. */
  tokens: string[];
  /** For n ≥ 2: the bigram words in order, searched as a quoted phrase. */
  phrase: string[];
  /** True when `tokens[0]` is a prefix (1-character term). */
  prefix: boolean;
}

export function planTerm(term: string): TermPlan {
  const cps = codePoints(term);
  if (cps.length === 1) {
    return { length: 1, tokens: [charCode(cps[0] as number)], phrase: [], prefix: true };
  }
  const phrase: string[] = [];
  for (let i = 0; i + 1 < cps.length; i++) phrase.push(charCode(cps[i] as number) + charCode(cps[i + 1] as number));
  return { length: cps.length, tokens: [...new Set(phrase)], phrase, prefix: false };
}
