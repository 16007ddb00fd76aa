/**
 * data/reports.jsonl: one JSON object per line, the metadata plus the full
 * plain text. Streamed a line at a time: at 100,000 reports the file is
 * close to a gigabyte, more than one JavaScript string may hold.
 */
import type { APIRoute } from 'astro';
import { exportRow } from '../../lib/export-rows.ts';
import { allReports, reportText } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const { site } = siteConfig();
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const r = reports[i++];
      if (!r) return controller.close();
      controller.enqueue(encoder.encode(`${JSON.stringify({ ...exportRow(r, site), text: reportText(r) })}\n`));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
