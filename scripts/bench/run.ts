/**
 * `npm run bench -- --reports N [--json FILE] [--keep] [--no-rebuild] [--no-index] [--dir DIR]`
 *
 * The whole pipeline on N realistic reports (see realistic-corpus.ts), from
 * raw text to a deployable, searchable dist/: ingest, then `astro build` and
 * the search index side by side (as `npm run build` runs them), each a child
 * process measured on its own (wall and CPU seconds, peak RSS, output size
 * and files); the total is ingest plus the longer of the two. Then one report's source is
 * changed and the pipeline runs again on the same folders, caches included,
 * to measure a rebuild. Everything is written under a temporary folder that
 * is removed at the end unless --keep is given.
 *
 * Goals on a 2-core, 24 GB machine: 20,000 reports in ≤ 120 s and ≤ 4 GB;
 * 100,000 build with every process ≤ 8 GB; a one-report rebuild ≤ 25 % of
 * the cold build at 20,000.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { astroBuildCommand } from '../site/astro-command.ts';
import { folderSize, runStage, type StageResult } from './measure.ts';
import { corpusStats, realisticReports } from './realistic-corpus.ts';
import { measureSearch, median, printSearch } from './search-bench.ts';
import { printTable, type Row } from './table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    'no-index': { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
});
const count = Number(values.reports);
if (!Number.isInteger(count) || count < 1) {
  console.error('--reports takes a whole number, e.g. --reports 20000');
  process.exit(2);
}

const work = values.dir ? path.resolve(values.dir) : mkdtempSync(path.join(os.tmpdir(), 'huibao-bench-'));
const dirs = {
  sources: path.join(work, 'sources'),
  reports: path.join(work, 'reports'),
  dist: path.join(work, 'dist'),
  cache: path.join(work, 'cache'),
  logs: path.join(work, 'logs'),
};
for (const d of [dirs.sources, dirs.logs]) mkdirSync(d, { recursive: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  HUIBAO_CONTENT: dirs.reports,
  HUIBAO_CACHE_DIR: dirs.cache,
  ASTRO_TELEMETRY_DISABLED: '1',
  SOURCE_DATE_EPOCH: '1700000000',
};

interface Stage extends StageResult {
  name: string;
  out: { files: number; bytes: number };
}

async function stage(name: string, args: string[], outDir: string, cwd?: string): Promise<Stage> {
  const log = path.join(dirs.logs, `${name}.log`);
  const result = await runStage(process.execPath, args, env, log, cwd);
  if (result.exitCode !== 0) {
    console.error(`${name} failed (exit ${result.exitCode}); last lines of ${log}:`);
    console.error(readFileSync(log, 'utf8').split('\n').slice(-30).join('\n'));
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  return { name, ...result, out: folderSize(outDir) };
}

async function pipeline(label: string): Promise<Stage[]> {
  const ingest = await stage(`${label}ingest`, [path.join(ROOT, 'scripts/ingest.ts'), dirs.sources, '--out', dirs.reports, '--quiet'], dirs.reports);
  const astro = astroBuildCommand(ROOT, dirs.dist);
  // The site and the search index are built side by side, as `npm run build` does: both read the collection, neither reads the other.
  const [build, index] = await Promise.all([
    stage(`${label}build`, astro.args, dirs.dist, astro.cwd),
    values['no-index']
      ? null
      : stage(`${label}index`, [path.join(ROOT, 'scripts/search/build-index.ts'), '--collection', dirs.reports, '--out', dirs.dist], path.join(dirs.dist, 'pagefind')),
  ]);
  astro.cleanUp();
  return index ? [ingest, build, index] : [ingest, build];
}

const rows = (stages: Stage[]): Row[] =>
  stages.map((s) => [s.name, s.wallS, s.cpuS, s.peakRssMb, s.treePeakMb, s.out.bytes / 1024 / 1024, s.out.files]);
/** Memory of the pipeline at its fullest: ingest alone, or build and index together (an upper bound: the sum of their peaks). */
const together = (stages: Stage[]) => Math.max(stages[0]?.treePeakMb ?? 0, stages.slice(1).reduce((n, s) => n + s.treePeakMb, 0));
/** Wall time of the pipeline: ingest, then build and index at once. */
const total = (stages: Stage[]) => (stages[0]?.wallS ?? 0) + Math.max(...stages.slice(1).map((s) => s.wallS));

