import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../scripts/search/build-index.ts';
import { CARD_CHARS, groupTexts } from '../../scripts/search/cards.ts';
import { bodyBlocks, readCollection } from '../../scripts/search/read-collection.ts';
import { GramIndex } from '../../scripts/search/gram-index.ts';
import { type ReadBack, readBack } from './helpers/read-back.ts';
import { type Served, serveFolder } from './helpers/fetch-folder.ts';
import { comparePages, estimateFacet, facetValues, type PageFacets, pageTableFiles, UNSTATED } from '../../scripts/search/page-table.ts';
import { prng } from '../../scripts/bench/synthetic-reports.ts';
import rehypeSectionIds from '../../src/markdown/rehype-section-ids.ts';
import { HEAD_ZONE, type SearchDocument, zoneText } from '../../src/search/document.ts';
import { createSearch } from '../../src/search/engine.ts';
import { buildExcerpt, escapeHtml, matchRanges } from '../../src/search/excerpt.ts';
import { normalise, normaliseWithOrigin } from '../../src/search/normalise.ts';
import { parseQuery } from '../../src/search/query.ts';
import { compareSignals, type RankSignals } from '../../src/search/ranking.ts';
import { planTerm } from '../../src/search/grams.ts';
import {
  decodePageTable,
  FACET_KEYS,
  type FacetKey,
  CARD_SLOT,
  cardSlot,
  inflateRaw,
  PAGE_GROUP,
  PAGE_TABLE,
  type PageCard,
  readCardSlot,
  readPageTableFile,
  type ShardMeta,
  type TextBlock,
} from '../../src/search/index-format.ts';
import { generatedQueries } from './helpers/queries.ts';
import { chainPhrase, type Hits, type PositionHits } from '../../src/search/postings.ts';
import { countCode, countOfCode, HEAD_BASE, POSITION_STEP } from '../../src/search/posting-format.ts';
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
function indexOf(pages: [string, string][]): ReadBack {
  const index = new GramIndex();
  pages.forEach(([head, body], i) => index.addPage(i, head, body));
  return readBack(index, { bucketBytes: 64, inlineMax: 16, deflateMin: 64, packBytes: 256 });
}

