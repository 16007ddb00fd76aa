/**
 * The year a report is about. A 政府工作报告 belongs to the year it was
 * delivered (the March 2015 report is the 2015 report, though it reviews
 * 2014); a summary belongs to the year it sums up, which it states in its
 * title or first sentence (`2013年上半年…`, `现将2013年工作情况…`). Years the
 * text merely mentions (targets, past projects, the plan for next year) are
 * not anchors. A file name's year is used only when the text has none.
 */
import type { Kind } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import type { Context } from './context.ts';
import { ANY_YEAR_SRC, plausibleYear, readYearMatch, type YearToken } from './year-tokens.ts';
import { quoteMatch, rule, statedRule } from './evidence.ts';

export interface YearResult {
  year: Inferred<number | null>;
  /** The anchor the text gives is a placeholder such as xx年 or 20xx年. */
  hidden: boolean;
}

const ANY_YEAR = new RegExp(ANY_YEAR_SRC, 'u');
const ANY_YEAR_G = new RegExp(ANY_YEAR_SRC, 'gu');
/** A year that opens the report: `XX年，我科…`, `2013年上半年，…`, `2013年以来`. */
const OPENING_ANCHOR = new RegExp(
  `^[\\s\\u3000]*${ANY_YEAR_SRC}(?:度)?(?=上半年|下半年|第?[一二三四1-4]季度|以来|[，,]|是|我|在|全|各)`,
  'u',
);
/** A year named as the subject of the summary anywhere in the opening. */
const SUBJECT_ANCHOR = new RegExp(
  `(?:现将|今年是)?${ANY_YEAR_SRC}(?:度)?(?:上半年|下半年|第?[一二三四1-4]季度|以来|(?:的)?(?:各项)?工作(?:情况|总结|开展情况|完成情况))`,
  'u',
);
/** A heading that looks back on a year: `一、2013年工作总结`, `一、xx年工作开展情况`. */
const HEADING_ANCHOR = new RegExp(
  `${ANY_YEAR_SRC}(?:度)?(?:上半年|下半年)?[^，。]{0,8}?(?:总结|回顾|开展情况|完成情况|工作情况|主要工作|成绩)`,
  'u',
);
const FILE_YEAR = /(?:^|[\/_\-\s.])((?:19|20)\d{2})(?=[_\-\s.年]|$)/;

function fromToken(token: YearToken, evidence: string): YearResult | null {
  if (token === null) return null;
  if (token.kind === 'placeholder') return { year: { value: null, evidence }, hidden: true };
  return { year: { value: token.year, evidence }, hidden: false };
}

function firstMatch(re: RegExp, s: string): YearResult | null {
  const m = re.exec(s);
  return m ? fromToken(readYearMatch(m), quoteMatch(s, m)) : null;
}

/** The first placeholder year in the head: the text hides its year even where no anchor was found. */
function placeholderInHead(head: string): YearResult | null {
  ANY_YEAR_G.lastIndex = 0;
  for (let m = ANY_YEAR_G.exec(head); m; m = ANY_YEAR_G.exec(head)) {
    if (m.groups?.p !== undefined) return { year: { value: null, evidence: quoteMatch(head, m) }, hidden: true };
  }
  return null;
}

export function inferYear(ctx: Context, kind: Kind | null): YearResult {
  const { stated, written, delivery } = ctx;
  if (plausibleYear(stated.year ?? null)) {
    return { year: { value: stated.year!, evidence: statedRule(ctx.fileName, 'year', stated.year!) }, hidden: false };
  }
  if (delivery) {
    const r = fromToken(delivery.year, delivery.phrase);
    if (r) return r;
  }
  if (written) {
    const m = ANY_YEAR.exec(written.value);
    const r = m && fromToken(readYearMatch(m), written.evidence);
    if (r) return r;
  }
  // A plan is about the year it names first (`为做好2014年科技工作，特制定…`).
  const planYear = kind === '计划' ? firstMatch(ANY_YEAR, ctx.opening) : null;
  const anchored =
    planYear ??
    firstMatch(OPENING_ANCHOR, ctx.opening) ??
    firstMatch(SUBJECT_ANCHOR, ctx.opening) ??
    ctx.headings.map((h) => firstMatch(HEADING_ANCHOR, h)).find((r) => r !== null) ??
    placeholderInHead(ctx.head);
  if (anchored) return anchored;

  // Weaker sources, in order: a report's publication date, then the file name.
  if (kind === '报告' && stated.publishDate && /^\d{4}/.test(stated.publishDate)) {
    const y = Number(stated.publishDate.slice(0, 4));
    if (plausibleYear(y)) return { year: { value: y, evidence: statedRule(ctx.fileName, 'publish_date', stated.publishDate) }, hidden: false };
  }
  const base = ctx.fileName.split('/').pop() ?? ctx.fileName;
  const f = FILE_YEAR.exec(base);
  if (f && plausibleYear(Number(f[1]))) {
    return { year: { value: Number(f[1]), evidence: rule(`文件名 ${base}`) }, hidden: false };
  }
  return { year: { value: null, evidence: '未写年份（正文、文件名）' }, hidden: false };
}
