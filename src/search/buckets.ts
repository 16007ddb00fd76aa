/**
 * The directory of a shard's postings, shared by the builder and the
 * browser. Grams are spread over `b/<i>.bin` by `gramHash(gram) % buckets`.
 * A bucket file is
 *
 *   varint(entries), then per entry: varint(utf8 length) utf8
 *     varint(length*4 + packed*2 + deflated)
 *   if any entry is packed: varint(pack) varint(offset)
 *   the inline postings, in entry order
 *
 * A small posting is inline. A larger one is in pack file `p/<pack>.bin`:
 * the bucket's packed postings lie back to back from `offset`, in entry
 * order, so the browser fetches exactly its bytes with a Range request.
 * `deflated` postings are raw deflate (DecompressionStream 'deflate-raw').
 */
import { ByteReader } from './varint.ts';

/** Where a gram's posting is. */
export type PostingRef =
  | { bytes: Uint8Array }
  | { pack: number; offset: number; length: number; deflated: boolean }
  | null;

export function findInBucket(bucket: Uint8Array, gram: string): PostingRef {
  const r = new ByteReader(bucket);
  const count = r.varint();
  const decoder = new TextDecoder();
  let found: { packed: boolean; deflated: boolean; offset: number; length: number } | null = null;
  let inline = 0;
  let packed = 0;
  for (let i = 0; i < count; i++) {
    const n = r.varint();
    const name = decoder.decode(bucket.subarray(r.at, r.at + n));
    r.at += n;
    const v = r.varint();
    const isPacked = (v & 2) !== 0;
    const length = Math.floor(v / 4);
    if (name === gram) found = { packed: isPacked, deflated: (v & 1) !== 0, offset: isPacked ? packed : inline, length };
    if (isPacked) packed += length;
    else inline += length;
  }
  const pack = packed > 0 ? r.varint() : 0;
  const base = packed > 0 ? r.varint() : 0;
  if (!found) return null;
  if (found.packed) return { pack, offset: base + found.offset, length: found.length, deflated: found.deflated };
  return { bytes: bucket.subarray(r.at + found.offset, r.at + found.offset + found.length) };
}
