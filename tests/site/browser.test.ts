/**
 * The built fixture site in Chromium, served over HTTP at `/` and at the
 * sub-path `/archive/`: navigation by clicking, search, the display toggle,
 * escaping, accessibility (axe-core) and screenshots for a person to review.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium, type Browser } from '../helpers/chromium.ts';
import { checkLinks } from '../helpers/link-check.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(ROOT, 'tests/.output/screenshots');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical WCAG 2.1 A/AA violations on the current page, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** One build per base path for the whole file. */
const builds = new Map<string, Promise<BuiltSite>>();
const built = (base: string) => {
  if (!builds.has(base)) builds.set(base, buildSite(base === '/' ? {} : { base }));
  return builds.get(base)!;
};

for (const base of ['/', '/archive/']) {
  describe(`site served at ${base}`, () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    const dialogs: string[] = [];

    beforeAll(async () => {
      server = await serveDist((await built(base)).dist, base);
      browser = await launchChromium();
      page = await browser.context.newPage();
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('has no broken internal link', async () => {
      const { checked, broken } = checkLinks((await built(base)).dist, base);
      expect(checked).toBeGreaterThan(200);
      expect(broken).toEqual([]);
    });

    it('goes home → unit → report → section → year by clicking', async () => {
      await page.goto(server.home);
      await page.getByRole('link', { name: '按单位浏览' }).click();
      expect(page.url()).toBe(`${server.home}units/`);
      await page.getByRole('link', { name: 'xx区科技局' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('xx区科技局');
      expect(page.url()).toMatch(new RegExp(`${base}units/xx-qukejiju-[0-9a-f]{6}/$`));
      await page.getByRole('link', { name: 'xx区科技局2019年工作总结' }).click();
      expect(page.url()).toBe(`${server.home}reports/qu-kjj-2019/`);
      await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '（二）创新平台建设成效明显' }).click();
      expect(page.url()).toBe(`${server.home}reports/qu-kjj-2019/#s1-2`);
      const top = await page.locator('#s1-2').evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(100);
      await page.getByRole('link', { name: '下一篇 xx区科技局2020年上半年工作总结' }).click();
      expect(page.url()).toBe(`${server.home}reports/qu-kjj-2020-h1/`);
      await page.locator('.report-meta').getByRole('link', { name: '2020年' }).click();
      expect(page.url()).toBe(`${server.home}years/2020/`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('2020年');
      await page.getByRole('link', { name: '某市统计局2020年第一季度工作总结' }).click();
      expect(page.url()).toBe(`${server.home}reports/shi-tjj-2020-q1/`);
    });

    it('searches from the header form', async () => {
      await page.goto(`${server.home}years/`);
      await page.getByRole('searchbox', { name: '检索报告' }).fill('统计');
      await page.getByRole('searchbox', { name: '检索报告' }).press('Enter');
      expect(page.url()).toBe(`${server.home}search/?q=%E7%BB%9F%E8%AE%A1`);
      const result = page.locator('[data-search-results] .search-result-title a').first();
      await result.waitFor({ timeout: 10_000 });
      expect(await result.getAttribute('href')).toMatch(new RegExp(`^${base}reports/`));
      await result.click();
      await expect.poll(() => page.locator('h1').textContent()).toContain('统计');
    });

    it('shows report text that looks like HTML as text and runs none of it', async () => {
      await page.goto(`${server.home}reports/shi-tjj-2020-q1/`);
      const body = await page.locator('.report-body').innerText();
      expect(body).toContain('录入了 <script>alert(1)</script> 这样的代码文字');
      expect(body).toContain('<img src=x onerror=alert(1)>');
      await page.goto(`${server.home}reports/unknown-unit-20xx/`);
      expect(await page.locator('.report-body').innerText()).toContain('<script>alert(2)</script>');
      await page.goto(`${server.home}search/?q=alert`);
      await page.locator('[data-search-results] li').first().waitFor({ timeout: 10_000 });
      expect(await page.locator('.report-body img, [data-search-results] img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });
}

describe('display options, accessibility and screenshots', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist((await built('/')).dist);
    browser = await launchChromium();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('toggles large text and high contrast from the keyboard, and remembers them', async () => {
    await page.goto(`${server.home}reports/qu-kjj-2019/`);
    const large = page.getByRole('button', { name: '大字' });
    const sizeBefore = await page.locator('.report-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    await large.focus();
    await page.keyboard.press('Enter');
    expect(await large.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '高对比' }).focus();
    await page.keyboard.press('Space');
    await page.goto(`${server.home}units/`);
    expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('view-large view-contrast');
    await page.goto(`${server.home}reports/qu-kjj-2019/`);
    const sizeAfter = await page.locator('.report-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(sizeAfter).toBeCloseTo(sizeBefore * 1.25, 0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, 'report-large-contrast-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '大字' }).click();
    await page.getByRole('button', { name: '高对比' }).click();
    expect(await page.evaluate(() => localStorage.getItem('huibao-view'))).toBe('');
  });

  const pages = {
    home: '',
    units: 'units/',
    unit: 'units/unknown/',
    years: 'years/',
    year: 'years/2020/',
    report: 'reports/qu-kjj-2019/',
    search: 'search/?q=科技',
    'not-found': 'no/such/page/',
  };

  for (const [kind, path] of Object.entries(pages)) {
    it(`${kind}: no serious or critical axe violation, no sideways scroll from 360 px; screenshots`, async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const width of [360, 390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(server.home + path);
        if (kind === 'search') await page.locator('[data-search-results] li').first().waitFor({ timeout: 10_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
        if (width !== 360) await page.screenshot({ path: join(SCREENSHOTS, `${kind}-${width}.png`), fullPage: true });
      }
      if (kind === 'report') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: join(SCREENSHOTS, 'report-print.png'), fullPage: true });
        await page.emulateMedia({ media: 'screen' });
      }
      expect(await axeProblems(page)).toEqual([]);
    });
  }
});
