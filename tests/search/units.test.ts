import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { bodyBlocks } from '../../scripts/search/read-collection.ts';
import { type BucketFile, GramIndex } from '../../scripts/search/gram-index.ts';
import { comparePages, shardMeta } from '../../scripts/search/page-table.ts';
import rehypeSectionIds from '../../src/markdown/rehype-section-ids.ts';
import { HEAD_ZONE } from '../../src/search/document.ts';
import { buildExcerpt, escapeHtml, matchRanges } from '../../src/search/excerpt.ts';
import { normalise, normaliseWithOrigin } from '../../src/search/normalise.ts';
import { parseQuery } from '../../src/search/query.ts';
import { compareSignals, type RankSignals } from '../../src/search/ranking.ts';
import { planTerm } from '../../src/search/grams.ts';
import { findInBucket, gramHash, runLengthDecode } from '../../src/search/index-format.ts';
import { chainPhrase, decodeCounts, decodePositions } from '../../src/search/postings.ts';
import { ByteReader, ByteWriter } from '../../src/search/varint.ts';

describe('normalise', () => {
  test('full-width and half-width, upper and lower case are the same', () => {
    expect(normalise('ＤＶＤ１２３，Ａｂ')).toBe('dvd123,ab');
    expect(normalise('5.12')).toBe(normalise('５．１２'));
  });
  test('whitespace runs become one space; zero-width characters vanish', () => {
    expect(normalise('  科技\u3000\u3000局 \n x\u200by ')).toBe('科技 局 xy');
  });
  test('every normalised character maps back to where it came from', () => {
    const { text, origin } = normaliseWithOrigin('Ａ①科');
    expect(text).toBe('a1科');
    expect(origin).toEqual([0, 1, 2, 3]);
  });
});

/** Builds an index of pages given as [head, body] zone texts and reads a gram's posting back. */
function indexOf(pages: [string, string][]): (gram: string) => Uint8Array | null {
  const index = new GramIndex();
  pages.forEach(([head, body], i) => index.addPage(i, head, body));
  const buckets: BucketFile[] = [];
  const count = index.writeBuckets(64, 16, (i, file) => {
    expect(i).toBe(buckets.length);
    buckets.push(file);
  });
  expect(count).toBe(buckets.length);
  return (gram) => {
    const { bucket, externals } = buckets[gramHash(gram) % count] as BucketFile;
    const ref = findInBucket(bucket, gram);
    if (!ref) return null;
    if ('bytes' in ref) return ref.bytes;
    return externals.find((e) => e.entry === ref.external)?.bytes ?? null;
  };
}

describe('grams and postings', () => {
  test('varints round-trip', () => {
    const w = new ByteWriter();
    for (const n of [0, 1, 127, 128, 16_383, 2 ** 31, 2 ** 40]) w.varint(n);
    const r = new ByteReader(w.result());
    expect([0, 1, 127, 128, 16_383, 2 ** 31, 2 ** 40].map(() => r.varint())).toEqual([0, 1, 127, 128, 16_383, 2 ** 31, 2 ** 40]);
    expect(r.done).toBe(true);
  });
  test('a term of up to three characters is one gram; a longer one a cover of trigrams', () => {
    expect(planTerm('科')).toEqual({ length: 1, grams: ['科'], offsets: [0] });
    expect(planTerm('知识产权')).toEqual({ length: 4, grams: ['知识产', '识产权'], offsets: [0, 1] });
    expect(planTerm('科技特派员们').offsets).toEqual([0, 3]);
    expect(planTerm('1234567').offsets).toEqual([0, 3, 4]);
  });
  test('counts and head flags of 1- and 2-character grams; no gram crosses a block end', () => {
    const get = indexOf([['科技局\n', '科技\n局科\n'], ['标题\n', '科学\n']]);
    const ke = decodeCounts(get('科') as Uint8Array);
    expect([...ke.pages]).toEqual([0, 1]);
    expect([...ke.counts]).toEqual([3, 1]);
    expect([...ke.head]).toEqual([1, 0]);
    expect([...decodeCounts(get('科技') as Uint8Array).counts]).toEqual([2]);
    expect(get('技局')).not.toBeNull();
    expect(get('技\n')).toBeNull();
    expect(get('局科')).not.toBeNull();
  });
  test('trigram positions: the head zone from 0, the body from HEAD_ZONE', () => {
    const get = indexOf([['知识产权\n', '保护知识产权。\n']]);
    const hits = decodePositions(get('知识产') as Uint8Array);
    expect([...hits.positions]).toEqual([0, HEAD_ZONE + 2]);
    expect(hits.head[0]).toBe(1);
  });
  test('a chain of trigrams finds the phrase exactly, not its pieces apart', () => {
    const get = indexOf([
      ['\n', '知识产权\n'],
      ['\n', '知识产品，识产权\n'],
      ['\n', '知识产\n识产权\n'],
      ['知识产权\n', '甲知识产权乙知识产权\n'],
    ]);
    const plan = planTerm('知识产权');
    const parts = plan.grams.map((g) => decodePositions(get(g) as Uint8Array));
    const hits = chainPhrase(parts, plan.offsets);
    expect([...hits.pages]).toEqual([0, 3]);
    expect([...hits.counts]).toEqual([1, 3]);
    expect([...hits.head]).toEqual([0, 1]);
  });
  test('the head zone is cut before HEAD_ZONE - 1 so no phrase spans the zones', () => {
    const head = `${'甲'.repeat(HEAD_ZONE - 3)}知识`;
    const get = indexOf([[head, '产权\n']]);
    expect(get('知识产')).toBeNull();
  });
  test('page tables: newest year first, unstated last; columns run-length coded', () => {
    const page = (id: string, year: number | null, unit: string | null) => ({ id, year, unit, level: null, period: null, kind: null });
    const pages = [page('b', 2020, '乙'), page('a', null, null), page('c', 2021, '甲'), page('d', 2020, '甲')].sort(comparePages);
    expect(pages.map((p) => p.id)).toEqual(['c', 'b', 'd', 'a']); // 乙 (U+4E59) sorts before 甲
    const meta = shardMeta(pages, 1);
    expect(meta.values.year).toEqual(['2021', '2020', '未注明']);
    expect(meta.columns.level).toEqual([0, 4]);
    expect([...runLengthDecode(meta.columns.year, 4)]).toEqual([0, 1, 1, 2]);
  });
});

