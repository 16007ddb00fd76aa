/**
 * A shard's page table: the order pages are numbered in (unit, level, year
 * newest first with unstated last, period, kind, estimated year, id) and
 * every page's facet values, written as `pages.bin` (format in
 * src/search/index-format.ts, `decodePageTable`). In that order a unit's
 * pages are one run, and within it a year's, so the table costs a few bytes
 * per (unit, year) and per (period, kind) in it, and grows with the number
 * of units and years far more than with the number of reports. Estimated
 * years cost only where the year is unstated, the one cell per unit that
 * can hold them.
 */
import { deflateRawSync } from 'node:zlib';
import { type FacetKey, INDEX_VERSION, PAGE_TABLE, PAGE_TABLE_STREAMS, type PageTableHead, UNSTATED } from '../../src/search/index-format.ts';
import { ByteWriter } from '../../src/search/varint.ts';

export { UNSTATED };

export interface PageFacets {
  id: string;
  year: number | null;
  unit: string | null;
  level: string | null;
  period: string | null;
  kind: string | null;
  /**
   * The estimated year as a filter value (`estimateFacet`): `2013`,
   * `2013—2015` or `≥2015`. Counts only when `year` is null; absent or null
   * for none.
   */
  estimate?: string | null;
}

/** The parts of a frontmatter `yearEstimate` (src/lib/report-schema.ts) that make its filter value. */
export interface EstimateBounds {
  year: number | null;
  from: number;
  to: number | null;
}

/**
 * The `estimate` filter value of a report: null when it states its year or
 * has no estimate; else `2013` for an estimate that pins one year,
 * `2013—2015` (em dash) for a range, `≥2015` when nothing bounds it from
 * above.
 */
export function estimateFacet(year: number | null, estimate: EstimateBounds | null | undefined): string | null {
  if (year !== null || !estimate) return null;
  if (estimate.year !== null) return String(estimate.year);
  if (estimate.to === null) return `≥${estimate.from}`;
  return estimate.from === estimate.to ? String(estimate.from) : `${estimate.from}—${estimate.to}`;
}

export function facetValues(doc: PageFacets): Record<FacetKey, string> {
  return {
    unit: doc.unit ?? UNSTATED,
    level: doc.level ?? UNSTATED,
    year: doc.year === null ? UNSTATED : String(doc.year),
    period: doc.period ?? UNSTATED,
    kind: doc.kind ?? UNSTATED,
    // An estimate beside a stated year is never shown, so it is not a filter value either.
    estimate: doc.year === null ? (doc.estimate ?? UNSTATED) : UNSTATED,
  };
}

/** Order of UTF-16 code units, the order of every list in the page table. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function comparePages(a: PageFacets, b: PageFacets): number {
  const fa = facetValues(a);
  const fb = facetValues(b);
  return (
    compareText(fa.unit, fb.unit) ||
    compareText(fa.level, fb.level) ||
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    compareText(fa.period, fb.period) ||
    compareText(fa.kind, fb.kind) ||
    compareText(fa.estimate, fb.estimate) ||
    compareText(a.id, b.id)
  );
}

const sortedValues = (values: string[]): string[] => [...new Set(values)].sort(compareText);

/** A page as indices into the page table's lists; year 0 is unstated, k the year oldest + k − 1. */
interface Row {
  unit: number;
  level: number;
  year: number;
  pair: number;
  estimate: number;
}

