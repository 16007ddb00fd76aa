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
  // Every page takes at least two bytes: size the arrays for the most there can be, then trim.
  const most = bytes.length >> 1;
  const pages = new Uint32Array(most);
  const counts = new Uint32Array(most);
  const head = new Uint8Array(most);
  const r = new ByteReader(bytes);
  let page = -1;
  let n = 0;
  while (!r.done) {
    page += r.varint();
    const v = r.varint();
    pages[n] = page;
    counts[n] = v >>> 1;
    head[n++] = v & 1;
  }
  return { pages: pages.subarray(0, n), counts: counts.subarray(0, n), head: head.subarray(0, n) };
}

/** A trigram: `varint(page gap) varint(k)` and k positions (first absolute, then gaps) per page. */
export function decodePositions(bytes: Uint8Array): PositionHits {
  // Pages take at least three bytes, positions at least one.
  const pages = new Uint32Array(Math.ceil(bytes.length / 3));
  const starts = new Uint32Array(pages.length + 1);
  const positions = new Uint32Array(bytes.length);
  const r = new ByteReader(bytes);
  let page = -1;
  let n = 0;
  let m = 0;
  while (!r.done) {
    page += r.varint();
    pages[n++] = page;
    const k = r.varint();
    let p = 0;
    for (let i = 0; i < k; i++) positions[m++] = p += r.varint();
    starts[n] = m;
  }
  const counts = new Uint32Array(n);
  const head = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    counts[i] = (starts[i + 1] as number) - (starts[i] as number);
    head[i] = (positions[starts[i] as number] as number) < HEAD_ZONE ? 1 : 0;
  }
  return { pages: pages.subarray(0, n), counts, head, starts: starts.subarray(0, n + 1), positions: positions.subarray(0, m) };
}

/**
 * Walks cursor `j` of a merge over increasing page lists forward to `page`:
 * the row of `page` in `pages`, or -1 when it is not there. Each list is
 * walked once however many pages are looked up, in increasing order.
 */
export function seek(pages: Uint32Array, cursors: number[], j: number, page: number): number {
  let c = cursors[j] as number;
  while (c < pages.length && (pages[c] as number) < page) c++;
  cursors[j] = c;
  return pages[c] === page ? c : -1;
}

/** Index of `value` in the increasing list `sorted[from … to)`, by binary search, or -1. */
export function indexIn(sorted: Uint32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && sorted[lo] === value ? lo : -1;
}

/**
 * Pages where trigram i occurs at p + offsets[i] for every i, with the
 * number of such p: the exact occurrences of the term the trigrams cover.
 */
export function chainPhrase(parts: PositionHits[], offsets: number[]): Hits {
  const [first, ...others] = parts as [PositionHits, ...PositionHits[]];
  const cursors = others.map(() => 0);
  const rows = others.map(() => 0);
  const pages = new Uint32Array(first.pages.length);
  const counts = new Uint32Array(first.pages.length);
  const head = new Uint8Array(first.pages.length);
  let n = 0;
  outer: for (let i = 0; i < first.pages.length; i++) {
    const page = first.pages[i] as number;
    for (let j = 0; j < others.length; j++) {
      const row = seek((others[j] as PositionHits).pages, cursors, j, page);
      if (row === -1) continue outer;
      rows[j] = row;
    }
    let count = 0;
    let inHead = 0;
    const base = offsets[0] as number;
    for (let k = first.starts[i] as number; k < (first.starts[i + 1] as number); k++) {
      const p = first.positions[k] as number;
      let all = true;
      for (let j = 0; j < others.length && all; j++) {
        const other = others[j] as PositionHits;
        const row = rows[j] as number;
        all = indexIn(other.positions, p + (offsets[j + 1] as number) - base, other.starts[row] as number, other.starts[row + 1] as number) !== -1;
      }
      if (all) {
        count++;
        if (p < HEAD_ZONE) inHead = 1;
      }
    }
    if (count === 0) continue;
    pages[n] = page;
    counts[n] = count;
    head[n++] = inHead;
  }
  return { pages: pages.subarray(0, n), counts: counts.subarray(0, n), head: head.subarray(0, n) };
}
