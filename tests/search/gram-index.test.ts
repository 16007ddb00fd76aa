import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ByteArena } from '../../scripts/search/byte-arena.ts';
import { type BodyRun, GramIndex } from '../../scripts/search/gram-index.ts';
import { layOutPosting } from '../../scripts/search/posting-layout.ts';
import { decodeCounts, decodeGaps } from '../../src/search/postings.ts';
import { ByteWriter } from '../../src/search/varint.ts';
import { HEAD_ZONE } from '../../src/search/document.ts';
import { BLOCK_ROWS, countCode, countOfCode, EXACT_COUNTS, GAPS_DEFLATED, HAS_FIRSTS, HEAD_BASE, POSITION_STEP, VALUES_DEFLATED } from '../../src/search/posting-format.ts';
import { ROOT } from '../helpers/build-site.ts';
import { readBack } from './helpers/read-back.ts';

/** A small deterministic random source. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('ByteArena', () => {
  test('many streams written in interleaved pieces read back whole, across slices and buffers', () => {
    const arena = new ByteArena();
    const next = random(7);
    const expected: number[][] = [];
    for (let s = 0; s < 300; s++) expect(arena.open()).toBe(s);
    for (let s = 0; s < 300; s++) expected.push([]);
    const piece = new Uint8Array(300);
    // About 21 MB in all: more than one 16 MB buffer.
    for (let round = 0; round < 2000; round++) {
      for (let s = 0; s < 300; s++) {
        const n = 1 + Math.floor(next() * (s % 3 === 0 ? 200 : 3));
        for (let i = 0; i < n; i++) piece[i] = Math.floor(next() * 256);
        arena.append(s, piece, n);
        expected[s]!.push(...piece.subarray(0, n));
      }
    }
    expect(arena.bytes).toBeGreaterThan(16 * 2 ** 20);
    for (let s = 0; s < 300; s++) {
      expect(arena.length(s)).toBe(expected[s]!.length);
      expect(Buffer.from(arena.read(s)).equals(Buffer.from(expected[s]!))).toBe(true);
    }
  });

  test('an empty stream reads as no bytes', () => {
    const arena = new ByteArena();
    const s = arena.open();
    expect(arena.read(s)).toEqual(new Uint8Array(0));
  });
});

/** A gram's posting the plain way, with string keys: per page its exact count, head flag and (trigrams) positions. */
interface Reference {
  pages: number[];
  counts: number[];
  head: number[];
  positions: number[][];
  /** Body offset of the first occurrence in the body, -2 when only in the head zone. */
  firsts: number[];
  /** Section kinds it occurs in: bit k − 1 for kind k. */
  masks: number[];
}

/** A body cut into runs of blocks (each ending in a newline) of one section kind, the kind chosen from the block's index and the page. */
function bodyRuns(body: string, page: number): BodyRun[] {
  const blocks = body.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const runs: BodyRun[] = [];
  blocks.forEach((block, i) => {
    const zone = (i * 7 + page) % 4;
    const last = runs[runs.length - 1];
    if (last && last[0] === zone) last[1] += block;
    else runs.push([zone, block]);
  });
  return runs;
}

const wordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** The postings the fast index must hold: 1-3-grams not crossing a block end, 4-grams of letters and digits. */
function referencePostings(pages: [string, string][]): Map<string, Reference> {
  const postings = new Map<string, Reference>();
  pages.forEach(([head, body], page) => {
    const seen = new Map<string, { count: number; head: number; positions: number[]; first: number; mask: number }>();
    // Zone of each body character: its block's kind.
    const zones = bodyRuns(body, page).flatMap(([zone, text]) => [...text].map(() => zone));
    const scan = (text: string, base: number, limit: number): void => {
      const chars = [...text].slice(0, limit);
      for (let i = 0; i < chars.length; i++) {
        const zone = base === 0 ? -1 : (zones[i] as number);
        for (let n = 1; n <= 4; n++) {
          const gram = chars.slice(i, i + n);
          if (gram.length < n || gram.includes('\n')) break;
          if (n === 4 && !gram.every(wordChar)) break;
          const key = gram.join('');
          const entry = seen.get(key) ?? { count: 0, head: 0, positions: [], first: -2, mask: 0 };
          entry.count++;
          if (base === 0) entry.head = 1;
          else if (entry.first === -2) entry.first = i;
          if (zone > 0) entry.mask |= 1 << (zone - 1);
          if (n === 3) entry.positions.push(base === 0 ? i * POSITION_STEP : HEAD_BASE + i * POSITION_STEP + zone);
          seen.set(key, entry);
        }
      }
    };
    scan(head, 0, HEAD_ZONE - 1);
    scan(body, HEAD_ZONE, Infinity);
    for (const [gram, { count, head: inHead, positions, first, mask }] of seen) {
      let p = postings.get(gram);
      if (!p) postings.set(gram, (p = { pages: [], counts: [], head: [], positions: [], firsts: [], masks: [] }));
      p.firsts.push(first);
      p.masks.push(mask);
      p.pages.push(page);
      p.counts.push(count);
      p.head.push(inHead);
      p.positions.push(positions);
    }
  });
  return postings;
}

