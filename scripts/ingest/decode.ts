/**
 * Step 2 of ingest: bytes → text. Detects UTF-8 (with or without BOM),
 * UTF-16 with BOM, GB18030/GBK and Big5. Never returns a U+FFFD that was not
 * in the input: every decoder runs in fatal mode, and a file that no encoding
 * reads completely is an error pointing at the first bad byte.
 */
import { IngestError } from './problems.ts';
import type { Decoded } from './types.ts';
import { MIN_COUNTED, MIN_PLAUSIBLE_SHARE, plausibility } from './decode-plausibility.ts';
import { firstInvalidOffset, firstInvalidUtf16Offset, hexAt } from './decode-offset.ts';
import { SUPPORTED_FORMATS, binarySignature } from './sniff-binary.ts';

/** Bytes scored to choose between GB18030 and Big5; enough for a clear verdict. */
const SAMPLE_BYTES = 64 * 1024;
/** Tried when a file is not UTF-8, in order of preference on a tie. */
const LEGACY = ['gb18030', 'big5', 'utf-8'] as const;
const LABEL: Record<string, string> = { 'gb18030': 'GB18030/GBK', 'big5': 'Big5', 'utf-8': 'UTF-8' };
const SAVE_AS_UTF8 = 'save the file as UTF-8 (e.g. Notepad: Save As → Encoding: UTF-8), or check that it is a text file';

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw empty(file, 'file is empty');
  const decoded = startsWith(bytes, [0xef, 0xbb, 0xbf])
    ? { text: strictUtf8(bytes, file), encoding: 'utf-8-bom' }
    : startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
      ? decodeUtf16(bytes, file)
      : decodeWithoutBom(bytes, file);
  // JavaScript's \s includes U+3000 and U+FEFF, both common in padded reports.
  if (!/\S/.test(decoded.text)) throw empty(file, 'file is empty (it holds only whitespace)');
  return decoded;
}

function decodeWithoutBom(bytes: Uint8Array, file: string): Decoded {
  rejectBinary(bytes, file);
  const utf8 = tryDecode(bytes, 'utf-8');
  // Most inputs stop here after a single pass over the bytes.
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes, file);
}

/** Not UTF-8: score each candidate on a sample, then decode the whole file with the best. */
function decodeLegacy(bytes: Uint8Array, file: string): Decoded {
  // Everything before the first non-ASCII byte reads the same in every candidate.
  const firstHigh = Math.max(0, bytes.findIndex((b) => b >= 0x80));
  const sample = bytes.subarray(firstHigh, firstHigh + SAMPLE_BYTES);
  const ranked = LEGACY.map((encoding) => ({
    encoding,
    ...plausibility(new TextDecoder(encoding).decode(sample)),
  })).sort((a, b) => b.share - a.share);
  const best = ranked[0]!;
  // If the best reading is UTF-8 (which failed) or fails itself, the file is
  // damaged: falling back to a worse reading would only produce mojibake.
  const text = best.encoding === 'utf-8' ? undefined : tryDecode(bytes, best.encoding);
  if (text === undefined) {
    const offset = firstInvalidOffset(bytes, best.encoding);
    const label = LABEL[best.encoding];
    const why = best.share >= MIN_PLAUSIBLE_SHARE
      ? `the text reads as ${label}, but these bytes are not valid ${label}`
      : 'the text is not UTF-8, GB18030/GBK or Big5';
    throw new IngestError({ file, offset, message: `cannot decode the bytes ${hexAt(bytes, offset)} …: ${why}`, hint: SAVE_AS_UTF8 });
  }
  if (best.counted >= MIN_COUNTED && best.share < MIN_PLAUSIBLE_SHARE) {
    const offset = firstInvalidOffset(bytes, 'utf-8');
    const percent = Math.round(best.share * 100);
    throw new IngestError({
      file,
      offset,
      message: `cannot tell the encoding: not UTF-8 from the bytes ${hexAt(bytes, offset)} … on, and as ${LABEL[best.encoding]} only ${percent}% of the characters are common Chinese`,
      hint: SAVE_AS_UTF8,
    });
  }
  return { text, encoding: best.encoding };
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  rejectBinary(bytes, file);
  const text = tryDecode(bytes, 'utf-8');
  if (text !== undefined) return text;
  const offset = firstInvalidOffset(bytes, 'utf-8');
  throw new IngestError({
    file,
    offset,
    message: `cannot decode the bytes ${hexAt(bytes, offset)} …: the file starts with a UTF-8 byte-order mark, but these bytes are not valid UTF-8`,
    hint: SAVE_AS_UTF8,
  });
}

function decodeUtf16(bytes: Uint8Array, file: string): Decoded {
  const littleEndian = bytes[0] === 0xff;
  if (littleEndian && bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0) {
    throw new IngestError({ file, message: 'the file is UTF-32, which is not supported', hint: SAVE_AS_UTF8 });
  }
  const encoding = littleEndian ? 'utf-16le' : 'utf-16be';
  const text = tryDecode(bytes, encoding);
  if (text === undefined) {
    const offset = firstInvalidUtf16Offset(bytes, littleEndian, 2);
    throw new IngestError({
      file,
      offset,
      message: `cannot decode the bytes ${hexAt(bytes, offset)} …: the file starts with a ${encoding.toUpperCase()} byte-order mark, but these bytes are a broken or cut-off character`,
      hint: SAVE_AS_UTF8,
    });
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) throw notText(file, `it holds a NUL character (character ${nul + 1})`);
  return { text, encoding };
}

function rejectBinary(bytes: Uint8Array, file: string): void {
  const what = binarySignature(bytes);
  if (what !== undefined) throw notText(file, `it looks like ${what}`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw notText(file, 'it holds NUL bytes', nul);
}

function notText(file: string, why: string, offset?: number): IngestError {
  return new IngestError({
    file,
    offset,
    message: `not a text file: ${why}`,
    hint: `ingest reads ${SUPPORTED_FORMATS}; UTF-16 text needs a byte-order mark (or save it as UTF-8)`,
  });
}

function empty(file: string, message: string): IngestError {
  return new IngestError({ file, message, hint: 'remove it from the input, or check that it was saved with its text' });
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
