/**
 * Lets a rebuild keep dist/ instead of emptying it, and removes what this
 * build no longer produces.
 *
 * Astro empties dist/ before every build; with the incremental build
 * (astro.config.mjs) it then copies every unchanged page back from its cache,
 * about a millisecond a page, which at 20,000 reports costs more than
 * rendering the changed ones. With `vite.build.emptyOutDir: false` unchanged
 * pages are simply left in place, so this integration must delete the pages
 * of reports, units and years that are gone (every page and endpoint Astro
 * wrote or kept is listed in `assets`, and other integrations name theirs)
 * and the bundled CSS and JS of earlier builds (rewritten on every build, so
 * older than its start).
 */
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folders another step writes (the search index) and that this one must not touch. */
const OTHERS = new Set(['pagefind']);

export interface KeepOutputOptions {
  /** Files that other integrations wrote in this build (before this one runs), to keep. */
  alsoWritten?: () => Iterable<string>;
}

export function keepOutput(options: KeepOutputOptions = {}): AstroIntegration {
  let started = 0;
  let publicDir = '';
  return {
    name: 'huibao-keep-output',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        publicDir = fileURLToPath(config.publicDir);
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Set([...assets.values()].flat().map((u) => fileURLToPath(u)));
        for (const file of options.alsoWritten?.() ?? []) written.add(file);
        const removed: string[] = [];
        const prune = (folder: string): boolean => {
          let empty = true;
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const file = path.join(folder, entry.name);
            const rel = path.relative(root, file);
            if (folder === root && (OTHERS.has(entry.name) || !entry.isDirectory())) {
              empty = false; // Top-level files are rewritten on every build or come from public/.
              continue;
            }
            if (entry.isDirectory()) {
              if (prune(file)) rmdirSync(file);
              else empty = false;
            } else if (
              written.has(file) ||
              existsSync(path.join(publicDir, rel)) ||
              (rel.startsWith(`_astro${path.sep}`) && statSync(file).mtimeMs >= started - 1000)
            ) {
              empty = false;
            } else {
              rmSync(file);
              removed.push(rel);
            }
          }
          return empty;
        };
        prune(root);
        if (removed.length) {
          const names = removed.slice(0, 5).join(', ') + (removed.length > 5 ? ', …' : '');
          logger.info(`removed ${removed.length} file(s) no longer built: ${names}`);
        }
      },
    },
  };
}
