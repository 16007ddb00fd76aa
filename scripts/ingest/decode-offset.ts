/**
 * Finding the byte offset of the first sequence a decoder rejects, so a
 * decoding error can point at the exact place in the file. Only runs on the
 * error path: TextDecoder says *that* bytes are bad, not *where*.
 */

const CHUNK = 64 * 1024;

/**
 * Offset of the first byte of the first sequence `encoding` cannot decode, or
 * -1 when the whole input decodes. For `utf-8`, `gb18030` and `big5`.
 */
export function firstInvalidOffset(bytes: Uint8Array, encoding: string): number {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  // A position before which the decoder holds no pending bytes, so decoding
  // can restart there without reading the file from the beginning again.
  let clean = 0;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const end = Math.min(at + CHUNK, bytes.length);
    try {
      decoder.decode(bytes.subarray(at, end), { stream: true });
    } catch {
      return locate(bytes, encoding, clean, end);
    }
    clean = lastSyncPoint(bytes, at, end) ?? clean;
  }
  try {
    decoder.decode();
  } catch {
    return locate(bytes, encoding, clean, bytes.length);
  }
  return -1;
}

/** Offset of the first unpaired surrogate (or odd trailing byte) in UTF-16, or -1. */
export function firstInvalidUtf16Offset(bytes: Uint8Array, littleEndian: boolean, start: number): number {
  const unitAt = (i: number) =>
    littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  let i = start;
  for (; i + 1 < bytes.length; i += 2) {
    const unit = unitAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 3 < bytes.length ? unitAt(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return i < bytes.length ? i : -1;
}

/** `C3 28 41`: up to `count` bytes from `offset`, for error messages. */
export function hexAt(bytes: Uint8Array, offset: number, count = 4): string {
  return Array.from(bytes.subarray(offset, offset + count), (b) =>
    b.toString(16).toUpperCase().padStart(2, '0'),
  ).join(' ');
}

// Bytes below 0x30 are never the 2nd–4th byte of a UTF-8, GB18030 or Big5
// sequence: if one decoded without error, nothing was pending before it.
function lastSyncPoint(bytes: Uint8Array, from: number, to: number): number | undefined {
  for (let i = to - 1; i >= from; i--) if (bytes[i]! < 0x30) return i;
  return undefined;
}

/** The bad sequence lies in [from, to) and the decoder is clean at `from`. */
function locate(bytes: Uint8Array, encoding: string, from: number, to: number): number {
  const fails = (end: number, stream: boolean) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from, end), { stream });
      return false;
    } catch {
      return true;
    }
  };
  // Smallest prefix end that fails while streaming: the byte that revealed the error.
  let detected = to;
  if (fails(to, true)) {
    let ok = from;
    let bad = to;
    while (bad - ok > 1) {
      const mid = ok + Math.floor((bad - ok) / 2);
      if (fails(mid, true)) bad = mid;
      else ok = mid;
    }
    detected = bad - 1;
  }
  // The sequence starts where everything before it decodes completely.
  for (let start = detected; start > from; start--) if (!fails(start, false)) return start;
  return from;
}
