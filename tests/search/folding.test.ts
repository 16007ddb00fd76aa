/**
 * The traditional → simplified table as the browser has it: the modules
 * bundled for the browser (no pairs, src/search/data/bundled-pairs.browser.ts)
 * and loaded here, in Node, beside the full ones. Without the table, a text
 * that `needsFolding` says does not need it normalises exactly as with the
 * table, and one that needs it throws: never a different result. With the
 * table file the index builder writes, everything normalises as in Node.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TS_DIGEST, TS_PAIRS } from '../../src/search/data/ts-characters.ts';
import { FOLDING_TABLE } from '../../src/search/folding.ts';
import { needsFolding, normalise, normaliseWithOrigin } from '../../src/search/normalise.ts';
import { parseQuery } from '../../src/search/query.ts';
import { foldingTableFile } from '../../src/search/traditional.ts';
import { TABLE, toTraditional } from './helpers/traditional.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What the browser modules export, as bundled for the browser. */
interface Lazy {
  normalise: typeof normalise;
  normaliseWithOrigin: typeof normaliseWithOrigin;
  parseQuery: typeof parseQuery;
  needsFolding: typeof needsFolding;
  foldingLoaded(): boolean;
  setFoldingTableDir(dir: string): void;
  ensureFolding<T>(texts: T | PromiseLike<T>): Promise<T>;
}

let dir: string;
let code: string;

/** A fresh copy of the browser modules (its own, unloaded table). */
async function lazyModules(): Promise<Lazy> {
  const file = path.join(dir, `lazy-${Math.random().toString(36).slice(2)}.mjs`);
  await writeFile(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Lazy;
}

/** `fetch` answering the table URL with `body`, counting requests. */
function fakeFetch(body: () => string, status = 200): { urls: string[]; restore(): void } {
  const original = globalThis.fetch;
  const urls: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return new Response(body(), { status });
  }) as typeof fetch;
  return { urls, restore: () => (globalThis.fetch = original) };
}

