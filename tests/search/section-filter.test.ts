/**
 * Search within a kind of section (工作成绩, 存在问题, 下一步计划): a report
 * matches when every term occurs in a block the classifier puts in a section
 * part of that kind. Checked against that ground truth on the seed and on
 * real reports, for gram terms (one lookup, masks) and phrase terms
 * (trigram chains, positions by kind).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../scripts/search/build-index.ts';
import { markZones } from '../../scripts/search/parse-job.ts';
import { readCollection } from '../../scripts/search/read-collection.ts';
import { SECTION_KINDS } from '../../src/lib/section-kind.ts';
import { containsTerm, type SearchDocument } from '../../src/search/document.ts';
import { createSearch } from '../../src/search/engine.ts';
import { planTerm } from '../../src/search/grams.ts';
import { normalise } from '../../src/search/normalise.ts';
import { SECTION_ZONES, type SectionZone } from '../../src/search/posting-format.ts';
import { parseQuery } from '../../src/search/query.ts';
import { serveFolder, type Served } from './helpers/fetch-folder.ts';
import { generatedQueries } from './helpers/queries.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/archive/';

/** Ids of the reports with every term in a block of the kind, and no excluded term anywhere. */
function truthIn(docs: SearchDocument[], query: string, section: SectionZone): string[] {
  const zone = SECTION_ZONES.indexOf(section) + 1;
  const { terms, excluded } = parseQuery(query);
  return docs
    .filter((d) => terms.every((t) => d.body.some((b) => b.zone === zone && normalise(b.text).includes(t))) && !excluded.some((t) => containsTerm(d, t)))
    .map((d) => d.id)
    .sort();
}

describe('search within a kind of section', () => {
  let collection: string;
  let dist: string;
  let docs: SearchDocument[];
  let served: Served;
  beforeAll(async () => {
    collection = mkdtempSync(join(tmpdir(), 'huibao-sections-'));
    dist = mkdtempSync(join(tmpdir(), 'huibao-sections-dist-'));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), join(ROOT, 'tests/fixtures/real'), '--out', collection], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed: ${run.stderr}`);
    for (const id of ['gongzuozongjiexuanbian-1', 'gongzuozongjiexuanbian-2', 'gongzuozongjiexuanbian-3']) {
      cpSync(join(ROOT, 'content/reports', `${id}.md`), join(collection, `${id}.md`));
    }
    docs = (await readCollection(collection)).docs;
    for (const d of docs) markZones(d.body);
    await buildSearchIndex({ collectionDir: collection, outDir: dist, base: BASE });
    served = serveFolder(dist, BASE, true);
  });
  afterAll(() => {
    served?.restore();
    rmSync(collection, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  });

  test('the index knows the kinds the classifier and the search page name, in the same order', () => {
    expect(SECTION_KINDS.map((k) => k.value)).toEqual([...SECTION_ZONES]);
  });

  test('every kind occurs in the collection, and kinds split reports', () => {
    for (let zone = 1; zone <= 3; zone++) expect(docs.filter((d) => d.body.some((b) => b.zone === zone)).length, SECTION_ZONES[zone - 1]).toBeGreaterThan(2);
  });

  test('returns exactly the reports with the terms in a section of the kind, for gram and phrase terms', async () => {
    const engine = createSearch({ baseUrl: BASE });
    const queries = ['问题', '不足', '加强', '科技', '知识产权', '下一步', '进一步加强', '工作 问题', '创新 -培训', '安全生产', ...generatedQueries(docs, 40, 5)];
    expect(queries.some((q) => parseQuery(q).terms.some((t) => !planTerm(t).gram))).toBe(true);
    let narrowed = 0;
    for (const section of SECTION_ZONES) {
      for (const query of queries) {
        const want = truthIn(docs, query, section);
        const got = await engine.search(query, { section, limit: 1000 });
        expect({ query, section, ids: got.results.map((r) => r.id).sort() }).toEqual({ query, section, ids: want });
        expect(got.total).toBe(want.length);
        const all = await engine.search(query, { limit: 0 });
        if (got.total < all.total) narrowed++;
      }
    }
    expect(narrowed).toBeGreaterThan(10);
  }, 120_000);

  test('the excerpt shows a match inside a section of the kind', async () => {
    const engine = createSearch({ baseUrl: BASE });
    for (const section of SECTION_ZONES) {
      const zone = SECTION_ZONES.indexOf(section) + 1;
      for (const query of ['加强', '工作', '进一步加强']) {
        const got = await engine.search(query, { section, limit: 50 });
        for (const r of got.results) {
          const doc = docs.find((d) => d.id === r.id) as SearchDocument;
          const marked = /<mark>(.*?)<\/mark>/.exec(r.excerptHtml);
          expect(marked, `${query} ${section} ${r.id}`).not.toBeNull();
          // The section the excerpt points to has a block of the kind.
          expect(doc.body.some((b) => b.zone === zone && (b.section ?? '') === (r.sectionId ?? ''))).toBe(true);
        }
      }
    }
  }, 60_000);
});
