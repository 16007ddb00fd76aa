/**
 * Exact search in Chromium against the substring ground truth: the bundled
 * sample collection, then a collection ingested from tests/fixtures/real.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_LAYOUT } from '../../scripts/search/gram-index.ts';
import { readCollection } from '../../scripts/search/read-collection.ts';
import { prng } from '../../scripts/bench/synthetic-reports.ts';
import { findInBucket } from '../../src/search/buckets.ts';
import { planTerm } from '../../src/search/grams.ts';
import { gramHash } from '../../src/search/index-format.ts';
import { normalise } from '../../src/search/normalise.ts';
import type { SegmentList } from '../../src/search/segments.ts';
import { headBlocks, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { countCode, countOfCode, MAX_PHRASE, MIN_PHRASE, wordChar } from '../../src/search/posting-format.ts';
import { openHarness, type Harness } from './helpers/harness.ts';
import { ABSENT, checkAll, generatedQueries, toFullWidth, truth } from './helpers/queries.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const HAND_PICKED = [
  '科技特派员', '知识产权', '预防', '预防科', '孵化器', '技特派', '权保护', '5.12', '11423平方米', '4.26',
  '科技', '工作', '年', '科', '。', '“5.12”', '科技 知识产权', '科技 -预防', '-预防', '知识产权 -科技特派员',
  '５．１２', '１１４２３平方米', toFullWidth('dvd'), 'DVD', '"科技 局"', '区科技局', 'xx区', 'XX区', '下半年',
  '防震减灾', '长春', '心 年', '"，"', '、', '1-6月', '150%',
];

describe('the bundled sample collection', () => {
  let h: Harness;
  let docs: SearchDocument[];
  beforeAll(async () => {
    docs = (await readCollection(join(ROOT, 'content/reports'))).docs;
    h = await openHarness(join(ROOT, 'content/reports'));
  });
  afterAll(() => h?.close());

  test('absent terms are absent from the ground truth too', () => {
    for (const term of ABSENT) expect(truth(docs, `"${term}"`), term).toEqual([]);
  });

  test('150+ queries return exactly the reports that contain the terms', async () => {
    const queries = [...HAND_PICKED, ...ABSENT.map((t) => (t.includes(' ') ? `"${t}"` : t)), ...generatedQueries(docs, 110)];
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(await checkAll(h, docs, queries)).toEqual([]);
  }, 300_000);

  test('results are ranked: title, unit or heading matches first, then more occurrences (exact up to 4, then in powers of two)', async () => {
    const count = (text: string, term: string): number => text.split(term).length - 1;
    const stored = (n: number): number => countOfCode(countCode(n));
    for (const term of ['孵化器', '预防', '科技', '知识产权', '科', '工作']) {
      const r = await h.search(term, { limit: 100 });
      const signals = r.results.map(({ id }) => {
        const doc = docs.find((d) => d.id === id) as SearchDocument;
        const head = zoneText(headBlocks(doc));
        return [head.includes(term) ? 1 : 0, stored(count(head, term) + count(zoneText(doc.body), term))] as const;
      });
      for (let i = 1; i < signals.length; i++) {
        const [a, b] = [signals[i - 1], signals[i]] as [readonly [number, number], readonly [number, number]];
        expect(a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]), `${term} #${i}: ${a} before ${b}`).toBe(true);
      }
    }
    expect((await h.search('预防科')).results[0]?.unit).toBe('xx市人民检察院预防科');
    expect((await h.search('孵化器')).results[0]?.sectionId).toBe('s6');
  });

  test('an excerpt is escaped text with the terms marked, and points at the section', async () => {
    const r = await h.search('11423平方米');
    expect(r.results[0]?.excerptHtml).toContain('<mark>11423平方米</mark>');
    expect(r.results[0]?.sectionId).toBe('s6');
    const w = await h.search('１１４２３平方米');
    expect(w.results[0]?.excerptHtml).toContain('<mark>11423平方米</mark>');
  });

  test('filters narrow results and come with counts; browsing needs no query', async () => {
    const all = await h.search('');
    expect(all.total).toBe(docs.length);
    expect(all.filterCounts.year['未注明']).toBe(docs.filter((d) => d.year === null).length);
    const county = await h.search('', { filters: { level: ['县'] } });
    expect(county.total).toBe(docs.filter((d) => d.level === '县').length);
    const both = await h.search('科技', { filters: { level: ['县'] } });
    expect(both.results.every((r) => r.level === '县')).toBe(true);
    const multi = await h.search('科技 工作');
    const sum = Object.values(multi.filterCounts.level).reduce((a, b) => a + b, 0);
    expect(sum).toBe(multi.total);
  });
});

describe('a collection ingested from tests/fixtures/real', () => {
  let h: Harness;
  let docs: SearchDocument[];
  let collection: string;
  beforeAll(async () => {
    collection = await mkdtemp(join(tmpdir(), 'huibao-real-'));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), join(ROOT, 'tests/fixtures/real'), '--out', collection], {
      encoding: 'utf8',
    });
    if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed: ${run.stderr}`);
    docs = (await readCollection(collection)).docs;
    h = await openHarness(collection);
  });
  afterAll(async () => {
    await h?.close();
    await rm(collection, { recursive: true, force: true });
  });

  test('50+ queries return exactly the reports that contain the terms', async () => {
    expect(docs.length).toBeGreaterThan(3);
    const queries = [...ABSENT.slice(0, 10), ...generatedQueries(docs, 60, 11)];
    expect(await checkAll(h, docs, queries)).toEqual([]);
  }, 300_000);

  test('phrase postings give the same results, ranks, counts and excerpts as the trigram chains they stand for', async () => {
    // Every phrase of 5–8 letters and digits on two pages or more is a candidate, the most frequent first: nearly every one on three pages or more gets a posting.
    const phrased = await openHarness(collection, { layout: { ...DEFAULT_LAYOUT, phraseMinPages: 2, phraseChainBytes: 1 } });
    try {
      const rand = prng(5);
      const texts = docs.flatMap((d) => [d.title, ...d.body.map((b) => b.text)].map(normalise));
      const phrases = new Set<string>();
      for (let tries = 0; phrases.size < 40 && tries < 100_000; tries++) {
        const chars = [...(texts[Math.floor(rand() * texts.length)] as string)];
        const n = MIN_PHRASE + Math.floor(rand() * (MAX_PHRASE - MIN_PHRASE + 1));
        const at = Math.floor(rand() * Math.max(1, chars.length - n));
        const phrase = chars.slice(at, at + n);
        if (phrase.length === n && phrase.every((c) => wordChar(c.codePointAt(0) as number)) && truth(docs, phrase.join('')).length >= 3) phrases.add(phrase.join(''));
      }
      expect(phrases.size).toBe(40);
      // The index holds postings for them, in the bucket of their first trigram.
      const shard = join(phrased.dist, 'pagefind/shard-1-of-1');
      const [segment] = (JSON.parse(readFileSync(join(shard, 'segments.json'), 'utf8')) as SegmentList).segments;
      const posted = [...phrases].filter((phrase) => {
        const first = planTerm(phrase).grams[0] as string;
        return findInBucket(readFileSync(join(shard, segment!.dir, 'b', `${gramHash(first) % segment!.buckets}.bin`)), phrase) !== null;
      });
      expect(posted.length).toBeGreaterThan(30);
      const queries = [...phrases, ...posted.slice(0, 10).map((p, i) => `${p} ${HAND_PICKED[i]}`), `科技 -${posted[0]}`];
      expect(await checkAll(phrased, docs, queries)).toEqual([]);
      for (const q of queries) {
        for (const options of [{ limit: 50 }, { sort: 'date' as const, offset: 2 }]) {
          expect(await phrased.search(q, options), `${q} ${JSON.stringify(options)}`).toEqual(await h.search(q, options));
        }
        // Within a section kind a phrase posting ranks by all its occurrences, as a 4-gram does, a chain by those in the kind: the same results and excerpts, maybe in another order.
        const byId = (r: Awaited<ReturnType<Harness['search']>>) => ({ ...r, results: [...r.results].sort((a, b) => (a.id < b.id ? -1 : 1)) });
        expect(byId(await phrased.search(q, { section: 'done', limit: 100 })), `${q} done`).toEqual(byId(await h.search(q, { section: 'done', limit: 100 })));
      }
    } finally {
      await phrased.close();
    }
  }, 300_000);

  test('the same from packed, deflated postings on a host that ignores Range requests', async () => {
    // Tiny buckets and inline sizes: nearly every posting is in a pack, the larger ones deflated.
    const packed = await openHarness(collection, { layout: { bucketBytes: 512, inlineMax: 4, deflateMin: 64, packBytes: 8192 }, ranges: false });
    try {
      const segment = readdirSync(join(packed.dist, 'pagefind/shard-1-of-1')).find((n) => n.startsWith('seg-')) as string;
      expect(readdirSync(join(packed.dist, 'pagefind/shard-1-of-1', segment, 'p')).length).toBeGreaterThan(3);
      const queries = [...ABSENT.slice(0, 5), ...HAND_PICKED.slice(0, 12), ...generatedQueries(docs, 40, 23)];
      expect(await checkAll(packed, docs, queries)).toEqual([]);
      // The excerpt of a long report's later match comes from its text chunks, through the same fallback.
      const r = await packed.search('国务院', { limit: 3 });
      expect(r.results[0]?.excerptHtml).toContain('<mark>国务院</mark>');
    } finally {
      await packed.close();
    }
  }, 300_000);
});
