/**
 * Checks every internal link of a built site: each `href` and `src` in every
 * HTML file must name a file in `dist` (after the base path), and a
 * `#fragment` must name an id in the target page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { resolveFile } from './static-server.ts';

export interface BrokenLink {
  page: string;
  link: string;
  why: string;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

/** The URL path a file is served at: `dist/units/index.html` → `/base/units/`. */
export function pagePath(dist: string, file: string, base: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x26;/g, '&');
}

/** `site`: the public origin; absolute links to it (canonical links) are checked as internal. */
export function checkLinks(dist: string, base = '/', site?: string): { checked: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const page = pagePath(dist, file, base);
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(ATTR)) {
      let link = decode(raw!);
      if (site && link.startsWith(site)) link = link.slice(site.length);
      if (/^(https?:|mailto:|tel:|data:)/i.test(link)) continue;
      checked++;
      const target = new URL(link, `http://x${page}`);
      const targetFile = target.pathname === page ? file : resolveFile(dist, base, target.pathname);
      if (!targetFile) {
        broken.push({ page, link, why: `no file for ${target.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        broken.push({ page, link, why: `no id="${fragment}" in ${target.pathname}` });
      }
    }
  }
  return { checked, broken };
}
