/**
 * Recognising files that are not text (images, archives, PDFs, old Office
 * files) by their first bytes, so the error can say what the file is instead
 * of reporting garbage at some byte offset.
 */

interface Signature {
  bytes: readonly number[];
  what: string;
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF8'), what: 'a GIF image' },
  { bytes: ascii('%PDF'), what: 'a PDF document' },
  // A .docx is a ZIP archive, so a renamed .docx lands here too.
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx renamed? then give it the .docx extension)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office file (.doc/.xls/.wps): save it as .docx' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: ascii('Rar!'), what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
];

/** What the file is when its first bytes are a known binary signature. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  const found = SIGNATURES.find((sig) => sig.bytes.every((b, i) => bytes[i] === b));
  return found?.what;
}

/** The formats ingest reads, for hints. */
export const SUPPORTED_FORMATS = '.txt, .md, .csv (text in UTF-8, GB18030/GBK, Big5 or UTF-16 with BOM) and .docx';
