/**
 * The report-page highlighter (highlight.ts) as one small ES module, bundled
 * with esbuild while the site is built. It is served at `search/highlight.js`
 * (src/pages/search/highlight.js.ts) and imported by a one-line loader only
 * when a report's URL carries `hl`, so report pages without it fetch nothing.
 * Astro's own `<script>` would make every report page load a module.
 */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { projectPath } from '../../lib/project-root.ts';

export interface HighlighterBundle {
  code: string;
  /** Digest of the code, for the `?v=` that keeps browsers from using an old copy. */
  version: string;
}

let bundle: Promise<HighlighterBundle> | undefined;

/** Built once per `astro build`. */
export function highlighterBundle(): Promise<HighlighterBundle> {
  bundle ??= (async () => {
    const entry = projectPath('src/search/ui/highlight.ts');
    // The browser platform leaves out the traditional → simplified pairs (src/search/data/bundled-pairs.ts);
    // UTF-8 output (browsers read module scripts as UTF-8): Chinese text is half the bytes of \u escapes.
    const options = { bundle: true, platform: 'browser', format: 'esm', minify: true, target: 'es2020', charset: 'utf8' } as const;
    const result = await build({ entryPoints: [entry], ...options, write: false, logLevel: 'silent' }).catch(
      (cause: unknown) => {
        throw new Error(`search highlighter: could not bundle ${entry} (hint: check that the file exists)`, { cause });
      },
    );
    const code = (result.outputFiles[0] as { text: string }).text;
    return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
  })();
  return bundle;
}
