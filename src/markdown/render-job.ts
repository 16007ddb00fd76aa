/**
 * One report's share of the content sync: split off the frontmatter, render
 * the body to HTML, write the HTML to its cache file, make the plain text,
 * and find which of the trends page's terms the report contains. Runs on
 * a worker thread of the render pool (render-pool.ts) or inline; both give
 * the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { htmlToText } from '../lib/plain-text.ts';
import { searchText } from '../lib/search-text.ts';
import { termHits } from '../lib/trend-counts.ts';
import { trendTerms } from '../lib/trend-terms.ts';
import { renderReportMarkdown, type RenderedReport } from './render-report.ts';

let terms: string[] | undefined;

export interface RenderJob {
  /** The report file's contents: frontmatter and Markdown body. */
  contents: string;
  /** Where the rendered HTML goes. */
  htmlFile: string;
}

export interface RenderResult {
  frontmatter: Record<string, unknown>;
  headings: RenderedReport['headings'];
  /** The body as plain text (plain-text.ts). */
  text: string;
  /**
   * Numbers of the trends page's terms (src/data/trend-terms.json) that the
   * report contains as search sees it (trend-counts.ts); null when the
   * search index cannot read the report either (it skips it, and so do the counts).
   */
  trendHits: number[] | null;
}

export async function renderJob({ contents, htmlFile }: RenderJob): Promise<RenderResult> {
  const { frontmatter, content } = parseFrontmatter(contents);
  const { html, headings } = await renderReportMarkdown(content);
  writeFileSync(htmlFile, html);
  terms ??= trendTerms().map((t) => t.normalised);
  let trendHits: number[] | null = null;
  try {
    trendHits = termHits(searchText(contents).text, terms);
  } catch {
    // The index's frontmatter reader rejects it: the index skips the report, so the counts do too.
  }
  return { frontmatter, headings, text: htmlToText(html), trendHits };
}