/** The page table of pages already in page order (`comparePages`): the part of `pages.bin` that is deflated. */
export function encodePageTable(pages: PageFacets[]): Uint8Array {
  for (let i = 1; i < pages.length; i++) {
    if (comparePages(pages[i - 1] as PageFacets, pages[i] as PageFacets) > 0) {
      throw new Error(`page table: pages are not in page order at ${JSON.stringify((pages[i] as PageFacets).id)} (sort them with comparePages)`);
    }
  }
  const facets = pages.map(facetValues);
  const unit = sortedValues(facets.map((f) => f.unit));
  const level = sortedValues(facets.map((f) => f.level));
  const period = sortedValues(facets.map((f) => f.period));
  const kind = sortedValues(facets.map((f) => f.kind));
  const estimate = sortedValues(facets.map((f) => f.estimate));
  const at = (list: string[]): Map<string, number> => new Map(list.map((v, i) => [v, i]));
  const [unitAt, levelAt, periodAt, kindAt, estimateAt] = [at(unit), at(level), at(period), at(kind), at(estimate)];
  const pairKey = (f: Record<FacetKey, string>): number => (periodAt.get(f.period) as number) * kind.length + (kindAt.get(f.kind) as number);
  const pairKeys = [...new Set(facets.map(pairKey))].sort((a, b) => a - b);
  const pairAt = new Map(pairKeys.map((k, i) => [k, i]));
  const pairs = pairKeys.map((k): [number, number] => [Math.floor(k / kind.length), k % kind.length]);
  let newest = -Infinity;
  let oldest = Infinity;
  for (const { year } of pages) {
    if (year === null) continue;
    newest = Math.max(newest, year);
    oldest = Math.min(oldest, year);
  }
  const years: [number, number] | null = newest >= oldest ? [newest, oldest] : null;

  // In page order the rows are sorted, so the tree's nodes come out in page order.
  const rows: Row[] = pages.map((p, i) => {
    const f = facets[i] as Record<FacetKey, string>;
    return {
      unit: unitAt.get(f.unit) as number,
      level: levelAt.get(f.level) as number,
      year: p.year === null || !years ? 0 : p.year - years[1] + 1,
      pair: pairAt.get(pairKey(f)) as number,
      estimate: estimateAt.get(f.estimate) as number,
    };
  });
  const row = (i: number): Row => rows[i] as Row;
  /** End of the run of rows from `start` (before `end`) that agree with it on `key`. */
  const runEnd = (start: number, end: number, key: keyof Row): number => {
    let i = start + 1;
    while (i < end && row(i)[key] === row(start)[key]) i++;
    return i;
  };
  /** Starts of the runs of `key` in [start, end). */
  const runs = (start: number, end: number, key: keyof Row): number[] => {
    const starts: number[] = [];
    for (let i = start; i < end; i = runEnd(i, end, key)) starts.push(i);
    return starts;
  };

  const streams = Array.from({ length: PAGE_TABLE_STREAMS }, () => new ByteWriter());
  const [units, levels, yearGaps, cells, estimates, counts] = streams as [ByteWriter, ByteWriter, ByteWriter, ByteWriter, ByteWriter, ByteWriter];
  const maskBytes = Math.ceil(pairs.length / 8);
  const unitStarts = runs(0, rows.length, 'unit');
  unitStarts.forEach((unitStart, u) => {
    const unitEnd = unitStarts[u + 1] ?? rows.length;
    const levelStarts = runs(unitStart, unitEnd, 'level');
    units.varint(levelStarts.length);
    levelStarts.forEach((levelStart, l) => {
      const levelEnd = levelStarts[l + 1] ?? unitEnd;
      units.varint(row(levelStart).level);
      const yearStarts = runs(levelStart, levelEnd, 'year');
      levels.varint(yearStarts.length);
      let previous = (years ? years[0] - years[1] + 1 : 0) + 1;
      yearStarts.forEach((yearStart, y) => {
        const yearEnd = yearStarts[y + 1] ?? levelEnd;
        yearGaps.varint(previous - row(yearStart).year - 1);
        previous = row(yearStart).year;
        const mask = new Uint8Array(maskBytes);
        const pairStarts = runs(yearStart, yearEnd, 'pair');
        pairStarts.forEach((pairStart, k) => {
          const pair = row(pairStart).pair;
          const pairEnd = pairStarts[k + 1] ?? yearEnd;
          mask[pair >> 3] = (mask[pair >> 3] as number) | (1 << (pair & 7));
          // A stated year's pages have no estimate (facetValues): only the unstated year's say which they have.
          if (row(pairStart).year !== 0) {
            counts.varint(pairEnd - pairStart - 1);
            return;
          }
          const estimateStarts = runs(pairStart, pairEnd, 'estimate');
          estimates.varint(estimateStarts.length - 1);
          let previous = -1;
          estimateStarts.forEach((estimateStart, e) => {
            estimates.varint(row(estimateStart).estimate - previous - 1);
            previous = row(estimateStart).estimate;
            counts.varint((estimateStarts[e + 1] ?? pairEnd) - estimateStart - 1);
          });
        });
        cells.raw(mask);
      });
    });
  });

  const head: PageTableHead = { unit, level, period, kind, estimate, pairs, years };
  const headBytes = new TextEncoder().encode(JSON.stringify(head));
  const out = new ByteWriter();
  out.varint(pages.length);
  out.varint(headBytes.length);
  out.raw(headBytes);
  for (const s of streams) out.varint(s.length);
  for (const s of streams) out.raw(s.result());
  return out.result();
}

/** The page table's files (one: `pages.bin`) for pages already in page order, and the shard's bucket count. */
export function pageTableFiles(pages: PageFacets[], buckets: number): { path: string; content: Uint8Array }[] {
  const file = new ByteWriter();
  file.varint(INDEX_VERSION);
  file.varint(buckets);
  file.raw(deflateRawSync(encodePageTable(pages), { level: 9 }));
  return [{ path: PAGE_TABLE, content: file.result() }];
}
