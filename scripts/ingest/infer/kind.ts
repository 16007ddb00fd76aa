/**
 * What a document is: 报告 (a 政府工作报告 or a formal 《关于…的报告》),
 * 总结, 计划, or 总结和计划 (a summary that ends with what comes next).
 */
import type { Kind } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import type { Context } from './context.ts';
import { PLACEHOLDER_YEAR_SRC, YEAR_SRC } from './year-tokens.ts';
import { quote, quoteMatch } from './evidence.ts';

const REPORT_TITLE = /政府工作报告|^关于.*报告|工作报告$/;
const SUMMARY_AND_PLAN_TITLE = /总结.*(?:计划|打算|安排|思路|要点|设想)|(?:计划|打算|安排|思路).*总结/;
const PLAN_TITLE = /计划|要点|打算|安排|思路|设想/;
const SUMMARY_TITLE = /总结|汇报|情况/;

/** A heading about what comes next: `二、下半年工作计划`, `三、xx年工作计划`, `今后的打算`. */
const FORWARD = `(?:下一步|下步|下半年|明年|来年|今后|下阶段|新的一年|(?:${YEAR_SRC}|${PLACEHOLDER_YEAR_SRC})[ \\u3000]*年(?:度)?)`;
const PLAN_WORD = '(?:计划|打算|安排|思路|设想|要点|重点|任务|目标)';
const PLAN_HEADING = new RegExp(`${FORWARD}[^，。]{0,12}?${PLAN_WORD}|工作(?:计划|打算|安排|思路|设想)$`, 'u');
/** Ending on the plan word wins over a look back earlier in the heading (`存在的问题及今后的打算`). */
const PLAN_HEADING_END = new RegExp(`${FORWARD}[^，。]{0,12}?${PLAN_WORD}[。：:]?$`, 'u');
/** Headings that look back, even when they mention a plan (`2013年科技计划项目完成情况`). */
const LOOKS_BACK = /情况|完成|成绩|成效|回顾|总结|亮点|做法|经验|问题/;
/** A closing paragraph that turns to the future: `下半年，我们将…`. */
const PLAN_PARAGRAPH = new RegExp(
  `(?:^|\\n)[\\s\\u3000]*${FORWARD}[，,]?[^，。\\n]{0,6}?(?:将|要|计划|打算|继续|重点抓好|主要抓好)`,
  'u',
);
/** The opening says it looks back: `现总结如下`, `工作情况汇报如下`, `取得了…成绩`. */
const SUMMARY_OPENING = /总结如下|汇报如下|报告如下|取得了|完成了|工作情况|成效|成绩/;
/** A plan announces itself: `特制定如下计划`, `工作要点如下`. */
const PLAN_OPENING = /制定(?:如下|本)?(?:工作)?(?:计划|要点|方案)|(?:计划|要点|安排)如下/;
/**
 * A government report addresses the congress, or stands under the bare title
 * 政府工作报告. Summaries quote that phrase too (`落实县政府工作报告中的各项任务`),
 * so inside a sentence it does not count.
 */
const REPORT_OPENING = /向大会(?:作|报告)|(?:^|\n)[\s\u3000]*政[ \u3000]*府[ \u3000]*工[ \u3000]*作[ \u3000]*报[ \u3000]*告[\s\u3000]*(?:\n|$)/;

function planHeading(headings: string[]): string | null {
  return headings.find((h) => PLAN_HEADING_END.test(h) || (PLAN_HEADING.test(h) && !LOOKS_BACK.test(h))) ?? null;
}

export function inferKind(ctx: Context): Inferred<Kind | null> {
  const { written, delivery, head } = ctx;
  const titleEvidence = written?.evidence;
  if (written && REPORT_TITLE.test(written.value)) return { value: '报告', evidence: titleEvidence };
  if (delivery) return { value: '报告', evidence: delivery.phrase };
  const reportOpening = REPORT_OPENING.exec(head);
  if (reportOpening) return { value: '报告', evidence: quoteMatch(head, reportOpening) };

  if (written && SUMMARY_AND_PLAN_TITLE.test(written.value)) return { value: '总结和计划', evidence: titleEvidence };
  const titleSaysPlan = written !== null && PLAN_TITLE.test(written.value) && !SUMMARY_TITLE.test(written.value);
  const planOpening = PLAN_OPENING.exec(ctx.opening);
  if (titleSaysPlan) return { value: '计划', evidence: titleEvidence };
  if (planOpening) return { value: '计划', evidence: quoteMatch(ctx.opening, planOpening) };

  const looksForward = planHeading(ctx.headings);
  const closing = looksForward ? null : PLAN_PARAGRAPH.exec(ctx.tail);
  const planEvidence = looksForward ?? (closing ? quoteMatch(ctx.tail, closing) : null);
  const titleSaysSummary = written !== null && SUMMARY_TITLE.test(written.value);
  const summaryOpening = SUMMARY_OPENING.exec(ctx.opening);
  const looksBack = titleSaysSummary || summaryOpening !== null || ctx.headings.some((h) => LOOKS_BACK.test(h));

  if (looksBack && planEvidence) return { value: '总结和计划', evidence: quote(planEvidence, 0, planEvidence.length) };
  if (looksBack) {
    const evidence = titleSaysSummary ? titleEvidence : summaryOpening ? quoteMatch(ctx.opening, summaryOpening) : undefined;
    return { value: '总结', evidence: evidence ?? ctx.headings.find((h) => LOOKS_BACK.test(h)) };
  }
  if (planEvidence) return { value: '计划', evidence: quote(planEvidence, 0, planEvidence.length) };
  return { value: null, evidence: '未见总结或计划的标志' };
}
