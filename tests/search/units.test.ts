import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { bodyBlocks } from '../../scripts/search/read-collection.ts';
import { recordWords } from '../../scripts/search/records.ts';
import rehypeSectionIds from '../../src/markdown/rehype-section-ids.ts';
import { HEAD_ZONE, type SearchDocument } from '../../src/search/document.ts';
import { buildExcerpt, escapeHtml, matchRanges } from '../../src/search/excerpt.ts';
import { normalise, normaliseWithOrigin } from '../../src/search/normalise.ts';
import { parseQuery } from '../../src/search/query.ts';
import { compareSignals, countRuns, type RankSignals } from '../../src/search/ranking.ts';
import { charCode, decodeCode, FILLER, planTerm, zoneWords } from '../../src/search/tokens.ts';

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

describe('tokens', () => {
  test('every code point has a 4-character code over 0-9a-w, and it decodes back', () => {
    for (const cp of [0, 0x20, 0x2e, 0x4e00, 0x9fff, 0x20bb7, 0x10ffff]) {
      const code = charCode(cp);
      expect(code).toMatch(/^[0-9a-w]{4}$/);
      expect(decodeCode(code)).toBe(cp);
    }
  });
  test('a zone is one word per character; block ends are fillers', () => {
    expect(zoneWords('科技\n5.\n')).toEqual([
      charCode(0x79d1) + charCode(0x6280),
      charCode(0x6280) + charCode(10),
      FILLER,
      charCode(0x35) + charCode(0x2e),
      charCode(0x2e) + charCode(10),
      FILLER,
    ]);
  });
  test('a term is a prefix (1 character) or a phrase of bigrams', () => {
    expect(planTerm('科')).toMatchObject({ prefix: true, tokens: [charCode(0x79d1)], phrase: [] });
    const p = planTerm('年年年');
    expect(p.phrase).toHaveLength(2);
    expect(p.tokens).toHaveLength(1);
  });
  test('the head zone is padded to a fixed size so positions say where a match is', () => {
    const doc: SearchDocument = { id: 'a', title: '标题', unit: null, year: null, level: null, period: null, kind: null, body: [{ kind: 'paragraph', text: '正文', section: null }] };
    const words = recordWords(doc);
    expect(words).toHaveLength(HEAD_ZONE + 3);
    expect(words[HEAD_ZONE]).toBe(charCode(0x6b63) + charCode(0x6587));
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
    expect(e).toEqual({ html: '<mark>预防科</mark>工作总结', sectionId: null });
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
  test('phrase occurrences are counted from adjacent token runs', () => {
    expect(countRuns([3, 4, 5, 10, 11, 20], 3)).toBe(1);
    expect(countRuns([3, 4, 10, 11], 2)).toBe(2);
    expect(countRuns([7, 9], 1)).toBe(2);
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
