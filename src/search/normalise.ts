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

/**
 * Characters that NFKC and lower-casing leave as they are and that are
 * neither whitespace, zero-width nor combining marks: CJK ideographs, ASCII
 * other than capitals and space, and the usual Chinese punctuation (a test
 * checks every one). Most report text is made of them, and they skip the
 * per-character normalisation, which was a tenth of the indexer's time.
 */
export function plain(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x21 && cp <= 0x7e && !(cp >= 0x41 && cp <= 0x5a)) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
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
    if (plain(cp)) {
      const next = input.codePointAt(i);
      if (next === undefined || plain(next) || !COMBINING.test(String.fromCodePoint(next))) {
        text += input.slice(start, i);
        if (withOrigin) for (let k = start; k < i; k++) origin.push(start);
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
