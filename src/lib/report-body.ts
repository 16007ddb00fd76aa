/**
 * What the content store keeps of a report's body (as `entry.rendered.metadata`),
 * and the rendered HTML, which lives in a file of its own (see report-loader.ts).
 */
import { readFileSync } from 'node:fs';

export interface ReportBodyInfo {
  headings: { depth: number; slug: string; text: string }[];
  /** Characters of the plain text other than white space (字数). */
  chars: number;
  /** Absolute path of the rendered HTML, in the cache folder. */
  htmlFile: string;
  /** Numbers of the trends page's terms the report contains (render-job.ts); null: left out of the counts. */
  trendHits: number[] | null;
}

/** The rendered HTML of a report's body. */
export function readReportHtml(info: ReportBodyInfo): string {
  return readFileSync(info.htmlFile, 'utf8');
}
