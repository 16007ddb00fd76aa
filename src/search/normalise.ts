/**
 * The one text normalisation of search, shared by the index builder (Node)
 * and the query engine (browser): NFKC, then lower case, so that 全角 and
 * 半角 digits and letters, and upper and lower case, are the same; runs of
 * whitespace become one space; zero-width characters vanish.
 *
 * It works per cluster (a code point plus its combining marks) so that every
 * normalised character can be traced back to the original text, which the
 * excerpt needs to show the report's own characters.
 */

const COMBINING = /\p{M}/u;
const WHITESPACE = /\s/u;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;

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

/** Normalises one cluster; empty for zero-width characters. */
function foldCluster(cluster: string): string {
  if (ZERO_WIDTH.test(cluster)) return '';
  // NFKC can produce upper case (e.g. Ⅻ → XII) and lower-casing can undo NFKC
  // (rare), so apply both twice at most until stable.
  let out = cluster.normalize('NFKC').toLowerCase();
  const again = out.normalize('NFKC').toLowerCase();
  if (again !== out) out = again;
  return out.replace(/\s+/gu, ' ');
}

/** Normalised text plus a map back to the original, for excerpts. */
export function normaliseWithOrigin(input: string): Normalised {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const cp = input.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    // Fast path: CJK ideographs and ASCII lower-case letters and digits are unchanged.
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) {
      const next = input.codePointAt(i);
      if (next === undefined || !COMBINING.test(String.fromCodePoint(next))) {
        text += input.slice(start, i);
        for (let k = start; k < i; k++) origin.push(start);
        continue;
      }
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
    for (let k = 0; k < folded.length; k++) origin.push(start);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  origin.push(input.length);
  return { text, origin };
}

/** Normalised text only: what both the index and a query are compared in. */
export function normalise(input: string): string {
  return normaliseWithOrigin(input).text;
}
