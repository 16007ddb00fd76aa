/**
 * URL slugs for units: the name in pinyin (readable in a shared link) plus 6
 * hex digits of the SHA-256 of the name, because different names can read
 * alike (e.g. 某县 and 某线). The slug depends only on the name, never on
 * which other units exist. Reports whose unit is unknown share `unknown`.
 */
import { createHash } from 'node:crypto';
import { slugify } from './slug.ts';

export const UNKNOWN_UNIT_SLUG = 'unknown';

export function unitSlug(unit: string | null): string {
  if (unit === null) return UNKNOWN_UNIT_SLUG;
  const name = unit.normalize('NFC');
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  return `${slugify(name) || 'unit'}-${hash}`;
}
