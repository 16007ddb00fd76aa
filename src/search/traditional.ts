/**
 * Traditional → simplified folding of single characters, for search: 發 → 发,
 * 臺 → 台, 經 → 经. Every character with an entry in OpenCC's table
 * (src/search/data/ts-characters.ts) becomes its first simplified candidate;
 * other characters stay. One code point always gives one code point, and a
 * folded character folds to itself.
 *
 * It is character by character on purpose: a phrase table (OpenCC's
 * TSPhrases) folds a character by its neighbours, so a query could fold
 * otherwise than the same characters inside a report and miss them, and
 * search positions count code points. The price is that characters which
 * simplification merged are the same to search (乾 and 干, 後 and 后, 髮
 * and 發 → 发).
 *
 * Which characters are traditional is always known (TS_TRADITIONAL, 2 KB
 * gzipped). What they fold to (TS_PAIRS, 14 KB) is loaded as this module
 * starts in Node; a browser bundle leaves it out (see
 * src/search/data/bundled-pairs.ts) and src/search/folding.ts fetches it,
 * as `ts-characters.json` beside the search index, when a text has a
 * traditional character. Until then `simplified` throws for those
 * characters rather than leave them as they are.
 */
import { BUNDLED_PAIRS } from '#search/bundled-pairs';
import { TS_DIGEST, TS_SOURCE, TS_TRADITIONAL } from './data/ts-characters.ts';

/** CJK Extension A and the Unified Ideographs: every traditional character in the table but a few dozen astral ones. */
const DENSE_FIRST = 0x3400;
const DENSE_LAST = 0x9fff;
/** Stands for the simplified form of a traditional character while the pairs are not loaded (no character folds to U+0001). */
const UNKNOWN = 1;

/** Simplified code point of each ideograph of the dense range, UNKNOWN until loaded, 0 when it has none (the normaliser's hot path). */
const dense = new Uint32Array(DENSE_LAST - DENSE_FIRST + 1);
/** The same for traditional characters outside the dense range. */
const sparse = new Map<number, number>();

/** The traditional code points, ascending: the order of the simplified characters in the fetched file. */
const traditional = decodeTraditional(TS_TRADITIONAL);
for (const cp of traditional) set(cp, UNKNOWN);
let loaded = false;
// TS_PAIRS lists the same characters in the same order (scripts/search/generate-ts-table.ts writes both).
if (BUNDLED_PAIRS) install(Array.from(BUNDLED_PAIRS, (ch) => ch.codePointAt(0) as number).filter((_, i) => i % 2 === 1));

/** Reads TS_TRADITIONAL back (scripts/search/generate-ts-table.ts): gaps in base 32, a digit from the second half of the alphabet before each further digit. */
function decodeTraditional(code: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const ch of code) {
    const d = 'etnrailsoufchgd+p01ymwbv2k3A/x8MP5UC649EONSTFjDL7BIRJWzHKVGqQYZX'.indexOf(ch);
    n = n * 32 + (d & 31);
    if (d < 32) {
      out.push((out[out.length - 1] ?? -1) + n + 1);
      n = 0;
    }
  }
  return out;
}

function set(cp: number, to: number): void {
  if (cp >= DENSE_FIRST && cp <= DENSE_LAST) dense[cp - DENSE_FIRST] = to;
  else sparse.set(cp, to);
}

function lookup(cp: number): number {
  if (cp >= DENSE_FIRST && cp <= DENSE_LAST) return dense[cp - DENSE_FIRST] as number;
  return cp > 0xffff ? (sparse.get(cp) ?? 0) : 0;
}

function install(targets: number[]): void {
  traditional.forEach((cp, i) => set(cp, targets[i] as number));
  loaded = true;
}

/** True when `cp` is a traditional character of the table, which folds to another one; known without the pairs. */
export function isTraditional(cp: number): boolean {
  return lookup(cp) !== 0;
}

/** True when the pairs are loaded (always in Node), so every character can be folded. */
export function foldingLoaded(): boolean {
  return loaded;
}

/**
 * The simplified code point that `cp` folds to, or 0 when it stays as it is.
 * Throws for a traditional character while the pairs are not loaded.
 */
export function simplified(cp: number): number {
  const to = lookup(cp);
  if (to === UNKNOWN) throw new Error(`search: ${String.fromCodePoint(cp)} is traditional and the folding table is not loaded (hint: await ensureFolding(text) first)`);
  return to;
}

/** `text` with every traditional character folded to its simplified one. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) {
    const to = simplified(ch.codePointAt(0) as number);
    out += to ? String.fromCodePoint(to) : ch;
  }
  return out;
}

/** The table file the browser fetches (src/search/folding.ts), written by the index builder: the same bytes every time. */
interface TableFile {
  /** TS_SOURCE, for people; TS_DIGEST, which the browser checks. */
  source: string;
  digest: string;
  /** The simplified form of each traditional character, in ascending order of the traditional code points. */
  simplified: string;
}

/** The contents of the table file, from the loaded pairs (in Node). */
export function foldingTableFile(): string {
  if (!loaded) throw new Error('search: the folding table is not loaded, so it cannot be written (hint: write it from Node)');
  const simplifiedChars = traditional.map((cp) => String.fromCodePoint(lookup(cp))).join('');
  return `${JSON.stringify({ source: TS_SOURCE, digest: TS_DIGEST, simplified: simplifiedChars } satisfies TableFile)}\n`;
}

/** Loads the pairs from a table file fetched from `where`; throws if it was written from other pairs than this code has. */
export function installFoldingTable(text: string, where: string): void {
  let file: Partial<TableFile> = {};
  try {
    file = JSON.parse(text) as Partial<TableFile>;
  } catch {
    // Reported below.
  }
  const targets = Array.from(file.simplified ?? '', (ch) => ch.codePointAt(0) as number);
  if (file.digest !== TS_DIGEST || targets.length !== traditional.length) {
    throw new Error(`search: ${where} is not the folding table ${TS_DIGEST} of this page (hint: build the site and the search index from the same version)`);
  }
  install(targets);
}
