/**
 * The traditional → simplified table read plainly from its data module, for
 * the tests: independent of src/search/traditional.ts, whose lookup they
 * check, and a way back to write simplified text in traditional characters.
 */
import { TS_PAIRS } from '../../../src/search/data/ts-characters.ts';

/** Traditional character → simplified character, as listed. */
export const TABLE: ReadonlyMap<string, string> = (() => {
  const chars = [...TS_PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  return map;
})();

/** Simplified character → the first traditional one (by code point) that folds to it. */
const BACK: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [t, s] of TABLE) if (!map.has(s)) map.set(s, t);
  return map;
})();

/**
 * `text` in traditional characters: every character that some traditional
 * one folds to is replaced by it. Not always the usual spelling (台 becomes
 * 檯, not 臺), but folding brings every character back.
 */
export function toTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += BACK.get(ch) ?? ch;
  return out;
}
