/**
 * Regex pieces for a year as printed, and for a year hidden behind a
 * placeholder. Other infer modules build their patterns from these, so every
 * field agrees on what a year looks like.
 */
import { parseYear } from './chinese-numerals.ts';

/**
 * A concrete year: ASCII or full-width digits, possibly spaced out
 * (`1 9 9 8`), or Chinese digits read one by one (`二○○○`, `二〇二六`).
 * The lookbehinds keep it from starting inside a longer number.
 */
export const YEAR_SRC =
  '(?:(?<![0-9０-９])[12１２](?:[ \\u3000]?[0-9０-９]){3}' +
  '|(?<![〇○零一二三四五六七八九十])[一二][〇○零ＯO一二三四五六七八九]{3})';

/**
 * A year an editor hid: `xx`, `XX`, `20xx`, `xxxx`, `20_`, `××`, `二〇XX`, `某`.
 * Placeholders in these corpora are always followed by 年, which callers require.
 */
export const PLACEHOLDER_YEAR_SRC =
  '(?:(?<![A-Za-z0-9])(?:19|20|二〇|二○)?[xX×ｘＸ_＿]{1,4}|某)';

/** Either of the above, captured as group `y` (concrete) or `p` (placeholder), then 年. */
export const ANY_YEAR_SRC = `(?:(?<y>${YEAR_SRC})|(?<p>${PLACEHOLDER_YEAR_SRC}))[ \\u3000]*年`;

/** Years the schema accepts; anything else is a misread number, not a year. */
export function plausibleYear(y: number | null): y is number {
  return y !== null && y >= 1900 && y <= 2100;
}

/** What a match of ANY_YEAR_SRC stands for. */
export type YearToken = { kind: 'year'; year: number } | { kind: 'placeholder' } | null;

export function readYearMatch(m: RegExpExecArray): YearToken {
  const groups = m.groups ?? {};
  if (groups.p !== undefined) return { kind: 'placeholder' };
  const year = groups.y === undefined ? null : parseYear(groups.y);
  return plausibleYear(year) ? { kind: 'year', year } : null;
}