describe('grams and postings', () => {
  test('inflateRaw undoes a raw deflate, empty and large ones too, and rejects a corrupt one without leaving a stray rejection', async () => {
    for (const text of ['', '科技创新', '高新技术企业'.repeat(20_000)]) {
      const bytes = new Uint8Array(deflateRawSync(Buffer.from(text)));
      expect(new TextDecoder().decode(await inflateRaw(bytes))).toBe(text);
    }
    await expect(inflateRaw(Uint8Array.from([0xff, 0xfe, 0x00, 0x13, 0x37]))).rejects.toThrow();
  });
  test('varints round-trip', () => {
    const w = new ByteWriter();
    for (const n of [0, 1, 127, 128, 16_383, 2 ** 31, 2 ** 40]) w.varint(n);
    const r = new ByteReader(w.result());
    expect([0, 1, 127, 128, 16_383, 2 ** 31, 2 ** 40].map(() => r.varint())).toEqual([0, 1, 127, 128, 16_383, 2 ** 31, 2 ** 40]);
    expect(r.done).toBe(true);
  });
  test('a term of up to three characters, or four letters and digits, is one gram; a longer one a cover of trigrams', () => {
    expect(planTerm('科')).toEqual({ length: 1, gram: true, grams: ['科'], offsets: [0] });
    expect(planTerm('知识产权')).toEqual({ length: 4, gram: true, grams: ['知识产权'], offsets: [0] });
    expect(planTerm('2015')).toEqual({ length: 4, gram: true, grams: ['2015'], offsets: [0] });
    expect(planTerm('5.12')).toEqual({ length: 4, gram: false, grams: ['5.1', '.12'], offsets: [0, 1] });
    expect(planTerm('科技特派员们').offsets).toEqual([0, 3]);
    expect(planTerm('1234567').offsets).toEqual([0, 3, 4]);
  });
  test('a chain of 5 to 8 letters and digits may also be a phrase posting of its own, filed with its first trigram', () => {
    expect(planTerm('高新技术企业')).toEqual({ length: 6, gram: false, grams: ['高新技', '术企业'], offsets: [0, 3], phrase: '高新技术企业' });
    expect(planTerm('科技型中小企业').phrase).toBe('科技型中小企业');
    expect(planTerm('11423平方米').phrase).toBe('11423平方米');
    expect(planTerm('高新技术企业认定').phrase).toBe('高新技术企业认定');
    // Longer, or with punctuation or a space: chained only.
    for (const term of ['高新技术企业认定工', '科技,特派员', '科技 特派员', '1-6月份', '5.12']) expect(planTerm(term).phrase, term).toBeUndefined();
  });
  test('counts are exact up to 4, then rounded down to a power of two', () => {
    for (let c = 0; c <= 4; c++) expect(countOfCode(countCode(c))).toBe(c);
    expect([5, 7, 8, 15, 16, 1000].map((c) => countOfCode(countCode(c)))).toEqual([4, 4, 8, 8, 16, 512]);
    let last = -1;
    for (let c = 0; c < 100_000; c += c < 300 ? 1 : 97) {
      const code = countCode(c);
      expect(countOfCode(code)).toBeLessThanOrEqual(c);
      expect(countOfCode(code + 1)).toBeGreaterThan(c);
      expect(code).toBeGreaterThanOrEqual(last);
      last = code;
    }
    expect(countCode(100_000)).toBeLessThan(40);
  });
  test('counts and head flags of 1- and 2-character grams; no gram crosses a block end', () => {
    const get = indexOf([['科技局\n', '科技\n局科\n'], ['标题\n', '科学\n']]);
    const ke = get('科')?.hits as Hits;
    expect([...ke.pages]).toEqual([0, 1]);
    expect([...ke.counts]).toEqual([3, 1]);
    expect([...ke.head]).toEqual([1, 0]);
    expect([...(get('科技')?.hits as Hits).counts]).toEqual([2]);
    expect(get('技局')).not.toBeNull();
    expect(get('技\n')).toBeNull();
    expect(get('局科')).not.toBeNull();
  });
  test('trigram positions: the head zone from 0, the body from HEAD_BASE, a step apart per character', () => {
    const get = indexOf([['知识产权\n', '保护知识产权。\n']]);
    const found = get('知识产');
    expect([...(found?.positions as PositionHits).positions]).toEqual([0, HEAD_BASE + 2 * POSITION_STEP]);
    expect(found?.hits.head[0]).toBe(1);
    expect([...(found?.hits as Hits).counts]).toEqual([2]);
    // Four letters or digits are a gram of their own, with counts and head flags but no positions.
    expect(get('知识产权')?.hits.counts[0]).toBe(2);
    expect(get('知识产权')?.positions).toBeUndefined();
    expect(get('护知识产')?.hits.head[0]).toBe(0);
    expect(get('识产权。')).toBeNull();
  });
  test('a chain of trigrams finds the phrase exactly, not its pieces apart', () => {
    const get = indexOf([
      ['\n', '知识产权\n'],
      ['\n', '知识产品，识产权\n'],
      ['\n', '知识产\n识产权\n'],
      ['知识产权\n', '甲知识产权乙知识产权\n'],
      ['\n', `${'知识产权，'.repeat(7)}\n`],
    ]);
    const parts = ['知识产', '识产权'].map((g) => get(g)?.positions as PositionHits);
    const hits = chainPhrase(parts, [0, 1]);
    expect([...hits.pages]).toEqual([0, 3, 4]);
    // Counted on the stored scale, as a gram's: 7 is stored as 4.
    expect([...hits.counts]).toEqual([1, 3, 4]);
    expect([...hits.head]).toEqual([0, 1, 0]);
  });
  test('the head zone is cut before HEAD_ZONE - 1 so no phrase spans the zones', () => {
    const head = `${'甲'.repeat(HEAD_ZONE - 3)}知识`;
    const get = indexOf([[head, '产权\n']]);
    expect(get('知识产')).toBeNull();
  });
});

/** Decodes what pageTableFiles wrote, as the browser does (DecompressionStream). */
async function readPageTable(pages: PageFacets[], buckets = 1): Promise<ShardMeta> {
  const [file, ...more] = pageTableFiles(pages, buckets);
  expect(more).toEqual([]);
  expect(file?.path).toBe(PAGE_TABLE);
  const { buckets: count, deflated } = readPageTableFile(file?.content as Uint8Array);
  return decodePageTable(count, await inflateRaw(deflated));
}

/** Every page's facet values as the table gives them back. */
const facetsOf = (meta: ShardMeta, page: number): Record<FacetKey, string> =>
  Object.fromEntries(FACET_KEYS.map((k) => [k, meta.values[k][meta.columns[k][page] as number]])) as Record<FacetKey, string>;

