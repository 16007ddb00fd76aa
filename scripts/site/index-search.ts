/**
 * Builds the Pagefind search index for a built site.
 *
 *   node scripts/site/index-search.ts [site-folder]   (default: dist)
 *
 * Only report pages are indexed (they carry `data-pagefind-body`). The
 * language comes from `<html lang="zh-CN">`, so Pagefind's extended binary
 * segments Chinese words. Prints every error Pagefind returns and exits 1.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSearch(site: string): Promise<string[]> {
  if (!existsSync(join(site, 'index.html'))) {
    return [`${site}: no index.html here (hint: run "astro build" first, or name the built site folder)`];
  }
  // dist/ is kept between builds (src/integrations/keep-output.ts): start the index afresh.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return errors;
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) return added.errors;
    if (added.page_count === 0) {
      return [`${site}: no page to index (hint: report pages must carry data-pagefind-body)`];
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) return written.errors;
    console.log(`pagefind: read ${added.page_count} HTML file(s); index written to ${join(site, 'pagefind')}`);
    return [];
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const site = resolve(process.argv[2] ?? 'dist');
  const errors = await indexSearch(site);
  for (const error of errors) console.error(`pagefind: ${error}`);
  process.exitCode = errors.length ? 1 : 0;
}
