/**
 * Builds the site into a fresh temporary folder, as `npm run build` does:
 * `astro build`, then the search index. Each build has its own output, cache
 * and page-bundle folder, so test files can build at the same time
 * (tests/site/concurrent-builds.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { astroBuildCommand } from '../../scripts/site/astro-command.ts';
import { buildSearchIndex } from '../../scripts/search/build-index.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_COLLECTION = 'tests/fixtures/collection';

export interface BuildOptions {
  /** HUIBAO_CONTENT; default the fixture collection. */
  content?: string;
  /** HUIBAO_BASE, e.g. `/archive/`. */
  base?: string;
  /** HUIBAO_SITE, e.g. `https://example.gov.cn`. */
  site?: string;
  /** HUIBAO_CONFIG; default a file that does not exist, so content/site.json does not leak into tests. */
  config?: string;
  /** HUIBAO_REPORT_TEXT_FILES. */
  textFiles?: boolean;
}

export interface AstroRun {
  code: number;
  stdout: string;
  stderr: string;
}

function buildEnv(options: BuildOptions, cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUIBAO_CONTENT: options.content ?? FIXTURE_COLLECTION,
    HUIBAO_CACHE_DIR: cacheDir,
    HUIBAO_CONFIG: options.config ?? 'tests/fixtures/site-config/default.json',
    ASTRO_TELEMETRY_DISABLED: '1',
    SOURCE_DATE_EPOCH: '1700000000',
  };
  // Vitest puts its own import.meta.env (BASE_URL, MODE, NODE_ENV=test, ...) into
  // process.env; a child Vite would take BASE_URL=/ from there and ignore our base.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'HUIBAO_BASE', 'HUIBAO_SITE', 'HUIBAO_REPORT_TEXT_FILES']) {
    delete env[key];
  }
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  if (options.base) env.HUIBAO_BASE = options.base;
  if (options.site) env.HUIBAO_SITE = options.site;
  if (options.textFiles !== undefined) env.HUIBAO_REPORT_TEXT_FILES = String(options.textFiles);
  return env;
}

/** Runs `astro build`; resolves with the exit code and output instead of throwing. */
export async function runAstroBuild(options: BuildOptions, outDir: string): Promise<AstroRun> {
  const env = buildEnv(options, join(outDir, '..', 'cache'));
  // Runs in the folder holding outDir, so Astro's page bundle is this build's own (see astro-command.ts).
  const astro = astroBuildCommand(ROOT, outDir);
  try {
    const { stdout, stderr } = await run(process.execPath, astro.args, { cwd: astro.cwd, env, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  } finally {
    astro.cleanUp();
  }
}

export interface BuiltSite {
  dist: string;
  base: string;
  /** Wall time of `astro build` plus indexing, in milliseconds. */
  ms: number;
}

/** Builds and indexes the site; throws with Astro's output if the build fails. */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'huibao-site-'));
  const dist = join(dir, 'dist');
  const result = await runAstroBuild(options, dist);
  if (result.code !== 0) {
    throw new Error(`astro build failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  // The collection folder and base as the build saw them (env and settings file).
  const config = loadSiteConfig(buildEnv(options, ''), ROOT);
  const index = await buildSearchIndex({ collectionDir: resolve(ROOT, config.content), outDir: dist, base: config.base });
  if (index.problems.length) throw new Error(`search index failed:\n${index.problems.join('\n')}`);
  return { dist, base: options.base ?? '/', ms: performance.now() - started };
}
