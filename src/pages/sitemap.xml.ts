/** sitemap.xml: every HTML page. Absolute URLs need the public origin (`HUIBAO_SITE`). */
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/site-config.ts';
import { sitePaths } from '../lib/site-pages.ts';
import { absoluteUrl } from '../lib/url.ts';
import { xmlEscape } from '../lib/xml.ts';

export const GET: APIRoute = async () => {
  const { site } = siteConfig();
  const urls = (await sitePaths()).map((p) => `  <url><loc>${xmlEscape(absoluteUrl(p, site))}</loc></url>`);
  const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
