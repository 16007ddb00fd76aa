/**
 * The trends page's build-time counts (src/lib/trend-counts.ts) against the
 * ground truth of search, `containsTerm()` on the documents the indexer
 * reads: on the fixture collection, the bundled sample and a collection of
 * Markdown edge cases. And the shortcut that reads plain bodies without a
 * Markdown parser (src/lib/search-text.ts): wherever it answers, it finds
 * the blocks the parser finds.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/synthetic-reports.ts';
import { bodyBlocks, parseFrontmatter, readCollection } from '../../scripts/search/read-collection.ts';
import { literalBlocks } from '../../src/search/literal-blocks.ts';
import { countTrends } from '../../src/lib/trend-counts.ts';
import { trendSection } from '../../src/lib/trend-figure.ts';
import { type TrendCounts, yearChart } from '../../src/lib/trend-rows.ts';
import { rankTerms, trendTerms } from '../../src/lib/trend-terms.ts';
import { containsTerm, headBlocks, type SearchDocument } from '../../src/search/document.ts';
import { normalise } from '../../src/search/normalise.ts';
import { ROOT } from '../helpers/build-site.ts';

const UNSTATED = '未注明';
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/** The estimated year of each report that states none and whose estimate pins one (trend-counts.ts). */
async function estimatedYears(dir: string): Promise<Map<string, number>> {
  const years = new Map<string, number>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.md') || name.startsWith('_')) continue;
    try {
      const { fm } = parseFrontmatter(await readFile(join(dir, name), 'utf8'));
      if (fm.year === null && typeof fm.yearEstimate?.year === 'number') years.set(name.slice(0, -3), fm.yearEstimate.year);
    } catch {
      // Skipped by the indexer and the count alike.
    }
  }
  return years;
}

/** What search would count: the reports containing the term, by facet; estimated years as trend-counts.ts adds them. */
function truth(docs: SearchDocument[], term: string, estimated = new Map<string, number>()): TrendCounts {
  const counts: TrendCounts = { total: 0, year: {}, level: {}, unit: {}, ...(estimated.size ? { estimated: {} } : {}) };
  const add = (c: Record<string, number>, k: string) => (c[k] = (c[k] ?? 0) + 1);
  for (const doc of docs.filter((d) => containsTerm(d, term))) {
    counts.total++;
    add(counts.year, doc.year === null ? UNSTATED : String(doc.year));
    const estimate = estimated.get(doc.id);
    if (estimate !== undefined) add(counts.estimated!, String(estimate));
    add(counts.level, doc.level ?? UNSTATED);
    add(counts.unit, doc.unit ?? UNSTATED);
  }
  return counts;
}

/** Terms the collection holds: substrings of its blocks of 1 to 8 characters, some across punctuation. */
function sampleTerms(docs: SearchDocument[], count: number, seed = 11): string[] {
  const rand = prng(seed);
  const texts = docs.flatMap((d) => [...headBlocks(d), ...d.body].map((b) => normalise(b.text))).filter((t) => t.length > 8);
  const terms = new Set<string>();
  while (terms.size < count) {
    const text = [...(texts[Math.floor(rand() * texts.length)] as string)];
    const n = 1 + Math.floor(rand() * 8);
    const at = Math.floor(rand() * (text.length - n));
    const term = text.slice(at, at + n).join('').trim();
    if (term && !term.includes(' ') && !term.startsWith('-') && !/["“”]/.test(term)) terms.add(term);
  }
  return [...terms];
}

async function expectExact(dir: string): Promise<void> {
  const { docs, problems } = await readCollection(dir);
  const estimated = await estimatedYears(dir);
  const terms = [...trendTerms().map((t) => t.normalised), ...sampleTerms(docs, 150), '孵化器', '科技', 'xx', '2019'];
  const counted = await countTrends(dir, terms);
  expect(counted.problems.length).toBe(problems.length);
  terms.forEach((term, i) => expect(counted.terms[i], term).toEqual(truth(docs, term, estimated)));
  const all = truth(docs, '', estimated);
  expect(counted.archive).toEqual({ total: all.total, year: all.year, estimated: all.estimated, level: all.level });
  expect(counted.terms.some((c) => c.total > 1)).toBe(true);
}

describe('build-time trend counts', () => {
  it('count exactly what search finds in the fixture collection', () => expectExact(resolve(ROOT, 'tests/fixtures/collection')));
  it('count exactly what search finds in the bundled sample', () => expectExact(resolve(ROOT, 'content/reports')));

  it('count exactly in Markdown that is not plain text, and skip files the indexer skips', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'huibao-trends-'));
    cleanup.push(dir);
    const fixture = await readFile(resolve(ROOT, 'tests/fixtures/collection/qu-kjj-2019.md'), 'utf8');
    const front = fixture.slice(0, parseFrontmatter(fixture).bodyStart);
    for (const [i, body] of TRICKY.entries()) await writeFile(join(dir, `r${i}.md`), `${front}\n${body}\n`);
    await writeFile(join(dir, 'broken.md'), '---\ntitle: 1\n---\n科技创新');
    await writeFile(join(dir, '_review.md'), front);
    await expectExact(dir);
    expect((await countTrends(dir, ['科技'])).problems).toEqual([expect.stringMatching(/broken\.md: /)]);
  });
});

