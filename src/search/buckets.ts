/**
 * The directory of a shard's postings, shared by the builder and the
 * browser. Grams are spread over `b/<i>.bin` by `gramHash(gram) % buckets`;
 * a phrase posting (posting-format.ts) by the hash of its first trigram.
 * A bucket file is
 *
 *   varint(entries), then per entry: varint(utf8 length) utf8
 *     varint(flags) varint(gaps) varint(values) varint(masks)
 *     [varint(directory) varint(positions)]   when flags has HAS_POSITIONS or HAS_FIRSTS
 *   if any entry is packed: varint(pack) varint(offset)
 *   the inline postings, in entry order
 *
 * Lengths are the byte lengths of the posting's parts (posting-format.ts).
 * A small posting is inline. A larger one is in pack file `p/<pack>.bin`:
 * the bucket's packed postings lie back to back from `offset`, in entry
 * order, so the browser fetches exactly the bytes it needs with a Range
 * request.
 */
import { HAS_FIRSTS, HAS_POSITIONS, PACKED, type PostingParts } from './posting-format.ts';
import { ByteReader } from './varint.ts';

/** Where a gram's posting is: inline bytes (all parts), or a place in a pack. */
export type PostingRef = PostingParts & ({ bytes: Uint8Array } | { pack: number; offset: number });

/** Total stored length of a posting's parts. */
export const partsLength = (p: PostingParts): number => p.gaps + p.directory + p.values + p.masks + p.positions;

export function findInBucket(bucket: Uint8Array, gram: string): PostingRef | null {
  const r = new ByteReader(bucket);
  const count = r.varint();
  const decoder = new TextDecoder();
  let found: (PostingParts & { at: number }) | null = null;
  let inline = 0;
  let packed = 0;
  for (let i = 0; i < count; i++) {
    const n = r.varint();
    const name = decoder.decode(bucket.subarray(r.at, r.at + n));
    r.at += n;
    const flags = r.varint();
    const parts: PostingParts = { flags, gaps: r.varint(), values: r.varint(), masks: r.varint(), directory: 0, positions: 0 };
    if (flags & (HAS_POSITIONS | HAS_FIRSTS)) {
      parts.directory = r.varint();
      parts.positions = r.varint();
    }
    const length = partsLength(parts);
    if (name === gram) found = { ...parts, at: flags & PACKED ? packed : inline };
    if (flags & PACKED) packed += length;
    else inline += length;
  }
  const pack = packed > 0 ? r.varint() : 0;
  const base = packed > 0 ? r.varint() : 0;
  if (!found) return null;
  const { at, ...parts } = found;
  if (parts.flags & PACKED) return { ...parts, pack, offset: base + at };
  return { ...parts, bytes: bucket.subarray(r.at + at, r.at + at + partsLength(parts)) };
}
