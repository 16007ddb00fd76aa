/**
 * What the trends page charts of a term: how many reports contain it, by
 * year, level and unit. The counts have the shape of the search engine's
 * `filterCounts` (src/search/engine.ts), so the page draws a visitor's
 * query from the engine and the archive's top terms from the build-time
 * count (trend-counts.ts) with the same code. Runs in the browser too: no
 * Node or zod imports.
 */
import type { ChartRow, ChartSeries } from './bar-chart.ts';
import { LEVEL_ORDER, UNSTATED, valueLabel } from '../search/ui/facet-options.ts';

export interface TrendCounts {
  /** Reports that contain the term. */
  total: number;
  /** By stated year, as `filterCounts.year`: `'2019'`…, and `'未注明'` for reports that state none. */
  year: Record<string, number>;
  /**
   * Optional second series: reports that state no year, by estimated year.
   * They are among `year['未注明']`; the chart shows them under their
   * estimated year and leaves only the rest as 未注明.
   */
  estimated?: Record<string, number>;
  level: Record<string, number>;
  unit: Record<string, number>;
}

/** What the whole archive holds, so every term is charted over the same years and levels. */
export interface ArchiveFacts {
  /** Reports per stated year (`'未注明'` included), as `TrendCounts.year` of every report. */
  year: Record<string, number>;
  /** Reports per estimated year, when the reports carry estimates. */
  estimated?: Record<string, number>;
  level: Record<string, number>;
}

export interface ChartData {
  series: ChartSeries[];
  rows: ChartRow[];
}

/** Units shown in a chart; the rest are counted in `moreUnits`. */
export const TOP_UNITS = 10;
export const STATED: ChartSeries = { name: '原文年份', style: 'solid' };
export const ESTIMATED: ChartSeries = { name: '估计年份', style: 'hatched' };
export const REPORTS: ChartSeries = { name: '报告篇数', style: 'solid' };

const collator = new Intl.Collator('zh-CN');
const sum = (counts: Record<string, number> = {}): number => Object.values(counts).reduce((a, b) => a + b, 0);

/** Years oldest first, then 未注明: every year of the archive, with 0 where the term does not occur. */
export function yearChart(counts: TrendCounts, archive: ArchiveFacts): ChartData {
  const withEstimates = Boolean(counts.estimated || archive.estimated);
  const years = new Set([...Object.keys(archive.year), ...Object.keys(archive.estimated ?? {}), ...Object.keys(counts.year), ...Object.keys(counts.estimated ?? {})]);
  years.delete(UNSTATED);
  const rows: ChartRow[] = [...years]
    .sort((a, b) => Number(a) - Number(b))
    .map((y) => ({ label: valueLabel('year', y), values: withEstimates ? [counts.year[y] ?? 0, counts.estimated?.[y] ?? 0] : [counts.year[y] ?? 0] }));
  const unstated = (counts.year[UNSTATED] ?? 0) - sum(counts.estimated);
  const archiveUnstated = (archive.year[UNSTATED] ?? 0) - sum(archive.estimated);
  if (unstated > 0 || archiveUnstated > 0) rows.push({ label: UNSTATED, values: withEstimates ? [unstated, 0] : [unstated] });
  return { series: withEstimates ? [STATED, ESTIMATED] : [REPORTS], rows };
}

/** Levels from the top down, then 未注明: every level of the archive. */
export function levelChart(counts: TrendCounts, archive: ArchiveFacts): ChartData {
  const present = new Set([...Object.keys(archive.level), ...Object.keys(counts.level)]);
  const order = [...LEVEL_ORDER, UNSTATED];
  const rank = (level: string): number => (order.includes(level) ? order.indexOf(level) : order.length);
  const rows = [...present]
    .sort((a, b) => rank(a) - rank(b) || collator.compare(a, b))
    .map((level) => ({ label: valueLabel('level', level), values: [counts.level[level] ?? 0] }));
  return { series: [REPORTS], rows };
}

/** The units with most reports containing the term (ties by name), and how many other units have some. */
export function unitChart(counts: TrendCounts, top = TOP_UNITS): ChartData & { moreUnits: number } {
  const units = Object.entries(counts.unit)
    .filter(([, n]) => n > 0)
    .sort(([a, m], [b, n]) => n - m || Number(a === UNSTATED) - Number(b === UNSTATED) || collator.compare(a, b));
  const rows = units.slice(0, top).map(([unit, n]) => ({ label: valueLabel('unit', unit), values: [n] }));
  return { series: [REPORTS], rows, moreUnits: Math.max(0, units.length - top) };
}
