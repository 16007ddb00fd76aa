/**
 * The trends page (src/pages/trends.astro) in Chromium against built sites:
 * the top terms' charts and tables are in the HTML (no JavaScript needed)
 * with the exact counts of the search's ground truth; a typed term is
 * counted by the engine with `limit: 0` (no result card or text chunk is
 * fetched) and agrees with the search page and the ground truth by year,
 * estimated year, level and unit, and with the pre-rendered charts; the
 * query syntax, the `?q=` permalink and back; the
 * search page's link; the sub-path `/archive/`; axe-core, no sideways
 * scroll, and screenshots at 390 and 1280 px.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter, readCollection } from '../../scripts/search/read-collection.ts';
import { containsTerm, type SearchDocument } from '../../src/search/document.ts';
import { parseQuery } from '../../src/search/query.ts';
import { LEVEL_ORDER } from '../../src/search/ui/facet-options.ts';
import { buildSite, FIXTURE_COLLECTION, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium, type Browser } from '../helpers/chromium.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const SAMPLE = 'content/reports';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(ROOT, 'tests/.output/screenshots');
const RESULT = '[data-trend-result]';
const UNSTATED = '未注明';

interface Site {
  built: BuiltSite;
  server: StaticServer;
  docs: SearchDocument[];
  /** Estimated year of each report that states none, when the estimate pins one. */
  estimated: Map<string, number>;
}

async function estimatedYears(dir: string): Promise<Map<string, number>> {
  const years = new Map<string, number>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md') && !n.startsWith('_'))) {
    const { fm } = parseFrontmatter(await readFile(join(dir, name), 'utf8'));
    if (fm.year === null && typeof fm.yearEstimate?.year === 'number') years.set(name.slice(0, -3), fm.yearEstimate.year);
  }
  return years;
}

let browser: Browser;
const sites = new Map<string, Promise<Site>>();
const pageErrors: string[] = [];

function site(content: string, base = '/'): Promise<Site> {
  const key = `${content}@${base}`;
  if (!sites.has(key)) {
    sites.set(
      key,
      (async () => {
        const built = await buildSite({ content, ...(base === '/' ? {} : { base }) });
        const dir = resolve(ROOT, content);
        return { built, server: await serveDist(built.dist, base), docs: (await readCollection(dir)).docs, estimated: await estimatedYears(dir) };
      })(),
    );
  }
  return sites.get(key)!;
}

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
  for (const s of sites.values()) {
    const { server, built } = await s;
    await server.close();
    await rm(dirname(built.dist), { recursive: true, force: true });
  }
});

/** The reports matching a query, as search defines it. */
function matching(docs: SearchDocument[], query: string): SearchDocument[] {
  const { terms, excluded } = parseQuery(query);
  return docs.filter((d) => terms.every((t) => containsTerm(d, t)) && !excluded.some((t) => containsTerm(d, t)));
}

const count = (docs: SearchDocument[], value: (d: SearchDocument) => string, key: string) => String(docs.filter((d) => value(d) === key).length);
const yearOf = (d: SearchDocument) => (d.year === null ? UNSTATED : String(d.year));
const levelOf = (d: SearchDocument) => d.level ?? UNSTATED;

/**
 * The rows the year, level and unit tables must show for a query: the
 * label, then the numbers. Years with estimates (the pre-rendered charts
 * and a visitor's query alike, when the site has some): stated, estimated
 * and their sum, estimated reports no longer 未注明; without: one number.
 */
