/**
 * Runs once before the test files. Every `astro build` writes the generated
 * modules `.astro/content-assets.mjs` and `content-modules.mjs` of the
 * project, through the same temporary file name, unless they already hold
 * the same code; on a fresh checkout, builds started together by parallel
 * test files could trip over each other there. `astro sync` writes them first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(): void {
  const generated = ['content-assets.mjs', 'content-modules.mjs'].map((f) => join(ROOT, '.astro', f));
  if (generated.every((f) => existsSync(f))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: ROOT,
    env: { ...process.env, HUIBAO_CONTENT: 'tests/fixtures/collection', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
}
