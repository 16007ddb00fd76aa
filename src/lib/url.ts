/**
 * Every internal link and asset goes through `url()`, so the site works when
 * served under a sub-path (`HUIBAO_BASE=/archive/`).
 */
const base = import.meta.env.BASE_URL.replace(/\/*$/, '/');

/** `url('units/')` → `/archive/units/`; paths are written without a leading slash. */
export function url(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

/** Absolute URL when the public origin is known (feed, sitemap, citations), else the site path. */
export function absoluteUrl(path: string, site: string | undefined): string {
  return site ? new URL(url(path), site).href : url(path);
}

export const paths = {
  report: (id: string) => `reports/${encodeURIComponent(id)}/`,
  reportText: (id: string) => `reports/${encodeURIComponent(id)}.txt`,
  unit: (slug: string) => `units/${slug}/`,
  year: (year: number | null) => `years/${year ?? 'unknown'}/`,
};
