/**
 * sitemap.xml: every HTML page, or an index of sitemap-<n>.xml files when
 * there are more than 50,000 (src/lib/sitemap.ts). Absolute URLs need the
 * public origin (`HUIBAO_SITE`).
 */
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/site-config.ts';
import { siteSitemapChunks } from '../lib/site-pages.ts';
import { sitemapIndex, urlset } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const { site } = siteConfig();
  const chunks = await siteSitemapChunks();
  const body = chunks.length === 1 ? urlset(chunks[0]!, site) : sitemapIndex(chunks.length, site);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
