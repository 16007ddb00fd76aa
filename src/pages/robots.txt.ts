/** robots.txt: allow everything and point to the sitemap. */
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/site-config.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl('sitemap.xml', siteConfig().site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
