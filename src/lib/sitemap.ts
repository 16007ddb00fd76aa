/**
 * sitemap.xml as the sitemaps.org protocol allows: one `<urlset>` of at most
 * 50,000 URLs, or, for more pages, a `<sitemapindex>` naming
 * `sitemap-1.xml`, `sitemap-2.xml`, … of 50,000 URLs each. At 20,000
 * reports the site has about 20,600 pages; at 100,000, about 100,600.
 */
import { absoluteUrl } from './url.ts';
import { xmlEscape } from './xml.ts';

/** URLs per sitemap file, the protocol's limit. */
export const SITEMAP_URLS = 50_000;

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The pages split into sitemap files: one list when they fit in one. */
export function sitemapChunks(paths: string[], limit = SITEMAP_URLS): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += limit) chunks.push(paths.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}

/** Path of the n-th child sitemap (1-based), relative to the base. */
export const childSitemap = (n: number) => `sitemap-${n}.xml`;

export function urlset(paths: string[], site: string | undefined): string {
  const urls = paths.map((p) => `  <url><loc>${xmlEscape(absoluteUrl(p, site))}</loc></url>\n`).join('');
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${urls}</urlset>\n`;
}

export function sitemapIndex(count: number, site: string | undefined): string {
  const entries = Array.from({ length: count }, (_, i) => `  <sitemap><loc>${xmlEscape(absoluteUrl(childSitemap(i + 1), site))}</loc></sitemap>\n`);
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${entries.join('')}</sitemapindex>\n`;
}