/** Real report text, odd input and traditional copies: what a browser may normalise. */
async function texts(): Promise<string[]> {
  const hebei = await readFile(path.join(ROOT, 'tests/fixtures/real/2026_河北省_政府工作报告.csv'), 'utf8');
  const year1979 = await readFile(path.join(ROOT, 'tests/fixtures/real/1979.txt'), 'utf8');
  const out = [hebei.slice(0, 30_000), year1979.slice(0, 30_000), toTraditional(hebei.slice(0, 30_000))];
  out.push('ＡＢＣ１２３ａ　b\u200bc e\u0301 科\u0301技 Ⅻ ﬁ （一） “5.12” …… ㈠ ｶ ', ' \t 起止 ', '', '经济发展 科学技术');
  out.push('臺灣經濟發\u0301展', '\uf900', '⾨', '㗲𠵾', '𩶘', '科\u0301技\u0301', '科技 -"知识 产权"', '經濟 -国务院');
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'huibao-folding-'));
  const entry = ['folding.ts', 'normalise.ts', 'query.ts'].map((m) => `export * from ${JSON.stringify(path.join(ROOT, 'src/search', m))};`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  code = (result.outputFiles[0] as { text: string }).text;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('needsFolding', () => {
  test('agrees with the table for every code point of the CJK ideograph blocks', () => {
    const ranges: [number, number][] = [
      [0x3400, 0x4dbf], // Extension A
      [0x4e00, 0x9fff], // Unified Ideographs
      [0x20000, 0x2ee5f], // Extensions B to F and I
      [0x30000, 0x323af], // Extensions G and H
    ];
    const wrong: string[] = [];
    let traditional = 0;
    for (const [first, last] of ranges) {
      for (let cp = first; cp <= last; cp++) {
        const ch = String.fromCodePoint(cp);
        if (TABLE.has(ch)) traditional++;
        if (needsFolding(ch) !== TABLE.has(ch)) wrong.push(cp.toString(16));
      }
    }
    expect(wrong).toEqual([]);
    expect(traditional).toBe(TABLE.size);
  });

  test('is true for every character that NFKC turns into a traditional one, and for no other', () => {
    const wrong: string[] = [];
    let compatibility = 0;
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      const settled = ch.normalize('NFKC').toLowerCase().normalize('NFKC').toLowerCase();
      const expected = [...settled].some((c) => TABLE.has(c));
      if (expected && !TABLE.has(ch)) compatibility++;
      if (needsFolding(ch) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    // Compatibility ideographs (豈 U+F900), radicals (⾨), enclosed ideographs.
    expect(compatibility).toBeGreaterThan(50);
  });

  test('takes texts in arrays at any depth', () => {
    expect(needsFolding([])).toBe(false);
    expect(needsFolding(['经济', ['paragraph', 's1', '发展']])).toBe(false);
    expect(needsFolding(['经济', ['paragraph', 's1', '發展']])).toBe(true);
    expect(needsFolding([[['科技'], '\uf900']])).toBe(true);
    expect(needsFolding([['paragraph', 's1', '發展', 2]])).toBe(true);
    expect(needsFolding([['paragraph', 's1', '发展', 2]])).toBe(false);
  });
});

describe('in the browser, without the table', () => {
  test('the page scripts carry none of the pairs', () => {
    expect(code).not.toContain(TS_PAIRS.slice(0, 40));
    expect(code).not.toContain('發');
  });

  test('a text normalises as in Node, or, if it needs the table, throws', async () => {
    const lazy = await lazyModules();
    expect(lazy.foldingLoaded()).toBe(false);
    for (const text of await texts()) {
      for (let at = 0; at < text.length || at === 0; at += 4000) {
        const part = text.slice(at, at + 4000);
        if (lazy.needsFolding(part)) {
          expect(() => lazy.normalise(part)).toThrow(/is traditional and the folding table is not loaded \(hint: await ensureFolding/);
          expect(() => lazy.normaliseWithOrigin(part)).toThrow(/not loaded/);
        } else {
          expect(lazy.normalise(part)).toBe(normalise(part));
          expect(lazy.normaliseWithOrigin(part)).toEqual(normaliseWithOrigin(part));
        }
      }
    }
    expect(lazy.parseQuery('经济 -"国务院 办公厅"')).toEqual(parseQuery('经济 -"国务院 办公厅"'));
    expect(() => lazy.parseQuery('經濟')).toThrow(/經 is traditional/);
    expect(lazy.foldingLoaded()).toBe(false);
  });

  test('every code point, alone and before a combining mark, normalises as in Node unless it needs the table', async () => {
    const lazy = await lazyModules();
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      for (const text of [String.fromCodePoint(cp), `${String.fromCodePoint(cp)}\u0301`]) {
        let got: string | null = null;
        try {
          got = lazy.normalise(text);
        } catch {
          // Only a text that needs the table may throw.
        }
        const ok = lazy.needsFolding(text) ? got === null : got === normalise(text);
        if (!ok) wrong.push(`${cp.toString(16)}${text.length > 2 ? '+0301' : ''}`);
        if (wrong.length > 20) break;
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('in the browser, with the table file', () => {
  test('is fetched once, from the index folder, and only for a text that needs it', async () => {
    const lazy = await lazyModules();
    const fake = fakeFetch(foldingTableFile);
    try {
      lazy.setFoldingTableDir('/archive/pagefind');
      expect(await lazy.ensureFolding('经济发展')).toBe('经济发展');
      expect(await lazy.ensureFolding(Promise.resolve([['paragraph', 's1', '科技创新']]))).toEqual([['paragraph', 's1', '科技创新']]);
      expect(fake.urls).toEqual([]);
      expect(lazy.foldingLoaded()).toBe(false);
      // Texts normalised at the same time wait for one request.
      const blocks = [['paragraph', 's2', '臺灣經濟發展']];
      const [query, got] = await Promise.all([lazy.ensureFolding('經濟'), lazy.ensureFolding(Promise.resolve(blocks)), lazy.ensureFolding('\uf900')]);
      expect(query).toBe('經濟');
      expect(got).toBe(blocks);
      expect(fake.urls).toEqual([`/archive/pagefind/${FOLDING_TABLE}`]);
      expect(lazy.foldingLoaded()).toBe(true);
      await lazy.ensureFolding('發展');
      expect(fake.urls).toHaveLength(1);
    } finally {
      fake.restore();
    }
    for (const text of await texts()) {
      expect(lazy.normalise(text)).toBe(normalise(text));
      expect(lazy.normaliseWithOrigin(text)).toEqual(normaliseWithOrigin(text));
    }
    expect(lazy.parseQuery('經濟 -國務院')).toEqual({ terms: ['经济'], excluded: ['国务院'] });
  });

  test('the file holds the simplified characters in table order, with the digest of the pairs', () => {
    const file = JSON.parse(foldingTableFile()) as { source: string; digest: string; simplified: string };
    expect(file.digest).toBe(TS_DIGEST);
    expect([...file.simplified]).toEqual([...TABLE.values()]);
    expect(foldingTableFile()).toBe(foldingTableFile());
  });

  test('a missing or foreign table file is an error, and a later call tries again', async () => {
    const lazy = await lazyModules();
    await expect(lazy.ensureFolding('經濟')).rejects.toThrow(/no folder for the folding table \(hint: call setFoldingTableDir/);
    lazy.setFoldingTableDir('/pagefind/');
    let body = '<!doctype html><title>404</title>';
    let fake = fakeFetch(() => body, 404);
    try {
      await expect(lazy.ensureFolding('經濟')).rejects.toThrow(`404 fetching /pagefind/${FOLDING_TABLE} (hint: build the search index)`);
    } finally {
      fake.restore();
    }
    body = foldingTableFile().replace(TS_DIGEST, '0123456789abcdef');
    fake = fakeFetch(() => body);
    try {
      await expect(lazy.ensureFolding('經濟')).rejects.toThrow(/is not the folding table .* of this page \(hint: build the site and the search index from the same version\)/);
      body = '{"digest":';
      await expect(lazy.ensureFolding('經濟')).rejects.toThrow(/is not the folding table/);
      expect(lazy.foldingLoaded()).toBe(false);
      expect(() => lazy.normalise('經濟')).toThrow(/not loaded/);
      body = foldingTableFile();
      await lazy.ensureFolding('經濟');
      expect(fake.urls).toHaveLength(3);
    } finally {
      fake.restore();
    }
    expect(lazy.normalise('經濟')).toBe('经济');
  });
});