function expectedTables(s: Site, query: string, estimates: boolean): Record<'year' | 'level' | 'unit', string[][]> {
  const { docs } = s;
  const hits = matching(docs, query);
  const estimate = (d: SearchDocument) => (estimates ? s.estimated.get(d.id) : undefined);
  const stated = (d: SearchDocument, y: string) => yearOf(d) === y && (y !== UNSTATED || estimate(d) === undefined);
  const guessed = (d: SearchDocument, y: string) => String(estimate(d)) === y;
  const years = [...new Set(docs.flatMap((d) => [yearOf(d), ...(estimate(d) ? [String(estimate(d))] : [])]))]
    .filter((y) => y !== UNSTATED || docs.some((d) => stated(d, UNSTATED)))
    .sort((a, b) => (a === UNSTATED ? 1 : b === UNSTATED ? -1 : Number(a) - Number(b)));
  const withEstimates = estimates && s.estimated.size > 0;
  const yearRow = (y: string): string[] => {
    const a = hits.filter((d) => stated(d, y)).length;
    const b = hits.filter((d) => guessed(d, y)).length;
    return [y === UNSTATED ? y : `${y}年`, ...(withEstimates ? [a, b, a + b] : [a]).map(String)];
  };
  const levels = [...LEVEL_ORDER, UNSTATED].filter((l) => docs.some((d) => levelOf(d) === l));
  const units = [...new Set(hits.map((d) => d.unit))]
    .map((u) => [u ?? '单位未注明', count(hits, (d) => d.unit ?? '', u ?? '')])
    .sort((a, b) => Number(b[1]) - Number(a[1]) || Number(a[0] === '单位未注明') - Number(b[0] === '单位未注明') || a[0]!.localeCompare(b[0]!, 'zh-CN'));
  return {
    year: years.map(yearRow),
    level: levels.map((l) => [l, count(hits, levelOf, l)]),
    unit: units.slice(0, 10),
  };
}

/** A table's body rows: the row header and the numbers (without the year table's share column). */
async function tableRows(page: Page, scope: string, key: string): Promise<string[][]> {
  const rows = await page
    .locator(`${scope} [data-trend-table="${key}"] tbody tr`)
    .evaluateAll((trs) => trs.map((r) => [r.querySelector('th')?.textContent ?? '', ...[...r.querySelectorAll('td')].map((td) => td.textContent ?? '')]));
  return key === 'year' ? rows.map((r) => r.slice(0, -1)) : rows;
}

async function settled(page: Page): Promise<number> {
  await page.waitForFunction((sel) => {
    const state = document.querySelector<HTMLElement>(sel)?.dataset.state;
    return state === 'done' || state === 'error';
  }, RESULT);
  expect(await page.locator(RESULT).getAttribute('data-state')).toBe('done');
  return Number(await page.locator(RESULT).getAttribute('data-total'));
}

