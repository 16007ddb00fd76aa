/**
 * data/reports.jsonl in `astro dev`: one JSON object per line, the metadata
 * plus the full plain text. A build writes the file itself, a line at a
 * time (src/integrations/report-jsonl.ts): at 100,000 reports it is close
 * to a gigabyte, which Astro would hold in memory twice. Here it answers
 * with no body, so Astro writes nothing.
 */
import type { APIRoute } from 'astro';
import { exportRow } from '../../lib/export-rows.ts';
import { allReports, reportText } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { streamedResponse } from '../../lib/streamed-response.ts';

export const GET: APIRoute = async () => {
  if (!import.meta.env.DEV) return new Response(null);
  const reports = await allReports();
  const { site } = siteConfig();
  function* jsonl() {
    for (const r of reports) yield `${JSON.stringify({ ...exportRow(r, site), text: reportText(r) })}\n`;
  }
  return streamedResponse(jsonl(), 'application/x-ndjson; charset=utf-8');
};
