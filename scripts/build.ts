/**
 * `npm run build`: the one command an office runs before deploying.
 *   1. ingest the texts in content/sources/ into content/reports/
 *      (skipped when HUIBAO_CONTENT names another collection);
 *   2. `astro build` into dist/ and, at the same time, the search index into
 *      dist/pagefind/ (only new and changed reports when few changed);
 *   4. print the number of files, with a warning above what some hosts take.
 * A source file that fails to ingest does not stop the build (the other
 * reports are published), but the command then exits 1 so it is noticed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT, type IngestOptions } from './ingest/cli-args.ts';
import { runIngest } from './ingest/run.ts';
import { printSummary } from './ingest/summary.ts';
import { astroBuildCommand } from './site/astro-command.ts';
import { countFiles, fileCountReport } from './site/file-count.ts';
import { buildSearchIndex } from './search/build-index.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = 'content/sources';
const DIST = 'dist';

process.chdir(ROOT);
let exitCode = 0;

if (process.env.HUIBAO_CONTENT) {
  console.log(`huibao: building the collection in ${process.env.HUIBAO_CONTENT} (no ingest step)`);
} else if (existsSync(SOURCES)) {
  const options: IngestOptions = { inputs: [SOURCES], out: DEFAULT_OUT, force: false, dryRun: false, quiet: true };
  console.log(`huibao: ingesting ${SOURCES}/ → ${DEFAULT_OUT}/`);
  const summary = await runIngest(options);
  printSummary(summary, options);
  exitCode = summary.exitCode;
}

// The site and the search index are built side by side: both read the Markdown collection and
// neither reads the other's output (the index goes to dist/pagefind/, which the site build keeps).
const config = loadSiteConfig();
const command = astroBuildCommand(ROOT);
const astro = new Promise<number>((resolve) => {
  const child = spawn(process.execPath, command.args, { cwd: command.cwd, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  child.on('error', () => resolve(1));
});
const index = await buildSearchIndex({ collectionDir: config.content, outDir: DIST, base: config.base });
for (const e of index.problems) console.error(`huibao: search index: ${e}`);
const how = index.indexed === index.reports ? 'indexed' : `${index.indexed} new or changed indexed, the rest kept`;
console.log(`huibao: search index: ${index.reports} report(s), ${how}, in ${DIST}/pagefind/`);
if (index.problems.length > 0) exitCode = 1;
const astroStatus = await astro;
if (astroStatus !== 0) {
  console.error('huibao: astro build failed (see above)');
  process.exit(astroStatus);
}

const count = fileCountReport(DIST, countFiles(DIST), index.reports, config.reportTextFiles);
console.log(count.line);
if (count.warning) console.warn(count.warning);

if (exitCode !== 0) console.error('huibao: the site was built, but some inputs failed: see the errors above');
process.exitCode = exitCode;
