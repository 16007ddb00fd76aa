/** Re-runs skip the sources that did not change, and only those (scripts/ingest/source-cache.ts). */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestOptions } from '../../scripts/ingest/cli-args.ts';
import { runIngest } from '../../scripts/ingest/run.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

describe('a re-run', () => {
  let work: string;
  let sources: string;
  let out: string;
  const run = (extra: Partial<IngestOptions> = {}) => runIngest({ inputs: [sources], out, force: false, dryRun: false, quiet: true, ...extra });
  const files = (): Record<string, string> =>
    Object.fromEntries(readdirSync(out).filter((n) => n.endsWith('.md')).map((n) => [n, readFileSync(path.join(out, n), 'utf8')]));
  const review = (): string => readFileSync(path.join(out, '_review.csv'), 'utf8');

  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'huibao-source-cache-'));
    sources = path.join(work, 'sources');
    out = path.join(work, 'out');
    cpSync(path.join(FIXTURES, 'seed/seed.txt'), path.join(sources, 'seed.txt'));
    for (const name of ['2026_云南省_政府工作报告.csv', '1958.txt', '2015.txt']) cpSync(path.join(FIXTURES, 'real', name), path.join(sources, name));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('skips every unchanged source and reports the same as a full run', async () => {
    const first = await run();
    const written = files();
    expect(first.cached).toBe(0);
    expect(first.written).toBe(first.reports);
    const second = await run();
    expect(second).toMatchObject({ files: 4, reports: first.reports, written: 0, unchanged: first.reports, cached: 4 });
    expect(second.problems).toEqual(first.problems);
    expect(files()).toEqual(written);
    // The review table of a skipped run equals that of a run that processed everything and found nothing to write.
    const skipped = review();
    rmSync(path.join(out, '_ingest-cache.json'));
    const full = await run();
    expect(full.cached).toBe(0);
    expect(review()).toBe(skipped);
  });

  it('processes a changed source, and only that one', async () => {
    await run();
    const seed = path.join(sources, 'seed.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('科技局', '科学技术局'));
    const again = await run();
    expect(again.cached).toBe(3);
    expect(again.written).toBeGreaterThan(0);
    expect(Object.values(files()).some((text) => text.includes('科学技术局'))).toBe(true);
  });

  it('does not skip a source whose report was edited by hand or deleted', async () => {
    await run();
    const [edited, deleted] = readdirSync(out).filter((n) => n.startsWith('seed-')).sort() as [string, string];
    writeFileSync(path.join(out, edited), `${readFileSync(path.join(out, edited), 'utf8')}\n手工补充。\n`);
    unlinkSync(path.join(out, deleted));
    const again = await run();
    expect(again.cached).toBe(3);
    expect(again.keptHandEdits).toBe(1);
    expect(readFileSync(path.join(out, edited), 'utf8')).toContain('手工补充');
    expect(files()[deleted]).toBeDefined();
  });

  it('does not skip anything after the overrides changed, or with --force', async () => {
    await run();
    const id = (readdirSync(out).find((n) => n.startsWith('seed-')) as string).slice(0, -3);
    writeFileSync(path.join(out, '_overrides.yaml'), `${id}:\n  year: 2013\n`);
    const overridden = await run();
    expect(overridden.cached).toBe(0);
    expect(files()[`${id}.md`]).toContain('year: 2013');
    expect((await run()).cached).toBe(4);
    expect((await run({ force: true })).cached).toBe(0);
  });
});
