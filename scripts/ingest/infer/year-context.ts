/**
 * The words around a mention of a dated event that change what it says about
 * the report's year: 今年/去年 before it, relief words near a disaster (抗击,
 * 祈福), a campaign being carried out (开展), a plan being drafted (编制) or
 * in its first or last year, a meeting whose 精神 the report studies. Each
 * reader looks only inside the mention's sentence.
 */
import { parseChineseNumber } from './chinese-numerals.ts';

/** How far before and after a mention the context words are looked for. */
const WINDOW = 24;
const SENTENCE_END = /[。！？；\n]/;

export interface Surroundings {
  /** Up to WINDOW characters before the mention, from the start of its sentence. */
  before: string;
  /** Up to WINDOW characters after it, to the end of its sentence. */
  after: string;
  /** Offsets of `before` and `after` in the text. */
  beforeStart: number;
  afterStart: number;
}

export function surroundingsOf(text: string, start: number, end: number): Surroundings {
  let from = Math.max(0, start - WINDOW);
  const head = text.slice(from, start);
  const cut = Math.max(...[...head.matchAll(/[。！？；\n]/g)].map((m) => (m.index ?? -1) + 1), 0);
  from += cut;
  let after = text.slice(end, end + WINDOW);
  const stop = after.search(SENTENCE_END);
  if (stop !== -1) after = after.slice(0, stop);
  return { before: text.slice(from, start), after, beforeStart: from, afterStart: end };
}

/** A context word, by its offsets in the text (so the evidence can quote it with the mention). */
export interface ContextWord {
  start: number;
  end: number;
}

/** The last match of `re` (flag g) in `before`, as text offsets. */
export function wordBefore(re: RegExp, s: Surroundings): ContextWord | null {
  let found: ContextWord | null = null;
  for (const m of s.before.matchAll(re)) found = { start: s.beforeStart + (m.index ?? 0), end: s.beforeStart + (m.index ?? 0) + m[0].length };
  return found;
}

/** A match of `re` at the start of `after`, as text offsets. */
export function wordAfter(re: RegExp, s: Surroundings): ContextWord | null {
  const m = re.exec(s.after);
  return m ? { start: s.afterStart + m.index, end: s.afterStart + m.index + m[0].length } : null;
}

/** 今年, 去年…, or 上半年, 年初… alone (not after a year: 1964年底, 20xx年初). */
const RELATIVE = /(?:今年|本年度?|当年|去年|上一?年度?|前年|明年|来年|下一年)(?:上半年|下半年|年初|年底|年内)?|(?<![0-9０-９〇○零一二三四五六七八九十xX×＿_某])(?:上半年|下半年|年初|年底|年内)/g;
const OFFSETS: [RegExp, number][] = [
  [/^(?:去年|上一?年)/, 1],
  [/^前年/, 2],
  [/^(?:明年|来年|下一年)/, -1],
];

/**
 * Report year minus event year, when a word just before the mention says it:
 * 今年 (and 上半年, 年初…) 0, 去年 1, 前年 2, 明年 −1. Only within 12 characters.
 */
export function relativeYear(s: Surroundings): (ContextWord & { offset: number }) | null {
  const found = wordBefore(RELATIVE, s);
  if (!found || s.afterStart - found.end > 12) return null;
  const word = s.before.slice(found.start - s.beforeStart, found.end - s.beforeStart);
  const offset = OFFSETS.find(([re]) => re.test(word))?.[1] ?? 0;
  return { ...found, offset };
}

/** Words of relief and impact next to a disaster: the report is written while it is news. */
const RELIEF_BEFORE = /(?:抗击|抗御|抵御|防御|防范|迎战|战胜|应对|遭受|遭遇|受|心系|情系|支援|援助|驰援|声援|捐助|捐款|救援)(?!了)[^，。；了]{0,6}$/g;
const RELIEF_AFTER = /^[”"」]?[^，。；]{0,8}?(?:抗震救灾|抢险救灾|救灾|抢险|袭击|侵袭|影响|登陆|过境|受灾|灾情|灾区|祈福)/;
const REBUILD = /灾后(?:恢复)?重建|恢复重建|援建|对口支援/;

export function reliefWord(s: Surroundings): ContextWord | null {
  return wordBefore(RELIEF_BEFORE, s) ?? wordAfter(RELIEF_AFTER, s);
}

export function rebuildWord(s: Surroundings): boolean {
  return REBUILD.test(s.before) || REBUILD.test(s.after);
}

/** A campaign being carried out (开展, 推进), not looked back on (开展了) or made routine (常态化). */
const ONGOING_BEFORE = /(?:开展|推进|深化|抓好|做好|参加|参与|投入|落实)(?!了)[^，。；了]{0,8}$/g;
const ONGOING_AFTER = /^[”"」]?[^，。；]{0,8}?(?:深入开展|扎实开展|全面开展|正在|动员|环节|进展|有序推进|扎实推进|深入推进|作为)/;
const ROUTINE = /常态化|制度化|长效/;

export function ongoingWord(s: Surroundings): ContextWord | null {
  if (ROUTINE.test(s.before) || ROUTINE.test(s.after)) return null;
  return wordBefore(ONGOING_BEFORE, s) ?? wordAfter(ONGOING_AFTER, s);
}

/** The month named earliest before the mention in its sentence (`3月25日，…开展…活动`), 1–12. */
export function monthBefore(s: Surroundings): number | null {
  const m = /(?<![0-9０-９一二三四五六七八九十])([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月/u.exec(s.before);
  if (!m) return null;
  const raw = m[1].normalize('NFKC');
  const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** Words for an event already held (成功举办, 以来) or still ahead (筹办, 迎接). */
const PAST_BEFORE = /(?:成功举办|举办了|成功召开|胜利召开|办好了)[^，。；]{0,4}$/g;
const PAST_AFTER = /^[”"」]?[^，。；]{0,6}?(?:成功举办|胜利召开|圆满成功|圆满结束|胜利闭幕|闭幕|以来|之后|后)/;
const AHEAD_BEFORE = /(?:筹办|办好|迎接|喜迎|筹备|备战|服务保障|申办|迎)[^，。；]{0,4}$/g;
const AHEAD_AFTER = /^[”"」]?[^，。；]{0,6}?(?:筹办|筹备|即将|倒计时|召开前|前夕)/;

export function pastWord(s: Surroundings): ContextWord | null {
  return wordBefore(PAST_BEFORE, s) ?? wordAfter(PAST_AFTER, s);
}

export function aheadWord(s: Surroundings): ContextWord | null {
  return wordBefore(AHEAD_BEFORE, s) ?? wordAfter(AHEAD_AFTER, s);
}

/** A meeting whose 精神 (or whose guidance, 为指导) the report follows. */
const SPIRIT_AFTER = /^[^。；！？]{0,20}?(?:精神|为指导|为统领)/;

export function spiritWord(s: Surroundings): ContextWord | null {
  return wordAfter(SPIRIT_AFTER, s);
}

/** `在第十二届全国人民代表大会第三次会议上`: the report is delivered at that session. */
export function deliveredAt(s: Surroundings): boolean {
  return /在$/.test(s.before) && /^上/.test(s.after);
}
