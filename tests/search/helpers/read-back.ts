/** Lays a GramIndex out in memory and reads postings back the way the browser does. */
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { type BucketLayout, GramIndex } from '../../../scripts/search/gram-index.ts';
import type { PackAddress, PackSink } from '../../../scripts/search/pack-writer.ts';
import { findInBucket, partsLength } from '../../../src/search/buckets.ts';
import { planTerm } from '../../../src/search/grams.ts';
import { gramHash } from '../../../src/search/index-format.ts';
import { GAPS_DEFLATED, HAS_FIRSTS, HAS_POSITIONS, MASKS_DEFLATED, type PostingParts, VALUES_DEFLATED } from '../../../src/search/posting-format.ts';
import { decodeBlocks, decodeCounts, decodeDirectory, decodeFirsts, decodeGaps, type Hits, type PositionHits } from '../../../src/search/postings.ts';

/** Packs of at most `limit` bytes, kept in memory. */
export class MemoryPacks implements PackSink {
  packs: number[][] = [];
  private readonly limit: number;
  constructor(limit = 256) {
    this.limit = limit;
  }
  reserve(size: number): PackAddress {
    const last = this.packs[this.packs.length - 1];
    if (!last || (last.length > 0 && last.length + size > this.limit)) this.packs.push([]);
    return { pack: this.packs.length - 1, offset: (this.packs[this.packs.length - 1] as number[]).length };
  }
  /** Appends to the current pack, as PackWriter does: a reserved group never straddles two packs. */
  write(bytes: Uint8Array): PackAddress {
    if (!this.packs.length) this.packs.push([]);
    const pack = this.packs[this.packs.length - 1] as number[];
    const at = { pack: this.packs.length - 1, offset: pack.length };
    for (const b of bytes) pack.push(b);
    return at;
  }
}

/** A posting as read back: its hits, and for a trigram the positions of every page. */
export interface ReadPosting {
  hits: Hits;
  positions?: PositionHits;
  /** A 4-gram's first body offset per row (-2: head zone only). */
  firsts?: Int32Array;
  /** Section kinds per row (empty when no row has any). */
  masks: Uint8Array;
  parts: PostingParts;
}

export interface ReadBack {
  (gram: string): ReadPosting | null;
  buckets: Uint8Array[];
  packs: MemoryPacks;
  /** Parts read that were deflated. */
  deflated: number;
  /** Postings read from packs. */
  packed: number;
}

export function readBack(index: GramIndex, layout: BucketLayout): ReadBack {
  const buckets: Uint8Array[] = [];
  const packs = new MemoryPacks(layout.packBytes);
  const count = index.writeBuckets(layout, packs, (i, bucket) => {
    expect(i).toBe(buckets.length);
    buckets.push(bucket);
  });
  expect(count).toBe(buckets.length);
  const read = ((gram: string) => {
    // A phrase posting is filed in its first trigram's bucket, as the engine looks for it.
    const plan = planTerm(gram);
    const ref = findInBucket(buckets[gramHash(plan.phrase ? (plan.grams[0] as string) : gram) % count] as Uint8Array, gram);
    if (!ref) return null;
    let bytes: Uint8Array;
    if ('bytes' in ref) bytes = ref.bytes;
    else {
      read.packed++;
      bytes = Uint8Array.from((packs.packs[ref.pack] as number[]).slice(ref.offset, ref.offset + partsLength(ref)));
    }
    const inflate = (part: Uint8Array, flag: number): Uint8Array => {
      if (!(ref.flags & flag)) return part;
      read.deflated++;
      return new Uint8Array(inflateRawSync(part));
    };
    const pages = decodeGaps(inflate(bytes.subarray(0, ref.gaps), GAPS_DEFLATED));
    const values = inflate(bytes.subarray(ref.gaps + ref.directory, ref.gaps + ref.directory + ref.values), VALUES_DEFLATED);
    const hits = decodeCounts(pages, values);
    const valuesEnd = ref.gaps + ref.directory + ref.values;
    const masks = inflate(bytes.subarray(valuesEnd, valuesEnd + ref.masks), MASKS_DEFLATED);
    const { flags, gaps, directory, values: v, positions } = ref;
    const parts = { flags, gaps, directory, values: v, masks: ref.masks, positions };
    if (!(ref.flags & (HAS_POSITIONS | HAS_FIRSTS))) return { hits, parts, masks };
    const offsets = decodeDirectory(bytes.subarray(ref.gaps, ref.gaps + ref.directory), pages.length);
    const base = ref.gaps + ref.directory + ref.values + ref.masks;
    const block = (b: number): Uint8Array => bytes.subarray(base + (offsets[b] as number), base + (offsets[b + 1] as number));
    expect(base + (offsets[offsets.length - 1] as number)).toBe(bytes.length);
    if (ref.flags & HAS_FIRSTS) return { hits, firsts: decodeFirsts(pages.length, block), parts, masks };
    return { hits, positions: decodeBlocks(pages, block), parts, masks };
  }) as ReadBack;
  read.buckets = buckets;
  read.packs = packs;
  read.deflated = 0;
  read.packed = 0;
  return read;
}
