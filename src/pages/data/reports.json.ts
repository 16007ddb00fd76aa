/** data/reports.json: metadata of every report, as one JSON array. */
import type { APIRoute } from 'astro';
import { exportRow } from '../../lib/export-rows.ts';
import { allReports } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';

export const GET: APIRoute = async () => {
  const rows = (await allReports()).map((r) => exportRow(r, siteConfig().site));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
