/**
 * Files the report loader keeps in the cache folder, by content digest:
 * `huibao-html/<digest>.html` (the rendered body), `<digest>.txt` (the
 * `reports/<id>.txt` download, BOM and title included) and `reports.json`,
 * the id and digest of every report of the last sync, which tells the
 * integrations what to put in dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const reportFilesDir = (cacheDir: URL) => path.join(fileURLToPath(cacheDir), 'huibao-html');
export const htmlFileName = (digest: string) => `${digest}.html`;
export const textFileName = (digest: string) => `${digest}.txt`;
export const MANIFEST = 'reports.json';

/** `[id, digest]` of every report, in collection file order. */
export type ReportManifest = [id: string, digest: string][];

/** The ids and digests of the last sync, and where their files are. */
export function readManifest(cacheDir: URL): { dir: string; reports: ReportManifest } {
  const dir = reportFilesDir(cacheDir);
  return { dir, reports: JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as ReportManifest };
}
