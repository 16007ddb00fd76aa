/**
 * Atom feed of the newest reports. Reports carry no publication date, so
 * every entry's `updated` is the build time; readers key entries on `id`.
 */
import type { APIRoute } from 'astro';
import { unitLabel } from '../lib/labels.ts';
import { allReports, compareNewest, reportText } from '../lib/reports.ts';
import { siteConfig } from '../lib/site-config.ts';
import { absoluteUrl, paths } from '../lib/url.ts';
import { buildDate, xmlEscape as x } from '../lib/xml.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async () => {
  const config = siteConfig();
  const link = (path: string) => absoluteUrl(path, config.site);
  // Atom ids must be absolute IRIs; without a public origin, use a URN.
  const id = (path: string) => (config.site ? link(path) : `urn:huibao:${path || 'site'}`);
  const updated = buildDate().toISOString();
  const reports = [...(await allReports())].sort(compareNewest).slice(0, FEED_SIZE);
  const entries = reports.map((r) => {
    const summary = reportText(r).slice(r.data.title.length).trim().slice(0, 200);
    return `  <entry>
    <id>${x(id(paths.report(r.id)))}</id>
    <title>${x(r.data.title)}</title>
    <link href="${x(link(paths.report(r.id)))}"/>
    <updated>${updated}</updated>
    <author><name>${x(unitLabel(r.data.unit))}</name></author>
    <summary>${x(summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${x(id(''))}</id>
  <title>${x(config.title)}</title>
  <subtitle>${x(config.description)}</subtitle>
  <link rel="self" href="${x(link('feed.xml'))}"/>
  <link href="${x(link(''))}"/>
  <updated>${updated}</updated>
  <author><name>${x(config.publisher ?? config.title)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
