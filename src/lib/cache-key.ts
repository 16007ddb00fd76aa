/**
 * `cacheKey`s for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and template code are unchanged since the last build is
 * copied from the cache instead of rendered. The key covers the data the page
 * shows (report digests, neighbours) and the site settings that are not part
 * of the Astro config (title, footer, publisher), which Astro already hashes.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from './site-config.ts';

let settings: string | undefined;

export function cacheKey(...parts: unknown[]): string {
  settings ??= JSON.stringify(siteConfig());
  return createHash('sha256').update(settings).update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}
