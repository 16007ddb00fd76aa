/**
 * The traditional → simplified table in Chromium: the engine fetches
 * `pagefind/ts-characters.json` only when a query or a result's text has a
 * traditional character, once per page. On the sample collection, which is
 * all in simplified characters, simplified queries fetch nothing.
 */
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCollection } from '../../scripts/search/read-collection.ts';
import type { SearchDocument } from '../../src/search/document.ts';
import { normalise } from '../../src/search/normalise.ts';
import { BASE, openHarness, type Harness } from './helpers/harness.ts';
import { truth } from './helpers/queries.ts';
import { toTraditional } from './helpers/traditional.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COLLECTION = join(ROOT, 'tests/fixtures/collection');
const TABLE = `${BASE}pagefind/ts-characters.json`;

describe('the folding table in the browser', () => {
  let h: Harness;
  let docs: SearchDocument[];
  /** Paths of the requests for the table. */
  const fetched: string[] = [];

  beforeAll(async () => {
    docs = (await readCollection(COLLECTION)).docs;
    h = await openHarness(COLLECTION);
    h.page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.json') && path.includes('ts-characters')) fetched.push(path);
    });
  });
  afterAll(() => h?.close());

  test('simplified queries on reports in simplified characters fetch no table, excerpts included', async () => {
    let results = 0;
    for (const query of ['科技发展', '发展', '科技 -预防', '知识产权', '5.12', '"科技 局"', '年', '']) {
      const r = await h.search(query, { limit: 100 });
      const expected = query ? truth(docs, query) : docs.map((d) => d.id).sort();
      expect(r.results.map((x) => x.id).sort(), query).toEqual(expected);
      if (query) expect(r.results.every((x) => x.excerptHtml.includes('<mark>')), query).toBe(true);
      results += r.results.length;
    }
    expect(results).toBeGreaterThan(20);
    expect(fetched).toEqual([]);
  });

  test('a traditional query fetches it once, from the index folder, and finds what its simplified form finds', async () => {
    const queries = ['科技發展', '知識產權', '預防 -科技', toTraditional('国务院')];
    // A failed fetch fails the search; the next search tries again.
    await h.page.route('**/ts-characters.json', (route) => route.abort());
    await expect(h.search(queries[0] as string)).rejects.toThrow(/fetch/i);
    await h.page.unroute('**/ts-characters.json');
    expect(fetched).toEqual([TABLE]);

    for (const query of queries) {
      const simplified = normalise(query);
      expect(simplified, query).not.toBe(query);
      const [a, b] = [await h.search(query, { limit: 100 }), await h.search(simplified, { limit: 100 })];
      expect(a, query).toEqual(b);
      expect(a.total, query).toBe(truth(docs, simplified).length);
    }
    expect((await h.search('科技發展')).total).toBeGreaterThan(0);
    expect(fetched).toEqual([TABLE, TABLE]);
  });
});
