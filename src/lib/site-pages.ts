/** Every HTML page of the site, as paths relative to the base: for the sitemap. */
import { allReports, allUnits } from './reports.ts';
import { sitemapChunks } from './sitemap.ts';
import { paths } from './url.ts';

export async function sitePaths(): Promise<string[]> {
  const reports = await allReports();
  const years = new Set(reports.map((r) => r.data.year));
  return [
    '',
    'units/',
    'years/',
    'search/',
    ...(await allUnits()).map((u) => paths.unit(u.slug)),
    ...[...years].map((y) => paths.year(y)),
    ...reports.map((r) => paths.report(r.id)),
  ];
}

let chunks: Promise<string[][]> | undefined;

/** The pages in sitemap files (src/lib/sitemap.ts), computed once per build. */
export function siteSitemapChunks(): Promise<string[][]> {
  chunks ??= sitePaths().then((paths) => sitemapChunks(paths));
  return chunks;
}
