/**
 * What a mention of a plan period (十二五, 六五普法) says about the year,
 * from the words around it: a plan is drafted in the two years before it
 * starts, has a first year (开局之年) and a last (收官之年), is reported
 * complete at its end or the year after, and is otherwise spoken of from its
 * drafting until the year after it ends.
 */
import { relativeYear, wordAfter, wordBefore, type ContextWord, type Surroundings } from './year-context.ts';

export interface PlanReading {
  from: number;
  to: number;
  rule: string;
  /** The context word that decided it, to quote with the mention. */
  word: ContextWord | null;
}

const Q = '[”"」]?(?:规划|计划)?(?:纲要)?';
const FIRST = new RegExp(`^${Q}的?(?:开局之年|开局年|第一年|起步之年|起步年|开篇之年)`);
const LAST = new RegExp(`^${Q}的?(?:收官之年|收官年|最后一年)`);
const NTH = new RegExp(`^${Q}(?:实施)?的?第([二三四])年`);
const DRAFTING_BEFORE = /(?:编制|制定|制订|谋划|起草|编好|研究制定|前期研究)[^，。；]{0,6}$/g;
const DRAFTING_AFTER = /^[”"」]?[^，。；]{0,10}?(?:编制|起草|前期研究|建议)/;
/** `高质量完成“十二五”科技发展规划`: finishing the plan document, not its targets. */
const WRITING_BEFORE = /(?<!圆满|胜利|全面|顺利|超额)完成[“"「]?$/g;
const WRITING_AFTER = /^[”"」]?[^，。；目标任务]{0,10}规划(?:纲要)?(?=$|[，。；、])/;
const DONE_BEFORE = /(?:圆满|胜利|全面|顺利|超额)完成[^，。；]{0,4}$/g;
const DONE_AFTER = /^[”"」]?[^，。；]{0,8}?(?:圆满收官|胜利收官|顺利收官|圆满完成|胜利完成|顺利完成|全面完成)/;
const SINCE_AFTER = /^[”"」]?(?:规划)?(?:实施)?以来/;
const PERIOD_AFTER = /^[”"」]?(?:规划)?(?:时期|期间)/;
const ORDINAL: Record<string, number> = { 二: 2, 三: 3, 四: 4 };

/** The reading of one mention of the plan period `start`–`end`. */
export function readPlan(start: number, end: number, s: Surroundings): PlanReading {
  // A named year of the plan, shifted by 明年/去年 before it (`明年是“十四五”开局之年`).
  const shift = relativeYear(s)?.offset ?? 0;
  const at = (year: number, rule: string, word: ContextWord | null): PlanReading => ({ from: year + shift, to: year + shift, rule, word });
  let w: ContextWord | null;
  if ((w = wordAfter(FIRST, s))) return at(start, '规划开局之年', w);
  if ((w = wordAfter(LAST, s))) return at(end, '规划收官之年', w);
  const nth = NTH.exec(s.after);
  if (nth) return at(start + (ORDINAL[nth[1] as string] as number) - 1, `规划实施第${nth[1]}年`, wordAfter(NTH, s));
  if ((w = wordBefore(DRAFTING_BEFORE, s) ?? wordAfter(DRAFTING_AFTER, s))) {
    return { from: start - 2, to: start, rule: '编制规划：其前两年至开局之年', word: w };
  }
  const writing = wordBefore(WRITING_BEFORE, s);
  const document = writing && wordAfter(WRITING_AFTER, s);
  if (writing && document) {
    return { from: start - 2, to: start, rule: '编制规划：其前两年至开局之年', word: { start: writing.start, end: document.end } };
  }
  if ((w = wordBefore(DONE_BEFORE, s) ?? wordAfter(DONE_AFTER, s))) {
    return { from: end, to: end + 1, rule: '规划完成：收官之年或次年', word: w };
  }
  if ((w = wordAfter(SINCE_AFTER, s))) return { from: start, to: end + 2, rule: '规划实施以来', word: w };
  if ((w = wordAfter(PERIOD_AFTER, s))) return { from: start, to: end + 1, rule: '规划期内或次年回顾', word: w };
  return { from: start - 2, to: end + 1, rule: '提及规划：编制至期满次年', word: null };
}
