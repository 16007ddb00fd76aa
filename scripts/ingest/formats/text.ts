/** .txt inputs: the whole decoded file is one document. */
import { decode } from '../decode.ts';
import type { InputFile } from '../types.ts';
import type { FormatResult } from './format-result.ts';

export function readText(file: InputFile): FormatResult {
  const { text, encoding } = decode(file.bytes, file.relPath);
  return { docs: [{ text, encoding, firstLine: 1, stated: {} }], warnings: [] };
}
