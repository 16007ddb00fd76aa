/**
 * The report's title: as written when the input has one (see
 * written-title.ts), otherwise composed from unit, year, period and kind, e.g.
 * `xx区科技局上半年工作总结和下半年工作计划`. Composed titles follow one
 * pattern so an archive of untitled summaries still sorts and reads evenly.
 */
import type { Kind, Period } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import type { WrittenTitle } from './written-title.ts';

export const COMPOSED_EVIDENCE = '由单位、期间、类型组成';

const NEXT_QUARTER: Readonly<Partial<Record<Period, string>>> = {
  第一季度: '第二季度', 第二季度: '第三季度', 第三季度: '第四季度', 第四季度: '下一季度',
};

/** What the plan part of a 总结和计划 covers, named from the summary's period. */
function nextPeriod(period: Period | null, year: number | null): string {
  if (period === '上半年') return '下半年';
  if (period === '下半年' || period === '全年') return year ? `${year + 1}年` : '明年';
  if (period && NEXT_QUARTER[period]) return NEXT_QUARTER[period]!;
  return '下一步';
}

export function composeTitle(unit: string | null, year: number | null, period: Period | null, kind: Kind | null): string {
  const who = unit ?? '';
  const when = (year ? `${year}年` : '') + (period === '全年' ? (year ? '' : '年度') : (period ?? ''));
  switch (kind) {
    case '报告': {
      // Governments' reports are known as `2026年云南省政府工作报告`, `1955年国务院政府工作报告`.
      const government = unit === null ? null : /^(.*?)(?:人民)?政府$|^国务院$/.exec(unit);
      if (government) return `${year ? `${year}年` : ''}${government[1] ?? unit}政府工作报告`;
      return `${who}${when}工作报告`;
    }
    case '计划':
      return `${who}${when}工作计划`;
    case '总结和计划':
      return `${who}${when}工作总结和${nextPeriod(period, year)}工作计划`;
    case '总结':
      return `${who}${when}工作总结`;
    default:
      // Kind unknown: 汇报 claims neither a summary nor a plan.
      return `${who}${when}工作汇报`;
  }
}

export function inferTitle(
  written: WrittenTitle | null,
  parts: { unit: string | null; year: number | null; period: Period | null; kind: Kind | null },
): Inferred<string> {
  if (written) return { value: written.value, evidence: written.evidence };
  return { value: composeTitle(parts.unit, parts.year, parts.period, parts.kind), evidence: COMPOSED_EVIDENCE };
}
