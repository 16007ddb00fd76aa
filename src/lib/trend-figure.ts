/**
 * The trends page's blocks as HTML strings, for the server and the browser
 * alike: a figure is a bar chart (bar-chart.ts) with its numbers as a real
 * `<table>` in a `<details>`, both made from the same rows; a trend section
 * is one term's figures by year, level and unit. Every text is escaped.
 *
 * Test hooks: `data-trend-term` on a section (the term or query as given),
 * `data-trend-chart` on each `<svg>` and `data-trend-table` on each table
 * (`top`, `year`, `level`, `unit`).
 */
import { barChart } from './bar-chart.ts';
import { type ArchiveFacts, type ChartData, levelChart, type TrendCounts, unitChart, yearChart } from './trend-rows.ts';
import { xmlEscape as esc } from './xml.ts';

const numbers = new Intl.NumberFormat('zh-CN');
const fmt = (n: number): string => numbers.format(n);
const rowTotal = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** `12.5%`, or `—` when there is nothing to divide by. */
export function share(part: number, whole: number): string {
  return whole > 0 ? `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%` : '—';
}

export interface FigureOptions {
  /** `data-trend-chart` and `data-trend-table` value: `year`, `level`, `unit` or `top`. */
  key: string;
  /** Unique in the page; letters, digits, `-` and `_`. */
  id: string;
  /** Shown above the chart; also the chart's title and the table's caption. */
  caption: string;
  /** Heading of the table's first column. */
  labelHeader: string;
  data: ChartData;
  labelsAbove?: boolean;
  /** A line under the chart, e.g. how many units are not shown. */
  note?: string;
  /** Link of each row's label in the table, in row order. */
  links?: (string | undefined)[];
  /** One more column, e.g. the share of the year's reports. */
  extra?: { header: string; cells: string[] };
}

function table(o: FigureOptions): string {
  const { series, rows } = o.data;
  const many = series.length > 1;
  const heads = [o.labelHeader, ...(many ? [...series.map((s) => s.name), '合计'] : ['报告篇数']), ...(o.extra ? [o.extra.header] : [])];
  const body = rows.map((row, i) => {
    const href = o.links?.[i];
    const label = href ? `<a href="${esc(href)}">${esc(row.label)}</a>` : esc(row.label);
    const cells = [...(many ? row.values : []), rowTotal(row.values)].map((n) => `<td>${fmt(n)}</td>`).join('');
    const extra = o.extra ? `<td>${esc(o.extra.cells[i] ?? '')}</td>` : '';
    return `<tr><th scope="row">${label}</th>${cells}${extra}</tr>`;
  });
  return (
    `<table class="trend-table" data-trend-table="${esc(o.key)}"><caption class="visually-hidden">${esc(o.caption)}</caption>` +
    `<thead><tr>${heads.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`
  );
}

export function trendFigure(o: FigureOptions): string {
  const chart = barChart({
    id: o.id,
    title: o.caption,
    series: o.data.series,
    rows: o.data.rows,
    labelsAbove: o.labelsAbove,
    unit: '篇',
    attributes: { 'data-trend-chart': o.key },
  });
  const note = o.note ? `<p class="trend-note">${esc(o.note)}</p>` : '';
  return (
    `<figure class="trend-figure"><figcaption class="trend-caption">${esc(o.caption)}</figcaption>${chart}${note}` +
    `<details class="trend-data"><summary>数据表</summary>${table(o)}</details></figure>`
  );
}

export interface TrendSectionOptions {
  /** The term or query, as listed or typed: the heading and `data-trend-term`. */
  term: string;
  /** What the reports have in common, e.g. `包含“孵化器”`. */
  phrase: string;
  /** Unique stem of the ids in the section. */
  id: string;
  heading: 'h2' | 'h3';
  counts: TrendCounts;
  archive: ArchiveFacts & { total: number };
  /** The search page for the same query. */
  searchHref: string;
  /** Level and unit charts in a closed `<details>` (the list of top terms), instead of open. */
  compact?: boolean;
}

const ESTIMATE_NOTE = '斜纹为估计年份：原文没有写明年份，由文中提到的、年份可考的事件推断，只计推断出唯一年份的报告。';

/** Share of each year's reports: the year chart's rows against the same rows of the whole archive. */
function yearShares(data: ChartData, archive: ArchiveFacts): string[] {
  const all = yearChart({ total: 0, year: archive.year, estimated: archive.estimated, level: {}, unit: {} }, archive);
  const whole = new Map(all.rows.map((r) => [r.label, rowTotal(r.values)]));
  return data.rows.map((r) => share(rowTotal(r.values), whole.get(r.label) ?? 0));
}

export function trendSection(o: TrendSectionOptions): string {
  const { counts, archive, id } = o;
  const years = yearChart(counts, archive);
  const units = unitChart(counts);
  const summary =
    `<p class="trend-total"><strong>${fmt(counts.total)}</strong> 篇报告${esc(o.phrase)}，占全部 ${fmt(archive.total)} 篇的 ${share(counts.total, archive.total)}。` +
    ` <a href="${esc(o.searchHref)}">在检索页查看这些报告</a></p>`;
  const year = trendFigure({
    key: 'year',
    id: `${id}-year`,
    caption: `按年份：${o.phrase}的报告篇数`,
    labelHeader: '年份',
    data: years,
    extra: { header: '占该年报告', cells: yearShares(years, archive) },
    note: years.series.length > 1 ? ESTIMATE_NOTE : undefined,
  });
  const level = trendFigure({
    key: 'level',
    id: `${id}-level`,
    caption: `按层级：${o.phrase}的报告篇数`,
    labelHeader: '层级',
    data: levelChart(counts, archive),
  });
  const top = units.moreUnits ? `（前 ${units.rows.length} 个）` : '';
  const unit = trendFigure({
    key: 'unit',
    id: `${id}-unit`,
    caption: `按发布单位${top}：${o.phrase}的报告篇数`,
    labelHeader: '发布单位',
    data: units,
    labelsAbove: true,
    note: units.moreUnits ? `另有 ${fmt(units.moreUnits)} 个单位的报告${o.phrase}，见检索页的“发布单位”筛选。` : undefined,
  });
  const breakdown = level + unit;
  const rest = o.compact ? `<details class="trend-more"><summary>按层级和发布单位</summary>${breakdown}</details>` : breakdown;
  return (
    `<section class="trend" id="${esc(id)}" data-trend-term="${esc(o.term)}" aria-labelledby="${esc(id)}-heading">` +
    `<${o.heading} id="${esc(id)}-heading">“${esc(o.term)}”</${o.heading}>${summary}${counts.total ? year + rest : ''}</section>`
  );
}
