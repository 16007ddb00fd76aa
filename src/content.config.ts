import { defineCollection } from 'astro:content';
import { reportSchema } from './lib/report-schema.ts';
import { reportLoader } from './lib/report-loader.ts';
import { siteConfig } from './lib/site-config.ts';

/**
 * Reports are `<content>/<id>.md`; the id is the file name, unchanged, so URLs
 * match file names. Files starting with `_` are ingest's bookkeeping (manifest,
 * review), not reports. See report-loader.ts for why not `glob()`.
 */
const reports = defineCollection({
  loader: reportLoader({ base: siteConfig().content }),
  schema: reportSchema,
});

export const collections = { reports };
