/** Lays a GramIndex out in memory and reads postings back the way the browser does. */
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { type BucketLayout, GramIndex } from '../../../scripts/search/gram-index.ts';
import type { PackAddress, PackSink } from '../../../scripts/search/pack-writer.ts';
import { findInBucket } from '../../../src/search/buckets.ts';
import { gramHash } from '../../../src/search/index-format.ts';

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
  write(bytes: Uint8Array): PackAddress {
    const at = this.reserve(bytes.length);
    (this.packs[at.pack] as number[]).push(...bytes);
    return at;
  }
}

export interface ReadBack {
  (gram: string): Uint8Array | null;
  buckets: Uint8Array[];
  packs: MemoryPacks;
  deflated: number;
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
    const ref = findInBucket(buckets[gramHash(gram) % count] as Uint8Array, gram);
    if (!ref) return null;
    if ('bytes' in ref) return ref.bytes;
    const bytes = Uint8Array.from((packs.packs[ref.pack] as number[]).slice(ref.offset, ref.offset + ref.length));
    if (ref.deflated) read.deflated++;
    return ref.deflated ? new Uint8Array(inflateRawSync(bytes)) : bytes;
  }) as ReadBack;
  read.buckets = buckets;
  read.packs = packs;
  read.deflated = 0;
  return read;
}
