/**
 * `reports/<id>.txt`: the report as plain text. Starts with a UTF-8 BOM
 * because static hosts often serve `.txt` without a charset, and browsers
 * and Notepad then guess a legacy Chinese encoding.
 */
import type { APIRoute } from 'astro';
import { cacheKey } from '../../lib/cache-key.ts';
import { allReports, reportText, type ReportItem } from '../../lib/reports.ts';

export async function getStaticPaths() {
  return (await allReports()).map((report) => ({
    params: { id: report.id },
    props: { report },
    cacheKey: cacheKey(report.digest),
  }));
}

export const GET: APIRoute<{ report: ReportItem }> = ({ props }) =>
  new Response(`\uFEFF${reportText(props.report)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
