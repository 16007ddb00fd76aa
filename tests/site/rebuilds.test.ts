/**
 * Rebuilds into the same dist/ and cache folder, as an office runs
 * `npm run build` after each change: only what changed is rendered
 * (report-loader.ts, the incremental build), the pages and `.txt` files of
 * removed reports go (keep-output.ts), and `reportTextFiles` turns the
 * `.txt` files off and on (report-text-files.ts).
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTrends } from '../../src/lib/trend-counts.ts';
import { trendTerms } from '../../src/lib/trend-terms.ts';
import { FIXTURE_COLLECTION, ROOT, runAstroBuild, type BuildOptions } from '../helpers/build-site.ts';

let content: string;
let dist: string;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The trends page's table of every listed term: term → reports, as the page shows them. */
const trendTable = (): Map<string, number> =>
  new Map(
    [...read('trends/index.html').split('data-trend-table="all"')[1]!.split('</table>')[0]!.matchAll(/<th scope="row"><a [^>]*>([^<]+)<\/a><\/th>\s*<td[^>]*>[^<]*<\/td>\s*<td>([\d,]+)<\/td>/g)].map(
      (m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))],
    ),
  );
/** The same from the reference count, which reads every file of the collection. */
async function trendReference(): Promise<Map<string, number>> {
  const terms = trendTerms();
  const counted = await countTrends(content, terms.map((t) => t.normalised));
  return new Map(terms.map((t, i) => [t.term, counted.terms[i]!.total]));
}
const textFiles = () => readdirSync(join(dist, 'reports')).filter((f) => f.endsWith('.txt')).sort();

async function build(options: BuildOptions = {}): Promise<string> {
  const result = await runAstroBuild({ content, ...options }, dist);
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'huibao-rebuild-'));
  content = join(dir, 'reports');
  dist = join(dir, 'dist');
  cpSync(join(ROOT, FIXTURE_COLLECTION), content, { recursive: true });
  await build();
});

afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }));

describe('rebuilds into the same folder', () => {
  it('render only the changed report, update its text and drop a removed one', async () => {
    expect(textFiles()).toHaveLength(9);
    appendFileSync(join(content, 'xian-zf-2022.md'), '\n本报告经修订，补充了年终统计数据。\n');
    rmSync(join(content, 'zhongyang-2023.md'));
    const log = await build();
    expect(log).toContain('8 reports: 1 rendered, 7 unchanged since the last build');
    expect(log).toContain('reports/<id>.txt: 1 written, 7 unchanged');
    expect(read('reports/xian-zf-2022.txt')).toMatch(/本报告经修订，补充了年终统计数据。\n$/);
    expect(read('reports/xian-zf-2022/index.html')).toContain('本报告经修订');
    expect(existsSync(join(dist, 'reports/zhongyang-2023.txt'))).toBe(false);
    expect(existsSync(join(dist, 'reports/zhongyang-2023'))).toBe(false);
    expect(textFiles()).toHaveLength(8);
  });

  it('count the trends page’s terms anew for the changed report only, and keep up with a removed one', async () => {
    // The first rebuild (above) removed a report: the page already counts without it.
    const before = trendTable();
    expect(before).toEqual(await trendReference());
    // A listed term no report holds yet, added to one report.
    const term = [...before].find(([, n]) => n === 0)?.[0] as string;
    expect(term).toBeDefined();
    appendFileSync(join(content, 'xian-zf-2021.md'), `\n推进${term}工作。\n`);
    const log = await build();
    expect(log).toContain('8 reports: 1 rendered, 7 unchanged since the last build');
    const after = trendTable();
    expect(after).toEqual(await trendReference());
    expect(after.get(term)).toBe(1);
  });

  it('leave out the .txt files and their links with reportTextFiles off, and bring them back', async () => {
    await build({ textFiles: false });
    expect(textFiles()).toEqual([]);
    const page = read('reports/xian-zf-2021/index.html');
    expect(page).not.toContain('下载原文');
    expect(page).toContain('aria-label="引用"');
    expect(read('data/reports.jsonl')).toContain('"id":"xian-zf-2021"');

    await build({ textFiles: true });
    expect(textFiles()).toHaveLength(8);
    expect(read('reports/xian-zf-2021/index.html')).toContain('href="/reports/xian-zf-2021.txt" download="xian-zf-2021.txt"');
    expect(read('reports/xian-zf-2021.txt').startsWith('\uFEFF')).toBe(true);
  });
});
