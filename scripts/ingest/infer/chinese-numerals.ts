/**
 * Numbers as they are printed in Chinese reports: full-width digits (１９５６),
 * digits spaced out by typesetting (1 9 9 8), Chinese digits read one by one
 * for years (二〇二六, 二○○○), and counted numerals for months, days and
 * ordinals (十二, 二十七).
 */

/** Values of single Chinese digits. 〇, ○ (a circle used as zero) and a Latin O typed by mistake all mean 0. */
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const UNIT_VALUE: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000 };

const FULL_WIDTH_DIGIT = /[０-９]/g;
const SPACING = /[\s\u3000\u00a0]+/g;

/** `１９５６` → `1956`; other characters are left alone. */
export function toAsciiDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A Chinese numeral to its value, or null when `s` is not one.
 * Without 十/百/千 the digits are positional (`二〇二六` → 2026), as years are written;
 * with them they are counted (`二十七` → 27, `十二` → 12).
 */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  const chars = [...s];
  if (chars.every((c) => c in DIGIT_VALUE)) {
    return chars.reduce((n, c) => n * 10 + DIGIT_VALUE[c], 0);
  }
  let total = 0;
  let pending: number | null = null;
  for (const c of chars) {
    if (c in DIGIT_VALUE) {
      if (pending !== null) return null; // two digits in a row in a counted numeral: not a number
      pending = DIGIT_VALUE[c];
    } else if (c in UNIT_VALUE) {
      // A leading 十 means 一十 (十二 = 12).
      total += (pending ?? 1) * UNIT_VALUE[c];
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}

/**
 * A four-digit year in any of the printed forms, or null.
 * `1 9 9 8`, `１９５６`, `二○○○` and `2015` all parse; counted forms such as
 * `一千九百九十八` are not how years are written, so they are refused.
 */
export function parseYear(token: string): number | null {
  const compact = toAsciiDigits(token.replace(SPACING, ''));
  if (/^\d{4}$/.test(compact)) return Number(compact);
  const chars = [...compact];
  if (chars.length !== 4 || !chars.every((c) => c in DIGIT_VALUE)) return null;
  return parseChineseNumber(compact);
}
