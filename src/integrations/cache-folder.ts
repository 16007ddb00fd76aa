/**
 * Chooses Astro's cache folder (content store, rendered report bodies,
 * incremental-build pages): `node_modules/.astro/build-<out>-<renderer>/`,
 * or `<HUIBAO_CACHE_DIR>/renderer-<renderer>/`, keyed on two things.
 *
 * - The output folder. The cache describes what is in it (keep-output.ts
 *   leaves unchanged pages in place), and two builds into different folders
 *   at the same time must not share a content store or delete each other's
 *   rendered bodies (report-loader.ts prunes the ones its collection lacks).
 *   `HUIBAO_CACHE_DIR` is for callers that give every build a folder.
 * - The code that makes what the report loader caches: `src/markdown/`, the
 *   plain-text helpers, the section-kind classifier, and the term list and
 *   search text behind each report's trend hits. Astro clears its
 *   content store only when the JSON-serialisable config changes; plugin
 *   functions are not part of that, so an edited plugin would otherwise
 *   leave stale HTML.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

function digest(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

function rendererDigest(root: URL): string {
  const markdown = readdirSync(new URL('./src/markdown/', root)).sort().map((name) => `src/markdown/${name}`);
  // What the render job makes, the trends page's term hits included: the term list and search's reading and normalisation of a report.
  const trends = ['src/lib/search-text.ts', 'src/lib/trend-counts.ts', 'src/lib/trend-terms.ts', 'src/data/trend-terms.json', 'src/search/query.ts'];
  const search = ['src/search/normalise.ts', 'src/search/traditional.ts', 'src/search/data/ts-characters.ts', 'scripts/search/read-collection.ts'];
  const files = [...markdown, 'src/lib/plain-text.ts', 'src/lib/labels.ts', 'src/lib/section-kind.ts', 'src/lib/section-kind-cues.ts', ...trends, ...search];
  return digest(...files.flatMap((name) => [name, readFileSync(new URL(name, root))])).slice(0, 16);
}

export function cacheFolder(): AstroIntegration {
  return {
    name: 'huibao-cache-folder',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const renderer = rendererDigest(config.root);
        const chosen = process.env.HUIBAO_CACHE_DIR;
        const folder = chosen
          ? pathToFileURL(path.join(path.resolve(fileURLToPath(config.root), chosen), `renderer-${renderer}/`))
          : new URL(`./node_modules/.astro/build-${digest(fileURLToPath(config.outDir)).slice(0, 8)}-${renderer}/`, config.root);
        updateConfig({ cacheDir: folder });
      },
    },
  };
}
