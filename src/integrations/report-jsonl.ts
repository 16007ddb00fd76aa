/**
 * Writes `data/reports.jsonl`, the metadata of `data/reports.json` plus each
 * report's full text, one line per report, straight to the file.
 *
 * As an Astro endpoint (src/pages/data/reports.jsonl.ts, still used by
 * `astro dev`), the file was held in memory twice, as the chunks of the
 * response and as one buffer: about 2 GB at 100,000 reports. Here a line at a
 * time is built from `data/reports.json`, which the build has just written
 * in the site's order, and the plain text the report loader keeps
 * (report-files.ts); the bytes are the same.
 */
import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readManifest, textFileName } from '../lib/report-files.ts';

export interface ReportJsonl extends AstroIntegration {
  /** The file this build wrote, for keep-output.ts. */
  files(): Iterable<string>;
}

/** Lines are written in batches of about this many characters. */
const BATCH = 1 << 20;

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

export function reportJsonl(): ReportJsonl {
  let cacheDir: URL;
  const written: string[] = [];
  return {
    name: 'huibao-report-jsonl',
    files: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const data = path.join(fileURLToPath(dir), 'data');
        const rows = JSON.parse(readFileSync(path.join(data, 'reports.json'), 'utf8')) as { id: string }[];
        const { dir: source, reports } = readManifest(cacheDir);
        const digests = new Map(reports);
        const target = path.join(data, 'reports.jsonl');
        const fd = openSync(`${target}.tmp`, 'w');
        try {
          let batch = '';
          for (const row of rows) {
            // The `.txt` file is BOM, title and body, then a line end: the JSONL text is what lies between.
            const text = readFileSync(path.join(source, textFileName(digests.get(row.id)!)), 'utf8').slice(1, -1);
            batch += `${JSON.stringify({ ...row, text })}\n`;
            if (batch.length >= BATCH) {
              writeAll(fd, batch);
              batch = '';
            }
          }
          writeAll(fd, batch);
        } finally {
          closeSync(fd);
        }
        renameSync(`${target}.tmp`, target);
        written.push(target);
        logger.info(`data/reports.jsonl: ${rows.length} reports`);
      },
    },
  };
}
