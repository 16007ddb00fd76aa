/**
 * Rebuilding after a few reports changed: the earlier segment is kept, the
 * pages it no longer holds are masked, the new and changed reports go into
 * a second segment, and search over both is exactly the search of the
 * changed collection.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex, type BuildResult } from '../../scripts/search/build-index.ts';
import { readCollection } from '../../scripts/search/read-collection.ts';
import type { SearchDocument } from '../../src/search/document.ts';
import { SEGMENTS, type SegmentList } from '../../src/search/segments.ts';
import { BASE, type Harness, openSite } from './helpers/harness.ts';
import { generatedQueries, truth } from './helpers/queries.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MARK = '甲乙丙丁测试词';

describe('a rebuild after a few reports changed', () => {
  const work = mkdtempSync(join(tmpdir(), 'huibao-segments-'));
  const collection = join(work, 'reports');
  const site = join(work, 'site');
  const shard = join(site, 'pagefind/shard-1-of-1');
  const build = (full = false): Promise<BuildResult> => buildSearchIndex({ collectionDir: collection, outDir: site, base: BASE, full });
  const segments = (): SegmentList => JSON.parse(readFileSync(join(shard, SEGMENTS), 'utf8')) as SegmentList;
  let first: BuildResult;
  let second: BuildResult;
  let firstDir: string;
  let firstMtime: number;
  let docs: SearchDocument[];
  let h: Harness;

  beforeAll(async () => {
    cpSync(join(ROOT, 'content/reports'), collection, { recursive: true });
    first = await build();
    firstDir = segments().segments[0]?.dir as string;
    firstMtime = statSync(join(shard, firstDir, 'pages.bin')).mtimeMs;

    // One report changed, one removed, one added.
    const names = readdirSync(collection).filter((n) => n.endsWith('.md')).sort();
    const changed = join(collection, names[0] as string);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('科技', `科技${MARK}`));
    unlinkSync(join(collection, names[1] as string));
    writeFileSync(join(collection, 'added-report.md'), readFileSync(join(collection, names[2] as string), 'utf8').replace(/工作/g, '工做'));
    second = await build();
    docs = (await readCollection(collection)).docs;
    h = await openSite(site, { keep: true });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('indexes only the new and changed reports, beside the kept segment', () => {
    expect(first).toMatchObject({ reports: 6, indexed: 6, segments: 1 });
    expect(second).toMatchObject({ reports: 6, indexed: 2, segments: 2 });
    const list = segments().segments;
    expect(list[0]?.dir).toBe(firstDir);
    // The changed and the removed report no longer count in the kept segment.
    expect(list[0]?.deleted).toHaveLength(2);
    expect(statSync(join(shard, firstDir, 'pages.bin')).mtimeMs).toBe(firstMtime);
  });

  test('search over both segments is exactly the search of the changed collection', async () => {
    const queries = [MARK, '工做', '科技', '工作', '预防', '科技 -工做', ...generatedQueries(docs, 60, 5)];
    for (const query of queries) {
      const got = await h.search(query, { limit: 1000 });
      expect(got.results.map((r) => r.id).sort(), query).toEqual(truth(docs, query));
      expect(got.total, query).toBe(truth(docs, query).length);
    }
    const all = await h.search('');
    expect(all.total).toBe(docs.length);
    expect(Object.values(all.filterCounts.level).reduce((a, b) => a + b, 0)).toBe(docs.length);
    expect((await h.search(MARK)).results[0]?.excerptHtml).toContain(`<mark>${MARK}</mark>`);
  });

  test('an unchanged collection writes nothing; --full folds everything into one segment', async () => {
    const again = await build();
    expect(again).toMatchObject({ reports: 6, indexed: 2, segments: 2, files: 0 });
    const full = await build(true);
    expect(full).toMatchObject({ reports: 6, indexed: 6, segments: 1 });
    const list = segments().segments;
    expect(list).toHaveLength(1);
    expect(list[0]?.deleted).toEqual([]);
    // Folders of the replaced segments are gone.
    expect(existsSync(join(shard, firstDir))).toBe(false);
    expect(readdirSync(shard).filter((n) => n.startsWith('seg-'))).toEqual([list[0]?.dir]);
  });

  test('when most of the kept segment changed, the rebuild makes one segment, not a segment of replaced pages', async () => {
    const names = readdirSync(collection).filter((n) => n.endsWith('.md')).sort();
    for (const name of names.slice(0, 4)) writeFileSync(join(collection, name), `${readFileSync(join(collection, name), 'utf8')}\n改动的段落。\n`);
    const rebuilt = await build();
    expect(rebuilt).toMatchObject({ reports: 6, indexed: 6, segments: 1 });
    expect(segments().segments[0]?.deleted).toEqual([]);
  });
});
