/**
 * Step 3 of ingest: an input file → its documents, by file extension.
 * Throws IngestError when the file as a whole cannot be read; problems that
 * leave the rest of the file usable come back as warnings.
 */
import path from 'node:path';
import { IngestError } from '../problems.ts';
import type { InputFile } from '../types.ts';
import { readCsv } from './csv.ts';
import { readDocx } from './docx.ts';
import type { FormatResult } from './format-result.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';

export type { FormatResult } from './format-result.ts';

const READERS: Record<string, (file: InputFile) => FormatResult | Promise<FormatResult>> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.csv': readCsv,
  '.docx': readDocx,
};

export async function toSourceDocs(file: InputFile): Promise<FormatResult> {
  const ext = path.extname(file.relPath).toLowerCase();
  const read = READERS[ext];
  if (read === undefined) {
    throw new IngestError({
      file: file.relPath,
      message: `unsupported file type "${ext || '(none)'}"`,
      hint: `ingest reads ${Object.keys(READERS).join(' ')} files`,
    });
  }
  return read(file);
}
