/**
 * The one text normalisation of search, shared by the index builder (Node)
 * and the query engine (browser): NFKC, then lower case, so that 全角 and
 * 半角 digits and letters, and upper and lower case, are the same; then
 * traditional characters become simplified ones (src/search/traditional.ts),
 * so that 經濟發展 and 经济发展 are the same; runs of whitespace become one
 * space; zero-width characters vanish.
 *
 * It works per cluster (a code point plus its combining marks) so that every
 * normalised character can be traced back to the original text, which the
 * excerpt needs to show the report's own characters. The traditional
 * folding maps one code point to one, so a text has the same positions
 * (which count code points) in either script; its UTF-16 length can change
 * (some characters fold to astral ones, e.g. 㗲 → 𠵾), and `origin` has an
 * entry for each UTF-16 unit.
 *
 * In a browser the folding table is fetched when first needed: a text for
 * which `needsFolding` is true must wait for `ensureFolding`
 * (src/search/folding.ts) before it is normalised, or normalising it
 * throws. Other texts normalise at once, without the table.
 */
import { TS_SOURCE } from './data/ts-characters.ts';
import { isTraditional, simplified, toSimplified } from './traditional.ts';

const COMBINING = /\p{M}/u;
const WHITESPACE = /\s/u;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;

/**
 * Names this normalisation, the table's release included: an index built
 * under another name must be rebuilt from scratch, not extended. Marked
 * pure so that bundles which do not use it (the browser's) leave it and
 * TS_SOURCE out.
 */
export const NORMALISATION = /* @__PURE__ */ ['nfkc-lower-ts', TS_SOURCE].join(' ');

export interface Normalised {
  /** The normalised text. */
  text: string;
  /**
   * For each UTF-16 index of `text`, the UTF-16 index in the original where
   * the cluster that produced it starts; one extra entry maps `text.length`
   * to the original length.
   */
  origin: number[];
}

/** NFKC and lower case of a cluster, before the folding. */
function settle(cluster: string): string {
  // NFKC can produce upper case (e.g. Ⅻ → XII) and lower-casing can undo NFKC
  // (rare), so apply both twice at most until stable.
  const out = cluster.normalize('NFKC').toLowerCase();
  const again = out.normalize('NFKC').toLowerCase();
  return again !== out ? again : out;
}

/** Normalises one cluster; empty for zero-width characters. */
function foldCluster(cluster: string): string {
  if (ZERO_WIDTH.test(cluster)) return '';
  // After NFKC, which turns compatibility ideographs (U+F900…) and radicals into unified ones.
  return toSimplified(settle(cluster)).replace(/\s+/gu, ' ');
}

/**
 * Characters that normalisation leaves as they are and that are neither
 * whitespace, zero-width nor combining marks: CJK ideographs other than
 * traditional ones, ASCII other than capitals and space, and the usual
 * Chinese punctuation (a test checks every one). Most report text is made
 * of them, and they skip the per-character normalisation, which was a
 * tenth of the indexer's time.
 */
export function plain(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff && !isTraditional(cp)) ||
    (cp >= 0x21 && cp <= 0x7e && !(cp >= 0x41 && cp <= 0x5a)) ||
    (cp >= 0x3400 && cp <= 0x4dbf && !isTraditional(cp)) ||
    cp === 0x3001 ||
    cp === 0x3002 ||
    (cp >= 0x300a && cp <= 0x3011) ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2014 ||
    cp === 0xb7
  );
}

/** True when `cp` is no combining mark, so a cluster ends before it; quick for the common characters. */
function startsCluster(cp: number | undefined): boolean {
  return cp === undefined || plain(cp) || isTraditional(cp) || !COMBINING.test(String.fromCodePoint(cp));
}

/** Normalised text plus a map back to the original, for excerpts. */
export function normaliseWithOrigin(input: string): Normalised {
  return fold(input, true) as Normalised;
}

function fold(input: string, withOrigin: boolean): Normalised | string {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const cp = input.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    // Quick paths, for a cluster of one code point: a plain character stays, a traditional ideograph (never changed by NFKC) is folded.
    const to = plain(cp) ? cp : simplified(cp);
    if (to !== 0 && startsCluster(input.codePointAt(i))) {
      if (to === cp) {
        text += input.slice(start, i);
        if (withOrigin) for (let k = start; k < i; k++) origin.push(start);
      } else {
        const ch = String.fromCodePoint(to);
        text += ch;
        if (withOrigin) for (let k = 0; k < ch.length; k++) origin.push(start);
      }
      continue;
    }
    while (i < input.length) {
      const next = input.codePointAt(i) as number;
      if (!COMBINING.test(String.fromCodePoint(next))) break;
      i += next > 0xffff ? 2 : 1;
    }
    let folded = foldCluster(input.slice(start, i));
    if (WHITESPACE.test(input[start] as string) || folded === ' ') folded = ' ';
    // Collapse whitespace runs, and drop whitespace at the start.
    if (folded === ' ' && (text.length === 0 || text.endsWith(' '))) continue;
    text += folded;
    if (withOrigin) for (let k = 0; k < folded.length; k++) origin.push(start);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  if (!withOrigin) return text;
  origin.push(input.length);
  return { text, origin };
}

/** Normalised text only: what both the index and a query are compared in. */
export function normalise(input: string): string {
  return fold(input, false) as string;
}

/** A text, or texts in arrays at any depth, e.g. an excerpt's blocks (kind, section id, text and maybe a number, which is skipped). */
export type FoldTexts = string | number | readonly FoldTexts[];

/**
 * True when normalising the text folds a traditional character, so in a
 * browser it needs the table (src/search/folding.ts): it has a traditional
 * character, or one that NFKC turns into one (豈 U+F900, ⾨ KANGXI RADICAL
 * GATE). Judged character by character, which is exact: NFKC composes no
 * ideograph out of several characters, so a cluster makes a traditional
 * character only where one of its characters alone does. The answer for
 * several texts is whether any of them needs the table.
 */
export function needsFolding(texts: FoldTexts): boolean {
  if (typeof texts === 'number') return false;
  if (typeof texts !== 'string') return texts.some(needsFolding);
  for (let i = 0; i < texts.length; ) {
    const cp = texts.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    if (plain(cp) || cp < 0x80) continue;
    if (isTraditional(cp)) return true;
    for (const ch of settle(String.fromCodePoint(cp))) if (isTraditional(ch.codePointAt(0) as number)) return true;
  }
  return false;
}
