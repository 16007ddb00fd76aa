/**
 * Words for a year estimate (`yearEstimate` in the frontmatter): the label a
 * page shows (约2013年, 约2013—2014年, 不早于2015年), the clue line
 * (“心系雅安”（芦山地震，2013年4月20日）) and the plain forms of the data
 * exports and the review table.
 */
import type { Report, YearEstimate, YearEstimateClue } from './report-schema.ts';

/** The estimate a page shows: none beside a stated year. */
export function shownEstimate(report: Report): YearEstimate | null {
  return report.year === null ? (report.yearEstimate ?? null) : null;
}

/** 约2013年, 约2013—2014年, or 不早于2015年 when no clue bounds it from above. */
export function estimateLabel(e: YearEstimate): string {
  if (e.to === null) return `不早于${e.from}年`;
  return e.from === e.to ? `约${e.from}年` : `约${e.from}—${e.to}年`;
}

/** `2013-04-20` → 2013年4月20日, `2011/2015` → 2011—2015年. */
export function eventDateLabel(date: string): string {
  const one = (d: string) => {
    const [y, m, day] = d.split('-');
    return `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  };
  const [from = '', to] = date.split('/');
  if (to === undefined) return one(from);
  // Two bare years share one 年: 2011—2015年; otherwise each date is whole.
  return from.length === 4 && to.length === 4 ? `${from}—${to}年` : `${one(from)}—${one(to)}`;
}

/** “心系雅安”（芦山地震，2013年4月20日）; quotation marks inside the phrase become single ones: “抗击‘威马逊’”. */
export function clueLabel(c: YearEstimateClue): string {
  const text = c.text.replace(/“/g, '‘').replace(/”/g, '’');
  return `“${text}”（${c.event}，${eventDateLabel(c.date)}）`;
}

/** The estimate as data: `2013`, `2013/2014`, or `2015/..` when open (ISO 8601 intervals). */
export function estimateValue(e: YearEstimate): string {
  if (e.to === null) return `${e.from}/..`;
  return e.from === e.to ? String(e.from) : `${e.from}/${e.to}`;
}

/** The evidence as one line of data: `心系雅安（芦山地震 2013-04-20）; …`. */
export function estimateEvidenceValue(e: YearEstimate): string {
  return e.evidence.map((c) => `${c.text}（${c.event} ${c.date}）`).join('; ');
}
