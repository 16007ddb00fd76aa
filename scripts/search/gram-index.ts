/**
 * Collects the postings of one shard in memory, page by page in page order,
 * then lays them out in buckets (see src/search/index-format.ts).
 *
 * Posting of a 1- or 2-character gram: per page `varint(page gap)
 * varint(count*2 + inHead)`. Of a trigram: per page `varint(page gap)
 * varint(k)` and its k positions, the first as is and the others as gaps.
 * Grams are kept as numbers (dense character ids packed in 17-bit fields)
 * while indexing, which is several times faster than string keys.
 */
import { HEAD_ZONE } from '../../src/search/document.ts';
import { inGram } from '../../src/search/grams.ts';
import { gramHash } from '../../src/search/index-format.ts';
import { ByteWriter } from '../../src/search/varint.ts';

const FIELD = 2 ** 17;

interface Posting {
  writer: ByteWriter;
  lastPage: number;
}

export interface BucketLayout {
  /** Bucket files, each with the external postings it points to, by entry index (`x/<bucket>-<entry>.bin`). */
  buckets: { bucket: Uint8Array; externals: { entry: number; bytes: Uint8Array }[] }[];
}

export class GramIndex {
  private ids = new Map<number, number>();
  private chars: number[] = [];
  private postings = new Map<number, Posting>();

  private id(cp: number): number {
    let id = this.ids.get(cp);
    if (id === undefined) {
      id = this.chars.push(cp);
      if (id >= FIELD) throw new Error(`more than ${FIELD - 1} distinct characters in one shard (hint: build more shards)`);
      this.ids.set(cp, id);
    }
    return id;
  }

  private posting(key: number, page: number): ByteWriter {
    let p = this.postings.get(key);
    if (!p) this.postings.set(key, (p = { writer: new ByteWriter(), lastPage: -1 }));
    p.writer.varint(page - p.lastPage);
    p.lastPage = page;
    return p.writer;
  }

  /** Adds page `page` (pages must come in increasing order) from its zone texts. */
  addPage(page: number, head: string, body: string): void {
    const counts = new Map<number, number>();
    const positions = new Map<number, number[]>();
    const scan = (text: string, base: number, limit: number): void => {
      const ids: number[] = [];
      for (const ch of text) {
        if (ids.length >= limit) break;
        const cp = ch.codePointAt(0) as number;
        ids.push(inGram(cp) ? this.id(cp) : 0);
      }
      for (let i = 0; i < ids.length; i++) {
        const a = ids[i] as number;
        if (a === 0) continue;
        const head = base === 0 ? 1 : 0;
        // Counts carry the head flag in their lowest bit: count*2 + inHead.
        counts.set(a, ((counts.get(a) ?? 0) | head) + 2);
        const b = ids[i + 1] ?? 0;
        if (b === 0) continue;
        const ab = a * FIELD + b;
        counts.set(ab, ((counts.get(ab) ?? 0) | head) + 2);
        const c = ids[i + 2] ?? 0;
        if (c === 0) continue;
        const abc = ab * FIELD + c;
        let list = positions.get(abc);
        if (!list) positions.set(abc, (list = []));
        list.push(base + i);
      }
    };
    scan(head, 0, HEAD_ZONE - 1);
    scan(body, HEAD_ZONE, Infinity);
    for (const [key, value] of counts) this.posting(key, page).varint(value);
    for (const [key, list] of positions) {
      const w = this.posting(key, page);
      w.varint(list.length);
      let last = 0;
      for (const p of list) {
        w.varint(p - last);
        last = p;
      }
    }
  }

  private gram(key: number): string {
    const cps: number[] = [];
    for (let k = key; k > 0; k = Math.floor(k / FIELD)) cps.unshift(this.chars[(k % FIELD) - 1] as number);
    return String.fromCodePoint(...cps);
  }

  /** Buckets of about `target` bytes of inline postings; postings over `external` bytes get a file of their own. */
  layout(target: number, external: number): BucketLayout & { count: number } {
    let inline = 0;
    for (const p of this.postings.values()) if (p.writer.length <= external) inline += p.writer.length;
    const count = Math.max(1, Math.ceil(inline / target));
    const members: { gram: Uint8Array; bytes: Uint8Array }[][] = Array.from({ length: count }, () => []);
    const encoder = new TextEncoder();
    for (const [key, p] of this.postings) {
      const gram = this.gram(key);
      members[gramHash(gram) % count]!.push({ gram: encoder.encode(gram), bytes: p.writer.result() });
    }
    this.postings.clear();
    const buckets = members.map((list) => {
      const head = new ByteWriter();
      const data = new ByteWriter();
      const externals: { entry: number; bytes: Uint8Array }[] = [];
      head.varint(list.length);
      for (const [entry, { gram, bytes }] of list.entries()) {
        head.varint(gram.length);
        head.raw(gram);
        const ext = bytes.length > external;
        head.varint(bytes.length * 2 + (ext ? 1 : 0));
        if (ext) externals.push({ entry, bytes });
        else data.raw(bytes);
      }
      head.raw(data.result());
      return { bucket: head.result(), externals };
    });
    return { buckets, count };
  }
}