async function searchTotal(page: Page, home: string, query: string): Promise<number> {
  await page.goto(`${home}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
  return Number(await page.locator('[data-search-results]').getAttribute('data-total'));
}

describe('the trends page on the bundled sample', () => {
  let s: Site;
  let page: Page;
  beforeAll(async () => {
    s = await site(SAMPLE);
    page = await newPage();
  });
  afterAll(() => page?.close());

  it('has the top terms’ charts and tables in its HTML', async () => {
    const html = await readFile(join(s.built.dist, 'trends/index.html'), 'utf8');
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*data-trend-chart="top"/);
    expect(html).toContain('data-trend-table="top"');
    const terms = [...html.matchAll(/data-trend-term="([^"]+)"/g)].map((m) => m[1]);
    expect(terms.length).toBeGreaterThanOrEqual(8);
    expect(terms.length).toBeLessThanOrEqual(12);
    expect(html.match(/data-trend-chart="year"/g)).toHaveLength(terms.length);
    // The sample's reports state no year, but most have an estimated one: a striped series of its own.
    expect(s.estimated.size).toBeGreaterThan(0);
    expect(html).toMatch(/<rect [^>]*fill="url\(#trend-1-year-stripes-1\)"/);
    expect(html).toContain('<th scope="col">估计年份</th>');
  });

  it('counts the top terms exactly and ranks them by reports', async () => {
    await page.goto(`${s.server.home}trends/`);
    const sections = await page.locator('.trend-top [data-trend-term]').evaluateAll((els) => els.map((e) => e.getAttribute('data-trend-term') ?? ''));
    const totals = sections.map((term) => matching(s.docs, term).length);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(await tableRows(page, '.trend-top', 'top')).toEqual(sections.map((term, i) => [term, String(totals[i])]));
    for (const term of sections.slice(0, 3)) {
      const scope = `.trend-top [data-trend-term="${term}"]`;
      const want = expectedTables(s, term, true);
      expect(await tableRows(page, scope, 'year'), term).toEqual(want.year);
      expect(await tableRows(page, scope, 'level'), term).toEqual(want.level);
      expect(await tableRows(page, scope, 'unit'), term).toEqual(want.unit);
    }
    // For a person to review: the top terms with estimated years, on a phone.
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.locator('.trend-top').screenshot({ path: join(SCREENSHOTS, 'trends-top-terms-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('counts a typed term with the engine, as the search page does, without fetching a result', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${s.server.home}trends/`);
    const box = page.getByRole('searchbox', { name: '词' });
    await box.fill('孵化器');
    await box.press('Enter');
    expect(page.url()).toBe(`${s.server.home}trends/?q=${encodeURIComponent('孵化器')}`);
    const total = await settled(page);
    page.removeAllListeners('request');
    const want = expectedTables(s, '孵化器', true);
    expect(total).toBe(matching(s.docs, '孵化器').length);
    expect(total).toBeGreaterThan(0);
    // The engine counts estimated years: a second series, with some of the term's reports in it.
    expect(want.year.some((r) => r.length === 4 && Number(r[2]) > 0)).toBe(true);
    const scope = `${RESULT} [data-trend-term="孵化器"]`;
    expect(await tableRows(page, scope, 'year')).toEqual(want.year);
    expect(await tableRows(page, scope, 'level')).toEqual(want.level);
    expect(await tableRows(page, scope, 'unit')).toEqual(want.unit);
    // limit: 0 reads the index and page tables, never a result card (k/) or a text chunk (t/).
    expect(fetched.some((p) => p.includes('/pagefind/'))).toBe(true);
    expect(fetched.filter((p) => /\/pagefind\/.*\/(k|t)\/[^/]+$/.test(p))).toEqual([]);
    // The chart is an image named by its title and description, with its numbers as text.
    const chart = page.locator(`${scope} svg[data-trend-chart="year"]`);
    expect(await chart.getAttribute('role')).toBe('img');
    const named = await chart.evaluate((svg) => (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent));
    expect(named[0]).toBe('按年份：包含“孵化器”的报告篇数');
    expect(named[1]).toContain(`${want.year[0]![0]} ${want.year[0]!.at(-1)}篇`);
    expect(await chart.locator('.bar-chart-value').allTextContents()).toEqual(want.year.map((r) => r.at(-1)));
    expect(await chart.locator('rect[fill^="url(#"]').count()).toBeGreaterThan(0);
    expect(await searchTotal(page, s.server.home, '孵化器')).toBe(total);
  });

  it('draws a typed top term as its pre-rendered chart, estimated years included', async () => {
    await page.goto(`${s.server.home}trends/`);
    const terms = await page.locator('.trend-top [data-trend-term]').evaluateAll((els) => els.map((e) => e.getAttribute('data-trend-term') ?? ''));
    for (const term of terms.slice(0, 3)) {
      await page.goto(`${s.server.home}trends/`);
      const pre = `.trend-top [data-trend-term="${term}"]`;
      const rendered = { year: await tableRows(page, pre, 'year'), level: await tableRows(page, pre, 'level'), unit: await tableRows(page, pre, 'unit') };
      expect(rendered.year.every((r) => r.length === 4), term).toBe(true);
      const box = page.getByRole('searchbox', { name: '词' });
      await box.fill(term);
      await box.press('Enter');
      await settled(page);
      const typed = `${RESULT} [data-trend-term="${term}"]`;
      expect({ term, year: await tableRows(page, typed, 'year'), level: await tableRows(page, typed, 'level'), unit: await tableRows(page, typed, 'unit') }).toEqual({ term, ...rendered });
      expect(await page.locator(`${typed} svg[data-trend-chart="year"] .bar-chart-value`).allTextContents()).toEqual(
        await page.locator(`${pre} svg[data-trend-chart="year"] .bar-chart-value`).allTextContents(),
      );
    }
  });

  it('links from the search page with the query', async () => {
    await searchTotal(page, s.server.home, '孵化器');
    const link = page.locator('[data-trends-link]');
    expect(await link.getAttribute('href')).toBe(`/trends/?q=${encodeURIComponent('孵化器')}`);
    await page.getByRole('searchbox', { name: '检索词' }).fill('安全生产');
    expect(await link.getAttribute('href')).toBe(`/trends/?q=${encodeURIComponent('安全生产')}`);
    await page.goto(`${s.server.home}`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '趋势' }).click();
    await page.waitForURL(`${s.server.home}trends/`);
  });
});