describe('parseQuery', () => {
  test('terms, quoted phrases with spaces, exclusions, full-width forms', () => {
    expect(parseQuery('科技  “知识 产权” -预防 －"a b" ＤＶＤ 科技')).toEqual({
      terms: ['科技', '知识 产权', 'dvd'],
      excluded: ['预防', 'a b'],
    });
    expect(parseQuery('"unclosed phrase')).toEqual({ terms: ['unclosed phrase'], excluded: [] });
    expect(parseQuery(' - ')).toEqual({ terms: ['-'], excluded: [] });
    expect(parseQuery('')).toEqual({ terms: [], excluded: [] });
  });
});

describe('excerpt', () => {
  test('escapes report text and marks every occurrence in the original characters', () => {
    const e = buildExcerpt([['paragraph', 's2', '<b>在“５．１２”和5.12</b>'], ['title', '', '标题']], ['5.12']);
    expect(e.html).toBe('&#60;b&#62;在“<mark>５．１２</mark>”和<mark>5.12</mark>&#60;/b&#62;');
    expect(e.sectionId).toBe('s2');
  });
  test('falls back to the title, without a section', () => {
    const e = buildExcerpt([['paragraph', 's1', '正文'], ['title', '', '预防科工作总结']], ['预防科']);
    expect(e).toEqual({ html: '<mark>预防科</mark>工作总结', sectionId: null, match: 'head' });
  });
  test('long text is cut around the first match', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(200)}`;
    const e = buildExcerpt([['paragraph', 's1', text]], ['目标']);
    expect(e.html.startsWith('…')).toBe(true);
    expect(e.html.endsWith('…')).toBe(true);
    expect(e.html).toContain('<mark>目标</mark>');
    expect(e.html.length).toBeLessThan(140);
  });
  test('overlapping matches merge', () => {
    expect(matchRanges('aaa', ['aa'])).toEqual([[0, 3]]);
    expect(escapeHtml(`&"'`)).toBe('&#38;&#34;&#39;');
  });
});

describe('ranking', () => {
  const s = (page: string, headTerms: number, occurrences: number, recency: number): RankSignals => ({ page, headTerms, occurrences, recency });
  test('title and heading matches, then occurrences, then newest', () => {
    const list = [s('a', 0, 9, 0), s('b', 1, 1, 5), s('c', 0, 9, 3), s('d', 0, 2, 1), s('e', 1, 3, 9)];
    expect(list.sort(compareSignals('relevance')).map((x) => x.page)).toEqual(['e', 'b', 'a', 'c', 'd']);
    expect(list.sort(compareSignals('date')).map((x) => x.page)).toEqual(['a', 'd', 'c', 'b', 'e']);
  });
});

describe('section ids', () => {
  test('the same ids as the rehype plugin gives rendered headings', () => {
    const md = '前言\n\n## 一\n\n### 甲\n\n正文\n\n### 乙\n\n#### 子\n\n## 二\n\n##### 深\n\n# 顶\n';
    const hast = unified().use(remarkParse).use(remarkRehype).use(rehypeSectionIds).runSync(unified().use(remarkParse).parse(md));
    const ids: string[] = [];
    visit(hast, 'element', (node: { tagName: string; properties: { id?: string } }) => {
      if (/^h[1-6]$/.test(node.tagName)) ids.push(node.properties.id as string);
    });
    expect(bodyBlocks(md).filter((b) => b.kind === 'heading').map((b) => b.section)).toEqual(ids);
    expect(ids).toEqual(['s1', 's1-1', 's1-2', 's1-2-1', 's2', 's2-0-0-1', 's3']);
  });
  test('Markdown escapes and entities become the visible text', () => {
    expect(bodyBlocks('a \\* b &lt;c&gt; &amp; d').map((b) => b.text)).toEqual(['a * b <c> & d']);
  });
});
