/**
 * The grams that make substring search exact without storing every
 * position of every character.
 *
 * A report's text is indexed as all its 1-, 2- and 3-character grams that
 * do not cross a block end, and its 4-character grams made of letters and
 * digits only. Each keeps, per report, how often it occurs and whether one
 * occurrence is in the head zone (title, unit, headings); 3-character grams
 * also keep their positions. So a term of up to three characters, or of
 * four letters and digits, is one gram lookup, and a longer term is found
 * from the positions of a few trigrams that cover it (offsets 0, 3, 6, …
 * and n-3): trigram i at p + offset i for every i spells the term at p,
 * because covering trigrams overlap or touch and a block end or the gap
 * between the zones breaks the chain.
 */
import { BLOCK_END } from './document.ts';
import { MAX_COUNT_GRAM, MAX_PHRASE, MIN_PHRASE, wordChar } from './posting-format.ts';

export const MAX_GRAM = 3;

/** Code points of a string (astral characters count once). */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0) as number);
  return out;
}

/** How a normalised query term is looked up. */
export interface TermPlan {
  /** Length of the term in code points. */
  length: number;
  /** True when the term is a gram of its own; else it is a chain of trigrams. */
  gram: boolean;
  /** Grams to fetch: the term itself, or its covering trigrams. */
  grams: string[];
  /** Offset of each gram in the term. */
  offsets: number[];
  /**
   * For a chain of MIN_PHRASE to MAX_PHRASE letters and digits: the term,
   * which may have a phrase posting of its own in the bucket of `grams[0]`
   * (posting-format.ts); when it has none, the chain is read.
   */
  phrase?: string;
}

export function planTerm(term: string): TermPlan {
  const cps = codePoints(term);
  if (cps.length <= MAX_GRAM || (cps.length === MAX_COUNT_GRAM && cps.every(wordChar))) {
    return { length: cps.length, gram: true, grams: [term], offsets: [0] };
  }
  const offsets: number[] = [];
  for (let o = 0; o + MAX_GRAM < cps.length; o += MAX_GRAM) offsets.push(o);
  offsets.push(cps.length - MAX_GRAM);
  const grams = offsets.map((o) => String.fromCodePoint(...cps.slice(o, o + MAX_GRAM)));
  const plan: TermPlan = { length: cps.length, gram: false, grams, offsets };
  if (cps.length >= MIN_PHRASE && cps.length <= MAX_PHRASE && cps.every(wordChar)) plan.phrase = term;
  return plan;
}

/** True for a character that can be part of a gram. */
export const inGram = (cp: number): boolean => cp !== BLOCK_END.codePointAt(0);
