/**
 * Report ids: the Markdown file name and later the URL (`reports/<id>/`).
 * An id comes from where the report was read (file path and part), never from
 * inferred metadata, so better inference never moves a published URL.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../../src/lib/slug.ts';

export { slugify };

/** The readable base of an id: the file's name without its extension. */
export function baseId(relPath: string): string {
  const name = relPath.split('/').at(-1) ?? relPath;
  return slugify(name.replace(/\.[^.]+$/, '')) || 'report';
}

/** The base of a file whose name is shared with another input: its whole path. */
export function pathId(relPath: string): string {
  return slugify(relPath.replace(/\.[^./]+$/, '')) || 'report';
}

/**
 * The id of part `part` of `partCount` reports read from `relPath`.
 * A file holding one report keeps the bare base (`2015`); several get `-1`, `-2`….
 */
export function reportId(relPath: string, part: number, partCount: number, base = baseId(relPath)): string {
  return partCount > 1 ? `${base}-${part}` : base;
}

/**
 * Hands out ids that stay unique across one run. An id is the file's name;
 * files that share a name (`2013/总结.txt`, `2014/总结.txt`) take their folder
 * into it (`2013-zongjie`); names that still clash (陕西 and 山西 in one folder
 * would, but for the romanisation above) and later clashes (`a.txt` part 1
 * against a file `a-1.txt`) get a short hash of the path. Known before any file
 * is read, so deterministic for the same inputs.
 */
export class IdAllocator {
  private readonly bases = new Map<string, string>();
  private readonly hashed = new Set<string>();
  private readonly used = new Map<string, string>();

  constructor(relPaths: string[]) {
    const byName = groupBy(relPaths, baseId);
    for (const [name, paths] of byName) {
      if (paths.length === 1) this.bases.set(paths[0] as string, name);
      else for (const p of paths) this.bases.set(p, pathId(p));
    }
    for (const [, paths] of groupBy(relPaths, (p) => this.bases.get(p) as string)) {
      if (paths.length > 1) for (const p of paths) this.hashed.add(p);
    }
  }

  next(relPath: string, part: number, partCount: number): string {
    const key = `${relPath}#${part}`;
    let id = reportId(relPath, part, partCount, this.bases.get(relPath) ?? baseId(relPath));
    const owner = this.used.get(id);
    if (this.hashed.has(relPath) || (owner !== undefined && owner !== key)) {
      id += `-${createHash('sha256').update(key).digest('hex').slice(0, 6)}`;
    }
    this.used.set(id, key);
    return id;
  }
}

function groupBy(items: string[], key: (item: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
