// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { keepOutput } from './src/integrations/keep-output.ts';
import { markdownOptions } from './src/markdown/options.ts';
import { checkContentFolder, loadSiteConfig, SiteConfigError } from './src/lib/site-config.ts';

/** @returns {import('./src/lib/site-config-schema.ts').SiteConfig} */
function settings() {
  try {
    const config = loadSiteConfig();
    checkContentFolder(config);
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

/**
 * Astro keeps rendered Markdown in its content store (under cacheDir) and
 * clears it only when the JSON-serialisable config changes; plugin functions
 * are not part of that, so an edited plugin would leave stale HTML. Keying
 * the cache folder on the plugin sources gives such an edit a fresh store.
 */
function markdownDigest() {
  const dir = new URL('./src/markdown/', import.meta.url);
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(new URL(name, dir)));
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'ignore',
  // Tests build several sites at once; each needs its own content store.
  cacheDir: process.env.HUIBAO_CACHE_DIR || `./node_modules/.astro/markdown-${markdownDigest()}/`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Report bodies are rendered by src/lib/report-loader.ts with the same options.
  markdown: { processor: unified(markdownOptions) },
  integrations: [keepOutput()],
  experimental: {
    // Pages whose cacheKey (src/lib/cache-key.ts) and code did not change are
    // copied from the cache folder instead of rendered: a rebuild after one
    // report changed renders a handful of pages, not all of them.
    incrementalBuild: true,
  },
});
