/**
 * How `npm run build` starts `astro build`, shared with the benchmark so it
 * measures exactly what an office runs.
 */
import path from 'node:path';

/**
 * V8 heap limit of the Astro process. Node's default (about 4 GB on a 64-bit
 * machine with enough memory) is too small for 100,000 reports; the
 * archive's goal is that no process needs more than 8 GB, so allow 7 GB of
 * heap and leave room for the rest of the process.
 */
export const ASTRO_HEAP_MB = 7168;

/** Node arguments that run `astro build` from the project root `root`. */
export function astroBuildArgs(root: string, extra: string[] = []): string[] {
  return [`--max-old-space-size=${ASTRO_HEAP_MB}`, path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...extra];
}
