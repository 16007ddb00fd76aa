/**
 * Shards built as independent jobs: two processes each run
 * `build-index.ts --shard k/2` into their own folder, the two `pagefind/`
 * folders are copied into one site, and one search spans both, exactly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inShard, parseShard } from '../../scripts/search/build-index.ts';
import { readCollection } from '../../scripts/search/read-collection.ts';
import type { SearchDocument } from '../../src/search/document.ts';
import { BASE, type Harness, openSite } from './helpers/harness.ts';
import { generatedQueries, truth } from './helpers/queries.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COLLECTION = join(ROOT, 'content/reports');

describe('two shards built by separate processes, searched as one', () => {
  let h: Harness;
  let docs: SearchDocument[];
  const work = mkdtempSync(join(tmpdir(), 'huibao-shards-'));
  beforeAll(async () => {
    docs = (await readCollection(COLLECTION)).docs;
    for (const k of [1, 2]) {
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/search/build-index.ts'), '--collection', COLLECTION, '--out', join(work, `job-${k}`), '--base', BASE, '--shard', `${k}/2`],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
    }
    // What a deploy step does with the jobs' outputs: copy them into one site.
    for (const k of [1, 2]) cpSync(join(work, `job-${k}`, 'pagefind'), join(work, 'site', 'pagefind'), { recursive: true });
    h = await openSite(join(work, 'site'), { keep: true });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('each job wrote only its own shard, and both shards hold reports', () => {
    expect(readdirSync(join(work, 'job-1', 'pagefind')).sort()).toEqual(['huibao.json', 'shard-1-of-2', 'ts-characters.json']);
    expect(readdirSync(join(work, 'site', 'pagefind')).sort()).toEqual(['huibao.json', 'shard-1-of-2', 'shard-2-of-2', 'ts-characters.json']);
    // Every job writes the same folding table.
    expect(readFileSync(join(work, 'job-1', 'pagefind', 'ts-characters.json'))).toEqual(readFileSync(join(work, 'job-2', 'pagefind', 'ts-characters.json')));
    const sizes = [1, 2].map((k) => docs.filter((d) => inShard(d.id, { k, of: 2 })).length);
    expect(sizes.every((n) => n > 0), `shard sizes ${sizes}`).toBe(true);
  });

  test('one search across both shards finds exactly the reports that contain the terms', async () => {
    const queries = ['科技', '工作', '预防', '知识产权', '科技特派员', '5.12', '科技 -预防', '', ...generatedQueries(docs, 60, 3)];
    const failures: string[] = [];
    for (const query of queries) {
      const got = await h.search(query, { limit: 10_000 });
      const ids = got.results.map((r) => r.id).sort();
      const expected = query ? truth(docs, query) : docs.map((d) => d.id).sort();
      if (got.total !== expected.length || JSON.stringify(ids) !== JSON.stringify(expected)) failures.push(`${query}: ${ids} ≠ ${expected}`);
    }
    expect(failures).toEqual([]);
  });

  test('sort by date merges the shards newest first; filters and counts span both', async () => {
    const r = await h.search('', { sort: 'date', limit: 10_000 });
    const years = r.results.map((x) => x.year ?? -Infinity);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(Object.values(r.filterCounts.level).reduce((a, b) => a + b, 0)).toBe(docs.length);
    const county = await h.search('科技', { filters: { level: ['县'] } });
    expect(county.total).toBe(truth(docs, '科技').filter((id) => docs.find((d) => d.id === id)?.level === '县').length);
  });

  test('a bad shard selector is refused with a hint', () => {
    expect(() => parseShard('3/2')).toThrow(/expected k\/M with 1 ≤ k ≤ M/);
    expect(existsSync(join(work, 'site', 'pagefind', 'shard-1-of-1'))).toBe(false);
  });
});