describe('page table', () => {
  const page = (id: string, year: number | null, unit: string | null, extra: Partial<PageFacets> = {}): PageFacets => ({
    id, year, unit, level: null, period: null, kind: null, ...extra,
  });

  test('page order: unit, level, year newest first and unstated last, period, kind, id', () => {
    const pages = [
      page('e', 2020, '甲', { kind: '计划' }),
      page('b', 2020, '乙'),
      page('a', null, null),
      page('c', 2021, '甲'),
      page('d', 2020, '甲', { kind: '总结' }),
      page('f', null, '甲'),
      page('g', 2022, '甲', { level: '县' }),
    ].sort(comparePages);
    // By UTF-16 code units: 乙 (U+4E59) < 未注明 (U+672A, no unit) < 甲 (U+7532); 县 (a stated level) < 未注明.
    expect(pages.map((p) => p.id)).toEqual(['b', 'a', 'g', 'c', 'd', 'e', 'f']);
  });

  test('estimates: after kind, by UTF-16 code units; none beside a stated year', () => {
    const pages = [
      page('a', null, '甲'),
      page('b', null, '甲', { estimate: '≥2015' }),
      page('c', null, '甲', { estimate: '2013—2015' }),
      page('d', null, '甲', { estimate: '2013' }),
      page('e', null, '甲', { estimate: '2013', kind: '总结' }),
      page('f', 2020, '甲', { estimate: '2019' }),
    ].sort(comparePages);
    // 2 (U+0032) < ≥ (U+2265) < 未注明; a kind comes first: 总结 (U+603B) < 未注明.
    expect(pages.map((p) => p.id)).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
    expect(facetValues(page('f', 2020, '甲', { estimate: '2019' })).estimate).toBe(UNSTATED);
  });

  test('estimateFacet: one year, a range, an open range, none', () => {
    expect(estimateFacet(null, { year: 2013, from: 2013, to: 2013 })).toBe('2013');
    expect(estimateFacet(null, { year: null, from: 2013, to: 2015 })).toBe('2013—2015');
    expect(estimateFacet(null, { year: null, from: 2015, to: null })).toBe('≥2015');
    expect(estimateFacet(null, undefined)).toBeNull();
    expect(estimateFacet(2020, { year: 2013, from: 2013, to: 2013 })).toBeNull();
  });

  test('round trip: every page gets its own unit, level, year, period and kind back', async () => {
    const rand = prng(5);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
    const units = ['甲县人民政府', '乙市科技局', '丙省教育厅', '丁镇人民政府', null];
    const periods = ['全年', '上半年', '下半年', '第一季度', '第二季度', '第三季度', '第四季度', null];
    const kinds = ['总结', '计划', '总结和计划', '报告', null];
    const estimates = ['2013', '2014', '2019', '2013—2015', '≥2015', null];
    const pages: PageFacets[] = Array.from({ length: 600 }, (_, i) => {
      const unit = pick(units);
      return {
        id: `r${i}`,
        unit,
        // One unit has reports at two levels: the table must not assume one level per unit.
        level: unit === '乙市科技局' ? pick(['市', '区']) : unit === null ? null : '县',
        year: rand() < 0.2 ? null : rand() < 0.02 ? 1911 : 2005 + Math.floor(rand() * 20),
        period: pick(periods),
        kind: pick(kinds),
        // Also beside some stated years, where it does not count.
        estimate: pick(estimates),
      };
    }).sort(comparePages);
    const meta = await readPageTable(pages, 7);
    expect(meta.pages).toBe(600);
    expect(meta.buckets).toBe(7);
    // More than 8 (period, kind) pairs: the pair sets take more than a byte.
    expect(new Set(pages.map((p) => `${p.period}|${p.kind}`)).size).toBeGreaterThan(8);
    pages.forEach((p, i) => expect(facetsOf(meta, i), p.id).toEqual(facetValues(p)));
    expect(meta.values.year[0]).toBe('2024');
    expect(meta.values.year.slice(-2)).toEqual(['1911', UNSTATED]);
    // Every estimate value is there, and several in one (unit, unstated year, period, kind) cell.
    expect(meta.values.estimate).toEqual(['2013', '2013—2015', '2014', '2019', '≥2015', UNSTATED]);
    const cell = (p: PageFacets) => `${p.unit}|${p.level}|${p.year}|${p.period}|${p.kind}`;
    const unstated = pages.filter((p) => p.year === null);
    expect(unstated.some((p) => unstated.some((q) => cell(q) === cell(p) && facetValues(q).estimate !== facetValues(p).estimate))).toBe(true);
  });

  test('a shard whose every page states no year, or has an estimate', async () => {
    const pages = [page('a', null, '甲', { estimate: '2013' }), page('b', null, '甲', { estimate: '2013' }), page('c', null, '乙', { estimate: '≥2015' })].sort(comparePages);
    const meta = await readPageTable(pages);
    expect(meta.values.estimate).toEqual(['2013', '≥2015']);
    pages.forEach((p, i) => expect(facetsOf(meta, i)).toEqual(facetValues(p)));
  });

  test('an empty shard and a one-page shard', async () => {
    expect((await readPageTable([])).pages).toBe(0);
    const one = await readPageTable([page('x', 2020, '甲', { level: '县', period: '全年', kind: '总结' })]);
    expect(facetsOf(one, 0)).toEqual({ unit: '甲', level: '县', year: '2020', period: '全年', kind: '总结', estimate: UNSTATED });
  });

  test('pages out of page order are refused', () => {
    expect(() => pageTableFiles([page('a', 2020, '甲'), page('b', 2020, '乙')], 1)).toThrow(/page order/);
    expect(() => pageTableFiles([page('a', 2019, '甲'), page('b', 2020, '甲')], 1)).toThrow(/page order/);
  });

  test('its size follows (unit, year) cells, not reports', () => {
    const cells = (perCell: number): PageFacets[] => {
      const pages: PageFacets[] = [];
      for (let u = 0; u < 500; u++) {
        for (let y = 2005; y < 2025; y++) {
          for (let k = 0; k < perCell; k++) {
            pages.push(page(`${u}-${y}-${k}`, y, `单位${String(u).padStart(3, '0')}`, { level: '县', period: '全年', kind: k % 2 ? '计划' : '总结' }));
          }
        }
      }
      return pages.sort(comparePages);
    };
    const size = (pages: PageFacets[]): number => (pageTableFiles(pages, 1)[0]?.content as Uint8Array).length;
    const small = size(cells(2));
    const large = size(cells(10));
    expect(large).toBeLessThan(small * 1.3);
    // 100,000 reports of 500 units over 20 years: a few bytes per cell.
    expect(large).toBeLessThan(10_000);
  });

  test('estimates cost only in the unstated year: at 100,000 reports, a tenth of them unstated', () => {
    // 500 units over 20 years and unstated, mixed periods and kinds; estimates as given.
    const shard = (estimate: (rand: () => number) => string | null): PageFacets[] => {
      const rand = prng(11);
      const periods = ['全年', '全年', '全年', '上半年', '下半年', '第一季度', null];
      const kinds = ['总结', '总结', '计划', '总结和计划', '报告', null];
      return Array.from({ length: 100_000 }, (_, i) => {
        const unit = Math.floor(rand() * 500);
        const year = rand() < 0.1 ? null : 2005 + Math.floor(rand() * 20);
        const period = periods[Math.floor(rand() * periods.length)] as string | null;
        const kind = kinds[Math.floor(rand() * kinds.length)] as string | null;
        return page(`r${i}`, year, `单位${String(unit).padStart(3, '0')}`, { level: '县', period, kind, estimate: estimate(rand) });
      }).sort(comparePages);
    };
    const size = (pages: PageFacets[]): number => (pageTableFiles(pages, 1)[0]?.content as Uint8Array).length;
    const none = size(shard(() => null));
    // Six in ten unstated reports estimated: mostly one year, some ranges.
    const some = size(
      shard((rand) => {
        if (rand() >= 0.6) return null;
        const from = 2008 + Math.floor(rand() * 17);
        const r = rand();
        return r < 0.7 ? String(from) : r < 0.9 ? `${from}—${from + 2}` : `≥${from}`;
      }),
    );
    expect(none).toBeLessThan(60_000);
    expect(some).toBeLessThan(none * 1.2);
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

describe('cards and chunks', () => {
  const paragraph = (text: string, section: string | null = null) => ({ kind: 'paragraph' as const, text, section });
  const doc = (body: SearchDocument['body']): SearchDocument => ({ id: 'x', title: '标题', unit: '单位', year: 2020, level: null, period: null, kind: null, body });

  /** The card and text file of a one-page group. */
  const single = async (d: SearchDocument, base = '/'): Promise<{ card: PageCard; texts: Uint8Array }> => {
    const { texts, slots } = groupTexts([d], base);
    const slot = readCardSlot(slots[0] as Uint8Array);
    const bytes = 'card' in slot ? slot.card : texts.subarray(slot.offset, slot.offset + slot.length);
    return { card: JSON.parse(new TextDecoder().decode(await inflateRaw(bytes))) as PageCard, texts };
  };

  test('cards go in fixed slots; one too large for its slot is in the text file, and the slot says where', async () => {
    const small = new Uint8Array(100).fill(7);
    expect(readCardSlot(cardSlot(small, 0))).toEqual({ card: small });
    const large = new Uint8Array(CARD_SLOT).fill(8);
    const slot = cardSlot(large, 4321);
    expect(slot.length).toBeLessThan(CARD_SLOT);
    expect(readCardSlot(slot)).toEqual({ offset: 4321, length: CARD_SLOT });
    expect(() => readCardSlot(new Uint8Array(CARD_SLOT))).toThrow(/missing/);

    // A report with hundreds of chunks has a card too large for a slot: it is read from the text file.
    const body = Array.from({ length: 300 }, (_, i) => paragraph(`${'长文'.repeat(260)}${i}。`));
    const { card, texts } = await single(doc(body));
    expect(card.chunks.length).toBeGreaterThan(100);
    expect(readCardSlot(groupTexts([doc(body)], '/').slots[0] as Uint8Array)).toHaveProperty('offset');
    expect(card.rest).toBe(0);
    expect(texts.length).toBeGreaterThan(card.chunks.reduce((n, [, bytes]) => n + bytes, 0));
  });

  test('a group\'s texts lie back to back; each card says where its own starts', async () => {
    const docs = [0, 1, 2].map((i) => doc(Array.from({ length: 4 + i }, (_, j) => paragraph(`${'甲乙'.repeat(200)}${i}-${j}。`))));
    const { texts, slots } = groupTexts(docs, '/');
    expect(slots).toHaveLength(3);
    let at = 0;
    for (const slot of slots) {
      const found = readCardSlot(slot);
      const card = JSON.parse(new TextDecoder().decode(await inflateRaw((found as { card: Uint8Array }).card))) as PageCard;
      expect(card.rest).toBe(at);
      at += card.chunks.reduce((n, [, bytes]) => n + bytes, 0);
    }
    expect(at).toBe(texts.length);
    expect(() => groupTexts(Array.from({ length: PAGE_GROUP + 1 }, () => docs[0] as SearchDocument), '/')).toThrow(/at most/);
  });

  test('a card holds the first whole blocks; the chunks hold the rest, each starting at its body position', async () => {
    const body = [
      paragraph('开头一段，Ａ１。'),
      { kind: 'heading' as const, text: '一、总体情况', section: 's1' },
      ...Array.from({ length: 12 }, (_, i) => paragraph(`${'甲乙丙丁'.repeat(60 + i)}第${i}段\u200b结束。`, 's1')),
    ];
    const { card, texts } = await single(doc(body), '/archive/');
    expect(card.url).toBe('/archive/reports/x/');
    expect(card.blocks).toEqual([['paragraph', '', '开头一段，Ａ１。'], ['heading', 's1', '一、总体情况'], ['title', '', '标题'], ['unit', '', '单位']]);
    expect(card.preview).toBe(false);
    expect(card.chunks.length).toBeGreaterThan(3);
    // Each chunk inflates to whole blocks, together the body after the card; its position is where the index has its text.
    const zone = [...zoneText(body)];
    const packed = texts;
    let at = 0;
    const chunks: TextBlock[][] = [];
    for (const [start, bytes] of card.chunks) {
      const blocks = JSON.parse(new TextDecoder().decode(await inflateRaw(packed.subarray(at, at + bytes)))) as TextBlock[];
      at += bytes;
      chunks.push(blocks);
      expect(zone.slice(start).join('').startsWith(`${normalise(blocks[0]?.[2] as string)}\n`)).toBe(true);
      expect(blocks.slice(0, -1).reduce((n, b) => n + b[2].length, 0)).toBeLessThan(500);
    }
    expect(at).toBe(packed.length);
    expect(chunks.flat()).toEqual(body.slice(2).map((b) => [b.kind, b.section ?? '', b.text]));
  });

  test('a short report is all card; a long first paragraph is a preview, and whole in the first chunk', async () => {
    const short = await single(doc([paragraph('很短。')]));
    expect(short.texts.length).toBe(0);
    expect(short.card.chunks).toEqual([]);
    const long = '长'.repeat(CARD_CHARS * 2);
    const { card } = await single(doc([paragraph(long), paragraph('后文。')]));
    expect(card.preview).toBe(true);
    expect(card.blocks[0]?.[2]).toBe(long.slice(0, CARD_CHARS));
    expect(card.chunks[0]?.[0]).toBe(0);
  });
});

describe('excerpts read from chunks', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  let dir: string;
  let docs: SearchDocument[];
  let requests: { path: string; range: string | null }[] = [];

  let served: Served | undefined;

  /** Serves the built index like a static host, honouring range requests or not. */
  function serve(ranges: boolean): void {
    served?.restore();
    served = serveFolder(dir, '/archive/', ranges);
    requests = served.requests;
  }

  /** What a request reads: a card (from its slot, or one too large for it from a text file), or chunks of a text. */
  function textPart({ path, range }: { path: string; range: string | null }): 'card' | 'chunk' | null {
    if (path.includes('/k/')) return 'card';
    if (!path.includes('/t/')) return null;
    const from = Number(/^bytes=(\d+)-/.exec(range ?? '')?.[1] ?? 0);
    const overflow = readdirSync(join(dir, path, '../../k')).some((name) => {
      const file = readFileSync(join(dir, path, '../../k', name));
      for (let at = 0; at < file.length; at += CARD_SLOT) {
        const slot = file.subarray(at, at + CARD_SLOT);
        if (slot.length >= 2 && slot.readUInt16LE(0) === 0xffff && slot.readUInt32LE(2) === from) return true;
      }
      return false;
    });
    return overflow ? 'card' : 'chunk';
  }

  /** The excerpt as read from the whole text. */
  function wholeExcerpt(id: string, query: string) {
    const d = docs.find((x) => x.id === id) as SearchDocument;
    const blocks: TextBlock[] = d.body.map((b) => [b.kind, b.section ?? '', b.text]);
    blocks.push(['title', '', d.title]);
    if (d.unit) blocks.push(['unit', '', d.unit]);
    return buildExcerpt(blocks, parseQuery(query).terms);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'huibao-chunks-'));
    docs = (await readCollection(join(ROOT, 'content/reports'))).docs;
    await buildSearchIndex({ collectionDir: join(ROOT, 'content/reports'), outDir: dir, base: '/archive/' });
  });
  afterAll(() => {
    served?.restore();
    rmSync(dir, { recursive: true, force: true });
  });

  const queries = (): string[] => ['', '科技特派员', '知识产权', '孵化器', '11423平方米', '预防科', '科技', '科', '工作 创新', '5.12 科技', ...generatedQueries(docs, 120, 13)];

  async function check(ranges: boolean): Promise<{ results: number; deep: number }> {
    serve(ranges);
    const engine = createSearch({ baseUrl: '/archive/' });
    let results = 0;
    let deep = 0;
    for (const query of queries()) {
      const before = requests.length;
      const r = await engine.search(query, { limit: 1000 });
      // Requests for the rest of a text (not a group header, not a card).
      const texts = requests.slice(before).filter((q) => textPart(q) === 'chunk');
      const located = parseQuery(query).terms.every((t) => [...t].length >= 3);
      for (const result of r.results) {
        const want = wholeExcerpt(result.id, query);
        expect({ query, html: result.excerptHtml, section: result.sectionId }).toEqual({ query, html: want.html, section: want.sectionId });
      }
      results += r.results.length;
      deep += texts.length;
      // Terms of 3+ characters say where they first are (positions, or a 4-gram's first offsets): at most one text request per result.
      if (located && ranges) expect(texts.length, query).toBeLessThanOrEqual(r.results.length);
    }
    return { results, deep };
  }

  test('the same excerpt and section as from the whole text, reading only the chunk that holds the match', async () => {
    const { results, deep } = await check(true);
    expect(results).toBeGreaterThan(200);
    expect(deep).toBeGreaterThan(10);
  });

  test('a host that ignores ranges: the same excerpts, each text file fetched once', async () => {
    await check(false);
    const texts = requests.filter((q) => textPart(q) !== null).map((q) => q.path);
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
