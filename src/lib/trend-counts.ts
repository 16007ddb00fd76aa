/**
 * Build-time counts for the trends page: for each listed term, how many
 * reports of the collection contain it, by year, level and unit, exactly as
 * search counts them (the same files as the indexer, the same text and
 * normalisation: search-text.ts). One pass over the reports per build; each
 * term is a substring test on the report's normalised text.
 *
 * Cost, measured on 3,000 reports ingested from the benchmark's realistic
 * corpus (median 3,300 characters) with the 152 terms of
 * src/data/trend-terms.json: 0.4 ms of CPU a report in a warm process,
 * 0.8 ms in a cold one (about half normalising, the rest reading files and
 * the substring tests), so 8–16 s at 20,000 reports. Every one of those
 * bodies was read without the Markdown parser; one that needs it adds about
 * 1.3 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportIds } from '../../scripts/search/read-collection.ts';
import { UNSTATED } from '../search/ui/facet-options.ts';
import type { Report } from './report-schema.ts';
import type { ArchiveFacts, TrendCounts } from './trend-rows.ts';
import { searchText } from './search-text.ts';

export interface TrendCountResult {
  /** One entry per term, in the order given. */
  terms: TrendCounts[];
  /** The whole collection, counted the same way. */
  archive: ArchiveFacts & { total: number };
  /** Reports whose body had to be parsed as Markdown. */
  parsed: number;
  /** Files that could not be read, with the reason (the indexer skips them too). */
  problems: string[];
}

/**
 * The year a report is charted under when it states none: its estimate
 * (`yearEstimate`, from dated events in the text) when that pins one year.
 * Estimates that leave a range stay under 未注明.
 */
function estimateOf(fm: Report): number | null {
  return fm.year === null ? (fm.yearEstimate?.year ?? null) : null;
}

const emptyCounts = (): TrendCounts => ({ total: 0, year: {}, level: {}, unit: {} });
const add = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Reports handled between two yields to the event loop, so the other pages of the build keep rendering. */
const BATCH = 128;

/** Counts each (normalised) term in the reports of a collection folder. */
export async function countTrends(collectionDir: string, terms: readonly string[]): Promise<TrendCountResult> {
  const counts = terms.map(emptyCounts);
  const archive = emptyCounts();
  let parsed = 0;
  const problems: string[] = [];
  const ids = await reportIds(collectionDir);
  for (let i = 0; i < ids.length; i++) {
    if (i % BATCH === BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
    const file = join(collectionDir, `${ids[i]}.md`);
    let report;
    try {
      report = searchText(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const { fm, text } = report;
    if (report.parsed) parsed++;
    const year = fm.year === null ? UNSTATED : String(fm.year);
    const estimate = estimateOf(fm);
    const tally = (c: TrendCounts): void => {
      c.total++;
      add(c.year, year);
      if (estimate !== null) add((c.estimated ??= {}), String(estimate));
      add(c.level, fm.level ?? UNSTATED);
      add(c.unit, fm.unit ?? UNSTATED);
    };
    tally(archive);
    for (let t = 0; t < terms.length; t++) if (text.includes(terms[t] as string)) tally(counts[t] as TrendCounts);
  }
  // Once any report has an estimated year, every chart shows that series, empty or not.
  if (archive.estimated) for (const c of counts) c.estimated ??= {};
  return { terms: counts, archive: { total: archive.total, year: archive.year, estimated: archive.estimated, level: archive.level }, parsed, problems };
}
