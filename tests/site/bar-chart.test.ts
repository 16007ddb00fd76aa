/**
 * The trends page's SVG bar chart (src/lib/bar-chart.ts), its figure and
 * table (src/lib/trend-figure.ts) and the rows they chart
 * (src/lib/trend-rows.ts): bars in proportion, labels, the empty chart,
 * the estimated-year series, and escaping of every text.
 */
import { describe, expect, it } from 'vitest';
import { barChart, describeRows } from '../../src/lib/bar-chart.ts';
import { share, trendFigure, trendSection } from '../../src/lib/trend-figure.ts';
import { levelChart, REPORTS, unitChart, yearChart, type TrendCounts } from '../../src/lib/trend-rows.ts';

const attr = (svg: string, tag: string, name: string): string[] =>
  [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] as string);
const texts = (svg: string, cls: string): string[] => [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1] as string);
/** Bars only: the stripe pattern and the legend have rects too. */
const bars = (svg: string): string[] => [...svg.matchAll(/<g class="bar-chart-row">(.*?)<\/g>/g)].flatMap((m) => [...(m[1] as string).matchAll(/<rect [^>]*>/g)].map((r) => r[0]));

describe('barChart', () => {
  const rows = [
    { label: '2019年', values: [10] },
    { label: '2020年', values: [5] },
    { label: '2021年', values: [0] },
    { label: '未注明', values: [1234] },
  ];
  const svg = barChart({ id: 'c1', title: '按年份', series: [REPORTS], rows, unit: '篇', attributes: { 'data-trend-chart': 'year' } });

  it('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="bar-chart" role="img" width="100%" height="[\d.]+em" aria-labelledby="c1-title c1-desc" data-trend-chart="year">/);
    expect(svg).toContain('<title id="c1-title">按年份</title>');
    expect(svg).toContain('<desc id="c1-desc">2019年 10篇，2020年 5篇，2021年 0篇，未注明 1,234篇。</desc>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per non-zero value, in proportion, with the labels and numbers as text', () => {
    const widths = bars(svg).map((r) => Number(/width="([\d.]+)%"/.exec(r)?.[1]));
    expect(widths).toHaveLength(3);
    // The longest bar spans 25%…84% of the width; the others in proportion.
    expect(widths[2]).toBe(59);
    expect(widths[0]).toBeCloseTo((59 * 10) / 1234, 1);
    expect(widths[1]).toBeCloseTo((59 * 5) / 1234, 1);
    expect(texts(svg, 'bar-chart-label')).toEqual(['2019年', '2020年', '2021年', '未注明']);
    expect(texts(svg, 'bar-chart-value')).toEqual(['10', '5', '0', '1,234']);
    // Rows go down the chart in order.
    const ys = attr(svg, 'text', 'y').map((y) => parseFloat(y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('puts long labels above their bars, and cuts very long ones', () => {
    const long = '某某省某某市某某区人民政府办公室关于某某事项的工作领导小组办公室';
    const above = barChart({ id: 'u', title: '单位', series: [REPORTS], rows: [{ label: long, values: [3] }], labelsAbove: true });
    const [label] = texts(above, 'bar-chart-label');
    expect(label).toBe(`${[...long].slice(0, 23).join('')}…`);
    expect(attr(above, 'text', 'x')[0]).toBe('0');
    expect(bars(above)[0]).toContain('x="0%"');
  });

  it('says so when there is nothing to chart', () => {
    const empty = barChart({ id: 'e', title: '空', series: [REPORTS], rows: [] });
    expect(bars(empty)).toEqual([]);
    expect(empty).toContain('没有数据</text>');
    expect(empty).toContain('<desc id="e-desc">没有数据。</desc>');
    const zeros = barChart({ id: 'z', title: '零', series: [REPORTS], rows: [{ label: 'a', values: [0] }] });
    expect(bars(zeros)).toEqual([]);
    expect(texts(zeros, 'bar-chart-value')).toEqual(['0']);
  });

  it('stacks a second series, striped, with a legend', () => {
    const two = barChart({
      id: 'y',
      title: '按年份',
      series: [{ name: '原文年份', style: 'solid' }, { name: '估计年份', style: 'hatched' }],
      rows: [{ label: '2019年', values: [3, 2] }],
    });
    const [stated, estimated] = bars(two);
    expect(stated).toContain('fill="#0a4aa6"');
    expect(estimated).toContain('fill="url(#y-stripes-1)"');
    expect(two).toContain('<pattern id="y-stripes-1"');
    // The estimated bar starts where the stated one ends, and the row's number is the sum.
    expect(Number(/x="([\d.]+)%"/.exec(estimated as string)?.[1])).toBeCloseTo(25 + Number(/width="([\d.]+)%"/.exec(stated as string)?.[1]), 5);
    expect(texts(two, 'bar-chart-value')).toEqual(['5']);
    expect(two).toMatch(/<text [^>]*>原文年份<\/text>.*<text [^>]*>估计年份<\/text>/);
  });

  it('escapes every text and attribute', () => {
    const evil = '<script>alert("x")</script> & \'';
    const out = barChart({ id: 'x', title: evil, description: evil, series: [{ name: evil, style: 'solid' }, { name: 'b', style: 'hatched' }], rows: [{ label: evil, values: [1, 1] }], attributes: { 'data-trend-term': evil } });
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/"x"|& /);
    expect(out).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;');
    expect(() => barChart({ id: 'a"b', title: '', series: [REPORTS], rows: [] })).toThrow(/id "a"b" must start with a letter/);
  });

  it('describes many rows by the largest ones', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ label: `${2000 + i}年`, values: [i] }));
    expect(describeRows(many, '篇')).toBe('共 30 项，最多的是：2029年 29篇，2028年 28篇，2027年 27篇，2026年 26篇，2025年 25篇；全部数字见数据表。');
  });
});

describe('trend figures', () => {
  const counts: TrendCounts = {
    total: 6,
    year: { '2019': 2, '2021': 1, 未注明: 3 },
    level: { 区: 4, 省: 1, 未注明: 1 },
    unit: { 乙局: 2, 甲局: 2, 未注明: 1, 丙局: 1 },
  };
  const archive = { total: 20, year: { '2019': 4, '2020': 5, '2021': 2, 未注明: 9 }, level: { 区: 10, 省: 5, 县: 4, 未注明: 1 } };

  it('charts every year of the archive, oldest first, then 未注明', () => {
    expect(yearChart(counts, archive)).toEqual({
      series: [REPORTS],
      rows: [
        { label: '2019年', values: [2] },
        { label: '2020年', values: [0] },
        { label: '2021年', values: [1] },
        { label: '未注明', values: [3] },
      ],
    });
    expect(levelChart(counts, archive).rows.map((r) => `${r.label}${r.values[0]}`)).toEqual(['省1', '区4', '县0', '未注明1']);
    const units = unitChart(counts, 2);
    // Most reports first; ties in pinyin order (甲 jiǎ before 乙 yǐ), 未注明 last.
    expect(units.rows.map((r) => r.label)).toEqual(['甲局', '乙局']);
    expect(units.moreUnits).toBe(2);
    expect(unitChart(counts).rows.map((r) => r.label)).toEqual(['甲局', '乙局', '丙局', '单位未注明']);
  });

  it('moves reports with an estimated year out of 未注明 into a striped series', () => {
    const withEstimates = { ...counts, estimated: { '2020': 1, '2022': 1 } };
    const { series, rows } = yearChart(withEstimates, { ...archive, estimated: { '2020': 2, '2022': 1 } });
    expect(series.map((s) => s.style)).toEqual(['solid', 'hatched']);
    expect(rows).toEqual([
      { label: '2019年', values: [2, 0] },
      { label: '2020年', values: [0, 1] },
      { label: '2021年', values: [1, 0] },
      { label: '2022年', values: [0, 1] },
      { label: '未注明', values: [1, 0] },
    ]);
  });

  it('draws chart and table from the same rows', () => {
    const html = trendFigure({ key: 'year', id: 'f', caption: '按年份', labelHeader: '年份', data: yearChart(counts, archive), extra: { header: '占比', cells: ['50.0%', '0.0%', '50.0%', '33.3%'] } });
    const cells = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(cells).toEqual([
      ['2019年', '2', '50.0%'],
      ['2020年', '0', '0.0%'],
      ['2021年', '1', '50.0%'],
      ['未注明', '3', '33.3%'],
    ]);
    expect(html).toContain('data-trend-chart="year"');
    expect(html).toContain('<table class="trend-table" data-trend-table="year">');
    expect(share(1, 3)).toBe('33.3%');
    expect(share(1, 0)).toBe('—');
  });

  it('makes a section per term with its three figures, escaped', () => {
    const html = trendSection({ term: '<b>"科技"</b>', phrase: '包含“<b>”', id: 't1', heading: 'h2', counts, archive, searchHref: '/search/?q=a&b=<c>' });
    expect(html).toMatch(/^<section class="trend" id="t1" data-trend-term="&#60;b&#62;&#34;科技&#34;&#60;\/b&#62;" aria-labelledby="t1-heading">/);
    expect(html).not.toContain('<b>');
    expect(html).toContain('href="/search/?q=a&#38;b=&#60;c&#62;"');
    expect([...html.matchAll(/data-trend-chart="(\w+)"/g)].map((m) => m[1])).toEqual(['year', 'level', 'unit']);
    expect([...html.matchAll(/data-trend-table="(\w+)"/g)].map((m) => m[1])).toEqual(['year', 'level', 'unit']);
    expect(html).toContain('<strong>6</strong> 篇报告包含“&#60;b&#62;”，占全部 20 篇的 30.0%。');
    const none = trendSection({ term: 'x', phrase: '包含“x”', id: 't2', heading: 'h3', counts: { total: 0, year: {}, level: {}, unit: {} }, archive, searchHref: '/s' });
    expect(none).not.toContain('<svg');
  });
});
