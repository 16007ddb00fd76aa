/**
 * Builds the exact Chinese search index of a Markdown collection.
 *
 *   node scripts/search/build-index.ts --collection content/reports --out dist [--base /archive/]
 *
 * Writes `<out>/pagefind/` (Pagefind's bundle, indexed from bigram tokens)
 * and `<out>/pagefind/huibao/` (result cards and facet table). The folder is
 * built beside the old one and swapped in by rename, so a failed run leaves
 * the previous index in place. Problems are printed with their file and the
 * exit code is 1; good reports are still indexed.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../../src/search/document.ts';
import { FACET_KEYS, type FacetTable, type PageCard, SIDECAR_DIR, SIDECAR_VERSION } from '../../src/search/sidecar.ts';
import { readCollection } from './read-collection.ts';
import { facets, INDEX_LANGUAGE, toRecord } from './records.ts';

export interface BuildOptions {
  collectionDir: string;
  /** The site's build folder; the index goes to `<outDir>/pagefind/`. */
  outDir: string;
  /** The site's base path, with slashes at both ends. Default `/`. */
  base?: string;
  /** Called after each report is added, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  reports: number;
  files: number;
  bytes: number;
  problems: string[];
}

function card(doc: SearchDocument, base: string): PageCard {
  const blocks: PageCard['blocks'] = doc.body.map((b) => [b.kind, b.section ?? '', b.text]);
  blocks.push(['title', '', doc.title]);
  if (doc.unit) blocks.push(['unit', '', doc.unit]);
  const { id, title, unit, year, level, period, kind } = doc;
  return { id, url: `${base}reports/${id}/`, title, unit, year, level, period, kind, blocks };
}

/** Pagefind page id → URL, read back from the fragments Pagefind wrote. */
function fragmentUrls(files: { path: string; content: Uint8Array }[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const file of files) {
    const m = /^fragment\/(.+)\.pf_fragment$/.exec(file.path);
    if (!m) continue;
    const raw = gunzipSync(file.content).subarray('pagefind_dcd'.length);
    urls.set(m[1] as string, (JSON.parse(raw.toString('utf8')) as { url: string }).url);
  }
  return urls;
}

function facetTable(docs: Map<string, SearchDocument>, pageUrls: Map<string, string>, base: string): FacetTable {
  const values = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as string[]])) as FacetTable['values'];
  const pages: FacetTable['pages'] = {};
  for (const [page, url] of pageUrls) {
    const doc = docs.get(url.slice(base.length + 'reports/'.length, -1));
    if (!doc) continue;
    const f = facets(doc);
    pages[page] = FACET_KEYS.map((k) => {
      const list = values[k];
      let i = list.indexOf(f[k]);
      if (i === -1) i = list.push(f[k]) - 1;
      return i;
    });
  }
  return { values, pages };
}

export async function buildSearchIndex(options: BuildOptions): Promise<BuildResult> {
  const base = options.base ?? '/';
  const { docs, problems } = await readCollection(options.collectionDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) return { reports: 0, files: 0, bytes: 0, problems: [...problems, ...errors] };
  try {
    let done = 0;
    for (const doc of docs) {
      const added = await index.addCustomRecord(toRecord(doc, base));
      problems.push(...added.errors.map((e) => `${doc.id}: ${e}`));
      options.onProgress?.(++done, docs.length);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) return { reports: 0, files: 0, bytes: 0, problems: [...problems, ...fileErrors] };

    const byId = new Map(docs.map((d) => [d.id, d]));
    const pageUrls = fragmentUrls(files);
    const out: { path: string; content: Uint8Array | string }[] = files
      .filter((f) => !/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\./.test(f.path))
      .map((f) => ({ path: f.path, content: f.content }));
    for (const [page, url] of pageUrls) {
      const doc = byId.get(url.slice(base.length + 'reports/'.length, -1));
      if (doc) out.push({ path: `${SIDECAR_DIR}/p/${page}.json`, content: JSON.stringify(card(doc, base)) });
    }
    out.push({ path: `${SIDECAR_DIR}/facets.json`, content: JSON.stringify(facetTable(byId, pageUrls, base)) });
    out.push({ path: `${SIDECAR_DIR}/manifest.json`, content: JSON.stringify({ version: SIDECAR_VERSION, reports: docs.length }) });

    const target = join(options.outDir, 'pagefind');
    const staging = `${target}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    let bytes = 0;
    for (const file of out) {
      const path = join(staging, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
      bytes += typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
    }
    const old = `${target}.old-${process.pid}`;
    await rename(target, old).catch(() => undefined);
    await rename(staging, target);
    await rm(old, { recursive: true, force: true });
    return { reports: docs.length, files: out.length, bytes, problems };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { collection: { type: 'string' }, out: { type: 'string' }, base: { type: 'string', default: '/' } },
  });
  if (!values.collection || !values.out) {
    console.error('usage: node scripts/search/build-index.ts --collection DIR --out DIST [--base /archive/]');
    process.exit(2);
  }
  const base = values.base.replace(/^\/?/, '/').replace(/\/?$/, '/');
  const result = await buildSearchIndex({ collectionDir: resolve(values.collection), outDir: resolve(values.out), base });
  for (const problem of result.problems) console.error(`search index: ${problem}`);
  console.log(`search index: ${result.reports} report(s), ${result.files} file(s), ${(result.bytes / 1024).toFixed(0)} KB in ${join(values.out, 'pagefind')}`);
  process.exitCode = result.problems.length ? 1 : 0;
}
