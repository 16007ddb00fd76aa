/** sitemap-<n>.xml: the n-th 50,000 pages, when sitemap.xml is an index (src/lib/sitemap.ts). */
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/site-config.ts';
import { siteSitemapChunks } from '../lib/site-pages.ts';
import { urlset } from '../lib/sitemap.ts';

export async function getStaticPaths() {
  const chunks = await siteSitemapChunks();
  if (chunks.length === 1) return []; // Everything is in sitemap.xml itself.
  return chunks.map((paths, i) => ({ params: { n: String(i + 1) }, props: { paths } }));
}

export const GET: APIRoute<{ paths: string[] }> = ({ props }) =>
  new Response(urlset(props.paths, siteConfig().site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
