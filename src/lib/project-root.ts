/**
 * The project folder (where astro.config.mjs is), for code that reads files
 * of the project while the site is built. Not the working folder: a build
 * into a folder outside the project runs elsewhere (scripts/site/astro-command.ts).
 */
import { resolve } from 'node:path';

/** Set by astro.config.mjs through Vite's `define`; undefined outside an Astro build. */
declare const __HUIBAO_ROOT__: string | undefined;

/** A path inside the project, e.g. `projectPath('src/search/ui/highlight.ts')`. */
export function projectPath(relative: string): string {
  return resolve(typeof __HUIBAO_ROOT__ === 'undefined' ? process.cwd() : __HUIBAO_ROOT__, relative);
}
