/**
 * The period a report covers. A 政府工作报告 reports on a year; a summary
 * says so in its title or first lines (`上半年，我局…`, `现将2013年工作情况…`).
 * Periods that belong to the plan part (`下半年，我们将…`) do not count.
 */
import type { Kind, Period } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import type { Context } from './context.ts';
import { PLACEHOLDER_YEAR_SRC, YEAR_SRC } from './year-tokens.ts';
import { quote, quoteMatch, rule } from './evidence.ts';

const QUARTER: Readonly<Record<string, Period>> = {
  一: '第一季度', '1': '第一季度', '１': '第一季度',
  二: '第二季度', '2': '第二季度', '２': '第二季度',
  三: '第三季度', '3': '第三季度', '３': '第三季度',
  四: '第四季度', '4': '第四季度', '４': '第四季度',
};

/**
 * A named part of a year. `前三季度` is not a period of the schema, so it is
 * skipped; `1-6月` is a half year written as months.
 */
const PART = /(上半年|下半年|(?<!前)第?([一二三四1-4１-４])季度|[1１][ ]*[-—－~～至到][ ]*[6６][ ]*月(?:份)?|[7７][ ]*[-—－~～至到][ ]*(?:12|１２)[ ]*月(?:份)?)/gu;
/** Right after a period word, these mean the sentence is about the plan. */
const PLAN_AFTER = /^.{0,4}?(?:将|要|计划|打算|安排|重点|思路|的工作中|的计划)/u;
/** Whole-year phrases in a summary's opening or title. */
const WHOLE_YEAR = new RegExp(
  `(?:${YEAR_SRC}|${PLACEHOLDER_YEAR_SRC})[ \\u3000]*年(?:度)?(?:[，,]|以来|工作(?:情况|总结)|的工作)|一年来|本年度|年度工作|全年(?:工作总结|共|开展|完成|累计)`,
  'u',
);

function partOf(word: string, quarter: string | undefined): Period {
  if (quarter) return QUARTER[quarter];
  if (word === '上半年' || /^[1１]/.test(word)) return '上半年';
  return '下半年';
}

/** The first half-year or quarter phrase in `s` that is not about the plan. */
function firstPart(s: string): { period: Period; evidence: string } | null {
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (PLAN_AFTER.test(after)) continue;
    // Quote a few characters past the word so the reader sees it is not `下半年，我们将…`.
    return { period: partOf(m[1], m[2]), evidence: quote(s, m.index, m.index + m[0].length + 8) };
  }
  return null;
}

export function inferPeriod(ctx: Context, kind: Kind | null): Inferred<Period | null> {
  // A government report looks back on the past year (or term) and plans the coming one: it counts as a year's report.
  if (kind === '报告') return { value: '全年', evidence: rule('类型为报告（政府工作报告按全年）') };

  const { written } = ctx;
  if (written) {
    const p = firstPart(written.value);
    if (p) return { value: p.period, evidence: written.evidence };
    if (WHOLE_YEAR.test(written.value) || /年(?:度)?工作总结/.test(written.value)) {
      return { value: '全年', evidence: written.evidence };
    }
  }
  const inOpening = firstPart(ctx.opening);
  if (inOpening) return { value: inOpening.period, evidence: inOpening.evidence };
  const yearOpening = WHOLE_YEAR.exec(ctx.opening);
  if (yearOpening) return { value: '全年', evidence: quoteMatch(ctx.opening, yearOpening) };

  for (const h of ctx.headings) {
    if (/计划|打算|安排|思路|设想/.test(h)) continue;
    const p = firstPart(h);
    if (p) return { value: p.period, evidence: p.evidence };
    const y = WHOLE_YEAR.exec(h);
    if (y) return { value: '全年', evidence: quoteMatch(h, y) };
  }
  const inHead = WHOLE_YEAR.exec(ctx.head);
  if (inHead) return { value: '全年', evidence: quoteMatch(ctx.head, inHead) };
  return { value: null, evidence: '未写期间（标题、开头、小标题）' };
}
