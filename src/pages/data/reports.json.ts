/** data/reports.json: metadata of every report, as one JSON array. */
import type { APIRoute } from 'astro';
import { exportRow, jsonArrayLines } from '../../lib/export-rows.ts';
import { allReports } from '../../lib/reports.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { streamedResponse } from '../../lib/streamed-response.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const { site } = siteConfig();
  function* json() {
    yield* jsonArrayLines(reports.map((r) => exportRow(r, site)));
    yield '\n';
  }
  return streamedResponse(json(), 'application/json; charset=utf-8');
};
