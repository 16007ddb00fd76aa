/** Every HTML page of the site, as paths relative to the base: for the sitemap. */
import { allReports, allUnits } from './reports.ts';
import { sitemapChunks } from './sitemap.ts';
import { paths } from './url.ts';
import { yearGroups } from './year-groups.ts';

export async function sitePaths(): Promise<string[]> {
  const reports = await allReports();
  // Years that only estimates reach have pages too.
  const years = yearGroups(reports).map((g) => g.year);
  return [
    '',
    'units/',
    'years/',
    'search/',
    'trends/',
    ...(await allUnits()).map((u) => paths.unit(u.slug)),
    ...years.map((y) => paths.year(y)),
    ...reports.map((r) => paths.report(r.id)),
  ];
}

let chunks: Promise<string[][]> | undefined;

/** The pages in sitemap files (src/lib/sitemap.ts), computed once per build. */
export function siteSitemapChunks(): Promise<string[][]> {
  chunks ??= sitePaths().then((paths) => sitemapChunks(paths));
  return chunks;
}
