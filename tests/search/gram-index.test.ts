import { describe, expect, test } from 'vitest';
import { ByteArena } from '../../scripts/search/byte-arena.ts';
import { GramIndex } from '../../scripts/search/gram-index.ts';
import { HEAD_ZONE } from '../../src/search/document.ts';
import { ByteWriter } from '../../src/search/varint.ts';
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

/** The postings format written the plain way, with string keys: the reference the fast index must match byte for byte. */
function referencePostings(pages: [string, string][]): Map<string, Uint8Array> {
  const writers = new Map<string, { w: ByteWriter; last: number }>();
  const posting = (gram: string, page: number): ByteWriter => {
    let p = writers.get(gram);
    if (!p) writers.set(gram, (p = { w: new ByteWriter(), last: -1 }));
    p.w.varint(page - p.last);
    p.last = page;
    return p.w;
  };
  pages.forEach(([head, body], page) => {
    const counts = new Map<string, number>();
    const positions = new Map<string, number[]>();
    const scan = (text: string, base: number, limit: number): void => {
      const chars = [...text].slice(0, limit);
      for (let i = 0; i < chars.length; i++) {
        const inHead = base === 0 ? 1 : 0;
        for (let n = 1; n <= 3; n++) {
          const gram = chars.slice(i, i + n);
          if (gram.length < n || gram.includes('\n')) break;
          const key = gram.join('');
          if (n < 3) counts.set(key, ((counts.get(key) ?? 0) | inHead) + 2);
          else positions.set(key, [...(positions.get(key) ?? []), base + i]);
        }
      }
    };
    scan(head, 0, HEAD_ZONE - 1);
    scan(body, HEAD_ZONE, Infinity);
    for (const [gram, value] of counts) posting(gram, page).varint(value);
    for (const [gram, list] of positions) {
      const w = posting(gram, page);
      w.varint(list.length);
      let last = 0;
      for (const p of list) {
        w.varint(p - last);
        last = p;
      }
    }
  });
  return new Map([...writers].map(([gram, { w }]) => [gram, w.result()]));
}

describe('GramIndex', () => {
  test('writes the same postings as the plain reference, inline, packed or deflated, in the bucket its hash names', () => {
    const alphabet = [...'科技工作创新企业服务年月日一二三，。、0123456789abc𠀀𪚥\n'];
    const next = random(42);
    const text = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const pages: [string, string][] = Array.from({ length: 60 }, (_, i) => [text(i === 3 ? HEAD_ZONE + 50 : 20), text(50 + Math.floor(next() * 400))]);
    const index = new GramIndex();
    pages.forEach(([head, body], i) => index.addPage(i, head, body));
    const read = readBack(index, { bucketBytes: 256, inlineMax: 32, deflateMin: 64, packBytes: 256 });
    expect(read.buckets.length).toBeGreaterThan(5);
    expect(read.packs.packs.length).toBeGreaterThan(1);

    const reference = referencePostings(pages);
    expect(index.grams).toBe(reference.size);
    for (const [gram, bytes] of reference) {
      const found = read(gram);
      expect(found, gram).not.toBeNull();
      expect(Buffer.from(found as Uint8Array).equals(Buffer.from(bytes)), gram).toBe(true);
    }
    // Inline, packed and deflated postings were all read.
    expect(read.deflated).toBeGreaterThan(0);
    expect(read('不在')).toBeNull();
  });
});
