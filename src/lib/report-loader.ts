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
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { renderReportMarkdown } from '../markdown/render-report.ts';
import { charCount } from './labels.ts';
import { htmlToText } from './plain-text.ts';
import type { ReportBodyInfo } from './report-body.ts';

/** Report files: `<id>.md` in any folder; names starting with `_` or `.` are ingest's bookkeeping or hidden. */
function listReports(base: string): string[] {
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => p.endsWith('.md') && !/(^|\/)[._][^/]*$/.test(p) && !/(^|\/)\.[^/]*\//.test(p))
    .sort();
}

export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'huibao-reports',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, options.base);
      const htmlDir = path.join(fileURLToPath(config.cacheDir), 'huibao-html');
      mkdirSync(htmlDir, { recursive: true });
      const ids = new Set<string>();
      const wanted = new Set<string>();
      let rendered = 0;
      for (const rel of listReports(base)) {
        const id = rel.replace(/\.md$/, '');
        ids.add(id);
        const filePath = path.join(base, rel);
        const contents = readFileSync(filePath, 'utf8');
        const digest = generateDigest(contents);
        const htmlFile = path.join(htmlDir, `${digest}.html`);
        wanted.add(`${digest}.html`);
        const old = store.get(id);
        if (old?.digest === digest && existsSync(htmlFile)) continue;

        const { frontmatter, content } = parseFrontmatter(contents);
        const data = await parseData({ id, data: frontmatter, filePath });
        const { html, headings } = await renderReportMarkdown(content);
        writeFileSync(htmlFile, html);
        const body: ReportBodyInfo = { headings, chars: charCount(htmlToText(html)), htmlFile };
        store.set({
          id,
          data,
          filePath: path.relative(root, filePath).split(path.sep).join('/'),
          digest,
          rendered: { html: '', metadata: { ...body } },
        });
        rendered++;
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      // HTML of reports that were changed or removed since the last build.
      for (const name of readdirSync(htmlDir)) if (!wanted.has(name)) rmSync(path.join(htmlDir, name), { force: true });
      logger.info(`${ids.size} reports: ${rendered} rendered, ${ids.size - rendered} unchanged since the last build`);
    },
  };
}
