/**
 * Renders a report's Markdown body to HTML with the site's unified pipeline
 * (`options.ts`), for the report loader.
 *
 * Why not Astro's own renderer (`createMarkdownProcessor`)? It adds steps a
 * report never needs and that cost a third of the time at 100,000 reports:
 * `rehype-raw` re-parses the whole tree through parse5 to handle raw HTML,
 * but report text is never HTML (`remark-raw-html-as-text` and
 * `remarkRehype.allowDangerousHtml: false` leave no raw node); Shiki and the
 * image collectors look for code and images that reports do not have. The
 * steps kept are Astro's, in Astro's order, so the HTML and the heading list
 * are the same bytes (tests/site/markdown-plugins.test.ts checks this on every
 * fixture).
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { markdownOptions } from './options.ts';

export interface RenderedReport {
  html: string;
  headings: MarkdownHeading[];
}

const processor = unified()
  .use(remarkParse)
  .use(markdownOptions.remarkPlugins as PluggableList)
  .use(remarkRehype, { passThrough: [], ...markdownOptions.remarkRehype })
  .use(markdownOptions.rehypePlugins as PluggableList)
  .use(rehypeHeadingIds)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

export async function renderReportMarkdown(markdown: string): Promise<RenderedReport> {
  const file = await processor.process({ value: markdown, data: { astro: { frontmatter: {} } } });
  return { html: String(file.value), headings: file.data.astro?.headings ?? [] };
}
