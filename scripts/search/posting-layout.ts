/**
 * Turns a gram's posting as the indexer collects it (per page, in page
 * order: `varint(page gap) varint(count*2 + inHead)`, or for a trigram
 * `varint(page gap) varint(k)` and k positions) into the parts the browser
 * reads (src/search/posting-format.ts): page gaps, values with counts on a
 * log scale, and for trigrams a block directory and the positions.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { BLOCK_ROWS, countCode, GAPS_DEFLATED, HAS_FIRSTS, HAS_POSITIONS, HEAD_BASE, MASKS_DEFLATED, type PostingParts, VALUES_DEFLATED, zoneOf } from '../../src/search/posting-format.ts';
import { ByteWriter } from '../../src/search/varint.ts';

export interface LaidOut {
  parts: PostingParts;
  /** The parts back to back: gaps, directory, values, masks, positions. */
  bytes: Uint8Array;
}

/** Reusable writers: one posting is laid out at a time. */
const gaps = new ByteWriter();
const values = new ByteWriter();
const directory = new ByteWriter();
const positions = new ByteWriter();
let masks = new Uint8Array(1024);

function reset(w: ByteWriter): void {
  w.length = 0;
}

/**
 * Deflates a part when it is at least `min` bytes and that saves a fifth,
 * the smallest way. Values and section kinds are a few symbols that repeat
 * without pattern: Huffman codes alone are 17–30 % smaller than LZ77 at
 * level 1 (科技 at 20,000 reports: values 8.8 → 7.3 KB). The page gaps of
 * a gram on most pages are long runs of 1s, which level 1 shrinks to a
 * quarter or less and level 6 to half of that again (level 9: the same
 * size, 24 s more at 20,000 reports). Any deflate stream inflates the
 * same in the browser.
 */
function maybeDeflate(part: Uint8Array, min: number): Uint8Array | null {
  if (part.length < min) return null;
  let small = deflateRawSync(part, { level: 1 });
  // Only for larger parts: they are what a common term's query reads, and trying every part this way took 6 s more at 20,000 reports.
  if (part.length >= RETRY_MIN) {
    const huffman = deflateRawSync(part, { strategy: constants.Z_HUFFMAN_ONLY });
    const runs = small.length * 4 < part.length;
    if (huffman.length < small.length) small = huffman;
    if (runs) {
      const matched = deflateRawSync(part, { level: 6 });
      if (matched.length < small.length) small = matched;
    }
  }
  return small.length <= part.length * 0.8 ? small : null;
}

/** Parts from this size on are also tried with Huffman codes alone and, when they repeat much, at level 6. */
const RETRY_MIN = 4096;

/** What a posting keeps besides counts: nothing, positions (trigrams), or each page's first body offset (4-grams). */
export type PostingShape = 'counts' | 'positions' | 'firsts';

export function layOutPosting(record: Uint8Array, shape: PostingShape, deflateMin: number): LaidOut {
  const trigram = shape === 'positions';
  const blocked = shape !== 'counts';
  for (const w of [gaps, values, directory, positions]) reset(w);
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = record[at++] as number;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  };
  let n = 0;
  let blockStart = 0;
  const gapList: number[] = [];
  while (at < record.length) {
    gapList.push(varint());
    if (n === masks.length) {
      const more = new Uint8Array(n * 2);
      more.set(masks);
      masks = more;
    }
    if (!trigram) {
      const v = varint();
      values.varint(countCode(v >>> 4) * 2 + (v & 1));
      masks[n] = (v >>> 1) & 7;
      if (blocked) {
        if (n > 0 && n % BLOCK_ROWS === 0) {
          directory.varint(positions.length - blockStart);
          blockStart = positions.length;
        }
        positions.varint(varint());
      }
    } else {
      const k = varint();
      if (n > 0 && n % BLOCK_ROWS === 0) {
        directory.varint(positions.length - blockStart);
        blockStart = positions.length;
      }
      positions.varint(k);
      let first = -1;
      let at = 0;
      let mask = 0;
      for (let i = 0; i < k; i++) {
        const p = varint();
        if (i === 0) first = p;
        positions.varint(p);
        at += p;
        const zone = zoneOf(at);
        if (zone > 0) mask |= 1 << (zone - 1);
      }
      masks[n] = mask;
      values.varint(countCode(k) * 2 + (first < HEAD_BASE ? 1 : 0));
    }
    n++;
  }
  if (blocked) directory.varint(positions.length - blockStart);
  gaps.varint(n);
  for (const g of gapList) gaps.varint(g);

  let flags = trigram ? HAS_POSITIONS : blocked ? HAS_FIRSTS : 0;
  let g = gaps.result();
  let v = values.result();
  const dg = maybeDeflate(g, deflateMin);
  if (dg) {
    g = dg;
    flags |= GAPS_DEFLATED;
  }
  const dv = maybeDeflate(v, deflateMin);
  if (dv) {
    v = dv;
    flags |= VALUES_DEFLATED;
  }
  // No section kinds on any page (a collection without them): no masks part.
  let m: Uint8Array = masks.subarray(0, n).some((x) => x !== 0) ? masks.slice(0, n) : new Uint8Array(0);
  const dm = maybeDeflate(m, deflateMin);
  if (dm) {
    m = dm;
    flags |= MASKS_DEFLATED;
  }
  const d = blocked ? directory.result() : new Uint8Array(0);
  const p = blocked ? positions.result() : new Uint8Array(0);
  const bytes = new Uint8Array(g.length + d.length + v.length + m.length + p.length);
  let at2 = 0;
  for (const part of [g, d, v, m, p]) {
    bytes.set(part, at2);
    at2 += part.length;
  }
  return { parts: { flags, gaps: g.length, directory: d.length, values: v.length, masks: m.length, positions: p.length }, bytes };
}
