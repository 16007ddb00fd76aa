/**
 * `npm run bench:search [-- --reports N] [--keep]`: ingest N synthetic
 * reports (default 1,000), build the exact search index, serve it on
 * 127.0.0.1 and measure in Chromium the bytes and time of a cold first query
 * and of warm queries (median of 20 terms). Goal at 20,000 reports: a cold
 * query ≤ 150 KB and ≤ 300 ms.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { openHarness } from '../../tests/search/helpers/harness.ts';
import { runIngest } from '../ingest/run.ts';
import { syntheticReports } from './synthetic-reports.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.reports);
if (!Number.isInteger(count) || count < 1) {
  console.error('--reports takes a whole number, e.g. --reports 5000');
  process.exit(2);
}

const WARM = ['科技', '知识产权', '工作', '孵化器', '防震减灾', '培训', '5', '企业 发展', '"科技 局"', '专利 -培训',
  '碳中和', '高新技术企业', '农业', '年', '项目', '科技特派员', '创新', '招商引资', '宣传', '服务'];

/** Peak RSS (VmHWM) of the running pagefind service, read from /proc before it is closed. */
async function pagefindPeakMb(): Promise<number> {
  let peak = 0;
  for (const pid of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    if (!/^Name:\s+pagefind/m.test(status) || !new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status)) continue;
    peak = Math.max(peak, Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
  }
  return peak;
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number; gzBytes: number }> {
  let files = 0, bytes = 0, gzBytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files++;
    bytes += (await stat(file)).size;
    gzBytes += /\.(json|js)$/.test(entry.name) ? gzipSync(await readFile(file)).length : (await stat(file)).size;
  }
  return { files, bytes, gzBytes };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'huibao-search-bench-'));
const input = path.join(dir, 'in');
await mkdir(input);
for (const r of syntheticReports(count)) await writeFile(path.join(input, r.fileName), r.text);
const collection = path.join(dir, 'collection');
const ingestStart = performance.now();
await runIngest({ inputs: [input], out: collection, force: false, dryRun: false, quiet: true });
const ingestSeconds = (performance.now() - ingestStart) / 1000;

// Sample the pagefind service while it indexes (it exits when the build closes it).
let servicePeak = 0;
const sampler = setInterval(() => void pagefindPeakMb().then((mb) => (servicePeak = Math.max(servicePeak, mb))), 200);
const indexStart = performance.now();
const h = await openHarness(collection, path.join(dir, 'site'));
const indexSeconds = (performance.now() - indexStart) / 1000;
clearInterval(sampler);
const nodePeak = process.resourceUsage().maxRSS / 1024;
const size = await folderSize(path.join(h.dist, 'pagefind'));

/** Bytes and time of one query on a fresh page (the browser profile is fresh too: cold caches). */
async function measure(query: string, page = h.page): Promise<{ ms: number; bytes: number; total: number }> {
  return page.evaluate(async (q) => {
    performance.clearResourceTimings();
    const t0 = performance.now();
    const r = await (window as unknown as { huibao: { search: (q: string) => Promise<{ total: number }> } }).huibao.search(q);
    const ms = performance.now() - t0;
    const bytes = performance.getEntriesByType('resource').reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0);
    return { ms, bytes, total: r.total };
  }, query);
}

const colds: { query: string; ms: number; bytes: number; total: number }[] = [];
for (const query of ['科技特派员', '工作', '碳中和']) {
  const context = h.browser.context;
  await context.clearCookies();
  const page = await context.newPage();
  await page.route('**/*', (route) => route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }));
  await page.goto(`${h.server.home}?cold=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => 'huibao' in window);
  await page.evaluate(() => caches?.keys?.());
  colds.push({ query, ...(await measure(query, page)) });
  await page.close();
}
const warm: number[] = [];
const warmBytes: number[] = [];
for (const query of WARM) {
  const m = await measure(query);
  warm.push(m.ms);
  warmBytes.push(m.bytes);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
const rows: [string, string][] = [
  ['reports', `${count} (indexed ${h.index.reports})`],
  ['ingest', `${ingestSeconds.toFixed(1)} s`],
  ['index build', `${indexSeconds.toFixed(1)} s (incl. harness bundle)`],
  ['peak RSS node', `${nodePeak.toFixed(0)} MB`],
  ['peak RSS pagefind', `${servicePeak.toFixed(0)} MB (sampled every 200 ms)`],
  ['index on disk', `${kb(size.bytes)} in ${size.files} files (${kb(size.gzBytes)} with JSON/JS gzipped)`],
  ...colds.map((c): [string, string] => [`cold "${c.query}"`, `${c.ms.toFixed(0)} ms, ${kb(c.bytes)} transferred, ${c.total} results`]),
  ['warm median (20)', `${median(warm).toFixed(0)} ms; max ${Math.max(...warm).toFixed(0)} ms; median ${kb(median(warmBytes))} fetched`],
];
console.log('\nhuibao search benchmark (goal at 20,000: cold ≤ 150 KB, ≤ 300 ms)');
for (const [k, v] of rows) console.log(`  ${k.padEnd(22)} ${v}`);
console.log(`  warm per query (ms)    ${WARM.map((q, i) => `${q}:${warm[i]?.toFixed(0)}`).join(' ')}`);

await h.close();
if (values.keep) console.log(`\nkept ${dir}`);
else await rm(dir, { recursive: true, force: true });
