/**
 * `reports/<id>.txt` in `astro dev`. A build writes these files itself
 * (src/integrations/report-text-files.ts), because as pages they cost as
 * much as the report pages; the bytes are the same.
 */
import type { APIRoute } from 'astro';
import { textFileContents } from '../../lib/plain-text.ts';
import { allReports, reportBodyText, type ReportItem } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV || !siteConfig().reportTextFiles) return [];
  return (await allReports()).map((report) => ({ params: { id: report.id }, props: { report } }));
}

export const GET: APIRoute<{ report: ReportItem }> = ({ props }) =>
  new Response(textFileContents(props.report.data.title, reportBodyText(props.report)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
