/**
 * A search harness in a real browser: builds the index of a collection into
 * a temporary site folder, bundles `src/search/engine.ts` with esbuild into
 * one script, writes a page (lang zh-CN, like the site) that exposes the
 * engine as `window.huibao`, serves the folder on 127.0.0.1 and opens it in
 * Chromium. Used by the browser tests and the benchmark.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { buildSearchIndex, type BuildResult } from '../../../scripts/search/build-index.ts';
import type { BucketLayout } from '../../../scripts/search/gram-index.ts';
import type { SearchOptions, SearchResponse } from '../../../src/search/engine.ts';
import { launchChromium, type Browser } from '../../helpers/chromium.ts';
import { serveDist, type StaticServer } from '../../helpers/static-server.ts';
import { serveGzip } from './gzip-server.ts';

const ENGINE = fileURLToPath(new URL('../../../src/search/engine.ts', import.meta.url));
export const BASE = '/archive/';

export interface Harness {
  dist: string;
  server: StaticServer;
  browser: Browser;
  page: Page;
  index: BuildResult;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  close(): Promise<void>;
}

/** Writes the bundled engine and the harness page into `dist`. */
export async function writeHarnessPage(dist: string): Promise<void> {
  await build({
    stdin: {
      contents: `import { createSearch } from ${JSON.stringify(ENGINE)}; window.huibao = createSearch({ baseUrl: ${JSON.stringify(BASE)} });`,
      resolveDir: dist,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(dist, 'search-engine.js'),
    logLevel: 'silent',
  });
  // The static server answers unknown paths (e.g. /favicon.ico) with 404.html.
  await writeFile(join(dist, '404.html'), '<!doctype html><title>404</title>');
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>search harness</title><script type="module" src="search-engine.js"></script></html>',
  );
}

export interface HarnessOptions {
  /** Build into this folder and keep it. Default: a temporary folder, removed on close. */
  dist?: string;
  /** Index layout (bucket and inline sizes); small values put most postings in packs. */
  layout?: BucketLayout;
  /** Serve Range requests (default) or ignore them like a host without range support. */
  ranges?: boolean;
}

export async function openHarness(collectionDir: string, options: HarnessOptions = {}): Promise<Harness> {
  const folder = options.dist ?? (await mkdtemp(join(tmpdir(), 'huibao-search-')));
  const index = await buildSearchIndex({ collectionDir, outDir: folder, base: BASE, layout: options.layout });
  if (index.problems.length) throw new Error(`search index problems:\n${index.problems.join('\n')}`);
  const site = await openSite(folder, { index, keep: Boolean(options.dist), ranges: options.ranges });
  return site;
}

/** Opens a folder whose index is already built (e.g. by separate shard processes). */
export async function openSite(folder: string, options: { index?: BuildResult; keep?: boolean; gzip?: boolean; ranges?: boolean } = {}): Promise<Harness> {
  await writeHarnessPage(folder);
  const server = options.gzip ? await serveGzip(folder, BASE) : await serveDist(folder, BASE, { ranges: options.ranges });
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  await page.goto(server.home);
  await page.waitForFunction(() => 'huibao' in window);
  return {
    dist: folder,
    server,
    browser,
    page,
    index: options.index ?? { reports: 0, indexed: 0, segments: 0, phrases: 0, files: 0, bytes: 0, problems: [] },
    search: (query, opts) =>
      page.evaluate(
        ([q, o]) => (window as unknown as { huibao: { search: (q: string, o?: SearchOptions) => Promise<SearchResponse> } }).huibao.search(q, o),
        [query, opts] as const,
      ),
    async close() {
      await browser.close();
      await server.close();
      if (!options.keep) await rm(folder, { recursive: true, force: true });
    },
  };
}