describe('estimated years', () => {
  const estimate = (year: number | null, from: number, to: number) =>
    `yearEstimate:\n  year: ${year}\n  from: ${from}\n  to: ${to}\n  evidence:\n    - text: "芦山地震"\n      event: "芦山地震"\n      date: "2013-04-20"\n      constraint: { from: ${from}, to: ${to} }\n      rule: "提及"\n`;
  const report = (year: number | null, extra: string, body: string) =>
    `---\ntitle: "报告"\nunit: "甲局"\nlevel: "区"\nyear: ${year}\nanonymised: false\nperiod: null\nkind: null\n` +
    `source:\n  file: "a.txt"\n  sha256: "${'a'.repeat(64)}"\n  encoding: "utf-8"\n  part: 1\n  lines: [1, 2]\nevidence: {}\n${extra}---\n\n${body}\n`;

  it('are a series of their own when they pin one year; ranges stay 未注明', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'huibao-trends-'));
    cleanup.push(dir);
    await writeFile(join(dir, 'a.md'), report(2019, '', '科技创新'));
    await writeFile(join(dir, 'b.md'), report(null, estimate(2013, 2013, 2013), '科技创新'));
    await writeFile(join(dir, 'c.md'), report(null, estimate(null, 2012, 2014), '科技创新'));
    await writeFile(join(dir, 'd.md'), report(null, '', '其他'));
    const { terms, archive, problems } = await countTrends(dir, ['科技', '其他']);
    expect(problems).toEqual([]);
    expect(archive).toEqual({ total: 4, year: { '2019': 1, 未注明: 3 }, estimated: { '2013': 1 }, level: { 区: 4 } });
    expect(terms[0]).toEqual({ total: 3, year: { '2019': 1, 未注明: 2 }, estimated: { '2013': 1 }, level: { 区: 3 }, unit: { 甲局: 3 } });
    expect(terms[1]?.estimated).toEqual({});
    expect(yearChart(terms[0]!, archive).rows).toEqual([
      { label: '2013年', values: [0, 1] },
      { label: '2019年', values: [1, 0] },
      { label: '未注明', values: [1, 0] },
    ]);
    const html = trendSection({ term: '科技', phrase: '包含“科技”', id: 't', heading: 'h3', counts: terms[0]!, archive, searchHref: '/s' });
    expect(html).toContain('fill="url(#t-year-stripes-1)"');
    expect(html).toContain('<th scope="col">原文年份</th><th scope="col">估计年份</th><th scope="col">合计</th>');
    expect(html).toContain('<tr><th scope="row">2013年</th><td>0</td><td>1</td><td>1</td><td>100.0%</td></tr>');
    expect(html).toContain('斜纹为估计年份');
  });
});

