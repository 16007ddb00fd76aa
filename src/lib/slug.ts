/**
 * ASCII slugs for URLs made from Chinese names: each run of Han characters
 * becomes one toneless pinyin word. Used for report ids (by ingest) and unit
 * pages (by the site), so both read the same way.
 */
import { pinyin } from 'pinyin-pro';

const MAX_SLUG = 80;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Official romanisations that plain pinyin would merge (陕西 and 山西 are both "shanxi"). */
const ROMANISED: [RegExp, string][] = [[/陕西/g, ' shaanxi ']];

/** ASCII slug: each run of Han characters becomes one toneless pinyin word, the rest lowercase latin and digits. */
export function slugify(text: string): string {
  const named = ROMANISED.reduce((t, [pattern, latin]) => t.replace(pattern, latin), text);
  const latin = named.replace(
    HAN_RUN,
    (run) => `-${pinyin(run, { toneType: 'none', type: 'array', v: true }).join('')}-`,
  );
  const slug = latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  if (slug.length <= MAX_SLUG) return slug;
  // Cut at a word boundary so no pinyin word is left half.
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1));
}
