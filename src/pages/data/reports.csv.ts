/** data/reports.csv: metadata of every report; UTF-8 with a BOM so Excel reads the Chinese. */
import type { APIRoute } from 'astro';
import { exportRow, toCsv } from '../../lib/export-rows.ts';
import { allReports } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';

export const GET: APIRoute = async () => {
  const rows = (await allReports()).map((r) => exportRow(r, siteConfig().site));
  return new Response(`\uFEFF${toCsv(rows)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
