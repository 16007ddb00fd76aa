/**
 * Collects the postings of one shard in memory, page by page in page order,
 * then lays them out in buckets (see src/search/index-format.ts).
 *
 * Held here, per page: for a 1-, 2- or 4-character gram `varint(page gap)
 * varint(count*16 + kinds*2 + inHead)` (kinds: bit k − 1 for a section of
 * kind k), and for a 4-gram `varint(first body offset + 1, or 0)`; for a trigram `varint(page gap) varint(k)` and
 * its k positions, the first as is and the others as gaps. 4-grams are kept
 * only when all four characters are letters or digits (`wordChar`).
 * posting-layout.ts turns each into the parts the browser reads.
 *
 * Built for speed on millions of grams: characters get dense ids, grams get
 * dense ids from an open-addressing table over their character ids, per-page
 * counts live in typed arrays stamped with the page (no clearing, no maps),
 * and postings grow in a ByteArena. A CPU profile of the map-based version
 * spent 80 % of the indexer's time in Map lookups and garbage collection.
 */
import { HEAD_ZONE } from '../../src/search/document.ts';
import { planTerm } from '../../src/search/grams.ts';
import { HEAD_BASE, MAX_COUNT_GRAM, MAX_PHRASE, MIN_PHRASE, PACKED, POSITION_STEP, wordChar } from '../../src/search/posting-format.ts';
import { ByteWriter } from '../../src/search/varint.ts';
import { ByteArena } from './byte-arena.ts';
import type { PackSink } from './pack-writer.ts';
import { chainRecord, readTrigramRows, type TrigramRows } from './phrases.ts';
import { layOutPosting, type PostingShape } from './posting-layout.ts';

/** Bytes of postings collected before they move to the arena (see `log`): small enough for the processor's caches. */
const CHUNK_BYTES = 4 * 2 ** 20;
/** Distinct characters one shard can hold. */
const MAX_CHARS = 2 ** 20;
const NEWLINE = 10;

/** Body text of consecutive blocks of one section kind (0: none, 1–3: SECTION_ZONES), each block ending in BLOCK_END. */
export type BodyRun = [kind: number, text: string];

export interface BucketLayout {
  /** Target size of a directory bucket, bytes. */
  bucketBytes: number;
  /** Postings up to this size are inline in their bucket; larger ones go to the packs. */
  inlineMax: number;
  /** Gaps and values of a posting from this size on are deflated when that saves a fifth. */
  deflateMin: number;
  /** Size a pack file grows to. Hosts cap file sizes (25 MB on some); a host that ignores Range sends a whole pack. */
  packBytes: number;
  /**
   * Phrase postings (src/search/posting-format.ts): a phrase of 5–8 letters
   * and digits is a candidate when the sampled pages (`sampleEvery`) put it
   * in about this many pages or more. Default PHRASE_MIN_PAGES.
   */
  phraseMinPages?: number;
  /** A candidate gets its posting when its chain would read at least this many bytes of trigram records. Default PHRASE_CHAIN_BYTES. */
  phraseChainBytes?: number;
}

/**
 * At 20,000 reports a chained 高新技术企业 (in 5,900 of them) read 78 KB of
 * trigram gaps and positions, its phrase posting about an eighth of that.
 * A chain costs about 16 bytes a page: one under 48 KB keeps a query
 * within its budget (150 KB cold, of which about 50 KB is the page table,
 * the engine and the cards), and is left as it is.
 */
export const PHRASE_MIN_PAGES = 2000;
export const PHRASE_CHAIN_BYTES = 48 * 1024;
/** Pages sampled for phrase candidates, about. */
export const PHRASE_SAMPLE = 1000;
/**
 * Candidates chained at most, the most frequent in the sample first: each
 * costs a merge of trigram records, and at 100,000 reports of recombined
 * paragraphs tens of thousands of phrases pass the sample's bar.
 */
const PHRASE_CANDIDATES = 4000;
/** Decoded trigram rows kept while phrases are chained, bytes. */
const ROWS_CACHE_BYTES = 256 * 2 ** 20;

/** Every how many pages one is sampled for phrase candidates, for a segment of `pages` pages. */
export const phraseSampleEvery = (pages: number): number => Math.max(1, Math.floor(pages / PHRASE_SAMPLE));

