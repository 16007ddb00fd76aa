/**
 * Decodes the parts of a gram's posting (format in posting-format.ts) into
 * what a term needs: for every page that contains it, how often (on the
 * stored scale), and whether in the head zone; for trigrams, where, for the
 * pages a phrase needs.
 */
import { BLOCK_ROWS, countCode, countOfCode, HEAD_BASE, POSITION_STEP, zoneOf } from './posting-format.ts';
import { ByteReader } from './varint.ts';

export interface Hits {
  /** Page numbers, increasing. */
  pages: Uint32Array;
  /** Occurrences per page. */
  counts: Uint32Array;
  /** 1 when an occurrence is in the title, the unit or a heading. */
  head: Uint8Array;
}

/** A trigram's pages and the positions of some of them. */
export interface PositionHits {
  pages: Uint32Array;
  /** Positions of row i: `positions.subarray(starts[i], starts[i + 1])`, increasing; empty for rows not read. */
  starts: Uint32Array;
  positions: Uint32Array;
}

export const NO_HITS: Hits = { pages: new Uint32Array(0), counts: new Uint32Array(0), head: new Uint8Array(0) };

/** The gaps part: `varint(n)` and n page gaps. */
export function decodeGaps(bytes: Uint8Array): Uint32Array {
  const r = new ByteReader(bytes);
  const n = r.varint();
  const pages = new Uint32Array(n);
  let page = -1;
  for (let i = 0; i < n; i++) pages[i] = page += r.varint();
  return pages;
}

/** Gaps and values parts together: a term's hits. */
export function decodeCounts(pages: Uint32Array, values: Uint8Array): Hits {
  const n = pages.length;
  const counts = new Uint32Array(n);
  const head = new Uint8Array(n);
  const r = new ByteReader(values);
  for (let i = 0; i < n; i++) {
    const v = r.varint();
    counts[i] = countOfCode(v >>> 1);
    head[i] = v & 1;
  }
  return { pages, counts, head };
}

/** The hits of pages whose masks part (one byte a page, posting-format.ts) has the bit of section kind `zone` (1–3). */
export function inZone(hits: Hits, masks: Uint8Array, zone: number): Hits {
  const bit = 1 << (zone - 1);
  const keep: number[] = [];
  for (let i = 0; i < hits.pages.length; i++) if (((masks[i] ?? 0) & bit) !== 0) keep.push(i);
  return {
    pages: Uint32Array.from(keep, (i) => hits.pages[i] as number),
    counts: Uint32Array.from(keep, (i) => hits.counts[i] as number),
    head: Uint8Array.from(keep, (i) => hits.head[i] as number),
  };
}

/** The directory part: byte offset in the positions part of every block, and the end. */
export function decodeDirectory(bytes: Uint8Array, rows: number): Float64Array {
  const blocks = Math.ceil(rows / BLOCK_ROWS);
  const offsets = new Float64Array(blocks + 1);
  const r = new ByteReader(bytes);
  for (let b = 0; b < blocks; b++) offsets[b + 1] = (offsets[b] as number) + r.varint();
  return offsets;
}

/**
 * Positions of the rows of some blocks. `read(b)` gives block b's bytes
 * (or null when it was not fetched: its rows get no positions).
 */
export function decodeBlocks(pages: Uint32Array, read: (block: number) => Uint8Array | null): PositionHits {
  const n = pages.length;
  const starts = new Uint32Array(n + 1);
  const blocks: (Uint8Array | null)[] = [];
  let total = 0;
  for (let b = 0; b * BLOCK_ROWS < n; b++) {
    const bytes = read(b);
    blocks.push(bytes);
    if (bytes) total += bytes.length;
  }
  const positions = new Uint32Array(total);
  let m = 0;
  blocks.forEach((bytes, b) => {
    const first = b * BLOCK_ROWS;
    const last = Math.min(n, first + BLOCK_ROWS);
    if (!bytes) {
      for (let i = first; i < last; i++) starts[i + 1] = m;
      return;
    }
    const r = new ByteReader(bytes);
    for (let i = first; i < last; i++) {
      const k = r.varint();
      let p = 0;
      for (let j = 0; j < k; j++) positions[m++] = p += r.varint();
      starts[i + 1] = m;
    }
  });
  return { pages, starts, positions: positions.subarray(0, m) };
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
 * number of such p (the exact occurrences of the term the trigrams cover,
 * on the stored count scale);
 * with `zone`, only those in sections of that kind (posting-format.ts).
 */
export function chainPhrase(parts: PositionHits[], offsets: number[], zone?: number): Hits {
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
        all = indexIn(other.positions, p + ((offsets[j + 1] as number) - base) * POSITION_STEP, other.starts[row] as number, other.starts[row + 1] as number) !== -1;
      }
      if (all && (zone === undefined || zoneOf(p) === zone)) {
        count++;
        if (p < HEAD_BASE) inHead = 1;
      }
    }
    if (count === 0) continue;
    pages[n] = page;
    // On the stored scale, as a gram's or a phrase posting's count: the same term ranks the same however it is found.
    counts[n] = countOfCode(countCode(count));
    head[n++] = inHead;
  }
  return { pages: pages.subarray(0, n), counts: counts.subarray(0, n), head: head.subarray(0, n) };
}

/**
 * First body offsets of a 4-gram's rows, for the blocks read (format in
 * posting-format.ts): -1 where not read, -2 where it occurs only in the head
 * zone, else the offset.
 */
export function decodeFirsts(rows: number, read: (block: number) => Uint8Array | null): Int32Array {
  const firsts = new Int32Array(rows).fill(-1);
  for (let b = 0; b * BLOCK_ROWS < rows; b++) {
    const bytes = read(b);
    if (!bytes) continue;
    const r = new ByteReader(bytes);
    for (let i = b * BLOCK_ROWS; i < Math.min(rows, (b + 1) * BLOCK_ROWS); i++) {
      const v = r.varint();
      firsts[i] = v === 0 ? -2 : v - 1;
    }
  }
  return firsts;
}

/** Pages in every list (each increasing), smallest list first for speed. */
export function intersect(lists: Uint32Array[]): Uint32Array {
  const [smallest, ...others] = [...lists].sort((a, b) => a.length - b.length) as [Uint32Array, ...Uint32Array[]];
  const out = new Uint32Array(smallest.length);
  const cursors = others.map(() => 0);
  let n = 0;
  outer: for (const page of smallest) {
    for (let j = 0; j < others.length; j++) if (seek(others[j] as Uint32Array, cursors, j, page) === -1) continue outer;
    out[n++] = page;
  }
  return out.subarray(0, n);
}

/** Blocks of a posting (by its page list) that hold any of the wanted pages (increasing). */
export function blocksFor(pages: Uint32Array, wanted: Uint32Array): number[] {
  const blocks: number[] = [];
  let row = 0;
  for (const page of wanted) {
    while (row < pages.length && (pages[row] as number) < page) row++;
    if (row === pages.length) break;
    if (pages[row] !== page) continue;
    const b = Math.floor(row / BLOCK_ROWS);
    if (blocks[blocks.length - 1] !== b) blocks.push(b);
  }
  return blocks;
}