describe('the trends page on the fixture collection', () => {
  let s: Site;
  let page: Page;
  beforeAll(async () => {
    s = await site(FIXTURE_COLLECTION);
    page = await newPage();
  });
  afterAll(() => page?.close());

  it('takes the search syntax and the ?q= permalink, and goes back and forward', async () => {
    for (const query of ['科技', '工作 -科技', '"高新技术 企业"', '高新技术企业']) {
      await page.goto(`${s.server.home}trends/?q=${encodeURIComponent(query)}`);
      expect(await settled(page), query).toBe(matching(s.docs, query).length);
      expect(await page.getByRole('searchbox', { name: '词' }).inputValue()).toBe(query);
      if (matching(s.docs, query).length) {
        expect(await tableRows(page, RESULT, 'year'), query).toEqual(expectedTables(s, query, true).year);
      }
    }
    expect(await page.locator(`${RESULT} [data-trend-term]`).getAttribute('data-trend-term')).toBe('高新技术企业');
    expect(await page.title()).toMatch(/^高新技术企业 - 关键词趋势/);

    await page.getByRole('searchbox', { name: '词' }).fill('统计');
    await page.getByRole('button', { name: '查看趋势' }).click();
    await page.waitForURL(/q=%E7%BB%9F%E8%AE%A1$/);
    expect(await settled(page)).toBe(matching(s.docs, '统计').length);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-trend-result] [data-trend-term]')?.getAttribute('data-trend-term') === '高新技术企业');
    expect(await page.getByRole('searchbox', { name: '词' }).inputValue()).toBe('高新技术企业');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('[data-trend-result] [data-trend-term]')?.getAttribute('data-trend-term') === '统计');

    await page.goto(`${s.server.home}trends/?q=${encodeURIComponent('碳中和')}`);
    expect(await settled(page)).toBe(0);
    expect(await page.locator('[data-trend-status]').textContent()).toBe('没有报告包含“碳中和”。可以检查错别字，或换用更短、更常见的词。');
  });

  it('fits 360 to 1280 px without sideways scroll, passes axe, prints; screenshots', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const width of [360, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${s.server.home}trends/?q=${encodeURIComponent('科技')}`);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      // Every label of the year chart is inside the chart.
      const clipped = await page.locator(`${RESULT} svg[data-trend-chart="year"] text`).evaluateAll((texts) =>
        texts.filter((t) => {
          const box = t.getBoundingClientRect();
          const svg = t.closest('svg')!.getBoundingClientRect();
          return box.left < svg.left - 0.5 || box.right > svg.right + 0.5;
        }).length,
      );
      expect(clipped, `labels cut off at ${width}px`).toBe(0);
      if (width !== 360) await page.screenshot({ path: join(SCREENSHOTS, `trends-${width}.png`), fullPage: true });
    }
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'trends-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the trends page under /archive/', () => {
  it('counts from the index under the sub-path and links within it', async () => {
    const s = await site(SAMPLE, '/archive/');
    const page = await newPage();
    await page.goto(`${s.server.home}trends/?q=${encodeURIComponent('孵化器')}`);
    expect(await settled(page)).toBe(matching(s.docs, '孵化器').length);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.filter((href) => href.startsWith('/') && !href.startsWith('/archive/'))).toEqual([]);
    expect(await page.locator(`${RESULT} .trend-total a`).getAttribute('href')).toBe(`/archive/search/?q=${encodeURIComponent('孵化器')}`);
    await page.close();
  });
});
