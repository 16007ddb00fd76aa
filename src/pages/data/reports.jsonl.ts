/** data/reports.jsonl: one JSON object per line, the metadata plus the full plain text. */
import type { APIRoute } from 'astro';
import { exportRow } from '../../lib/export-rows.ts';
import { allReports } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';

export const GET: APIRoute = async () => {
  const lines = (await allReports()).map((r) => JSON.stringify({ ...exportRow(r, siteConfig().site), text: r.text }));
  return new Response(lines.map((l) => `${l}\n`).join(''), {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  });
};
