/**
 * 繁体 / 简体 in Chromium: reports written in traditional characters (real
 * reports from tests/fixtures/real, converted with the folding table read
 * backwards) are found by queries in either script, exactly, and their
 * excerpts mark their own characters.
 *
 * The ground truth (`containsTerm`) folds with the same normalisation as
 * the index, so it would agree with an index that did not fold at all;
 * the tests therefore also check, without normalising, that a copy is
 * found wherever its original is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prng } from '../../scripts/bench/synthetic-reports.ts';
import { readCollection } from '../../scripts/search/read-collection.ts';
import type { SearchDocument } from '../../src/search/document.ts';
import { normalise } from '../../src/search/normalise.ts';
import { openHarness, type Harness } from './helpers/harness.ts';
import { ABSENT, checkAll, generatedQueries, truth } from './helpers/queries.ts';
import { toTraditional } from './helpers/traditional.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = join(ROOT, 'tests/fixtures/real');

/** Reports kept in simplified characters beside a traditional copy `<id>-fanti`. */
const BOTH = ['2015', '2026-hebeisheng-zhengfugongzuobaogao'];
/** A report that is only in the collection in traditional characters. */
const ONLY_TRADITIONAL = '2026-gansusheng-zhengfugongzuobaogao';

/** A report's Markdown in traditional characters: its title, unit and body; the other fields are codes and stay. */
function markdownToTraditional(markdown: string): string {
  const end = markdown.indexOf('\n---\n', 4) + 5;
  const frontmatter = markdown
    .slice(0, end)
    .split('\n')
    .map((line) => (/^(title|unit): /.test(line) ? toTraditional(line) : line))
    .join('\n');
  return frontmatter + toTraditional(markdown.slice(end));
}

const bodyText = (doc: SearchDocument): string => doc.body.map((b) => b.text).join('\n');

describe('reports in traditional and in simplified characters', () => {
  let h: Harness;
  let collection: string;
  /** The collection as indexed. */
  let docs: SearchDocument[];
  /** The simplified originals of every traditional report. */
  let originals: SearchDocument[];
  const byId = (id: string): SearchDocument => docs.find((d) => d.id === id) as SearchDocument;

  beforeAll(async () => {
    collection = await mkdtemp(join(tmpdir(), 'huibao-fanti-'));
    const files = ['2015.txt', '2026_河北省_政府工作报告.csv', '2026_甘肃省_政府工作报告.csv'].map((n) => join(REAL, n));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...files, '--out', collection, '--quiet'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
    originals = (await readCollection(collection)).docs;
    for (const id of BOTH) {
      const markdown = await readFile(join(collection, `${id}.md`), 'utf8');
      await writeFile(join(collection, `${id}-fanti.md`), markdownToTraditional(markdown));
    }
    const gansu = join(collection, `${ONLY_TRADITIONAL}.md`);
    await writeFile(gansu, markdownToTraditional(await readFile(gansu, 'utf8')));
    docs = (await readCollection(collection)).docs;
    h = await openHarness(collection);
  });
  afterAll(async () => {
    await h?.close();
    if (collection) await rm(collection, { recursive: true, force: true });
  });

  test('the copies are in traditional characters and fold to their originals', () => {
    expect(docs.map((d) => d.id).sort()).toEqual([...BOTH, ...BOTH.map((id) => `${id}-fanti`), ONLY_TRADITIONAL].sort());
    for (const original of originals) {
      const copy = byId(BOTH.includes(original.id) ? `${original.id}-fanti` : original.id);
      const [a, b] = [[...bodyText(original)], [...bodyText(copy)]];
      expect(b.length, copy.id).toBe(a.length);
      const changed = a.filter((ch, i) => ch !== b[i]).length;
      expect(changed / a.length, copy.id).toBeGreaterThan(0.2);
      expect(normalise(b.join('')), copy.id).toBe(normalise(a.join('')));
    }
    expect(byId('2015-fanti').unit).toBe('國務院');
  });

  test('queries in either script return exactly the reports that contain them', async () => {
    const words = ['经济', '發展', '科技创新', '科技創新', '国务院', '國務院', '改革开放', '改革開放', '政府工作报告', '政府工作報告', '高质量发展', '高質量發展', '經濟 -国务院'];
    const generated = generatedQueries(docs, 50, 31);
    const queries = [...words, ...ABSENT.slice(0, 6).map(toTraditional), ...generated, ...generated.map(toTraditional)];
    // Each word is in a report of each script, and the originals and their copies count alike.
    expect(truth(docs, '經濟')).toEqual(docs.map((d) => d.id).sort());
    expect(truth(docs, '国务院')).toEqual(['2015', '2015-fanti', ONLY_TRADITIONAL].sort());
    expect(truth(docs, '高質量發展')).toEqual(['2026-hebeisheng-zhengfugongzuobaogao', '2026-hebeisheng-zhengfugongzuobaogao-fanti', ONLY_TRADITIONAL].sort());
    expect(await checkAll(h, docs, queries)).toEqual([]);
  }, 300_000);

  test('a copy is found wherever its original is, in both scripts (checked without normalising)', async () => {
    const rand = prng(5);
    for (const original of originals) {
      const copy = BOTH.includes(original.id) ? `${original.id}-fanti` : original.id;
      // Runs of Chinese characters as the original writes them, not normalised.
      const runs = original.body.flatMap((b) => b.text.match(/\p{Script=Han}{8,}/gu) ?? []);
      expect(runs.length, original.id).toBeGreaterThan(20);
      for (let n = 0; n < 8; n++) {
        const run = runs[Math.floor(rand() * runs.length)] as string;
        const length = 2 + Math.floor(rand() * 5);
        const at = Math.floor(rand() * (run.length - length));
        const query = run.slice(at, at + length);
        for (const q of [query, toTraditional(query)]) {
          const ids = (await h.search(q, { limit: 10_000 })).results.map((r) => r.id);
          expect(ids, q).toContain(copy);
          if (copy !== original.id) expect(ids, q).toContain(original.id);
        }
      }
    }
  }, 300_000);

  test('an excerpt marks the report\'s own characters, whichever script the query is in', async () => {
    for (const query of ['经济', '經濟', '经济发展', '經濟發展', '国务院', '國務院', '高质量发展']) {
      const r = await h.search(query, { limit: 100 });
      expect(r.results.length, query).toBe(truth(docs, query).length);
      expect(r.results.length, query).toBeGreaterThanOrEqual(3);
      for (const result of r.results) {
        const traditional = result.id.endsWith('-fanti') || result.id === ONLY_TRADITIONAL;
        const marked = [...result.excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] as string);
        expect(marked.length, `${query} in ${result.id}`).toBeGreaterThan(0);
        for (const text of marked) {
          expect(normalise(text), `${query} in ${result.id}`).toContain(normalise(query));
          // As the report writes it: in traditional characters in a copy, simplified in an original.
          expect(text, `${query} in ${result.id}`).toBe(traditional ? toTraditional(normalise(text)) : normalise(text));
        }
      }
      const copy = r.results.find((x) => x.id === ONLY_TRADITIONAL)?.excerptHtml ?? '';
      expect(copy, query).toContain(`<mark>${toTraditional(normalise(query))}</mark>`);
    }
  });
});
