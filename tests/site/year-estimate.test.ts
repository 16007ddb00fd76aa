/**
 * Estimated years on the built site, from the bundled sample (content/reports:
 * six reports whose years are hidden, each with a `yearEstimate`): the report
 * page shows the estimate and its evidence, year pages list estimated reports
 * apart from stated ones, the year index counts them apart, and the data
 * exports carry them in columns of their own. Then the same in Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium, type Browser } from '../helpers/chromium.ts';
import { checkLinks } from '../helpers/link-check.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const SITE = 'https://example.gov.cn';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let built: BuiltSite;
const read = (path: string) => readFileSync(join(built.dist, path), 'utf8');
/** The text of an HTML fragment, tags dropped and white space collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  built = await buildSite({ content: 'content/reports', site: SITE });
});

describe('report page', () => {
  const estimateRow = (id: string) => /<dt>估计年份<\/dt>\s*<dd>(.*?)<\/dd>/s.exec(read(`reports/${id}/index.html`))?.[1] ?? '';

  it('shows a pinned estimate with its evidence and a link to the year', () => {
    const row = estimateRow('gongzuozongjiexuanbian-1');
    expect(text(row)).toBe('约2013年（估计），依据：“心系雅安”（芦山地震，2013年4月20日）');
    expect(row).toContain('<a href="/years/2013/">约2013年</a>');
    expect(row).toContain('data-year-estimate="2013"');
    // The stated year stays unknown.
    expect(read('reports/gongzuozongjiexuanbian-1/index.html')).toContain('<a href="/years/unknown/">未注明</a>');
  });

  it('shows a range, or an open one, without a year link', () => {
    expect(text(estimateRow('gongzuozongjiexuanbian-3'))).toBe(
      '约2013—2014年（估计），依据：“十八届三中全会精神”（十八届三中全会，2013年11月）；“十八大精神”（党的十八大，2012年11月）',
    );
    expect(estimateRow('gongzuozongjiexuanbian-3')).not.toContain('href');
    expect(text(estimateRow('gongzuozongjiexuanbian-6'))).toBe('不早于2015年（估计），依据：“众创空间”（众创空间，2015年1月）');
  });
});

describe('year pages', () => {
  it('list the reports estimated to a year in a section after the stated ones', () => {
    const html = read('years/2013/index.html');
    const section = /<section aria-labelledby="estimated" data-estimated-reports>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(section).toContain('<h2 id="estimated">估计为该年的报告</h2>');
    expect(section).toContain('<a href="/reports/gongzuozongjiexuanbian-1/">xx区科技局上半年工作总结和下半年工作计划</a>');
    expect(text(section)).toContain('依据：“心系雅安”（芦山地震，2013年4月20日）');
    expect(text(html)).toContain('没有注明为该年的报告；估计为该年的有 1 篇。');
    expect([...read('years/2014/index.html').matchAll(/href="\/reports\/([\w-]+)\/"/g)].map((m) => m[1])).toEqual([
      'gongzuozongjiexuanbian-4',
      'gongzuozongjiexuanbian-5',
    ]);
  });

  it('exist for years only estimates reach, and are counted apart in the index and listed in the sitemap', () => {
    const html = read('years/index.html');
    expect([...html.matchAll(/href="\/years\/(\w+)\/">/g)].map((m) => m[1])).toEqual(['2014', '2013', '2010', 'unknown']);
    expect(html).toMatch(/2014年<\/a>\s*<span class="count" data-estimated-count>估计2篇<\/span>/);
    expect(html).toMatch(/年份未注明<\/a> <span class="count">6篇/);
    const sitemap = read('sitemap.xml');
    for (const year of ['2010', '2013', '2014']) expect(sitemap).toContain(`<loc>${SITE}/years/${year}/</loc>`);
  });

  it('show the estimate in the lists of the unknown-year bucket', () => {
    expect(text(read('years/unknown/index.html'))).toContain('xx区科技局上半年工作总结和下半年工作计划 约2013年（估计） · 上半年 · 总结和计划');
  });

  it('leave no broken link', () => {
    expect(checkLinks(built.dist, '/', SITE).broken).toEqual([]);
  });
});

describe('data exports', () => {
  it('add the estimate and its evidence as the last two CSV columns', () => {
    const [header, ...rows] = read('data/reports.csv').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe(
      'id,url,title,unit,level,year,anonymised,period,kind,chars,source_file,source_sha256,source_encoding,source_part,source_lines,year_estimate,year_estimate_evidence',
    );
    expect(rows.find((r) => r.startsWith('gongzuozongjiexuanbian-1,'))).toMatch(/,2013,心系雅安（芦山地震 2013-04-20）$/);
    expect(rows.find((r) => r.startsWith('gongzuozongjiexuanbian-3,'))).toMatch(/,2013\/2014,十八届三中全会精神（十八届三中全会 2013-11）; 十八大精神（党的十八大 2012-11）$/);
  });

  it('carry the same fields in JSON', () => {
    const rows = JSON.parse(read('data/reports.json')) as Record<string, unknown>[];
    expect(rows.find((r) => r.id === 'gongzuozongjiexuanbian-6')).toMatchObject({ year: null, year_estimate: '2015/..', year_estimate_evidence: '众创空间（众创空间 2015-01）' });
  });
});

describe('in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist(built.dist, '/');
    browser = await launchChromium();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Serious and critical WCAG 2.1 A/AA violations on the current page. */
  async function axeProblems(): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
  }

  it('goes from the year index to an estimated report and shows its evidence', async () => {
    await page.goto(`${server.home}years/`);
    await page.getByRole('link', { name: '2013年' }).click();
    const section = page.locator('section[data-estimated-reports]');
    await expect.poll(() => section.locator('h2').textContent()).toBe('估计为该年的报告');
    expect(await axeProblems()).toEqual([]);
    await section.getByRole('link', { name: 'xx区科技局上半年工作总结和下半年工作计划' }).click();
    const estimate = page.locator('.year-estimate');
    await expect.poll(() => estimate.isVisible()).toBe(true);
    expect((await estimate.innerText()).replace(/\s+/g, '')).toBe('约2013年（估计），依据：“心系雅安”（芦山地震，2013年4月20日）');
    expect(await axeProblems()).toEqual([]);
  });
});
