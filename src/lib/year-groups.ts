/**
 * Reports by year for the year pages: those that state the year, and those
 * whose hidden year was estimated to be it (`yearEstimate` pinning one year),
 * kept apart. A year that only estimates reach still gets its page.
 */
import type { ReportItem } from './reports.ts';
import { shownEstimate } from './year-estimate-label.ts';

export interface YearGroup {
  /** The year, or null for reports that state none. */
  year: number | null;
  /** Reports that state this year (for null: every report without a stated year). */
  stated: ReportItem[];
  /** Reports without a stated year whose estimate is this year; always empty for null. */
  estimated: ReportItem[];
}

/** Every year with reports, newest first, the unstated bucket last; reports keep collection order. */
export function yearGroups(reports: ReportItem[]): YearGroup[] {
  const groups = new Map<number | null, YearGroup>();
  const group = (year: number | null) => {
    let g = groups.get(year);
    if (!g) groups.set(year, (g = { year, stated: [], estimated: [] }));
    return g;
  };
  for (const r of reports) {
    group(r.data.year).stated.push(r);
    const estimate = shownEstimate(r.data);
    if (estimate?.year != null) group(estimate.year).estimated.push(r);
  }
  return [...groups.values()].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
}
