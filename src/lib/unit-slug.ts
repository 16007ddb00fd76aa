/**
 * URL slugs for units. Unit names are Chinese and no pinyin table is used
 * here, so the slug is `u-` plus the first 10 hex digits of the SHA-256 of
 * the name (NFC). It is ASCII, short, and stable: it depends only on the
 * name, never on which other units exist or on their order. Reports whose
 * unit is unknown share the slug `unknown`.
 */
import { createHash } from 'node:crypto';

export const UNKNOWN_UNIT_SLUG = 'unknown';

export function unitSlug(unit: string | null): string {
  if (unit === null) return UNKNOWN_UNIT_SLUG;
  const hash = createHash('sha256').update(unit.normalize('NFC')).digest('hex');
  return `u-${hash.slice(0, 10)}`;
}
