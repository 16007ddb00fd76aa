/**
 * Builds run at the same time must not share a folder they write: vitest
 * runs the site test files in parallel, and each builds a site. Astro puts
 * its page bundle in `<working folder>/.astro/.prerender/` for an output
 * folder outside the working folder and deletes it when done; builds started
 * from the project used to share it and fail with "Cannot find module
 * …/.prerender/chunks/…" (scripts/site/astro-command.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAstroBuild, type BuildOptions } from '../helpers/build-site.ts';

describe('concurrent builds', () => {
  it('three builds at once each succeed with their own settings', async () => {
    const variants: BuildOptions[] = [{}, { base: '/archive/' }, { site: 'https://example.gov.cn' }];
    const outs = await Promise.all(variants.map(async () => join(await mkdtemp(join(tmpdir(), 'huibao-par-')), 'dist')));
    const results = await Promise.all(variants.map((options, i) => runAstroBuild(options, outs[i]!)));
    for (const result of results) expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(readFileSync(join(outs[0]!, 'robots.txt'), 'utf8')).toContain('Sitemap: /sitemap.xml');
    expect(readFileSync(join(outs[1]!, 'index.html'), 'utf8')).toContain('href="/archive/units/"');
    expect(readFileSync(join(outs[2]!, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.gov.cn/sitemap.xml');
    for (const out of outs) expect(existsSync(join(out, '.prerender'))).toBe(false);
    expect(existsSync(join(ROOT, '.astro', '.prerender'))).toBe(false);
    for (const out of outs) rmSync(dirname(out), { recursive: true, force: true });
  }, 120_000);
});