/** What a phrase posting must hold: for every run of 5–8 letters and digits, its occurrences (overlapping ones too) as a 4-gram's. */
function referencePhrases(pages: [string, string][]): Map<string, Reference> {
  const postings = new Map<string, Reference>();
  pages.forEach(([head, body], page) => {
    const seen = new Map<string, { count: number; head: number; first: number; mask: number }>();
    const zones = bodyRuns(body, page).flatMap(([zone, text]) => [...text].map(() => zone));
    const scan = (text: string, inHead: boolean, limit: number): void => {
      const chars = [...text].slice(0, limit);
      for (let i = 0; i < chars.length; i++) {
        for (let n = 5; n <= 8 && i + n <= chars.length; n++) {
          const gram = chars.slice(i, i + n);
          if (!gram.every(wordChar)) break;
          const key = gram.join('');
          const entry = seen.get(key) ?? { count: 0, head: 0, first: -2, mask: 0 };
          entry.count++;
          if (inHead) entry.head = 1;
          else {
            if (entry.first === -2) entry.first = i;
            if ((zones[i] as number) > 0) entry.mask |= 1 << ((zones[i] as number) - 1);
          }
          seen.set(key, entry);
        }
      }
    };
    scan(head, true, HEAD_ZONE - 1);
    scan(body, false, Infinity);
    for (const [gram, { count, head: inHead, first, mask }] of seen) {
      let p = postings.get(gram);
      if (!p) postings.set(gram, (p = { pages: [], counts: [], head: [], positions: [], firsts: [], masks: [] }));
      p.pages.push(page);
      p.counts.push(count);
      p.head.push(inHead);
      p.firsts.push(first);
      p.masks.push(mask);
    }
  });
  return postings;
}

describe('GramIndex', () => {
  // Postings move from the page log to the arena in chunks: the default size (one chunk here), and a chunk every page or two.
  test.each([{ chunkBytes: undefined }, { chunkBytes: 300 }])('holds exactly the postings of a plain reference, inline, packed or deflated, in the bucket its hash names (chunk $chunkBytes)', ({ chunkBytes }) => {
    const alphabet = [...'科技工作创新企业服务年月日一二三，。、0123456789abc𠀀𪚥\n'];
    const next = random(42);
    const text = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    // Some pages repeat a phrase often, so counts pass the exact range and trigrams span several blocks.
    const pages: [string, string][] = Array.from({ length: 90 }, (_, i) => [text(i === 3 ? HEAD_ZONE + 50 : 20), text(50 + Math.floor(next() * 400)) + (i % 2 === 0 ? '科技创新'.repeat(40) : '')]);
    const index = new GramIndex({ chunkBytes });
    pages.forEach(([head, body], i) => index.addPage(i, head, bodyRuns(body, i)));
    const read = readBack(index, { bucketBytes: 256, inlineMax: 32, deflateMin: 64, packBytes: 256 });
    expect(read.buckets.length).toBeGreaterThan(5);
    expect(read.packs.packs.length).toBeGreaterThan(1);

    const reference = referencePostings(pages);
    expect(index.grams).toBe(reference.size);
    let blocked = 0;
    for (const [gram, want] of reference) {
      const found = read(gram);
      expect(found, gram).not.toBeNull();
      const { hits, positions, firsts, masks } = found as NonNullable<typeof found>;
      expect([...hits.pages.map((_, i) => masks[i] ?? 0)], gram).toEqual(want.masks);
      expect([...hits.pages], gram).toEqual(want.pages);
      expect([...hits.counts], gram).toEqual(want.counts.map((c) => countOfCode(countCode(c))));
      expect([...hits.head], gram).toEqual(want.head);
      if ([...gram].length === 4) expect([...(firsts as Int32Array)], gram).toEqual(want.firsts);
      else expect(firsts, gram).toBeUndefined();
      if ([...gram].length !== 3) {
        expect(positions, gram).toBeUndefined();
        continue;
      }
      const all = positions as NonNullable<typeof positions>;
      want.positions.forEach((list, row) => expect([...all.positions.subarray(all.starts[row], all.starts[row + 1])], gram).toEqual(list));
      if (want.pages.length > BLOCK_ROWS) blocked++;
    }
    // Inline, packed, deflated and multi-block postings were all read, and counts past the exact range.
    expect(read.deflated).toBeGreaterThan(0);
    expect(read.packed).toBeGreaterThan(0);
    expect(blocked).toBeGreaterThan(0);
    expect(Math.max(...(reference.get('科技创新') as Reference).counts)).toBeGreaterThan(EXACT_COUNTS);
    expect(read('不在')).toBeNull();
  });

  test('writes phrase postings of frequent phrases, in their first trigram\'s bucket, exactly as the trigram chain finds them', () => {
    const alphabet = [...'科技工作创新企业服务年月日一，。、0123456789𠀀𪚥\n'];
    const next = random(9);
    const text = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    // Stock phrases repeated over many pages, in the head zone of some, overlapping themselves in others.
    const stock = ['高新技术企业', '科技型中小企业', '知识产权保护', '𠀀𪚥科技创新'];
    const pages: [string, string][] = Array.from({ length: 120 }, (_, i) => [
      (i % 5 === 0 ? (stock[i % 4] as string) : '') + text(12),
      text(40 + Math.floor(next() * 300)) + `\n${stock[i % 4]}${text(20)}${(stock[(i + 1) % 4] as string).repeat(1 + (i % 3))}\n` + text(100) + (i % 7 === 0 ? '高新技术企业高新技术企业' : ''),
    ]);
    const index = new GramIndex({ sampleEvery: 3 });
    pages.forEach(([head, body], i) => index.addPage(i, head, bodyRuns(body, i)));
    const read = readBack(index, { bucketBytes: 256, inlineMax: 32, deflateMin: 64, packBytes: 4096, phraseMinPages: 8, phraseChainBytes: 256 });
    expect(index.phraseCount).toBeGreaterThan(10);

    let found = 0;
    for (const [phrase, want] of referencePhrases(pages)) {
      const got = read(phrase);
      if (!got) continue;
      found++;
      expect(got.parts.flags & HAS_FIRSTS, phrase).toBeTruthy();
      expect([...got.hits.pages], phrase).toEqual(want.pages);
      expect([...got.hits.counts], phrase).toEqual(want.counts.map((c) => countOfCode(countCode(c))));
      expect([...got.hits.head], phrase).toEqual(want.head);
      expect([...got.hits.pages.map((_, i) => got.masks[i] ?? 0)], phrase).toEqual(want.masks);
      expect([...(got.firsts as Int32Array)], phrase).toEqual(want.firsts);
    }
    // Every phrase written was checked, and the frequent stock phrases are among them.
    expect(found).toBe(index.phraseCount);
    for (const phrase of [...stock, '高新技术企', '技术企业高新']) expect(read(phrase), phrase).not.toBeNull();
    // A rare phrase has none: its chain is cheap.
    expect(read('企业高新技术企业高')).toBeNull();
  });

  test('writes no phrase postings for a small collection under the default settings', () => {
    const index = new GramIndex();
    for (let i = 0; i < 50; i++) index.addPage(i, '', '高新技术企业'.repeat(50));
    const read = readBack(index, { bucketBytes: 256, inlineMax: 32, deflateMin: 64, packBytes: 4096 });
    expect(index.phraseCount).toBe(0);
    expect(read('高新技术企业')).toBeNull();
  });
});

