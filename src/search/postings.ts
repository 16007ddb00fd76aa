/**
 * Decodes the posting of a gram (format in scripts/search/gram-index.ts)
 * into what a term needs: for every page that contains it, how often, and
 * whether in the head zone; for a trigram, also where.
 */
import { HEAD_ZONE } from './document.ts';
import { ByteReader } from './varint.ts';

export interface Hits {
  /** Page numbers, increasing. */
  pages: Uint32Array;
  /** Occurrences per page. */
  counts: Uint32Array;
  /** 1 when an occurrence is in the title, the unit or a heading. */
  head: Uint8Array;
}

export interface PositionHits extends Hits {
  /** Positions of page i: `positions.subarray(starts[i], starts[i + 1])`, increasing. */
  starts: Uint32Array;
  positions: Uint32Array;
}

export const NO_HITS: Hits = { pages: new Uint32Array(0), counts: new Uint32Array(0), head: new Uint8Array(0) };

/** A 1- or 2-character gram: `varint(page gap) varint(count*2 + inHead)` per page. */
export function decodeCounts(bytes: Uint8Array): Hits {
  const pages: number[] = [];
  const counts: number[] = [];
  const head: number[] = [];
  const r = new ByteReader(bytes);
  let page = -1;
  while (!r.done) {
    page += r.varint();
    const v = r.varint();
    pages.push(page);
    counts.push(Math.floor(v / 2));
    head.push(v % 2);
  }
  return { pages: Uint32Array.from(pages), counts: Uint32Array.from(counts), head: Uint8Array.from(head) };
}

/** A trigram: `varint(page gap) varint(k)` and k positions (first absolute, then gaps) per page. */
export function decodePositions(bytes: Uint8Array): PositionHits {
  const pages: number[] = [];
  const starts: number[] = [0];
  const positions: number[] = [];
  const r = new ByteReader(bytes);
  let page = -1;
  while (!r.done) {
    page += r.varint();
    pages.push(page);
    const k = r.varint();
    let p = 0;
    for (let i = 0; i < k; i++) positions.push((p += r.varint()));
    starts.push(positions.length);
  }
  const counts = new Uint32Array(pages.length);
  const head = new Uint8Array(pages.length);
  for (let i = 0; i < pages.length; i++) {
    counts[i] = (starts[i + 1] as number) - (starts[i] as number);
    head[i] = (positions[starts[i] as number] as number) < HEAD_ZONE ? 1 : 0;
  }
  return { pages: Uint32Array.from(pages), counts, head, starts: Uint32Array.from(starts), positions: Uint32Array.from(positions) };
}

/**
 * Pages where trigram i occurs at p + offsets[i] for every i, with the
 * number of such p: the exact occurrences of the term the trigrams cover.
 */
export function chainPhrase(parts: PositionHits[], offsets: number[]): Hits {
  const [first, ...others] = parts as [PositionHits, ...PositionHits[]];
  const cursors = others.map(() => 0);
  const pages: number[] = [];
  const counts: number[] = [];
  const head: number[] = [];
  outer: for (let i = 0; i < first.pages.length; i++) {
    const page = first.pages[i] as number;
    const sets: Set<number>[] = [];
    for (let j = 0; j < others.length; j++) {
      const other = others[j] as PositionHits;
      let c = cursors[j] as number;
      while (c < other.pages.length && (other.pages[c] as number) < page) c++;
      cursors[j] = c;
      if (other.pages[c] !== page) continue outer;
      sets.push(new Set(other.positions.subarray(other.starts[c], other.starts[c + 1])));
    }
    let count = 0;
    let inHead = 0;
    for (const p of first.positions.subarray(first.starts[i], first.starts[i + 1])) {
      if (sets.every((s, j) => s.has(p + (offsets[j + 1] as number) - (offsets[0] as number)))) {
        count++;
        if (p < HEAD_ZONE) inHead = 1;
      }
    }
    if (count === 0) continue;
    pages.push(page);
    counts.push(count);
    head.push(inHead);
  }
  return { pages: Uint32Array.from(pages), counts: Uint32Array.from(counts), head: Uint8Array.from(head) };
}
