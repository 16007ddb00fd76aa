/**
 * One report's share of the content sync: split off the frontmatter, render
 * the body to HTML, write the HTML to its cache file, make the plain text. Runs on
 * a worker thread of the render pool (render-pool.ts) or inline; both give
 * the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { htmlToText } from '../lib/plain-text.ts';
import { renderReportMarkdown, type RenderedReport } from './render-report.ts';

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
}

export async function renderJob({ contents, htmlFile }: RenderJob): Promise<RenderResult> {
  const { frontmatter, content } = parseFrontmatter(contents);
  const { html, headings } = await renderReportMarkdown(content);
  writeFileSync(htmlFile, html);
  return { frontmatter, headings, text: htmlToText(html) };
}
