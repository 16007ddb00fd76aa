/**
 * Writes `reports/<id>.txt`, each report's plain text, into dist/ by copying
 * the files the report loader keeps in the cache folder (report-files.ts).
 *
 * They used to be an Astro endpoint, `reports/[id].txt.ts`. But Astro spends
 * about a millisecond on every route it generates, whatever the route does,
 * and writes each one twice (dist/ and the incremental-build cache): the
 * text files were two fifths of page generation. A copy is a tenth of that,
 * and a file that is already in place is left alone.
 *
 * `"reportTextFiles": false` (HUIBAO_REPORT_TEXT_FILES=false) turns them off.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readManifest, textFileName } from '../lib/report-files.ts';

export interface ReportTextFiles extends AstroIntegration {
  /** The files this build wrote or kept, for keep-output.ts. */
  files(): Iterable<string>;
}

/** A copy of `source` is already at `target`: same size, and written after the source was. */
function upToDate(source: string, target: string): boolean {
  if (!existsSync(target)) return false;
  const [s, t] = [statSync(source), statSync(target)];
  return s.size === t.size && t.mtimeMs >= s.mtimeMs;
}

export function reportTextFiles(options: { enabled: boolean }): ReportTextFiles {
  let cacheDir: URL;
  const written: string[] = [];
  return {
    name: 'huibao-report-text-files',
    files: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!options.enabled) return;
        const { dir: source, reports: manifest } = readManifest(cacheDir);
        const folder = path.join(fileURLToPath(dir), 'reports');
        mkdirSync(folder, { recursive: true });
        let copied = 0;
        for (const [id, digest] of manifest) {
          const from = path.join(source, textFileName(digest));
          const to = path.join(folder, `${id}.txt`);
          written.push(to);
          if (upToDate(from, to)) continue;
          mkdirSync(path.dirname(to), { recursive: true });
          copyFileSync(from, to);
          copied++;
        }
        logger.info(`reports/<id>.txt: ${copied} written, ${manifest.length - copied} unchanged`);
      },
    },
  };
}