/** Bodies where Markdown and the raw text differ; each must count as search counts. */
const TRICKY = [
  '科技**创新**工作\n\n*孵化*器',
  '科技  \n创新（硬换行）\n\n科技\\\n创新',
  '科技\n创新（软换行）',
  '1\\. 科技创新\n\n2\\) 知识产权 &amp; 专利 &lt;b&gt;',
  '&#31185;技创新（实体）',
  '- 科技\n- 创新\n\n1. 列表项\n2. 高新技术企业',
  '> 引用的科技创新\n\n    缩进代码的知识产权',
  '科技创新\n=====\n\n知识产权\n---',
  '## 科技创新 ##\n\n#没有空格的标题',
  '`科技`创新 [知识](产权) <b>专利</b> ![孵化](器.png)',
  '## 一、科技\\*创新\n\n正文\\_知识产权\\[1\\]',
  '科技\u3000创新\u00a0知识\t产权',
  '科技创新\r\n知识产权',
];

const normalised = (blocks: string[]): string[] => blocks.map(normalise).filter(Boolean);
const parsed = (body: string): string[] => normalised(bodyBlocks(body).map((b) => b.text));

describe('literalBlocks', () => {
  it('reads the ingest’s plain bodies without the parser, escapes included', () => {
    const body = '开头一段。\n\n## 一、科技\\*创新\n\n第一行\n第二行 1\\.5倍 &amp; &lt;b&gt;\n\n### （一）小节\n\n\\- 不是列表\n1\\. 也不是';
    expect(literalBlocks(body)).toEqual(['开头一段。', '一、科技*创新', '第一行\n第二行 1.5倍 & <b>', '（一）小节', '- 不是列表\n1. 也不是']);
    expect(normalised(literalBlocks(body)!)).toEqual(parsed(body));
  });

  it('gives up on anything else', () => {
    const plain = TRICKY.filter((body) => literalBlocks(body));
    expect(plain).toEqual([TRICKY[2], TRICKY[3], TRICKY[10], TRICKY[11]]);
  });

  it('agrees with the parser on every report and Markdown fixture it reads', async () => {
    const files: string[] = [];
    for (const dir of ['tests/fixtures/collection', 'content/reports']) {
      for (const name of await readdir(resolve(ROOT, dir))) if (name.endsWith('.md') && !name.startsWith('_')) files.push(resolve(ROOT, dir, name));
    }
    for (const name of await readdir(resolve(ROOT, 'tests/fixtures/markdown'))) files.push(resolve(ROOT, 'tests/fixtures/markdown', name, 'input.md'));
    let read = 0;
    for (const file of files) {
      const source = await readFile(file, 'utf8');
      const body = source.startsWith('---\n') ? source.slice(parseFrontmatter(source).bodyStart) : source;
      const literal = literalBlocks(body);
      if (literal) read++;
      if (literal) expect(normalised(literal), file).toEqual(parsed(body));
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });
  // Random Markdown-prone bodies: tests/search/literal-blocks.test.ts holds the reader to the parser's exact blocks.
});

describe('the term list', () => {
  it('holds 100–200 distinct search terms', () => {
    const terms = trendTerms();
    expect(terms.length).toBeGreaterThanOrEqual(100);
    expect(terms.length).toBeLessThanOrEqual(200);
    expect(new Set(terms.map((t) => t.normalised)).size).toBe(terms.length);
    expect(terms.find((t) => t.term === '5G')?.normalised).toBe('5g');
  });

  it('names every bad entry at once', () => {
    expect(() => trendTerms({ groups: [{ name: 'x', terms: ['科技 创新', '-预防', 'ＡＢ', 'ab', ''] }] }, 'list.json')).toThrow(
      'list.json:\n  "科技 创新" is not one search term (hint: no spaces, quotes or leading "-")\n' +
        '  "-预防" is not one search term (hint: no spaces, quotes or leading "-")\n' +
        '  "ab" is the same search term as "ＡＢ" (hint: keep one)\n' +
        '  "" is not one search term (hint: no spaces, quotes or leading "-")',
    );
  });

  it('ranks by reports, ties in list order, and leaves out terms no report has', () => {
    const terms = trendTerms({ groups: [{ name: 'g', terms: ['甲', '乙', '丙', '丁'] }] });
    expect(rankTerms(terms, [2, 5, 2, 0]).map((t) => `${t.term}${t.reports}`)).toEqual(['乙5', '甲2', '丙2']);
  });
});