export const DEFAULT_LAYOUT: BucketLayout = { bucketBytes: 4096, inlineMax: 48, deflateMin: 512, packBytes: 4 * 2 ** 20, phraseMinPages: PHRASE_MIN_PAGES, phraseChainBytes: PHRASE_CHAIN_BYTES };

/** A phrase's code points and its collected record (4-gram shaped). */
interface Phrase {
  cps: number[];
  record: Uint8Array;
}

/** FNV-1a over the UTF-16 code units of the code points: the same number as `gramHash` of the gram's string. */
function hashCodePoints(cps: number[]): number {
  let h = 0x811c9dc5;
  const unit = (u: number): void => {
    h ^= u;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const cp of cps) {
    if (cp < 0x10000) unit(cp);
    else {
      unit(0xd800 + ((cp - 0x10000) >> 10));
      unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }
  return h;
}

function widen(old: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(old);
  return next;
}

function utf8(cps: number[], out: ByteWriter): void {
  const bytes: number[] = [];
  for (const cp of cps) {
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  out.varint(bytes.length);
  out.raw(Uint8Array.from(bytes));
}

export class GramIndex {
  private charIds = new Int32Array(0x110000);
  /** Code point of each character id (id 0 is the block end). */
  private chars: number[] = [0];
  /** Gram id of each character's 1-gram, -1 when not seen yet. */
  private unigram = new Int32Array(1024).fill(-1);
  /** 1 for a character id that 4-grams may hold (`wordChar`). */
  private word = new Uint8Array(1024);

  /**
   * Open-addressing table of 2- and 3-grams, four ints a slot: the
   * character ids a, b, c and the gram id + 1 (0 when free), so a probe
   * reads one cache line.
   */
  private slots = new Int32Array(4 << 16);
  private mask = (1 << 16) - 1;
  private hashed = 0;

  /** Per gram: its character ids (b, c, d are 0 for shorter grams). */
  private ka = new Int32Array(0);
  private kb = new Int32Array(0);
  private kc = new Int32Array(0);
  private kd = new Int32Array(0);
  /** Per gram: the last page it was seen on (+1), so per-page values need no clearing. */
  private stamp = new Int32Array(0);
  /** Per gram, for the current page: count*16 + kinds*2 + inHead, or for 3-grams the number of positions. */
  private value = new Int32Array(0);
  /** Per gram: the previous page it was written for, for page gaps. */
  private lastPage = new Int32Array(0);
  /** Per gram: the number of pages it occurs on. */
  private pagesWith = new Int32Array(0);
  /** Per 3-gram, for the current page: first and last of its occurrences in `occPos`/`occNext`. */
  private firstOcc = new Int32Array(0);
  private lastOcc = new Int32Array(0);
  private capacity = 0;

  private arena = new ByteArena();

  /**
   * Postings of the pages since the last flush, before they go to the
   * arena. Appending a few bytes to each of thousands of streams a page
   * lands on a random place of a large arena every time, a cache and TLB
   * miss each (a third of the indexer's time at 20,000 reports). Here a
   * page's records are written one after the other, and every CHUNK_BYTES
   * they are sorted by gram (a counting sort, within the processor's
   * caches) and moved to the arena, so a gram's stream is touched once per
   * chunk, not once per page.
   */
  private readonly chunkLimit: number;
  private log: Uint8Array<ArrayBuffer>;
  private sorted = new Uint8Array(0);
  private logTop = 0;
  /** Per record (they lie back to back in `log`): its end, and its gram's number in the chunk. */
  private recEnd = new Int32Array(1 << 16);
  private recGram = new Int32Array(1 << 16);
  private records = 0;
  /** Per gram: its number in the chunk + 1 (0: no record yet). */
  private chunkSlot = new Int32Array(0);
  /** Per gram of the chunk, by number: the gram, and its bytes (then where they go). */
  private chunkGrams = new Int32Array(1 << 12);
  private chunkBytes = new Int32Array(1 << 12);
  private chunkCount = 0;

  // Scratch space for one page.
  private ids = new Int32Array(1 << 16);
  private occPos = new Int32Array(1 << 16);
  private occNext = new Int32Array(1 << 16);
  private occurrences = 0;
  private touched: number[] = [];
  private touchedTri: number[] = [];
  private pageStamp = 0;
  private pagesAdded = 0;

  /** Every `sampleEvery`-th page's zone texts, [head, ...body runs], for phrase candidates. */
  private readonly sampleEvery: number;
  private samples: string[][] = [];

  /**
   * `chunkBytes`: postings collected before they move to the arena (tests
   * make it small). `sampleEvery`: pages 0, n, 2n, … are sampled for
   * phrase candidates (`phraseSampleEvery`; default every page).
   */
  constructor(options: { chunkBytes?: number; sampleEvery?: number } = {}) {
    this.chunkLimit = options.chunkBytes ?? CHUNK_BYTES;
    this.log = new Uint8Array(this.chunkLimit + (1 << 16));
    this.sampleEvery = Math.max(1, options.sampleEvery ?? 1);
  }

  get grams(): number {
    return this.arena.count;
  }

  /** Phrase postings the last writeBuckets wrote. */
  phraseCount = 0;

  /** Bytes of postings held, slack included. */
  get bytes(): number {
    return this.arena.bytes;
  }

  private charId(cp: number): number {
    let id = this.charIds[cp] as number;
    if (id === 0) {
      id = this.chars.push(cp) - 1;
      if (id >= MAX_CHARS) throw new Error(`more than ${MAX_CHARS - 1} distinct characters in one shard (hint: split the index into more shards)`);
      this.charIds[cp] = id;
      if (id >= this.unigram.length) {
        const next = new Int32Array(this.unigram.length * 2).fill(-1);
        next.set(this.unigram);
        this.unigram = next;
        const word = new Uint8Array(this.word.length * 2);
        word.set(this.word);
        this.word = word;
      }
      this.word[id] = wordChar(cp) ? 1 : 0;
    }
    return id;
  }

  private newGram(a: number, b: number, c: number, d = 0): number {
    const g = this.arena.open();
    if (g >= this.capacity) this.growGrams();
    this.ka[g] = a;
    this.kb[g] = b;
    this.kc[g] = c;
    this.kd[g] = d;
    this.lastPage[g] = -1;
    return g;
  }

  private growGrams(): void {
    const capacity = Math.max(1 << 16, this.capacity * 2);
    this.ka = widen(this.ka, capacity);
    this.kb = widen(this.kb, capacity);
    this.kc = widen(this.kc, capacity);
    this.kd = widen(this.kd, capacity);
    this.stamp = widen(this.stamp, capacity);
    this.value = widen(this.value, capacity);
    this.lastPage = widen(this.lastPage, capacity);
    this.pagesWith = widen(this.pagesWith, capacity);
    this.firstOcc = widen(this.firstOcc, capacity);
    this.lastOcc = widen(this.lastOcc, capacity);
    this.chunkSlot = widen(this.chunkSlot, capacity);
    this.capacity = capacity;
  }

  private static hash(a: number, b: number, c: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 12);
  }

  /** The slot of key (a, b, c) in the table: where it is, or the free slot where it would go. */
  private slotOf(a: number, b: number, c: number): number {
    const slots = this.slots;
    let h = GramIndex.hash(a, b, c) & this.mask;
    for (;;) {
      const at = h << 2;
      if (slots[at + 3] === 0 || (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c)) return h;
      h = (h + 1) & this.mask;
    }
  }

  /**
   * The id of the 2-gram a b (c = 0), the 3-gram a b c, or the 4-gram made
   * of trigram a and character b (c = -1), created on first sight.
   */
  private lookup(a: number, b: number, c: number): number {
    const slots = this.slots;
    const h = this.slotOf(a, b, c);
    const found = slots[(h << 2) + 3] as number;
    if (found !== 0) return found - 1;
    const g = c === -1 ? this.newGram(this.ka[a] as number, this.kb[a] as number, this.kc[a] as number, b) : this.newGram(a, b, c);
    const at = h << 2;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = c;
    slots[at + 3] = g + 1;
    if (++this.hashed * 2 > this.mask) this.rehash();
    return g;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * 4);
    const mask = size - 1;
    const old = this.slots;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] === 0) continue;
      let h = GramIndex.hash(old[at] as number, old[at + 1] as number, old[at + 2] as number) & mask;
      while (slots[(h << 2) + 3] !== 0) h = (h + 1) & mask;
      slots.set(old.subarray(at, at + 4), h << 2);
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Counts an occurrence of a 4-gram, and keeps its least body offset (+1; 0: none) in `firstOcc`, which only trigrams use otherwise. */
  private count4(g: number, bits: number, bodyOffset: number): void {
    if (this.stamp[g] !== this.pageStamp) this.firstOcc[g] = 0;
    this.count(g, bits);
    if (bodyOffset >= 0 && (this.firstOcc[g] === 0 || bodyOffset + 1 < (this.firstOcc[g] as number))) this.firstOcc[g] = bodyOffset + 1;
  }

  /** Counts an occurrence; `bits` is 1 in the head zone, else 2 << (kind − 1) for a section of a kind, or 0. */
  private count(g: number, bits: number): void {
    if (this.stamp[g] !== this.pageStamp) {
      this.stamp[g] = this.pageStamp;
      this.value[g] = 0;
      this.touched.push(g);
    }
    this.value[g] = ((this.value[g] as number) | bits) + 16;
  }

  private occur(g: number, position: number): void {
    const m = this.occurrences++;
    if (m === this.occPos.length) {
      const pos = new Int32Array(m * 2);
      pos.set(this.occPos);
      this.occPos = pos;
      const next = new Int32Array(m * 2);
      next.set(this.occNext);
      this.occNext = next;
    }
    this.occPos[m] = position;
    this.occNext[m] = -1;
    if (this.stamp[g] !== this.pageStamp) {
      this.stamp[g] = this.pageStamp;
      this.value[g] = 0;
      this.firstOcc[g] = m;
      this.touchedTri.push(g);
    } else {
      this.occNext[this.lastOcc[g] as number] = m;
    }
    this.lastOcc[g] = m;
    this.value[g] = (this.value[g] as number) + 1;
  }

  /** Character ids of a zone's text, at most `limit` of them; block ends are 0. */
  private charIdsOf(text: string, limit: number): number {
    if (this.ids.length < text.length) this.ids = new Int32Array(text.length * 2);
    const ids = this.ids;
    let n = 0;
    for (let i = 0; i < text.length && n < limit; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      ids[n++] = cp === NEWLINE ? 0 : this.charId(cp);
    }
    return n;
  }

  /**
   * Indexes text of the head zone (`zone` -1), or body text whose first
   * character is body offset `start`, in a section of kind `zone` (0–3).
   * Positions as in posting-format.ts. Returns its length in code points.
   */
  private scan(text: string, limit: number, zone: number, start: number): number {
    const n = this.charIdsOf(text, limit);
    const ids = this.ids;
    const word = this.word;
    const head = zone === -1 ? 1 : zone ? 1 << zone : 0;
    const base = zone === -1 ? 0 : HEAD_BASE + start * POSITION_STEP + zone;
    const bodyBase = zone === -1 ? -1 : start;
    this.probeAll(n);
    const found2 = this.found2;
    const found3 = this.found3;
    const found4 = this.found4;
    for (let i = 0; i < n; i++) {
      const a = ids[i] as number;
      if (a === 0) continue;
      let g = this.unigram[a] as number;
      if (g === -1) this.unigram[a] = g = this.newGram(a, 0, 0);
      this.count(g, head);
      const b = i + 1 < n ? (ids[i + 1] as number) : 0;
      if (b === 0) continue;
      const g2 = found2[i] as number;
      this.count(g2 >= 0 ? g2 : this.lookup(a, b, 0), head);
      const c = i + 2 < n ? (ids[i + 2] as number) : 0;
      if (c === 0) continue;
      const g3 = found3[i] as number;
      const t = g3 >= 0 ? g3 : this.lookup(a, b, c);
      this.occur(t, base + i * POSITION_STEP);
      const d = i + 3 < n ? (ids[i + 3] as number) : 0;
      if (d === 0 || !(word[a] && word[b] && word[c] && word[d])) continue;
      const g4 = found4[i] as number;
      this.count4(g4 >= 0 ? g4 : this.lookup(t, d, -1), head, bodyBase < 0 ? -1 : bodyBase + i);
    }
    return n;
  }

  /** Scratch: the ids of the 2-, 3- and 4-grams starting at each position of the text being scanned, -1 when not in the table yet. */
  private found2 = new Int32Array(1 << 16);
  private found3 = new Int32Array(1 << 16);
  private found4 = new Int32Array(1 << 16);

  /**
   * Looks up every 2-, 3- and 4-gram of `ids[0 … n)` without inserting. The
   * table is larger than the processor's caches, so nearly every probe is
   * a cache miss; probes that do not depend on each other, in a loop that
   * does nothing else, let the processor wait for many misses at once.
   */
  private probeAll(n: number): void {
    if (this.found2.length < n) {
      this.found2 = new Int32Array(n * 2);
      this.found3 = new Int32Array(n * 2);
      this.found4 = new Int32Array(n * 2);
    }
    const { ids, slots, mask, found2, found3, found4, word } = this;
    for (let i = 0; i + 1 < n; i++) {
      const a = ids[i] as number;
      const b = ids[i + 1] as number;
      found2[i] = -1;
      found3[i] = -1;
      found4[i] = -1;
      if (a === 0 || b === 0) continue;
      let h = GramIndex.hash(a, b, 0) & mask;
      for (;;) {
        const at = h << 2;
        const slot = slots[at + 3] as number;
        if (slot === 0) break;
        if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === 0) {
          found2[i] = slot - 1;
          break;
        }
        h = (h + 1) & mask;
      }
      const c = i + 2 < n ? (ids[i + 2] as number) : 0;
      if (c === 0) continue;
      h = GramIndex.hash(a, b, c) & mask;
      for (;;) {
        const at = h << 2;
        const slot = slots[at + 3] as number;
        if (slot === 0) break;
        if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c) {
          found3[i] = slot - 1;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    // The 4-gram of trigram t and character d (key t, d, -1), where the trigram is known: a loop of its
    // own, so that each probe waits on no other.
    for (let i = 0; i + 3 < n; i++) {
      const t = found3[i] as number;
      const d = ids[i + 3] as number;
      if (t < 0 || d === 0 || !(word[ids[i] as number] && word[ids[i + 1] as number] && word[ids[i + 2] as number] && word[d])) continue;
      let h = GramIndex.hash(t, d, -1) & mask;
      for (;;) {
        const at = h << 2;
        const slot = slots[at + 3] as number;
        if (slot === 0) break;
        if (slots[at] === t && slots[at + 1] === d && slots[at + 2] === -1) {
          found4[i] = slot - 1;
          break;
        }
        h = (h + 1) & mask;
      }
    }
  }

  /** Makes room for `n` more bytes in the log. */
  private room(n: number): void {
    if (this.logTop + n <= this.log.length) return;
    const log = new Uint8Array(Math.max(this.log.length * 2, this.logTop + n));
    log.set(this.log.subarray(0, this.logTop));
    this.log = log;
  }

  /** Records that `log[logTop … end)` belongs to gram `g`. */
  private logRecord(g: number, end: number): void {
    const r = this.records++;
    if (r === this.recEnd.length) {
      this.recEnd = widen(this.recEnd, r * 2);
      this.recGram = widen(this.recGram, r * 2);
    }
    let slot = (this.chunkSlot[g] as number) - 1;
    if (slot === -1) {
      slot = this.chunkCount++;
      if (slot === this.chunkGrams.length) {
        this.chunkGrams = widen(this.chunkGrams, slot * 2);
        this.chunkBytes = widen(this.chunkBytes, slot * 2);
      }
      this.chunkSlot[g] = slot + 1;
      this.chunkGrams[slot] = g;
      this.chunkBytes[slot] = 0;
    }
    this.chunkBytes[slot] = (this.chunkBytes[slot] as number) + end - this.logTop;
    this.recEnd[r] = end;
    this.recGram[r] = slot;
    this.logTop = end;
  }

  /** Sorts the chunk's records by gram (keeping page order) and appends each gram's bytes to its stream at once. */
  private flush(): void {
    const { log, recEnd, recGram, chunkGrams, chunkBytes, chunkSlot, arena } = this;
    const n = this.chunkCount;
    if (this.sorted.length < this.logTop) this.sorted = new Uint8Array(this.log.length);
    const sorted = this.sorted;
    // chunkBytes becomes each gram's next write offset in `sorted`.
    let offset = 0;
    for (let s = 0; s < n; s++) {
      const size = chunkBytes[s] as number;
      chunkBytes[s] = offset;
      offset += size;
    }
    let start = 0;
    for (let r = 0; r < this.records; r++) {
      const end = recEnd[r] as number;
      const s = recGram[r] as number;
      let to = chunkBytes[s] as number;
      for (let i = start; i < end; i++) sorted[to++] = log[i] as number;
      chunkBytes[s] = to;
      start = end;
    }
    let from = 0;
    for (let s = 0; s < n; s++) {
      const g = chunkGrams[s] as number;
      const to = chunkBytes[s] as number;
      arena.append(g, sorted, to - from, from);
      chunkSlot[g] = 0;
      from = to;
    }
    this.chunkCount = 0;
    this.records = 0;
    this.logTop = 0;
  }

  private varint(at: number, value: number): number {
    const r = this.log;
    let v = value;
    while (v >= 0x80) {
      r[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    r[at++] = v;
    return at;
  }

  /**
   * Adds page `page` (pages must come in increasing order) from its zone
   * texts. The body is given as runs of blocks of one section kind (0:
   * none, 1–3: SECTION_ZONES), in reading order.
   */
  addPage(page: number, head: string, body: string | BodyRun[]): void {
    this.pageStamp = page + 1;
    this.touched.length = 0;
    this.touchedTri.length = 0;
    this.occurrences = 0;
    this.scan(head, HEAD_ZONE - 1, -1, 0);
    let at = 0;
    const runs = typeof body === 'string' ? [[0, body] as BodyRun] : body;
    for (const [zone, text] of runs) at += this.scan(text, Infinity, zone, at);
    if (this.pagesAdded++ % this.sampleEvery === 0) this.samples.push([head, ...runs.map(([, text]) => text)]);
    this.room(15 * this.touched.length);
    for (const g of this.touched) {
      this.pagesWith[g]!++;
      const start = this.logTop;
      let at = this.varint(start, page - (this.lastPage[g] as number));
      at = this.varint(at, this.value[g] as number);
      if (this.kd[g] !== 0) at = this.varint(at, this.firstOcc[g] as number);
      this.logRecord(g, at);
      this.lastPage[g] = page;
    }
    for (const g of this.touchedTri) {
      this.pagesWith[g]!++;
      const k = this.value[g] as number;
      this.room(5 * (k + 2));
      const start = this.logTop;
      let at = this.varint(start, page - (this.lastPage[g] as number));
      at = this.varint(at, k);
      let last = 0;
      for (let m = this.firstOcc[g] as number; m !== -1; m = this.occNext[m] as number) {
        const p = this.occPos[m] as number;
        at = this.varint(at, p - last);
        last = p;
      }
      this.logRecord(g, at);
      this.lastPage[g] = page;
    }
    if (this.logTop >= this.chunkLimit) this.flush();
  }

  private codePoints(g: number): number[] {
    const cps = [this.chars[this.ka[g] as number] as number];
    if (this.kb[g]) cps.push(this.chars[this.kb[g] as number] as number);
    if (this.kc[g]) cps.push(this.chars[this.kc[g] as number] as number);
    if (this.kd[g]) cps.push(this.chars[this.kd[g] as number] as number);
    return cps;
  }

  /** The id of the trigram of character ids a b c, or -1 when it never occurred. */
  private find3(a: number, b: number, c: number): number {
    return (this.slots[(this.slotOf(a, b, c) << 2) + 3] as number) - 1;
  }

  /**
   * The phrase postings worth writing (src/search/posting-format.ts).
   * Candidates come from the sampled pages: runs of 5–8 letters and digits
   * whose first and last 4-grams are on `minPages` pages or more and that
   * the sample puts on about half that many or more. Each is chained from
   * the trigram records collected (phrases.ts), exactly as a query would
   * chain it, and kept when that chain reads `chainBytes` or more and the
   * phrase's own record is at most half of it.
   */
  private selectPhrases(minPages: number, chainBytes: number): Phrase[] {
    const grams = this.arena.count;
    if (this.pagesAdded < minPages / 2 || !this.samples.length || grams >= 2 ** 27) return [];
    // Per phrase length, a candidate by its first and last 4-gram: a * 2^26 + b, with b kept to tell the rare clash.
    const keys = Array.from({ length: MAX_PHRASE - MIN_PHRASE + 1 }, () => new Map<number, number>());
    const first: number[] = [];
    const lastGram: number[] = [];
    const length: number[] = [];
    const seen: number[] = [];
    const lastSample: number[] = [];
    const pagesWith = this.pagesWith;
    this.samples.forEach((texts, sample) => {
      texts.forEach((text, t) => {
        const n = this.charIdsOf(text, t === 0 ? HEAD_ZONE - 1 : Infinity);
        this.probeAll(n);
        const found4 = this.found4;
        for (let i = 0; i + MIN_PHRASE <= n; i++) {
          const a = found4[i] as number;
          if (a < 0 || (pagesWith[a] as number) < minPages) continue;
          for (let l = MIN_PHRASE; l <= MAX_PHRASE && i + l <= n; l++) {
            // The 4-gram ending the phrase: every longer phrase from i holds it too.
            const b = found4[i + l - MAX_COUNT_GRAM] as number;
            if (b < 0 || (pagesWith[b] as number) < minPages) break;
            const map = keys[l - MIN_PHRASE] as Map<number, number>;
            const key = a * 2 ** 26 + (b % 2 ** 26);
            let e = map.get(key);
            if (e === undefined) {
              e = first.push(a) - 1;
              lastGram.push(b);
              length.push(l);
              seen.push(0);
              lastSample.push(-1);
              map.set(key, e);
            } else if (lastGram[e] !== b) continue;
            if (lastSample[e] !== sample) {
              lastSample[e] = sample;
              seen[e]!++;
            }
          }
        }
      });
    });
    this.samples = [];
    let candidates: number[] = [];
    for (let e = 0; e < first.length; e++) if ((seen[e] as number) * this.sampleEvery * 2 >= minPages) candidates.push(e);
    // The most frequent first, then grouped by first 4-gram, so that its trigram's rows are decoded once.
    candidates.sort((x, y) => (seen[y] as number) - (seen[x] as number) || x - y);
    candidates = candidates.slice(0, PHRASE_CANDIDATES);
    candidates.sort((x, y) => (first[x] as number) - (first[y] as number) || (lastGram[x] as number) - (lastGram[y] as number) || (length[x] as number) - (length[y] as number));

    const cache = new Map<number, TrigramRows>();
    let cached = 0;
    const rowsOf = (g: number): TrigramRows => {
      let rows = cache.get(g);
      if (!rows) {
        rows = readTrigramRows(this.arena.read(g));
        const size = (r: TrigramRows): number => r.bytes.length + 12 * r.pages.length;
        cached += size(rows);
        for (const [old, r] of cache) {
          if (cached <= ROWS_CACHE_BYTES) break;
          cache.delete(old);
          cached -= size(r);
        }
        cache.set(g, rows);
      }
      return rows;
    };
    const phrases: Phrase[] = [];
    for (const e of candidates) {
      const l = length[e] as number;
      const cps = [...this.codePoints(first[e] as number), ...this.codePoints(lastGram[e] as number).slice(2 * MAX_COUNT_GRAM - l)];
      const plan = planTerm(String.fromCodePoint(...cps));
      const tri = plan.offsets.map((o) => this.find3(this.charIds[cps[o] as number] as number, this.charIds[cps[o + 1] as number] as number, this.charIds[cps[o + 2] as number] as number));
      if (tri.some((g) => g < 0)) continue;
      // What the sample says the chain costs: its pages times the trigrams' record bytes a page. Far below the bar, it is not chained.
      const estimate = (seen[e] as number) * this.sampleEvery * tri.reduce((n, g) => n + this.arena.length(g) / (this.pagesWith[g] as number), 0);
      if (estimate * 2 < chainBytes) continue;
      const chained = chainRecord(tri.map(rowsOf), plan.offsets);
      if (chained.pages > 0 && chained.chainBytes >= chainBytes && chained.record.length * 2 <= chained.chainBytes) phrases.push({ cps, record: chained.record });
    }
    return phrases;
  }

  /** What a gram's posting keeps besides counts: positions (trigrams), first body offsets (4-grams) or nothing. */
  private shape(g: number): PostingShape {
    if (this.kd[g] !== 0) return 'firsts';
    return this.kc[g] !== 0 ? 'positions' : 'counts';
  }

  /**
   * Lays the postings out (format in src/search/buckets.ts and
   * posting-format.ts): a directory of buckets of about `bucketBytes` each,
   * by gram hash, holding the small postings inline and pointing into pack
   * files for the others. Buckets are handed to `emit` one at a time in
   * bucket order and postings streamed to the packs, so the whole index is
   * never in memory twice. Returns the number of buckets.
   */
  writeBuckets(layout: BucketLayout, packs: PackSink, emit: (index: number, bucket: Uint8Array) => void): number {
    this.flush();
    const phrases = this.selectPhrases(layout.phraseMinPages ?? PHRASE_MIN_PAGES, layout.phraseChainBytes ?? PHRASE_CHAIN_BYTES);
    this.phraseCount = phrases.length;
    const grams = this.arena.count;
    // Entries 0 … grams − 1 are the collected grams, then the phrases.
    const entries = grams + phrases.length;
    const cpsOf = (e: number): number[] => (e < grams ? this.codePoints(e) : (phrases[e - grams] as Phrase).cps);
    const recordOf = (e: number): Uint8Array => (e < grams ? this.arena.read(e) : (phrases[e - grams] as Phrase).record);
    let directory = 0;
    for (let e = 0; e < entries; e++) {
      const n = e < grams ? this.arena.length(e) : (phrases[e - grams] as Phrase).record.length;
      directory += 5 + 3 * cpsOf(e).length + (n <= layout.inlineMax ? n : 0);
    }
    const count = Math.max(1, Math.ceil(directory / layout.bucketBytes));
    // Counting sort of the entries by bucket, keeping first-seen order within a bucket. A phrase goes to its first trigram's bucket.
    const bucketOf = new Uint32Array(entries);
    const sizes = new Uint32Array(count + 1);
    for (let e = 0; e < entries; e++) {
      const b = hashCodePoints(e < grams ? cpsOf(e) : cpsOf(e).slice(0, 3)) % count;
      bucketOf[e] = b;
      sizes[b + 1]!++;
    }
    for (let b = 0; b < count; b++) sizes[b + 1]! += sizes[b] as number;
    const order = new Uint32Array(entries);
    const fill = sizes.slice(0, count);
    for (let e = 0; e < entries; e++) order[fill[bucketOf[e] as number]!++] = e;

    for (let b = 0; b < count; b++) {
      const head = new ByteWriter();
      const inlined: Uint8Array[] = [];
      const packed: Uint8Array[] = [];
      const from = sizes[b] as number;
      const to = sizes[b + 1] as number;
      head.varint(to - from);
      for (let i = from; i < to; i++) {
        const e = order[i] as number;
        utf8(cpsOf(e), head);
        const shape = e < grams ? this.shape(e) : 'firsts';
        const { parts, bytes } = layOutPosting(recordOf(e), shape, layout.deflateMin);
        const inline = bytes.length <= layout.inlineMax;
        head.varint(parts.flags | (inline ? 0 : PACKED));
        head.varint(parts.gaps);
        head.varint(parts.values);
        head.varint(parts.masks);
        if (shape !== 'counts') {
          head.varint(parts.directory);
          head.varint(parts.positions);
        }
        (inline ? inlined : packed).push(bytes);
      }
      if (packed.length) {
        const at = packs.reserve(packed.reduce((n, p) => n + p.length, 0));
        head.varint(at.pack);
        head.varint(at.offset);
        for (const bytes of packed) packs.write(bytes);
      }
      for (const bytes of inlined) head.raw(bytes);
      emit(b, head.result());
    }
    return count;
  }
}
