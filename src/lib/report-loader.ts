/**
 * The content loader of the report collection: Astro's `glob()` loader, cut
 * to what an archive of 100,000 reports can afford.
 *
 * `glob()` keeps every entry's body and rendered HTML in the content data
 * store, which Astro bundles into the build as JavaScript strings: about
 * 17 KB per report, so 860 MB at 50,000 reports, which the bundler cannot
 * take as one string. This loader stores only the frontmatter, the headings
 * and the 字数 (about 1.5 KB); the HTML goes to one file per report in the
 * cache folder, named by the content digest, and pages read it with
 * `readReportHtml()` (report-body.ts). As in `glob()`, a report whose file did not change
 * since the last build keeps its entry and is not parsed or rendered again.
 * Rendering runs on worker threads (render-pool.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { RenderResult } from '../markdown/render-job.ts';
import { RenderPool } from '../markdown/render-pool.ts';
import { charCount } from './labels.ts';
import { textFileContents } from './plain-text.ts';
import type { ReportBodyInfo } from './report-body.ts';
import { htmlFileName, MANIFEST, reportFilesDir, textFileName, type ReportManifest } from './report-files.ts';

/** Report files: `<id>.md` in any folder; names starting with `_` or `.` are ingest's bookkeeping or hidden. */
function listReports(base: string): string[] {
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => p.endsWith('.md') && !/(^|\/)[._][^/]*$/.test(p) && !/(^|\/)\.[^/]*\//.test(p))
    .sort();
}

/** Reports rendered at once: enough to keep every thread busy, few enough that their texts fit in memory at any scale. */
const WINDOW = 64;

interface Task {
  id: string;
  filePath: string;
  digest: string;
  result: Promise<RenderResult>;
}

export interface ReportLoaderOptions {
  /** Folder of the report files, relative to the project. */
  base: string;
}

export function reportLoader(options: ReportLoaderOptions): Loader {
  return {
    name: 'huibao-reports',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, options.base);
      const dir = reportFilesDir(config.cacheDir);
      mkdirSync(dir, { recursive: true });
      const manifest: ReportManifest = [];
      const wanted = new Set<string>([MANIFEST]);
      let rendered = 0;

      // Results are stored in file order, whatever order the threads finish in.
      const save = async ({ id, filePath, digest, result }: Task) => {
        let out: RenderResult;
        try {
          out = await result;
        } catch (cause) {
          throw new Error(`${filePath}: could not render the report (hint: check its Markdown and frontmatter)`, { cause });
        }
        const data = await parseData({ id, data: out.frontmatter, filePath });
        writeFileSync(path.join(dir, textFileName(digest)), textFileContents(data.title as string, out.text));
        const body: ReportBodyInfo = { headings: out.headings, chars: charCount(out.text), htmlFile: path.join(dir, htmlFileName(digest)), trendHits: out.trendHits };
        store.set({
          id,
          data,
          filePath: path.relative(root, filePath).split(path.sep).join('/'),
          digest,
          rendered: { html: '', metadata: { ...body } },
        });
        rendered++;
      };

      const pool = new RenderPool();
      const tasks: Task[] = [];
      try {
        for (const rel of listReports(base)) {
          const id = rel.replace(/\.md$/, '');
          const filePath = path.join(base, rel);
          const contents = readFileSync(filePath, 'utf8');
          const digest = generateDigest(contents);
          manifest.push([id, digest]);
          const files = [htmlFileName(digest), textFileName(digest)];
          for (const f of files) wanted.add(f);
          if (store.get(id)?.digest === digest && files.every((f) => existsSync(path.join(dir, f)))) continue;
          const result = pool.render({ contents, htmlFile: path.join(dir, htmlFileName(digest)) });
          result.catch(() => {}); // Handled in save(), in file order; not an unhandled rejection meanwhile.
          tasks.push({ id, filePath, digest, result });
          if (tasks.length >= WINDOW) await save(tasks.shift()!);
        }
        while (tasks.length) await save(tasks.shift()!);
      } finally {
        // On an error, let the other renders settle before the threads stop.
        await Promise.allSettled(tasks.map((t) => t.result));
        await pool.close();
      }
      const ids = new Set(manifest.map(([id]) => id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      // Files of reports that were changed or removed since the last build.
      for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(path.join(dir, name), { force: true });
      writeFileAtomic(path.join(dir, MANIFEST), JSON.stringify(manifest));
      logger.info(`${ids.size} reports: ${rendered} rendered, ${ids.size - rendered} unchanged since the last build`);
    },
  };
}

function writeFileAtomic(file: string, data: string): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}
