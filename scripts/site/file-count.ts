/**
 * The size of a built site in files, and the warning `npm run build` prints
 * when it is more than some static hosts take in one deploy (Cloudflare
 * Pages, for one, stops at 20,000 files).
 */
import { readdirSync } from 'node:fs';

export const HOST_FILE_LIMIT = 20_000;

/** Files under `dir`, recursively. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** The closing line, and a warning above the limit naming what would help. */
export function fileCountReport(dir: string, files: number, reports: number, textFiles: boolean): { line: string; warning?: string } {
  const n = (x: number) => x.toLocaleString('en-US');
  const line = `huibao: ${dir}/ holds ${n(files)} files`;
  if (files <= HOST_FILE_LIMIT) return { line };
  const without = files - (textFiles ? reports : 0);
  // Besides one page per report: unit and year pages and the search index, taken as growing with the reports (an estimate on the safe side).
  const others = Math.max(0, without - reports);
  const room = Math.floor(HOST_FILE_LIMIT / (1 + others / Math.max(reports, 1)));
  const remedy =
    textFiles && without <= HOST_FILE_LIMIT
      ? `set "reportTextFiles": false in content/site.json (or HUIBAO_REPORT_TEXT_FILES=false) to leave out the ${n(reports)} reports/<id>.txt files (${n(without)} files remain); the texts stay in data/reports.jsonl`
      : `every report has its own page, so such a host holds about ${n(room)} reports${textFiles ? ' with "reportTextFiles": false' : ''}; deploy this archive (${n(without)} files without the .txt files) to a host or object store without a per-deploy file cap (see README, Deployment)`;
  return {
    line,
    warning: `huibao: warning: more than ${n(HOST_FILE_LIMIT)} files, which some static hosts do not take in one deploy: ${remedy}`,
  };
}