describe('posting layout', () => {
  test('a large part is deflated the smallest way: Huffman codes alone for counts, matches for runs of page gaps; it reads back exactly', () => {
    // A gram on nearly every page of 20,000, with counts drawn from a few values.
    const next = random(3);
    const record = new ByteWriter();
    const pages: number[] = [];
    const counts: number[] = [];
    let last = -1;
    for (let page = 0; page < 20_000; page++) {
      if (next() < 0.03) continue;
      const count = 1 + Math.floor(next() * next() * 40);
      record.varint(page - last);
      record.varint(count * 16 + (next() < 0.3 ? 1 : 0));
      pages.push(page);
      counts.push(countOfCode(countCode(count)));
      last = page;
    }
    const { parts, bytes } = layOutPosting(record.result(), 'counts', 512);
    expect(parts.flags & GAPS_DEFLATED).toBeTruthy();
    expect(parts.flags & VALUES_DEFLATED).toBeTruthy();
    const gaps = inflateRawSync(bytes.subarray(0, parts.gaps));
    const values = inflateRawSync(bytes.subarray(parts.gaps, parts.gaps + parts.values));
    // Smaller than level 1 made them, which was all an earlier layout tried.
    expect(parts.values).toBeLessThan(deflateRawSync(values, { level: 1 }).length * 0.9);
    expect(parts.gaps).toBeLessThan(deflateRawSync(gaps, { level: 1 }).length * 0.9);
    const hits = decodeCounts(decodeGaps(gaps), values);
    expect([...hits.pages]).toEqual(pages);
    expect([...hits.counts]).toEqual(counts);
  });
});

describe('npm run bench:gram', () => {
  test('times the gram table and layout of a collection and prints the same digest on every run, parsed or from its kept pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huibao-gram-bench-'));
    try {
      const args = [join(ROOT, 'scripts/bench/gram-index-bench.ts'), '--collection', join(ROOT, 'tests/fixtures/collection'), '--pages', join(dir, 'pages.json')];
      const digests = [0, 1].map(() => {
        const run = spawnSync(process.execPath, [...args, '--runs', '2'], { encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/^9 pages ready in /);
        const lines = [...run.stdout.matchAll(/^addPage [\d.]+ s, writeBuckets [\d.]+ s; (\d+) grams, .* output ([0-9a-f]{16});/gm)];
        expect(lines).toHaveLength(2);
        expect(Number(lines[0]![1])).toBeGreaterThan(1000);
        return lines.map((m) => m[2]);
      });
      expect(new Set(digests.flat()).size).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
