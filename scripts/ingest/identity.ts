/**
 * Report ids: the Markdown file name and later the URL (`reports/<id>/`).
 * An id comes from where the report was read (file path and part), never from
 * inferred metadata, so better inference never moves a published URL.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const MAX_SLUG = 60;
const HAN_RUN = /\p{Script=Han}+/gu;

/** ASCII slug: each run of Han characters becomes one toneless pinyin word, the rest lowercase latin and digits. */
export function slugify(text: string): string {
  const latin = text.replace(
    HAN_RUN,
    (run) => `-${pinyin(run, { toneType: 'none', type: 'array', v: true }).join('')}-`,
  );
  const slug = latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** The readable base of an id: the input path without its extension. */
export function baseId(relPath: string): string {
  const withoutExt = relPath.replace(/\.[^./]+$/, '');
  return slugify(withoutExt) || 'report';
}

/**
 * The id of part `part` of `partCount` reports read from `relPath`.
 * A file holding one report keeps the bare base (`2015`); several get `-1`, `-2`….
 */
export function reportId(relPath: string, part: number, partCount: number): string {
  const base = baseId(relPath);
  return partCount > 1 ? `${base}-${part}` : base;
}

/**
 * Hands out ids that stay unique across one run. Inputs whose paths slug to the
 * same base (e.g. `a/报告.txt` and `a-baogao.txt`) are known before any file is
 * read, and each of them gets a short hash of its path; so does a later clash
 * (`a.txt` part 1 against a file `a-1.txt`). Deterministic for the same inputs.
 */
export class IdAllocator {
  private readonly shared: Set<string>;
  private readonly used = new Map<string, string>();

  constructor(relPaths: string[]) {
    const counts = new Map<string, number>();
    for (const p of relPaths) counts.set(baseId(p), (counts.get(baseId(p)) ?? 0) + 1);
    this.shared = new Set([...counts].filter(([, n]) => n > 1).map(([base]) => base));
  }

  next(relPath: string, part: number, partCount: number): string {
    const key = `${relPath}#${part}`;
    let id = reportId(relPath, part, partCount);
    const owner = this.used.get(id);
    if (this.shared.has(baseId(relPath)) || (owner !== undefined && owner !== key)) {
      id += `-${createHash('sha256').update(key).digest('hex').slice(0, 6)}`;
    }
    this.used.set(id, key);
    return id;
  }
}
