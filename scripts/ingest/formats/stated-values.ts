/**
 * Reading the metadata values an input states outright (CSV cells, Markdown
 * frontmatter) into the shapes of `StatedMeta`. A value that cannot be read
 * is reported, never guessed.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A four-digit year, from a number or text such as `2026`, `２０２６` or `2026年`. */
export function parseYear(value: unknown): Parsed<number> {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
  if (text === undefined) return { ok: false, reason: 'is not a number' };
  const match = /^(\d{4})年?$/.exec(text.normalize('NFKC').trim());
  if (!match) return { ok: false, reason: 'is not a four-digit year' };
  return { ok: true, value: Number(match[1]) };
}

/**
 * An ISO date `YYYY-MM-DD`, from `2026-02-02`, `2026/2/2`, `2026.2.2` or
 * `2026年2月2日`, with or without a time after it.
 */
export function parseDate(value: unknown): Parsed<string> {
  if (typeof value !== 'string') return { ok: false, reason: 'is not a date' };
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(
    value.normalize('NFKC').trim(),
  );
  if (!match) return { ok: false, reason: 'is not a date like 2026-02-02' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: 'is not a real calendar date' };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** Trimmed text, or undefined for an empty cell or a non-text value. */
export function parseText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}
