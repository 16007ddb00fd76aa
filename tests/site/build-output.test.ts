/**
 * The built fixture site, read as files: pages, exports, feed, sitemap,
 * links, and the promises about scripts and escaping.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_COLLECTION, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { checkLinks, htmlFiles } from '../helpers/link-check.ts';

const SITE = 'https://example.gov.cn';
let built: BuiltSite;
const read = (path: string) => readFileSync(join(built.dist, path), 'utf8');
const fixtureIds = readdirSync(join(ROOT, FIXTURE_COLLECTION))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();

beforeAll(async () => {
  built = await buildSite({ site: SITE });
});

describe('pages', () => {
  it('writes every page kind, the search index and the data files', () => {
    for (const path of [
      'index.html',
      '404.html',
      'search/index.html',
      'units/index.html',
      'units/unknown/index.html',
      'years/index.html',
      'years/2020/index.html',
      'years/unknown/index.html',
      'feed.xml',
      'sitemap.xml',
      'robots.txt',
      'data/reports.json',
      'data/reports.csv',
      'data/reports.jsonl',
      'pagefind/huibao.json',
      'pagefind/ts-characters.json',
      'search/highlight.js',
      ...fixtureIds.flatMap((id) => [`reports/${id}/index.html`, `reports/${id}.txt`]),
    ]) {
      expect(existsSync(join(built.dist, path)), path).toBe(true);
    }
  });

  it('has no broken internal link or anchor', () => {
    const { checked, broken } = checkLinks(built.dist, '/', SITE);
    expect(checked).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('points to the unit and year pages when search cannot run', () => {
    const html = read('search/index.html');
    expect(html).toMatch(/<noscript>.*href="\/units\/".*href="\/years\/".*<\/noscript>/s);
  });

  it('declares Chinese on every page', () => {
    for (const file of htmlFiles(built.dist).filter((f) => !f.includes('/pagefind/'))) {
      expect(readFileSync(file, 'utf8'), file).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/);
    }
  });
});

describe('report page', () => {
  const page = () => read('reports/qu-kjj-2019/index.html');

  it('shows the metadata block, outline and body with positional ids', () => {
    const html = page();
    for (const label of ['发布单位', '层级', '年份', '期间', '类型', '来源文件', '字数']) {
      expect(html).toContain(`<dt>${label}</dt>`);
    }
    expect(html).toContain('<h2 id="s1" data-section-kind="done">一、科技创新体系建设取得新进展</h2>');
    expect(html).toContain('<h3 id="s1-2">（二）创新平台建设成效明显</h3>');
    expect(html).toContain('<h3 id="s4-1">（一）抓好高新技术企业培育</h3>');
    expect(html).toContain('<a href="#s1-2">（二）创新平台建设成效明显</a>');
  });

  it('links to the neighbours of the same unit and cites itself', () => {
    const html = page();
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('rel="next" href="/reports/qu-kjj-2020-h1/"');
    expect(read('reports/qu-kjj-2020-h1/index.html')).toContain('rel="prev" href="/reports/qu-kjj-2019/"');
    expect(html).toContain(
      'xx区科技局. xx区科技局2019年工作总结[EB/OL]. 汇报编辑部, 2019. https://example.gov.cn/reports/qu-kjj-2019/.',
    );
  });

  it('says 未注明 for a report without a year and links to the unknown-year bucket', () => {
    const html = read('reports/qu-kjj-20xx-h1/index.html');
    expect(html).toContain('<a href="/years/unknown/">未注明</a>');
    expect(html).toContain('（原文已隐去）');
  });

  it('runs no script but the display toggle and the search-term loader', () => {
    const scripts = [...page().matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script>', '<script>', '<script>']);
    expect(page()).toContain("localStorage.getItem('huibao-view')");
    // Loads the highlighter only for a link from a search result (src/components/SearchHighlight.astro).
    expect(page()).toMatch(/<script>if\(\/\[\?&\]hl=\/\.test\(location\.search\)\)import\("\/search\/highlight\.js\?v=[0-9a-f]{10}"\)/);
  });

  it('shows report text that looks like HTML as text', () => {
    const escaped = read('reports/shi-tjj-2020-q1/index.html');
    expect(escaped).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(escaped).toContain('&#x3C;img src=x onerror=alert(1)>');
    const handEdited = read('reports/unknown-unit-20xx/index.html');
    expect(handEdited).toContain('<p>&#x3C;script>alert(2)&#x3C;/script></p>');
    expect(handEdited).toContain('&#x3C;img src=x onerror=alert(3)>');
    for (const html of [escaped, handEdited]) {
      expect(html).not.toMatch(/<script>alert|<img|<b>/);
    }
  });

  it('offers the plain text, with a BOM, title first', () => {
    const text = read('reports/shi-tjj-2020-q1.txt');
    expect(text.startsWith('\uFEFF某市统计局2020年第一季度工作总结\n\n第一季度')).toBe(true);
    expect(text).toContain('录入了 <script>alert(1)</script> 这样的代码文字');
    expect(text).toContain('\n\n一、统计数据质量核查\n\n');
  });
});

describe('section kinds', () => {
  it('mark each top-level section and label it under its heading and in the outline', () => {
    const html = read('reports/qu-kjj-2019/index.html');
    const marks = [...html.matchAll(/<h2 id="(s\d+)" data-section-kind="(\w+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(marks).toEqual(['s1:done', 's2:done', 's3:problems', 's4:plans']);
    expect(html).toContain('三、存在的问题</h2>\n<p class="section-kind section-kind-problems">存在问题</p>');
    expect(html).toContain('<a href="#s4">四、2020年工作打算</a> <span class="section-kind section-kind-plans">下一步计划</span>');
  });

  it('mark the plans that follow the last achievement of the sample shape, with a link from the outline', () => {
    const html = read('reports/qu-kjj-20xx-h1/index.html');
    expect(html).toContain('<h2 id="s3" data-section-kind="done">');
    expect(html).toContain('<p id="s3-plans" class="section-kind section-kind-plans">下一步计划</p>\n<p data-section-kind="plans">下半年，我们将');
    expect(html).toContain('<li class="outline-part"><a href="#s3-plans">下一步计划</a></li>');
  });

  it('keep the labels out of the plain text', () => {
    const lines = read('reports/qu-kjj-2019.txt').split('\n');
    expect(lines).toContain('三、存在的问题');
    for (const label of ['工作成绩', '存在问题', '下一步计划']) expect(lines).not.toContain(label);
  });
});

describe('lists', () => {
  it('groups units by level, with counts', () => {
    const html = read('units/index.html');
    const order = ['中央', '省', '市', '区', '县', '层级未注明'].map((l) => html.indexOf(`>${l}<span`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/xx区科技局<\/a> <span class="count">3篇/);
  });

  it('counts years, newest first, unknown last', () => {
    const html = read('years/index.html');
    const years = [...html.matchAll(/href="\/years\/(\w+)\/">/g)].map((m) => m[1]);
    expect(years).toEqual(['2023', '2022', '2021', '2020', '2019', '2018', 'unknown']);
    expect(html).toMatch(/年份未注明<\/a> <span class="count">2篇/);
  });

  it('shows counts by level and the year span on the home page', () => {
    const html = read('index.html');
    expect(html).toContain('年份跨度 <strong>2018—2023年</strong>');
    expect(html).toContain('<a href="/units/#level-3"><span>区</span><strong>3</strong>篇</a>');
    expect(html).toContain('action="/search/" method="get"');
  });

  it('shows the footer fields that are set', () => {
    const html = read('index.html');
    expect(html).toContain('<dt>主办单位</dt><dd>某市人民政府办公室</dd>');
    expect(html).toContain('京ICP备00000000号');
    expect(html).toContain('京公网安备00000000000000号');
  });
});

describe('rebuilds', () => {
  it('give the same bytes for the same input', async () => {
    const again = await buildSite({ site: SITE });
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name).slice(dir.length))
        .sort();
    expect(files(again.dist)).toEqual(files(built.dist));
    const differ = files(built.dist).filter(
      (f) => !readFileSync(join(built.dist, f)).equals(readFileSync(join(again.dist, f))),
    );
    expect(differ).toEqual([]);
  });
});

describe('feeds and data', () => {
  it('exports metadata as JSON and CSV (with BOM), and full text as JSONL', () => {
    const json = JSON.parse(read('data/reports.json')) as { id: string; url: string }[];
    expect(json.map((r) => r.id).sort()).toEqual(fixtureIds);
    expect(json[0]!.url).toMatch(/^https:\/\/example\.gov\.cn\/reports\//);
    const csv = read('data/reports.csv');
    expect(csv.startsWith('\uFEFFid,url,title,unit,level,year,anonymised,period,kind,chars,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(fixtureIds.length + 1);
    const lines = read('data/reports.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(fixtureIds.length);
    expect(lines.find((l) => l.id === 'shi-tjj-2020-q1').text).toContain('<script>alert(1)</script>');
  });

  it('writes an Atom feed, a sitemap of absolute URLs and robots.txt pointing to it', () => {
    const feed = read('feed.xml');
    expect(feed.match(/<entry>/g)).toHaveLength(fixtureIds.length);
    expect(feed).toContain('<link rel="self" href="https://example.gov.cn/feed.xml"/>');
    expect(feed).toContain('<updated>2023-11-14T22:13:20.000Z</updated>');
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.gov.cn/reports/qu-kjj-2019/</loc>');
    expect(sitemap).toContain('<loc>https://example.gov.cn/years/unknown/</loc>');
    expect(read('robots.txt')).toContain('Sitemap: https://example.gov.cn/sitemap.xml');
  });
});
