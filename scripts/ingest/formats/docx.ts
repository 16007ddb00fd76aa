/**
 * .docx inputs: the text of the Word document, one paragraph per line, read
 * with mammoth. Line breaks inside a paragraph (Shift+Enter, common in text
 * pasted from web pages) are kept as line ends.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { IngestError } from '../problems.ts';
import type { InputFile, Problem } from '../types.ts';
import type { FormatResult } from './format-result.ts';

const MAIN_PART = 'word/document.xml';
/** Text-wrapping and carriage-return breaks inside a run; mammoth's raw text would drop them. */
const BREAK = /<w:(?:br|cr)\b[^>]*\/>/g;
const AS_TEXT = '<w:t xml:space="preserve">&#10;</w:t>';
const RESAVE = 'open it in Word or WPS and save it again as .docx (Word document), or save the text as .txt';

export async function readDocx(file: InputFile): Promise<FormatResult> {
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  checkIsZip(bytes, file.relPath);
  let result;
  try {
    result = await mammoth.extractRawText({ buffer: await keepLineBreaks(bytes) });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new IngestError({ file: file.relPath, message: `cannot read the .docx file: ${reason}`, hint: RESAVE }, { cause: err });
  }
  // mammoth ends every paragraph with a blank line; one paragraph per line is what later steps expect.
  const text = result.value.replace(/\n\n/g, '\n');
  if (!/\S/.test(text)) {
    throw new IngestError({ file: file.relPath, message: 'file is empty (the document has no text)', hint: 'remove it from the input, or check that it was saved with its text' });
  }
  const warnings: Problem[] = result.messages.map((m) => ({
    severity: 'warning',
    file: file.relPath,
    message: `while reading the .docx: ${m.message}`,
    hint: 'check the report text for anything missing',
  }));
  return { docs: [{ text, encoding: 'docx', firstLine: 1, stated: {} }], warnings };
}

function checkIsZip(bytes: Buffer, file: string): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  const isOldWord = bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  throw new IngestError({
    file,
    message: isOldWord
      ? 'this is an old Word (.doc) file with a .docx name'
      : 'not a .docx file (a .docx is a ZIP archive; this file does not start like one)',
    hint: RESAVE,
  });
}

/** The same document with each break inside a paragraph written as a newline character. */
async function keepLineBreaks(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const main = zip.file(MAIN_PART);
  if (main === null) return bytes; // mammoth finds a main part elsewhere, or says it is missing.
  const xml = await main.async('string');
  if (xml.search(BREAK) === -1) return bytes;
  zip.file(MAIN_PART, xml.replace(BREAK, AS_TEXT));
  return zip.generateAsync({ type: 'nodebuffer' });
}
