/**
 * A horizontal bar chart as SVG markup: one function for the server (an
 * Astro page puts the string in with `set:html`) and the browser
 * (`innerHTML`), so a pre-rendered chart and one drawn for a visitor's
 * query are the same. No chart library: rows of `<rect>` and `<text>`.
 *
 * It fits any width without scaling its text: horizontal positions are
 * percentages of the chart's width and vertical ones are `em`, so labels
 * keep the page's font size (and grow with 大字) at 390 px and at 1280 px,
 * and the chart is as tall as its rows need. A row stacks one value per
 * series; a `hatched` series (e.g. estimated years) is drawn striped, which
 * also tells the series apart in black-and-white print. Every text is
 * escaped. The numbers belong in a table beside the chart as well
 * (trend-figure.ts): `role="img"` makes the chart one image to a screen
 * reader, named by its `<title>` and `<desc>`.
 */
import { xmlEscape } from './xml.ts';

export interface ChartSeries {
  /** Legend and table column, e.g. `原文年份`. */
  name: string;
  /** `solid`, or `hatched` for values that are less certain. */
  style: 'solid' | 'hatched';
}

export interface ChartRow {
  label: string;
  /** One value per series, stacked in series order. */
  values: number[];
}

export interface BarChartOptions {
  /** Unique in the page: prefixes the ids of the title, the description and the stripe pattern. */
  id: string;
  title: string;
  /** Read after the title; default: every row and its value, or the largest rows when there are many. */
  description?: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** Each label on a line of its own above its bar, for long labels (unit names); default left of the bar. */
  labelsAbove?: boolean;
  /** Word after each number, e.g. `篇`. */
  unit?: string;
  /** Further attributes of the `<svg>`, e.g. `{ 'data-trend-chart': 'year' }`. */
  attributes?: Record<string, string>;
}

/** Left of the bars when labels are beside them, and the right edge of the longest bar (the value follows it), in %. */
const LABEL_END = 23;
const BAR_START = 25;
const BAR_END = 84;
/** Longer labels are cut (the table has them whole). */
const MAX_LABEL = 24;
const COLORS = ['#0a4aa6', '#a8071a', '#2f6b2f'];

const numbers = new Intl.NumberFormat('zh-CN');
const pct = (n: number): string => `${Math.round(n * 100) / 100}%`;
const em = (n: number): string => `${Math.round(n * 100) / 100}em`;
const total = (row: ChartRow): number => row.values.reduce((a, b) => a + b, 0);
const cut = (label: string): string => ([...label].length > MAX_LABEL ? `${[...label].slice(0, MAX_LABEL - 1).join('')}…` : label);

function attrs(list: Record<string, string>): string {
  return Object.entries(list)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join('');
}

/** The default description: what a sighted reader takes in at a glance. */
export function describeRows(rows: ChartRow[], unit = ''): string {
  if (!rows.length) return '没有数据。';
  const say = (r: ChartRow) => `${r.label} ${numbers.format(total(r))}${unit}`;
  if (rows.length <= 24) return `${rows.map(say).join('，')}。`;
  const top = [...rows].sort((a, b) => total(b) - total(a)).slice(0, 5);
  return `共 ${rows.length} 项，最多的是：${top.map(say).join('，')}；全部数字见数据表。`;
}

function fill(series: ChartSeries, i: number, id: string): string {
  const color = COLORS[i % COLORS.length] as string;
  return series.style === 'hatched'
    ? ` fill="url(#${id}-stripes-${i})" stroke="${color}" stroke-width="1"`
    : ` fill="${color}"`;
}

function stripes(series: ChartSeries[], id: string): string {
  const defs = series
    .map((s, i) =>
      s.style === 'hatched'
        ? `<pattern id="${id}-stripes-${i}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
          `<rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${COLORS[i % COLORS.length]}"/></pattern>`
        : '',
    )
    .join('');
  return defs ? `<defs>${defs}</defs>` : '';
}

function legend(series: ChartSeries[], id: string): string {
  if (series.length < 2) return '';
  const step = 100 / series.length;
  return series
    .map(
      (s, i) =>
        `<g class="bar-chart-legend"><rect x="${pct(i * step)}" y="0.3em" width="1em" height="1em"${fill(s, i, id)}/>` +
        `<text x="${pct(i * step)}" dx="1.4em" y="1.15em">${xmlEscape(s.name)}</text></g>`,
    )
    .join('');
}

const ID = /^[A-Za-z][\w-]*$/;

export function barChart(options: BarChartOptions): string {
  const { id, title, series, rows, labelsAbove = false, unit = '' } = options;
  // The id goes into `url(#…)` references as well as attributes: letters, digits, `-` and `_` only.
  if (!ID.test(id)) throw new Error(`barChart: id "${id}" must start with a letter and hold only letters, digits, - and _`);
  const description = options.description ?? describeRows(rows, unit);
  const top = series.length > 1 ? 2 : 0.4;
  const rowHeight = labelsAbove ? 3 : 1.9;
  const max = Math.max(0, ...rows.map(total));
  const start = labelsAbove ? 0 : BAR_START;
  const scale = max > 0 ? (BAR_END - start) / max : 0;

  const body = rows.map((row, r) => {
    const y = top + r * rowHeight;
    const barY = labelsAbove ? y + 1.55 : y + 0.35;
    const textY = labelsAbove ? y + 1.1 : y + 1.3;
    const label = labelsAbove
      ? `<text class="bar-chart-label" x="0" y="${em(textY)}">${xmlEscape(cut(row.label))}</text>`
      : `<text class="bar-chart-label" x="${pct(LABEL_END)}" y="${em(textY)}" text-anchor="end">${xmlEscape(cut(row.label))}</text>`;
    let x = start;
    const bars = row.values
      .map((value, i) => {
        if (!(value > 0)) return '';
        const width = value * scale;
        const rect = `<rect x="${pct(x)}" y="${em(barY)}" width="${pct(width)}" height="1.2em"${fill(series[i] ?? series[0]!, i, id)}/>`;
        x += width;
        return rect;
      })
      .join('');
    const value = `<text class="bar-chart-value" x="${pct(x)}" dx="0.4em" y="${em(labelsAbove ? barY + 0.95 : textY)}">${numbers.format(total(row))}</text>`;
    return `<g class="bar-chart-row">${label}${bars}${value}</g>`;
  });

  const height = rows.length ? top + rows.length * rowHeight + 0.3 : 2.2;
  const axis = rows.length && !labelsAbove ? `<line x1="${pct(BAR_START)}" x2="${pct(BAR_START)}" y1="${em(top)}" y2="${em(height - 0.3)}" stroke="#595959"/>` : '';
  const empty = rows.length ? '' : `<text class="bar-chart-empty" x="0" y="1.4em">没有数据</text>`;
  const svgAttrs = {
    class: 'bar-chart',
    role: 'img',
    width: '100%',
    height: em(height),
    'aria-labelledby': `${id}-title ${id}-desc`,
    ...options.attributes,
  };
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs(svgAttrs)}>` +
    `<title id="${id}-title">${xmlEscape(title)}</title><desc id="${id}-desc">${xmlEscape(description)}</desc>` +
    `${stripes(series, id)}${legend(series, id)}${axis}${body.join('')}${empty}</svg>`
  );
}
