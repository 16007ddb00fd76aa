/**
 * The choices of each filter on the search page: values with their counts,
 * in the order a reader expects (years and estimated years newest first,
 * levels from the top down, units by how many reports match), the unstated
 * value last.
 */
import type { FacetKey } from '../index-format.ts';

/** Filter value of a field a report does not state (scripts/search/page-table.ts). */
export const UNSTATED = '未注明';

/**
 * Orders of the schema's lists (src/lib/report-schema.ts), repeated because
 * that module brings zod into the page; tests/search/ui-units.test.ts
 * checks they agree.
 */
export const LEVEL_ORDER = ['中央', '省', '市', '区', '县', '乡镇'];
export const PERIOD_ORDER = ['全年', '上半年', '下半年', '第一季度', '第二季度', '第三季度', '第四季度'];
export const KIND_ORDER = ['总结', '计划', '总结和计划', '报告'];

/** Label and "all" option of each filter, in the order they are shown. */
export const FACETS: { key: FacetKey; label: string; all: string }[] = [
  { key: 'year', label: '年份', all: '全部年份' },
  { key: 'estimate', label: '估计年份', all: '全部估计年份' },
  { key: 'level', label: '层级', all: '全部层级' },
  { key: 'unit', label: '发布单位', all: '全部单位' },
  { key: 'period', label: '期间', all: '全部期间' },
  { key: 'kind', label: '类型', all: '全部类型' },
];

/**
 * An estimated year's value (`2013`, `2013—2015`, `≥2015`: FACET_KEYS in
 * src/search/index-format.ts) in words, as report pages write estimates
 * (src/lib/year-estimate-label.ts): 约2013年（估计）, 约2013—2015年（估计）,
 * 不早于2015年（估计）.
 */
function estimateLabel(value: string): string {
  if (value.startsWith('≥')) return `不早于${value.slice(1)}年（估计）`;
  return `约${value}年（估计）`;
}

export function valueLabel(key: FacetKey, value: string): string {
  if (value === UNSTATED) return key === 'year' ? '年份未注明' : key === 'unit' ? '单位未注明' : key === 'estimate' ? '无估计年份' : UNSTATED;
  if (key === 'estimate') return estimateLabel(value);
  return key === 'year' ? `${value}年` : value;
}

/** Newest first by the earliest year an estimate allows; at one year, the single year, then a range, then an open one. */
function estimateRank(value: string): number {
  const from = Number(/\d{4}/.exec(value)?.[0]);
  if (!from) return 0;
  return -from + (value.startsWith('≥') ? 0.5 : value.includes('—') ? 0.25 : 0);
}

const collator = new Intl.Collator('zh-CN');
const FIXED: Partial<Record<FacetKey, string[]>> = { level: LEVEL_ORDER, period: PERIOD_ORDER, kind: KIND_ORDER };

export interface FacetOption {
  value: string;
  count: number;
}

/**
 * Values with counts, sorted; `selected` is kept (with count 0) when no
 * matching report has it, so the control still shows the reader's choice.
 */
export function facetOptions(key: FacetKey, counts: Record<string, number>, selected?: string): FacetOption[] {
  const options = Object.entries(counts).map(([value, count]) => ({ value, count }));
  if (selected && !(selected in counts)) options.push({ value: selected, count: 0 });
  const fixed = FIXED[key];
  const rank = (o: FacetOption): number => {
    if (o.value === UNSTATED) return Infinity;
    if (key === 'year') return -Number(o.value) || 0;
    if (key === 'estimate') return estimateRank(o.value);
    if (fixed) return fixed.includes(o.value) ? fixed.indexOf(o.value) : fixed.length;
    return -o.count;
  };
  return options.sort((a, b) => rank(a) - rank(b) || collator.compare(a.value, b.value));
}
