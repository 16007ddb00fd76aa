/**
 * `npm run bench:ingest [-- --reports N] [--keep]`: ingest N synthetic reports
 * (default 20,000) made from the seed's paragraphs and print reports/s, MB/s
 * and peak memory. Goal on a 2-core machine: ≤ 30 s and ≤ 1 GB at 20,000.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../ingest/run.ts';
import { syntheticReports } from './synthetic-reports.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '20000' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.reports);
if (!Number.isInteger(count) || count < 1) {
  console.error('--reports takes a whole number, e.g. --reports 20000');
  process.exit(2);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'huibao-bench-'));
const input = path.join(dir, 'in');
await mkdir(input);
let bytes = 0;
const genStart = performance.now();
for (const r of syntheticReports(count)) {
  const data = Buffer.from(r.text);
  bytes += data.length;
  await writeFile(path.join(input, r.fileName), data);
}
const genSeconds = (performance.now() - genStart) / 1000;

const rssBefore = process.resourceUsage().maxRSS;
const cpuBefore = process.cpuUsage();
const start = performance.now();
const summary = await runIngest({ inputs: [input], out: path.join(dir, 'out'), force: false, dryRun: false, quiet: true });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const peakMb = process.resourceUsage().maxRSS / 1024;

const mb = bytes / 1024 / 1024;
const rows = [
  ['reports in', String(count)],
  ['reports written', String(summary.written)],
  ['input', `${mb.toFixed(1)} MB in ${summary.files} files`],
  ['errors / warnings', `${summary.problems.filter((p) => p.severity === 'error').length} / ${summary.problems.filter((p) => p.severity === 'warning').length}`],
  ['wall time', `${seconds.toFixed(2)} s (goal ≤ 30 s at 20,000)`],
  ['cpu time', `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`],
  ['reports/s', (count / seconds).toFixed(0)],
  ['MB/s', (mb / seconds).toFixed(2)],
  ['peak RSS', `${peakMb.toFixed(0)} MB (goal ≤ 1024 MB; ${(rssBefore / 1024).toFixed(0)} MB before ingest)`],
  ['generating input', `${genSeconds.toFixed(2)} s (not counted)`],
];
console.log('\nhuibao ingest benchmark');
for (const [k, v] of rows) console.log(`  ${k.padEnd(18)} ${v}`);

if (values.keep) console.log(`\nkept ${dir}`);
else await rm(dir, { recursive: true, force: true });
