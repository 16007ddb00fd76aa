/** `search/highlight.js`: the search-term highlighter of report pages (see src/search/ui/highlight-bundle.ts). */
import type { APIRoute } from 'astro';
import { highlighterBundle } from '../../search/ui/highlight-bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await highlighterBundle()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
