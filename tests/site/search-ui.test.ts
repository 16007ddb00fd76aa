/**
 * The search page in Chromium against the built site: header box → results
 * with the exact count of the substring ground truth, filters, sort and URL
 * state with back/forward, paging, the section deep link with the term
 * highlighted, the empty and loading states, the sub-path `/archive/`,
 * axe-core, and screenshots at 390 and 1280 px.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markZones } from '../../scripts/search/parse-job.ts';
import { parseFrontmatter, readCollection } from '../../scripts/search/read-collection.ts';
import { normalise } from '../../src/search/normalise.ts';
import { SECTION_ZONES } from '../../src/search/posting-format.ts';
import type { SearchDocument } from '../../src/search/document.ts';
import { buildSite, FIXTURE_COLLECTION, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium, type Browser } from '../helpers/chromium.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { expectedIds, RESULTS, settled } from '../search/helpers/search-page.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(ROOT, 'tests/.output/screenshots');

interface Site {
  built: BuiltSite;
  server: StaticServer;
  docs: SearchDocument[];
}

let browser: Browser;
const sites = new Map<string, Promise<Site>>();
const cleanup: string[] = [];
/** Uncaught errors of any page; checked at the end. */
const pageErrors: string[] = [];

/** One build per collection and base for the whole file. */
function site(content: string, base = '/'): Promise<Site> {
  const key = `${content}@${base}`;
  if (!sites.has(key)) {
    sites.set(
      key,
      (async () => {
        const built = await buildSite({ content, ...(base === '/' ? {} : { base }) });
        const docs = (await readCollection(resolve(ROOT, content))).docs;
        return { built, server: await serveDist(built.dist, base), docs };
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
  for (const s of sites.values()) await (await s).server.close();
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

for (const base of ['/', '/archive/']) {
  describe(`the search page at ${base}`, () => {
    let s: Site;
    let page: Page;
    beforeAll(async () => {
      s = await site(FIXTURE_COLLECTION, base);
      page = await newPage();
    });
    afterAll(() => page?.close());

    it('runs a query typed in the header box and finds exactly the reports that contain it', async () => {
      await page.goto(`${s.server.home}years/`);
      const box = page.getByRole('searchbox', { name: '检索报告' });
      await box.fill('科技');
      await box.press('Enter');
      expect(page.url()).toBe(`${s.server.home}search/?q=${encodeURIComponent('科技')}`);
      const shown = await settled(page);
      const expected = expectedIds(s.docs, '科技');
      expect(expected.length).toBeGreaterThan(1);
      expect(shown.total).toBe(expected.length);
      expect([...shown.ids].sort()).toEqual(expected);
      expect(shown.status).toBe(`找到 ${expected.length} 篇报告`);
      expect(await page.getByRole('searchbox', { name: '检索词' }).inputValue()).toBe('科技');
      for (const href of await page.locator(`${RESULTS} .search-result-title a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^${base}reports/[^/?#]+/$`));
      }
    });

    it('filters by year with counts, keeps the state in the URL, and goes back and forward', async () => {
      await page.goto(`${s.server.home}search/?q=${encodeURIComponent('工作')}`);
      const all = await settled(page);
      expect(all.total).toBe(expectedIds(s.docs, '工作').length);
      const year = page.getByLabel('年份', { exact: true });
      const option2020 = `2020年（${expectedIds(s.docs, '工作', { year: '2020' }).length}）`;
      expect(await year.locator('option').allTextContents()).toContain(option2020);
      const levelCountsBefore = await page.getByLabel('层级').locator('option').allTextContents();

      await year.selectOption('2020');
      expect(new URL(page.url()).searchParams.get('year')).toBe('2020');
      const only2020 = await settled(page, (x) => x.total !== all.total);
      expect([...only2020.ids].sort()).toEqual(expectedIds(s.docs, '工作', { year: '2020' }));
      // Other filters count within the year now; the year filter still offers the other years.
      const levelCountsAfter = await page.getByLabel('层级').locator('option').allTextContents();
      expect(levelCountsAfter).not.toEqual(levelCountsBefore);
      const option2019 = `2019年（${expectedIds(s.docs, '工作', { year: '2019' }).length}）`;
      expect(await year.locator('option').allTextContents()).toEqual(expect.arrayContaining([option2020, option2019]));
      expect(await year.inputValue()).toBe('2020');

      await page.getByLabel('排序').selectOption('date');
      expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
      await settled(page);

      await page.goBack();
      await settled(page, () => !page.url().includes('sort='));
      expect(new URL(page.url()).searchParams.get('year')).toBe('2020');
      await page.goBack();
      const restored = await settled(page, (x) => x.total === all.total);
      expect(new URL(page.url()).searchParams.has('year')).toBe(false);
      expect(await year.inputValue()).toBe('');
      expect(restored.ids).toEqual(all.ids);
      await page.goForward();
      await settled(page, (x) => x.total === only2020.total);
      expect(await year.inputValue()).toBe('2020');
    });

    it('links a result to its section and highlights the term there, and only there', async () => {
      // In qu-kjj-2019 the term occurs first in section s1, then twice in s4-1.
      const term = '高新技术企业';
      await page.goto(`${s.server.home}search/?q=${encodeURIComponent(term)}`);
      await settled(page);
      const result = page.locator(`${RESULTS} li`).filter({ has: page.locator(`a[href="${base}reports/qu-kjj-2019/"]`) });
      const link = result.locator('.search-result-excerpt a');
      const href = (await link.getAttribute('href')) as string;
      expect(href).toBe(`${base}reports/qu-kjj-2019/?hl=${encodeURIComponent(term)}#s1`);
      expect(await link.locator('mark').allTextContents()).toEqual([term]);
      await link.click();
      await page.waitForURL(/#s1$/);
      const marks = page.locator('.report-body mark');
      await marks.first().waitFor();
      expect(await marks.allTextContents()).toEqual([term]);
      // The mark is in section s1 (after its heading, before the next one) and on screen.
      const section = await marks.first().evaluate((m) => {
        let e: Element | null = m.closest('.report-body > *');
        while (e && !/^H[1-6]$/.test(e.tagName)) e = e.previousElementSibling;
        return e?.id;
      });
      expect(section).toBe('s1');
      const { top, height } = await marks.first().evaluate((m) => ({ top: m.getBoundingClientRect().top, height: window.innerHeight }));
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(height);
      expect(await page.locator('.report-body').innerText()).toContain('（一）抓好高新技术企业培育');

      // A heading and the paragraph under it are one section: both are marked.
      await page.goto('about:blank'); // the same URL with another fragment would not reload
      await page.goto(`${s.server.home}reports/qu-kjj-2019/?hl=${encodeURIComponent(term)}#s4-1`);
      await marks.first().waitFor();
      expect(await marks.allTextContents()).toEqual([term, term]);
      expect(await page.locator('#s4-1 mark').count()).toBe(1);
      if (base === '/') {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, 'report-highlight-1280.png') });
      }
    });

    it('says clearly when nothing is found, and offers to clear the filters', async () => {
      await page.goto(`${s.server.home}search/?q=${encodeURIComponent('碳中和')}`);
      const none = await settled(page);
      expect(none.total).toBe(0);
      expect(none.status).toBe('没有找到包含“碳中和”的报告');
      await expect.poll(() => page.locator('.search-empty').isVisible()).toBe(true);
      expect(await page.locator('.search-empty').getByRole('link', { name: '清除全部筛选' }).count()).toBe(0);

      await page.goto(`${s.server.home}search/?q=${encodeURIComponent('统计')}&level=${encodeURIComponent('县')}`);
      const filtered = await settled(page);
      expect(filtered.total).toBe(0);
      expect(expectedIds(s.docs, '统计').length).toBeGreaterThan(0);
      await page.locator('.search-empty').getByRole('link', { name: '清除全部筛选' }).click();
      const cleared = await settled(page, (x) => x.total > 0);
      expect(cleared.total).toBe(expectedIds(s.docs, '统计').length);
      expect(page.url()).toBe(`${s.server.home}search/?q=${encodeURIComponent('统计')}`);
      expect(await page.getByLabel('层级').inputValue()).toBe('');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    });
  });
}

describe('the search page on the fixture collection', () => {
  let s: Site;
  let page: Page;
  beforeAll(async () => {
    s = await site(FIXTURE_COLLECTION);
    page = await newPage();
  });
  afterAll(() => page?.close());

  it('browses with an empty query: every report, or those of a filter, including 未注明', async () => {
    await page.goto(`${s.server.home}search/`);
    expect((await settled(page)).total).toBe(s.docs.length);
    await page.getByLabel('层级').selectOption('县');
    expect(new URL(page.url()).searchParams.get('level')).toBe('县');
    const county = await settled(page, (x) => x.total !== s.docs.length);
    expect([...county.ids].sort()).toEqual(expectedIds(s.docs, '', { level: '县' }));

    await page.goto(`${s.server.home}search/`);
    await settled(page);
    const unknownYear = s.docs.filter((d) => d.year === null).length;
    await page.getByLabel('年份', { exact: true }).selectOption({ label: `年份未注明（${unknownYear}）` });
    expect(new URL(page.url()).searchParams.get('year')).toBe('未注明');
    const shown = await settled(page, (x) => x.total === unknownYear);
    expect([...shown.ids].sort()).toEqual(expectedIds(s.docs, '', { year: '未注明' }));
  });

  it('searches from its own box with Enter, and one select changed repeatedly makes one history entry', async () => {
    await page.goto(`${s.server.home}search/?q=${encodeURIComponent('工作')}`);
    const work = await settled(page);
    const box = page.getByRole('searchbox', { name: '检索词' });
    await box.fill('统计');
    await box.press('Enter');
    expect(page.url()).toBe(`${s.server.home}search/?q=${encodeURIComponent('统计')}`);
    expect((await settled(page, (x) => x.total !== work.total)).total).toBe(expectedIds(s.docs, '统计').length);
    await page.goBack();
    expect((await settled(page, (x) => x.total === work.total)).ids).toEqual(work.ids);
    expect(await box.inputValue()).toBe('工作');

    const year = page.getByLabel('年份', { exact: true });
    await year.selectOption('2020');
    await settled(page, (x) => x.total === expectedIds(s.docs, '工作', { year: '2020' }).length);
    await year.selectOption('2019');
    await settled(page, (x) => x.total === expectedIds(s.docs, '工作', { year: '2019' }).length);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2019');
    await page.goBack();
    await settled(page, (x) => x.total === work.total);
    expect(page.url()).toBe(`${s.server.home}search/?q=${encodeURIComponent('工作')}`);
  });

  it('sorts by date, newest first, with unstated years last', async () => {
    await page.goto(`${s.server.home}search/?sort=date`);
    const shown = await settled(page);
    const years = shown.ids.map((id) => s.docs.find((d) => d.id === id)?.year ?? null);
    const known = years.filter((y): y is number => y !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(years.slice(known.length).every((y) => y === null)).toBe(true);
    expect(await page.getByLabel('排序').inputValue()).toBe('date');
  });

  it('shows the loading state while the index loads', async () => {
    const slow = await newPage();
    await slow.route('**/pagefind/huibao.json', async (route) => {
      await new Promise((done) => setTimeout(done, 800));
      await route.continue();
    });
    await slow.goto(`${s.server.home}search/?q=${encodeURIComponent('科技')}`);
    const status = slow.locator('[data-search-status]');
    expect(await slow.locator(RESULTS).getAttribute('data-state')).toBe('loading');
    expect(await status.textContent()).toBe('正在加载检索索引…');
    expect(await status.isVisible()).toBe(true);
    expect((await settled(slow)).total).toBe(expectedIds(s.docs, '科技').length);
    await slow.close();
  });

  it('says so when the index cannot be loaded', async () => {
    const broken = await newPage();
    await broken.route('**/pagefind/huibao.json', (route) => route.abort());
    await broken.goto(`${s.server.home}search/?q=${encodeURIComponent('科技')}`);
    await expect.poll(() => broken.locator(RESULTS).getAttribute('data-state')).toBe('error');
    expect(await broken.locator('[data-search-status]').textContent()).toBe('检索索引加载失败，请检查网络后刷新页面重试。');
    await broken.close();
  });

  it('loads no script for highlighting on a report page without hl', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${s.server.home}reports/qu-kjj-2019/#s1-1`);
    await page.waitForLoadState('load');
    expect(requests.filter((u) => u.endsWith('.js') || u.includes('.js?'))).toEqual([]);
    expect(await page.locator('mark').count()).toBe(0);
    page.removeAllListeners('request');
  });

  it('marks matches across inline elements, in full-width and in traditional text, leaving the text as it was', async () => {
    await page.goto(`${s.server.home}reports/qu-kjj-2019/`);
    // A string, so that Vitest does not rewrite the import() for Node.
    const result = await page.evaluate(`(async () => {
      const m = await import(${JSON.stringify(`${s.server.home}search/highlight.js`)});
      const p = document.createElement('p');
      p.append('甲', Object.assign(document.createElement('strong'), { textContent: '高新' }), '技术企业乙，高新技术企业；ＤＶＤ光碟，<b>不是标签</b>，臺灣經濟');
      const before = p.textContent;
      // The text has traditional characters: the highlighter needs the folding table first.
      m.setFoldingTableDir(${JSON.stringify(`${s.server.home}pagefind/`)});
      await m.ensureFolding(p.textContent);
      const marks = m.markTerms(p, ['高新技术企业', 'dvd', '<b>', '台湾经济']);
      return { marks: marks.map((x) => x.textContent), same: p.textContent === before, tags: p.querySelectorAll('b').length };
    })()`);
    expect(result).toEqual({ marks: ['高新', '技术企业', '高新技术企业', 'ＤＶＤ', '<b>', '臺灣經濟'], same: true, tags: 0 });
  });

  it('fetches the folding table for highlighting only when the terms or the page have traditional characters', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('ts-characters')) fetched.push(new URL(r.url()).pathname);
    });
    const marks = page.locator('.report-body mark');
    for (const term of ['高新技术企业', '高新技術企業']) {
      await page.goto('about:blank');
      await page.goto(`${s.server.home}reports/qu-kjj-2019/?hl=${encodeURIComponent(term)}#s4-1`);
      await marks.first().waitFor();
      expect(await marks.allTextContents(), term).toEqual(['高新技术企业', '高新技术企业']);
      expect(fetched, term).toEqual(term === '高新技术企业' ? [] : ['/pagefind/ts-characters.json']);
    }
    page.removeAllListeners('request');
  });

  it('says without JavaScript that search needs it and links the unit and year pages', async () => {
    const html = await readFile(join(s.built.dist, 'search/index.html'), 'utf8');
    expect(html).toMatch(/<noscript>\s*<p class="notice">[^<]*JavaScript.*href="\/units\/".*href="\/years\/".*<\/noscript>/s);
    expect(html).toMatch(/<noscript><style>\.search-app \{ display: none !important; \}<\/style><\/noscript>/);
  });

  it('has no serious or critical axe violation with results; screenshots at 390 and 1280 px', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${s.server.home}search/?q=${encodeURIComponent('科技')}&level=${encodeURIComponent('区')}`);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, `search-results-${width}.png`), fullPage: true });
    }
    await page.addScriptTag({ path: AXE });
    const problems = await page.evaluate(async () => {
      type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the search page on the bundled sample and on a long result list', () => {
  it('limits the terms to a kind of section, from the select and from the URL, exactly', async () => {
    const s = await site('content/reports');
    const docs = s.docs.map((d) => ({ ...d, body: d.body.map((b) => ({ ...b })) }));
    for (const d of docs) markZones(d.body);
    /** Ids of the sample reports with the term in a block of the kind. */
    const truthIn = (term: string, section: string): string[] => {
      const zone = SECTION_ZONES.indexOf(section as (typeof SECTION_ZONES)[number]) + 1;
      return docs.filter((d) => d.body.some((b) => b.zone === zone && normalise(b.text).includes(term))).map((d) => d.id).sort();
    };
    const page = await newPage();
    await page.goto(`${s.server.home}search/?q=${encodeURIComponent('工作')}&section=problems`);
    const problems = await settled(page);
    expect([...problems.ids].sort()).toEqual(truthIn('工作', 'problems'));
    expect(problems.total).toBeGreaterThan(0);
    const select = page.getByLabel('检索词所在章节');
    expect(await select.inputValue()).toBe('problems');
    expect(await select.locator('option').allTextContents()).toEqual(['全部章节', '工作成绩', '存在问题', '下一步计划']);
    const all = expectedIds(s.docs, '工作');
    expect(problems.total).toBeLessThan(all.length);

    await select.selectOption({ label: '下一步计划' });
    expect(new URL(page.url()).searchParams.get('section')).toBe('plans');
    const plans = await settled(page, (x) => x.ids.join() !== problems.ids.join());
    expect([...plans.ids].sort()).toEqual(truthIn('工作', 'plans'));
    await select.selectOption({ label: '全部章节' });
    expect(new URL(page.url()).searchParams.has('section')).toBe(false);
    expect((await settled(page, (x) => x.total === all.length)).total).toBe(all.length);
    await page.close();
  });

  it('filters by estimated year, apart from the stated year, newest first, with the value in the URL', async () => {
    const s = await site('content/reports');
    // The sample's reports state no year; each has an estimate: one year, a range or an open range.
    const estimates = new Map<string, string>();
    for (const name of (await readdir(join(ROOT, 'content/reports'))).filter((n) => n.endsWith('.md') && !n.startsWith('_'))) {
      const e = parseFrontmatter(await readFile(join(ROOT, 'content/reports', name), 'utf8')).fm.yearEstimate;
      if (e) estimates.set(name.slice(0, -3), e.year !== null ? `约${e.year}年` : e.to === null ? `不早于${e.from}年` : `约${e.from}—${e.to}年`);
    }
    const labelled = (label: string) => [...estimates].filter(([, l]) => l === label).map(([id]) => id);
    expect(labelled('约2013年').length).toBeGreaterThan(0);
    const page = await newPage();
    await page.goto(`${s.server.home}search/`);
    expect((await settled(page)).total).toBe(s.docs.length);
    const estimate = page.getByLabel('估计年份');
    const options = await estimate.locator('option').allTextContents();
    expect(options[0]).toBe('全部估计年份');
    // Newest first; at one year, the single year before a range that starts there.
    expect(options.slice(1)).toEqual(['不早于2015年（估计）（1）', '约2014年（估计）（2）', '约2013年（估计）（1）', '约2013—2014年（估计）（1）', '约2010年（估计）（1）']);
    for (const option of options.slice(1)) {
      const label = option.replace(/（估计）（\d+）$/, '');
      expect(option, label).toMatch(new RegExp(`（${labelled(label).length}）$`));
    }
    // The stated year is another filter: every sample report is 年份未注明.
    expect(await page.getByLabel('年份', { exact: true }).locator('option').allTextContents()).toEqual(['全部年份', `年份未注明（${s.docs.length}）`]);

    await estimate.selectOption({ label: '约2013年（估计）（1）' });
    expect(new URL(page.url()).searchParams.get('estimate')).toBe('2013');
    const only = await settled(page, (x) => x.total !== s.docs.length);
    expect([...only.ids].sort()).toEqual(labelled('约2013年').sort());

    // From the URL, with a term.
    await page.goto(`${s.server.home}search/?q=${encodeURIComponent('工作')}&estimate=2014`);
    const both = await settled(page);
    expect([...both.ids].sort()).toEqual(expectedIds(s.docs, '工作').filter((id) => labelled('约2014年').includes(id)));
    expect(await estimate.inputValue()).toBe('2014');
    await page.goto(`${s.server.home}search/?estimate=${encodeURIComponent('2013—2014')}`);
    expect([...(await settled(page)).ids]).toEqual(labelled('约2013—2014年'));
    await page.close();
  });

  it('gives the exact count of the ground truth for the sample collection', async () => {
    const s = await site('content/reports');
    const page = await newPage();
    for (const q of ['科技', '预防', '孵化器', '5.12', '科技 -预防', '１１４２３平方米', '工作', '碳达峰']) {
      await page.goto(`${s.server.home}search/?q=${encodeURIComponent(q)}`);
      const shown = await settled(page);
      const expected = expectedIds(s.docs, q);
      expect(shown.total, q).toBe(expected.length);
      if (expected.length <= 20) expect([...shown.ids].sort(), q).toEqual(expected);
    }
    await page.close();
  });

  it('shows 20 results, then 20 more on request, and moves the focus to the first new one', async () => {
    // 45 reports: the fixture collection five times over.
    const dir = await mkdtemp(join(tmpdir(), 'huibao-search-many-'));
    cleanup.push(dir);
    const files = (await readdir(join(ROOT, FIXTURE_COLLECTION))).filter((f) => f.endsWith('.md'));
    for (let k = 1; k <= 5; k++) {
      for (const f of files) await copyFile(join(ROOT, FIXTURE_COLLECTION, f), join(dir, f.replace(/\.md$/, `-c${k}.md`)));
    }
    const s = await site(dir);
    const page = await newPage();
    await page.goto(`${s.server.home}search/?sort=date`);
    const first = await settled(page);
    expect(first.total).toBe(45);
    expect(first.ids).toHaveLength(20);
    expect(first.status).toBe('找到 45 篇报告，显示前 20 篇');
    const more = page.getByRole('button', { name: /显示更多结果/ });
    expect(await more.textContent()).toBe('显示更多结果（还有 25 篇）');
    await more.click();
    const second = await settled(page, (x) => x.ids.length === 40);
    expect(second.ids.slice(0, 20)).toEqual(first.ids);
    expect(new Set(second.ids).size).toBe(40);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children[20]?.contains(document.activeElement))).toBe(
      true,
    );
    await more.click();
    const third = await settled(page, (x) => x.ids.length === 45);
    expect([...third.ids].sort()).toEqual(s.docs.map((d) => d.id).sort());
    expect(await more.isVisible()).toBe(false);
    await page.close();
  });
});
