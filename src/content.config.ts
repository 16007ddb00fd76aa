import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/report-schema.ts';
import { siteConfig } from './lib/site-config.ts';

/** Reports are `<content>/<id>.md`; the id is the file name, unchanged, so URLs match file names. */
const reports = defineCollection({
  loader: glob({
    // Files starting with `_` are ingest's bookkeeping (manifest, review), not reports.
    pattern: '**/[^_]*.md',
    base: siteConfig().content,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: reportSchema,
});

export const collections = { reports };
