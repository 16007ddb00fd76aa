/** The search page's pure parts: URL state and the order of filter choices. */
import type { ShardMeta } from '../../src/search/index-format.ts';
import { describe, expect, it } from 'vitest';
import { KINDS, LEVELS, PERIODS } from '../../src/lib/report-schema.ts';
import { UNSTATED as RECORD_UNSTATED } from '../../scripts/search/page-table.ts';
import { facetOptions, KIND_ORDER, LEVEL_ORDER, PERIOD_ORDER, UNSTATED, valueLabel } from '../../src/search/ui/facet-options.ts';
import { termsFromUrl } from '../../src/search/ui/highlight.ts';
import { engineFilters, readState, stateQuery } from '../../src/search/ui/url-state.ts';

describe('URL state', () => {
  it('reads every parameter and writes them back in one canonical form', () => {
    const state = readState('?q=%E7%A7%91%E6%8A%80+%E5%B7%A5%E4%BD%9C&year=%E6%9C%AA%E6%B3%A8%E6%98%8E&level=%E5%8E%BF&sort=date&unit=&x=1');
    expect(state).toEqual({ q: '科技 工作', filters: { year: '未注明', level: '县' }, sort: 'date' });
    expect(stateQuery(state)).toBe('?q=%E7%A7%91%E6%8A%80+%E5%B7%A5%E4%BD%9C&level=%E5%8E%BF&year=%E6%9C%AA%E6%B3%A8%E6%98%8E&sort=date');
    expect(readState(stateQuery(state))).toEqual(state);
  });

  it('reads and writes the estimated year apart from the stated one', () => {
    const state = readState(`?estimate=${encodeURIComponent('2013—2015')}&year=${encodeURIComponent('未注明')}`);
    expect(state.filters).toEqual({ year: '未注明', estimate: '2013—2015' });
    expect(readState(stateQuery(state))).toEqual(state);
    expect(readState('?estimate=2013').filters).toEqual({ estimate: '2013' });
    expect(engineFilters({ estimate: '2013' })).toEqual({ estimate: ['2013'] });
  });

  it('leaves out the defaults, and takes an unknown sort as relevance', () => {
    expect(stateQuery(readState('?sort=relevance&q='))).toBe('');
    expect(readState('?sort=newest').sort).toBe('relevance');
    expect(readState('').q).toBe('');
  });

  it('gives the engine one-value lists, optionally without one facet', () => {
    const filters = { year: '2020', kind: '总结' };
    expect(engineFilters(filters)).toEqual({ year: ['2020'], kind: ['总结'] });
    expect(engineFilters(filters, 'year')).toEqual({ kind: ['总结'] });
  });
});

describe('filter choices', () => {
  it('follow the schema order for levels, periods and kinds, and the index word for 未注明', () => {
    expect(LEVEL_ORDER).toEqual([...LEVELS]);
    expect(PERIOD_ORDER).toEqual([...PERIODS]);
    expect(KIND_ORDER).toEqual([...KINDS]);
    expect(UNSTATED).toBe(RECORD_UNSTATED);
  });

  it('list years newest first, units by count, 未注明 last, and keep a chosen value with no match', () => {
    expect(facetOptions('year', { '2019': 2, 未注明: 5, '2021': 1 }).map((o) => o.value)).toEqual(['2021', '2019', '未注明']);
    expect(facetOptions('level', { 县: 9, 中央: 1, 未注明: 3, 省: 2 }).map((o) => o.value)).toEqual(['中央', '省', '县', '未注明']);
    expect(facetOptions('unit', { 甲: 1, 乙: 4, 未注明: 9 }).map((o) => o.value)).toEqual(['乙', '甲', '未注明']);
    expect(facetOptions('year', { '2019': 2 }, '2020')).toEqual([
      { value: '2020', count: 0 },
      { value: '2019', count: 2 },
    ]);
  });

  it('list estimated years newest first, a single year before a range from it, 未注明 last', () => {
    const counts = { '2013': 1, '2013—2015': 2, '≥2015': 1, '2010': 3, 未注明: 9, '2014': 1 };
    expect(facetOptions('estimate', counts).map((o) => o.value)).toEqual(['≥2015', '2014', '2013', '2013—2015', '2010', '未注明']);
  });

  it('label estimated years as report pages do, marked as estimates', () => {
    expect(valueLabel('estimate', '2013')).toBe('约2013年（估计）');
    expect(valueLabel('estimate', '2013—2015')).toBe('约2013—2015年（估计）');
    expect(valueLabel('estimate', '≥2015')).toBe('不早于2015年（估计）');
    expect(valueLabel('estimate', '未注明')).toBe('无估计年份');
  });

  it('label years and unstated values in Chinese', () => {
    expect(valueLabel('year', '2020')).toBe('2020年');
    expect(valueLabel('year', '未注明')).toBe('年份未注明');
    expect(valueLabel('unit', '未注明')).toBe('单位未注明');
    expect(valueLabel('kind', '总结')).toBe('总结');
  });
});

describe('highlight terms from a report URL', () => {
  it('normalises, drops empty and repeated terms, and caps their number', () => {
    expect(termsFromUrl('?hl=%EF%BC%95%EF%BC%8E%EF%BC%91%EF%BC%92&hl=&hl=5.12&hl=DVD')).toEqual(['5.12', 'dvd']);
    expect(termsFromUrl(`?${Array.from({ length: 30 }, (_, i) => `hl=t${i}`).join('&')}`)).toHaveLength(10);
    expect(termsFromUrl('?q=x')).toEqual([]);
  });
});

describe('the first results of a large result set', () => {
  it('are the first of the full sort, in order, for either order and any page, over several segments', async () => {
    const { firstMatches } = await import('../../src/search/engine.ts');
    const { compareSignals } = await import('../../src/search/ranking.ts');
    let seed = 9;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const years = [...Array.from({ length: 30 }, (_, i) => String(2030 - i)), '未注明'];
    const segments = [0, 1].map((shard) => {
      const n = 2500;
      const table = { pages: n, values: { year: years }, columns: { year: Uint32Array.from({ length: n }, () => next(years.length)) } } as unknown as ShardMeta;
      // Every third page matches.
      const pages = Uint32Array.from({ length: Math.ceil(n / 3) }, (_, i) => i * 3);
      return { shard, table, pages, headTerms: pages.map(() => next(3)), occurrences: pages.map(() => next(20)) };
    });
    const total = segments.reduce((n, s) => n + s.pages.length, 0);
    for (const order of ['relevance', 'date'] as const) {
      const all = firstMatches(segments, total, order);
      expect(all).toHaveLength(total);
      expect(new Set(all.map((m) => m.page)).size).toBe(total);
      expect([...all].sort(compareSignals(order))).toEqual(all);
      // Newest first: a stated year before an unstated one, then the earlier segment and page.
      if (order === 'date') expect(Number(years[(segments[all[0]!.shard]!.table.columns.year[all[0]!.local] as number)])).toBe(2030);
      for (const k of [1, 10, 30, 1000]) expect(firstMatches(segments, k, order)).toEqual(all.slice(0, k));
      expect(firstMatches(segments, 0, order)).toEqual([]);
    }
  });
});
