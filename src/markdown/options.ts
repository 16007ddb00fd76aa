/**
 * Options of the unified (remark/rehype) Markdown pipeline, shared by
 * `astro.config.mjs` and the plugin fixture tests so both run the same thing.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSectionIds from './rehype-section-ids.ts';
import rehypeSectionKinds from './rehype-section-kinds.ts';
import remarkRawHtmlAsText from './remark-raw-html-as-text.ts';

export const markdownOptions = {
  // Chinese text: no smart quotes, and `~` in `1~6月` is not strikethrough.
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkRawHtmlAsText],
  // Section kinds read the ids, so they come second.
  rehypePlugins: [rehypeSectionIds, rehypeSectionKinds],
  // Belt and braces: even if an html node slipped through, drop it rather than emit it.
  remarkRehype: { allowDangerousHtml: false },
} satisfies UnifiedProcessorOptions;
