/** data/reports.csv: metadata of every report; UTF-8 with a BOM so Excel reads the Chinese. */
import type { APIRoute } from 'astro';
import { csvLines, exportRow } from '../../lib/export-rows.ts';
import { allReports } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { streamedResponse } from '../../lib/streamed-response.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const { site } = siteConfig();
  function* csv() {
    yield '\uFEFF';
    yield* csvLines(reports.map((r) => exportRow(r, site)));
  }
  return streamedResponse(csv(), 'text/csv; charset=utf-8');
};
