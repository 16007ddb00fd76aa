/**
 * Build-time counts for the trends page: for each listed term, how many
 * reports of the collection contain it, by year, level and unit, exactly as
 * search counts them (the same files as the indexer, the same text and
 * normalisation: search-text.ts); each term is a substring test on the
 * report's normalised text.
 *
 * Cost: 0.4–0.8 ms of CPU a report (measured on 3,000 reports of the
 * benchmark's realistic corpus with the 152 terms of
 * src/data/trend-terms.json; about half normalising, the rest the
 * substring tests), so 8–16 s at 20,000 reports. That is why the site
 * build does it in the report loader's render threads, once per changed
 * report (`termHits`, kept in the content store), and the trends page only
 * adds the hits up (`tallyTrends`). `countTrends` reads a folder the same
 * way in one pass: the reference the tests hold the page to.
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
function estimateOf(fm: Pick<Report, 'year' | 'yearEstimate'>): number | null {
  return fm.year === null ? (fm.yearEstimate?.year ?? null) : null;
}

const emptyCounts = (): TrendCounts => ({ total: 0, year: {}, level: {}, unit: {} });
const add = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** What a report adds to the counts: its facets and the numbers of the listed terms it contains. */
export interface TrendRow {
  fm: Pick<Report, 'year' | 'unit' | 'level' | 'yearEstimate'>;
  hits: readonly number[];
}

/** The numbers of the (normalised) terms that a report's search text contains (searchText().text). */
export function termHits(text: string, terms: readonly string[]): number[] {
  const hits: number[] = [];
  for (let t = 0; t < terms.length; t++) if (text.includes(terms[t] as string)) hits.push(t);
  return hits;
}

/** Adds up rows of reports into counts per term and for the whole archive. */
export function tallyTrends(rows: Iterable<TrendRow>, termCount: number): Pick<TrendCountResult, 'terms' | 'archive'> {
  const counts = Array.from({ length: termCount }, emptyCounts);
  const archive = emptyCounts();
  for (const { fm, hits } of rows) {
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
    for (const t of hits) tally(counts[t] as TrendCounts);
  }
  // Once any report has an estimated year, every chart shows that series, empty or not.
  if (archive.estimated) for (const c of counts) c.estimated ??= {};
  return { terms: counts, archive: { total: archive.total, year: archive.year, estimated: archive.estimated, level: archive.level } };
}

/** Reports handled between two yields to the event loop. */
const BATCH = 128;

/**
 * Counts each (normalised) term in the reports of a collection folder,
 * reading every file. The site build takes the same hits from its content
 * store instead (report-loader.ts keeps each report's `trendHits`), so a
 * rebuild counts only the reports that changed; this is the reference the
 * tests hold both to.
 */
export async function countTrends(collectionDir: string, terms: readonly string[]): Promise<TrendCountResult> {
  let parsed = 0;
  const problems: string[] = [];
  const rows: TrendRow[] = [];
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
    if (report.parsed) parsed++;
    rows.push({ fm: report.fm, hits: termHits(report.text, terms) });
  }
  return { ...tallyTrends(rows, terms.length), parsed, problems };
}
