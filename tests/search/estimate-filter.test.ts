/**
 * The `estimate` filter: reports that state no year, by the year their text
 * was estimated to be from (`yearEstimate`), kept apart from stated years.
 * The engine's filter and counts, in process over the built index, against
 * the frontmatter: the bundled sample (one-year estimates, a range, an open
 * range), the fixture collection (stated years, no estimates) and one
 * report whose editor stated a year beside its estimate, which then counts
 * as none.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../scripts/search/build-index.ts';
import { parseFrontmatter, readCollection } from '../../scripts/search/read-collection.ts';
import type { SearchDocument } from '../../src/search/document.ts';
import { createSearch } from '../../src/search/engine.ts';
import { serveFolder, type Served } from './helpers/fetch-folder.ts';
import { truth as reportsMatching } from './helpers/queries.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/';
const UNSTATED = '未注明';
/** A sample report copied with a stated year: its estimate no longer counts. */
const EDITED = 'edited-stated-2016';

describe('the estimated-year filter', () => {
  let collection: string;
  let dist: string;
  let docs: SearchDocument[];
  /** Each report's estimate as the frontmatter gives it, written out by hand. */
  const truth = new Map<string, string>();
  let served: Served;
  beforeAll(async () => {
    collection = mkdtempSync(join(tmpdir(), 'huibao-estimates-'));
    dist = mkdtempSync(join(tmpdir(), 'huibao-estimates-dist-'));
    cpSync(join(ROOT, 'content/reports'), collection, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/collection'), collection, { recursive: true });
    const source = readFileSync(join(collection, 'gongzuozongjiexuanbian-1.md'), 'utf8');
    writeFileSync(join(collection, `${EDITED}.md`), source.replace(/^year: null$/m, 'year: 2016'));
    for (const name of readdirSync(collection).filter((n) => n.endsWith('.md') && !n.startsWith('_'))) {
      const { fm } = parseFrontmatter(readFileSync(join(collection, name), 'utf8'));
      const e = fm.yearEstimate;
      const value = fm.year !== null || !e ? UNSTATED : e.year !== null ? String(e.year) : e.to === null ? `≥${e.from}` : `${e.from}—${e.to}`;
      truth.set(name.slice(0, -3), value);
    }
    const read = await readCollection(collection);
    expect(read.problems).toEqual([]);
    docs = read.docs;
    await buildSearchIndex({ collectionDir: collection, outDir: dist, base: BASE });
    served = serveFolder(dist, BASE, true);
  });
  afterAll(() => {
    served?.restore();
    rmSync(collection, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  });

  const tally = (ids: string[]): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const id of ids) counts[truth.get(id) as string] = (counts[truth.get(id) as string] ?? 0) + 1;
    return counts;
  };
  const matching = (query: string): string[] => reportsMatching(docs, query);

  test('the collection has one-year, range and open estimates, stated years, and a stated year beside an estimate', () => {
    expect(new Set(truth.values())).toEqual(new Set(['2010', '2013', '2014', '2013—2014', '≥2015', UNSTATED]));
    expect(truth.get(EDITED)).toBe(UNSTATED);
    expect(docs.find((d) => d.id === EDITED)?.year).toBe(2016);
  });

  test('counts every estimate of the archive and of a query, as the frontmatter says', async () => {
    const engine = createSearch({ baseUrl: BASE });
    const all = await engine.search('', { limit: 0 });
    expect(all.total).toBe(truth.size);
    expect(all.filterCounts.estimate).toEqual(tally([...truth.keys()]));
    // Stated years stay apart: the edited report is under 2016, not under its estimate.
    expect(all.filterCounts.year['2016']).toBe(1);
    expect(all.filterCounts.year[UNSTATED]).toBe(docs.filter((d) => d.year === null).length);
    for (const query of ['科技', '工作', '孵化器', '安全生产', '工作 -科技', '2013']) {
      const got = await engine.search(query, { limit: 0 });
      expect({ query, counts: got.filterCounts.estimate }).toEqual({ query, counts: tally(matching(query)) });
    }
  });

  test('keeps exactly the reports with the chosen estimate, alone or with other filters and terms', async () => {
    const engine = createSearch({ baseUrl: BASE });
    for (const value of new Set(truth.values())) {
      const got = await engine.search('', { filters: { estimate: [value] }, limit: 100 });
      const want = [...truth].filter(([, v]) => v === value).map(([id]) => id);
      expect({ value, ids: got.results.map((r) => r.id).sort() }).toEqual({ value, ids: want.sort() });
      expect(got.total).toBe(want.length);
    }
    const two = await engine.search('', { filters: { estimate: ['2014', '2013—2014'] }, limit: 100 });
    expect(two.results.map((r) => r.id).sort()).toEqual([...truth].filter(([, v]) => v === '2014' || v === '2013—2014').map(([id]) => id).sort());
    // A stated year and an estimate never meet.
    expect((await engine.search('', { filters: { year: ['2016'], estimate: ['2013'] }, limit: 0 })).total).toBe(0);
    for (const query of ['科技', '工作']) {
      const got = await engine.search(query, { filters: { estimate: ['2014'], year: [UNSTATED] }, limit: 100 });
      const want = matching(query).filter((id) => truth.get(id) === '2014');
      expect({ query, ids: got.results.map((r) => r.id).sort() }).toEqual({ query, ids: want.sort() });
    }
  });
});
