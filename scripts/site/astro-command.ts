/**
 * How to start `astro build`, shared by `npm run build`, the benchmark and
 * the tests, so they all run what an office runs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * V8 heap limit of the Astro process. Node's default (about 4 GB on a 64-bit
 * machine with enough memory) is too small for 100,000 reports; the
 * archive's goal is that no process needs more than 8 GB, so allow 7 GB of
 * heap and leave room for the rest of the process.
 */
export const ASTRO_HEAP_MB = 7168;

export interface AstroBuildCommand {
  /** Arguments for `process.execPath` (node). */
  args: string[];
  /** The folder to run it in. */
  cwd: string;
  /** Removes the working folder made for this build; call it when the build has ended. */
  cleanUp(): void;
}

/**
 * `astro build` of the project at `root`, into `outDir` (default its dist/).
 *
 * Astro bundles the pages into `<outDir>/.prerender/` when the output folder
 * is inside the working folder, and into `<working folder>/.astro/.prerender/`
 * otherwise (`getOutDirWithinCwd` in astro/dist/core/build/common.js), and
 * removes it afterwards. Two builds into folders outside the project, both
 * run from the project, would share that bundle and delete it under each
 * other. So such a build runs in a working folder of its own, named after
 * its output folder, under `node_modules/.astro/` (inside the project, so
 * that the bundle's imports still find node_modules), with `--root` naming
 * the project; `cleanUp()` removes that folder.
 */
export function astroBuildCommand(root: string, outDir?: string, extra: string[] = []): AstroBuildCommand {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = [`--max-old-space-size=${ASTRO_HEAP_MB}`, astro, 'build', '--root', root];
  if (!outDir) return { args: [...args, ...extra], cwd: root, cleanUp: () => {} };
  const out = path.resolve(root, outDir);
  const key = createHash('sha256').update(out).digest('hex').slice(0, 12);
  const cwd = path.join(root, 'node_modules', '.astro', `run-${key}`);
  mkdirSync(cwd, { recursive: true });
  return { args: [...args, '--outDir', out, ...extra], cwd, cleanUp: () => rmSync(cwd, { recursive: true, force: true }) };
}
