/**
 * sitemap.xml stays one `<urlset>` up to 50,000 pages and becomes an index of
 * `sitemap-<n>.xml` files beyond (src/lib/sitemap.ts). A site of that size
 * is a benchmark, not a test fixture, so the split is tested with a small limit.
 */
import { describe, expect, it } from 'vitest';
import { childSitemap, SITEMAP_URLS, sitemapChunks, sitemapIndex, urlset } from '../../src/lib/sitemap.ts';

const pages = (n: number) => Array.from({ length: n }, (_, i) => `reports/r${i}/`);

describe('sitemap', () => {
  it('keeps up to the limit in one file', () => {
    expect(SITEMAP_URLS).toBe(50_000);
    expect(sitemapChunks(pages(50_000))).toHaveLength(1);
    expect(sitemapChunks([])).toEqual([[]]);
  });

  it('splits beyond the limit into files of at most the limit', () => {
    const chunks = sitemapChunks(pages(120_001));
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks.flat()).toEqual(pages(120_001));
  });

  it('writes the index and the files with absolute URLs', () => {
    expect(sitemapIndex(2, 'https://example.gov.cn')).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <sitemap><loc>https://example.gov.cn/sitemap-1.xml</loc></sitemap>\n' +
        '  <sitemap><loc>https://example.gov.cn/sitemap-2.xml</loc></sitemap>\n' +
        '</sitemapindex>\n',
    );
    expect(urlset(['', 'reports/a&b/'], 'https://example.gov.cn')).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://example.gov.cn/</loc></url>\n' +
        '  <url><loc>https://example.gov.cn/reports/a&#38;b/</loc></url>\n' +
        '</urlset>\n',
    );
    expect(childSitemap(3)).toBe('sitemap-3.xml');
  });
});
