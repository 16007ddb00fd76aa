/**
 * Many growing byte streams in a few large buffers: the postings of every
 * gram of a shard while it is being indexed.
 *
 * A stream is a chain of slices that double in size (16, 32, … 4 KB bytes
 * each, the last 4 bytes of a slice holding the address of the next), so a
 * gram seen once costs 16 bytes and a gram seen on every page wastes at most
 * one slice. Addresses are 32-bit (16 MB buffers, at most 255 of them), which
 * caps a shard's postings at 4 GB; a shard that large should be split anyway.
 * Compared with one growable array per gram, this keeps millions of streams
 * out of the garbage collector's way.
 */

const BUFFER_BITS = 24;
const BUFFER_SIZE = 1 << BUFFER_BITS;
const OFFSET_MASK = BUFFER_SIZE - 1;
const MAX_BUFFERS = 255;
/** Data bytes of a slice at each level (slice size minus the 4-byte link). */
const SLICE_DATA = [12, 28, 60, 124, 252, 508, 1020, 2044, 4092];
const TOP_LEVEL = SLICE_DATA.length - 1;

export class ByteArena {
  private buffers: Uint8Array[] = [];
  /** Address of the next free byte. */
  private top = 0;
  private capacity = 0;
  /** Per stream: first slice, write position, end of the current slice's data, level, length. */
  private start = new Uint32Array(0);
  private cur = new Uint32Array(0);
  private end = new Uint32Array(0);
  private level = new Uint8Array(0);
  private len = new Uint32Array(0);
  private streams = 0;

  get count(): number {
    return this.streams;
  }

  /** Bytes held, slack included. */
  get bytes(): number {
    return this.top;
  }

  /** Opens a new empty stream and returns its number (0, 1, 2, …). */
  open(): number {
    if (this.streams === this.capacity) this.grow();
    const s = this.streams++;
    const at = this.alloc(SLICE_DATA[0] as number);
    this.start[s] = at;
    this.cur[s] = at;
    this.end[s] = at + (SLICE_DATA[0] as number);
    return s;
  }

  length(stream: number): number {
    return this.len[stream] as number;
  }

  /** Appends `bytes[from … from + n)` to a stream. */
  append(stream: number, bytes: Uint8Array, n: number, from = 0): void {
    let cur = this.cur[stream] as number;
    let end = this.end[stream] as number;
    let i = from;
    const stop = from + n;
    while (i < stop) {
      if (cur === end) {
        const level = Math.min((this.level[stream] as number) + 1, TOP_LEVEL);
        const size = SLICE_DATA[level] as number;
        const next = this.alloc(size);
        this.writeU32(end, next);
        this.level[stream] = level;
        cur = next;
        end = next + size;
      }
      const buffer = this.buffers[cur >>> BUFFER_BITS] as Uint8Array;
      const room = Math.min(end - cur, stop - i);
      const offset = cur & OFFSET_MASK;
      // Most pieces are a few bytes: a loop beats creating a subarray for set().
      if (room < 32) for (let j = 0; j < room; j++) buffer[offset + j] = bytes[i + j] as number;
      else buffer.set(bytes.subarray(i, i + room), offset);
      i += room;
      cur += room;
    }
    this.cur[stream] = cur;
    this.end[stream] = end;
    this.len[stream] = (this.len[stream] as number) + n;
  }

  /** The bytes of a stream, copied out. */
  read(stream: number): Uint8Array {
    const out = new Uint8Array(this.len[stream] as number);
    let at = this.start[stream] as number;
    let level = 0;
    let done = 0;
    while (done < out.length) {
      const size = SLICE_DATA[level] as number;
      const n = Math.min(size, out.length - done);
      const offset = at & OFFSET_MASK;
      out.set((this.buffers[at >>> BUFFER_BITS] as Uint8Array).subarray(offset, offset + n), done);
      done += n;
      if (done < out.length) {
        at = this.readU32(at + size);
        level = Math.min(level + 1, TOP_LEVEL);
      }
    }
    return out;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.capacity * 2);
    const widen = <T extends Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.start = widen(this.start, (n) => new Uint32Array(n));
    this.cur = widen(this.cur, (n) => new Uint32Array(n));
    this.end = widen(this.end, (n) => new Uint32Array(n));
    this.len = widen(this.len, (n) => new Uint32Array(n));
    this.level = widen(this.level, (n) => new Uint8Array(n));
    this.capacity = capacity;
  }

  /** Reserves `data` bytes plus a 4-byte link, never across the end of a buffer. */
  private alloc(data: number): number {
    const size = data + 4;
    if (this.top + size > this.buffers.length * BUFFER_SIZE) {
      if (this.buffers.length === MAX_BUFFERS) {
        throw new Error('search index: more than 4 GB of postings in one shard (hint: split the index into more shards)');
      }
      this.top = this.buffers.length * BUFFER_SIZE;
      this.buffers.push(new Uint8Array(BUFFER_SIZE));
    }
    const at = this.top;
    this.top += size;
    return at;
  }

  private writeU32(at: number, value: number): void {
    const buffer = this.buffers[at >>> BUFFER_BITS] as Uint8Array;
    const o = at & OFFSET_MASK;
    buffer[o] = value & 0xff;
    buffer[o + 1] = (value >>> 8) & 0xff;
    buffer[o + 2] = (value >>> 16) & 0xff;
    buffer[o + 3] = value >>> 24;
  }

  private readU32(at: number): number {
    const buffer = this.buffers[at >>> BUFFER_BITS] as Uint8Array;
    const o = at & OFFSET_MASK;
    return ((buffer[o] as number) | ((buffer[o + 1] as number) << 8) | ((buffer[o + 2] as number) << 16) | ((buffer[o + 3] as number) << 24)) >>> 0;
  }
}
