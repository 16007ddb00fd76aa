// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { cacheFolder } from './src/integrations/cache-folder.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { reportJsonl } from './src/integrations/report-jsonl.ts';
import { reportTextFiles } from './src/integrations/report-text-files.ts';
import { markdownOptions } from './src/markdown/options.ts';
import { checkContentFolder, loadSiteConfig, SiteConfigError } from './src/lib/site-config.ts';

// Paths in the settings are relative to the project, not to the folder the
// build runs in (builds into a folder elsewhere run there: scripts/site/astro-command.ts).
const root = fileURLToPath(new URL('.', import.meta.url));

/** @returns {import('./src/lib/site-config-schema.ts').SiteConfig} */
function settings() {
  try {
    const config = loadSiteConfig(process.env, root);
    checkContentFolder(config, root);
    return config;
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    // Print one line per field and stop before Astro wraps it in a stack trace.
    console.error(`huibao: invalid site settings\n  ${error.lines.join('\n  ')}`);
    process.exit(1);
  }
}

const config = settings();
if (!config.site) {
  console.warn('huibao: no public origin set, so sitemap.xml, feed.xml and citations use site-relative URLs; set HUIBAO_SITE (or "site" in content/site.json), e.g. https://example.gov.cn');
}

// Files written beside Astro's pages, from what the report loader keeps (src/lib/report-files.ts).
const textFiles = reportTextFiles({ enabled: config.reportTextFiles });
const jsonl = reportJsonl();

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'ignore',
  // cacheDir: one per output folder and renderer version, see src/integrations/cache-folder.ts.
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // A page spends as long waiting for its files to be written (twice, with
    // the incremental build) as being rendered; four at a time keep both the
    // renderer and the disk busy. Measured at 5,000 reports: page generation
    // 6 s instead of 9-12 s; 8 is no faster.
    concurrency: 4,
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Report bodies are rendered by src/lib/report-loader.ts with the same options.
  markdown: { processor: unified(markdownOptions) },
  // Pages read these settings (src/lib/site-config.ts) and this root (src/lib/project-root.ts).
  vite: { define: { __HUIBAO_SITE_CONFIG__: JSON.stringify(config), __HUIBAO_ROOT__: JSON.stringify(root) } },
  // keepOutput() last: it removes what the build did not write, so it must know what the others wrote.
  integrations: [cacheFolder(), textFiles, jsonl, keepOutput({ alsoWritten: () => [...textFiles.files(), ...jsonl.files()] })],
  experimental: {
    // Pages whose cacheKey (src/lib/cache-key.ts) and code did not change are
    // copied from the cache folder instead of rendered: a rebuild after one
    // report changed renders a handful of pages, not all of them.
    incrementalBuild: true,
  },
});
