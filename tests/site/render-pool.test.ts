/**
 * The render pool (src/markdown/render-pool.ts) gives the same files and
 * results on worker threads as on the calling thread, in any order, and
 * passes a report's error back instead of hanging the build.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/markdown/render-pool.ts';
import { FIXTURE_COLLECTION, ROOT } from '../helpers/build-site.ts';

const dir = join(ROOT, FIXTURE_COLLECTION);
const reports = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8'));

async function renderAll(pool: RenderPool, out: string) {
  try {
    return await Promise.all(reports.map((contents, i) => pool.render({ contents, htmlFile: join(out, `${i}.html`) })));
  } finally {
    await pool.close();
  }
}

describe('render pool', () => {
  it('renders the same on two threads as on the calling thread', async () => {
    const [inline, threads] = [await mkdtemp(join(tmpdir(), 'huibao-pool-')), await mkdtemp(join(tmpdir(), 'huibao-pool-'))];
    const a = await renderAll(new RenderPool({ threads: 0 }), inline);
    const b = await renderAll(new RenderPool({ threads: 2, inlineFirst: 0 }), threads);
    expect(b).toEqual(a);
    expect(a.every((r) => r.text.length > 0 && typeof r.frontmatter.title === 'string')).toBe(true);
    reports.forEach((_, i) => expect(readFileSync(join(threads, `${i}.html`), 'utf8')).toBe(readFileSync(join(inline, `${i}.html`), 'utf8')));
    for (const d of [inline, threads]) rmSync(d, { recursive: true, force: true });
  });

  it('rejects a report it cannot read, and keeps rendering the others', async () => {
    const out = await mkdtemp(join(tmpdir(), 'huibao-pool-'));
    const pool = new RenderPool({ threads: 1, inlineFirst: 0 });
    try {
      const bad = pool.render({ contents: '---\ntitle: [unclosed\n---\n正文\n', htmlFile: join(out, 'bad.html') });
      const good = pool.render({ contents: reports[0]!, htmlFile: join(out, 'good.html') });
      await expect(bad).rejects.toThrow(/YAML|flow sequence|unclosed|end of the stream/i);
      await expect(good).resolves.toMatchObject({ frontmatter: expect.any(Object) });
    } finally {
      await pool.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