// Generate the input (not timed).
const stats = await corpusStats();
const genStart = performance.now();
let inputBytes = 0;
for await (const r of realisticReports(count)) {
  writeFileSync(path.join(dirs.sources, r.fileName), r.data);
  inputBytes += r.data.length;
}
console.log(
  `huibao benchmark: ${count} reports, ${(inputBytes / 1024 / 1024).toFixed(1)} MB of text ` +
    `(${stats.paragraphs} real paragraphs, ${stats.sentences} sentences, ${stats.headings} headings recombined; ` +
    `generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s) in ${work}`,
);

const cold = await pipeline('');
const dist = folderSize(dirs.dist);
// Search in Chromium against the built index, served gzipped like a static host.
const search = values['no-index'] ? null : await measureSearch(dirs.dist);
if (search) printSearch({ indexS: cold[2]!.wallS, indexPeakMb: cold[2]!.peakRssMb, ...folderSize(path.join(dirs.dist, 'pagefind')), ...search });
let rebuild: Stage[] | undefined;
if (!values['no-rebuild']) {
  // One report changed: a sentence added to the first source file.
  appendFileSync(path.join(dirs.sources, '000000.txt'), '　　本报告经修订，补充了年终统计数据。\n');
  rebuild = await pipeline('rebuild ');
}

printTable(['stage', 'wall s', 'CPU s', 'peak RSS MB', 'tree peak MB', 'output MB', 'files'], [
  ...rows(cold),
  ['total', total(cold), null, Math.max(...cold.map((s) => s.peakRssMb)), together(cold), dist.bytes / 1024 / 1024, dist.files],
  ...(rebuild ? rows(rebuild) : []),
  ...(rebuild ? [['rebuild total', total(rebuild), null, null, null, null, null] as Row] : []),
]);
console.log(`dist/: ${dist.files} files, ${(dist.bytes / 1024 / 1024).toFixed(0)} MB`);
if (rebuild) {
  const [ratioAll, ratioBuild] = [total(rebuild) / total(cold), rebuild[1]!.wallS / cold[1]!.wallS];
  console.log(`rebuild after one change: ${(ratioAll * 100).toFixed(0)} % of the cold pipeline, astro build ${(ratioBuild * 100).toFixed(0)} % of the cold astro build`);
}

if (values.json) {
  const json = {
    reports: count,
    ingest_s: cold[0]!.wallS,
    build_s: cold[1]!.wallS,
    index_s: cold[2]?.wallS ?? null,
    total_s: total(cold),
    peak_rss_mb: Math.max(...cold.map((s) => s.peakRssMb)),
    pipeline_peak_mb: together(cold),
    dist_files: dist.files,
    dist_bytes: dist.bytes,
    // Cold: median over the queries of search-bench.ts COLD, bytes on the wire (text gzipped); warm: median of 20.
    search_cold_bytes: search ? median(search.cold.map((c) => c.bytes)) : null,
    search_cold_ms: search ? median(search.cold.map((c) => c.ms)) : null,
    search_warm_ms: search ? median(search.warmMs) : null,
    search_cold: search?.cold ?? null,
    stages: cold.map(({ name, wallS, cpuS, peakRssMb, treePeakMb, out }) => ({ name, wallS, cpuS, peakRssMb, treePeakMb, out })),
    rebuild: rebuild
      ? {
          ingest_s: rebuild[0]!.wallS,
          build_s: rebuild[1]!.wallS,
          index_s: rebuild[2]?.wallS ?? null,
          total_s: total(rebuild),
          peak_rss_mb: Math.max(...rebuild.map((s) => s.peakRssMb)),
        }
      : null,
  };
  writeFileSync(values.json, `${JSON.stringify(json, null, 2)}\n`);
}

if (values.keep) console.log(`kept ${work} (logs in ${dirs.logs})`);
else rmSync(work, { recursive: true, force: true });
