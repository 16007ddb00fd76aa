/**
 * Finds the title a report was given, before any is composed: the splitter's
 * title line, a CSV title column, the line above a government report's
 * delivery line, or a short first line that names a summary or plan.
 */
import type { StatedMeta } from '../types.ts';
import type { DeliveryLine } from './delivery-line.ts';
import { toAsciiDigits } from './chinese-numerals.ts';
import { quote, rule, statedRule } from './evidence.ts';

export interface WrittenTitle {
  /** The title, tidied (spacing removed, digits half-width, collection counter dropped). */
  value: string;
  evidence: string;
  /** Where it came from: `text` titles are quoted phrases; the others are rules. */
  from: 'stated' | 'titleLine' | 'text';
}

/** Words a title line ends in or contains; a line without one is a subtitle or a slogan. */
const TITLE_WORD = /报告|总结|计划|汇报|要点|打算|安排|思路/;
/** Lines that are bylines, captions or sentences rather than titles. */
const NOT_TITLE = /[。；！？]|摄|记者|来源|www\.|^——|^（/;
/** Web article collections number their copies: `…计划篇6`, `第3篇：…`. */
const COUNTER_SUFFIX = /\s*篇\s*[0-9０-９一二三四五六七八九十]+$/;
const COUNTER_PREFIX = /^第?[0-9０-９一二三四五六七八九十]+篇[:：、\s]*/;
/** R's escape for a no-break space, left in scraped pages, and real no-break spaces. */
const SPACE_NOISE = /<U\+00A0>|[\u00a0\u200b-\u200d\ufeff]/g;
/** Typesetters space out short titles: `政 府 工 作 报 告`. */
const CJK_GAP = /(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])/g;
/** Lines looked at above the delivery line. */
const LINES_ABOVE = 4;
const MAX_TITLE = 80;

export function tidyTitle(raw: string): string {
  return toAsciiDigits(raw.replace(SPACE_NOISE, ' ').replace(CJK_GAP, '').trim())
    .replace(/^[—\-\s]+|[—\-\s]+$/g, '')
    .trim();
}

/** Quotes a title without the dash, bracket or scraped no-break spaces around it. */
function quoteTrimmed(text: string, start: number, end: number): string {
  const inner = text.slice(start, end);
  const lead = inner.match(/^(?:\s|<U\+00A0>|[—\-（(])*/)![0].length;
  const trail = inner.match(/(?:\s|<U\+00A0>|[—\-（(])*$/)![0].length;
  return quote(text, start + lead, Math.max(start + lead, end - trail));
}

function titleLike(tidy: string): boolean {
  return tidy.length >= 4 && tidy.length <= MAX_TITLE && TITLE_WORD.test(tidy) && !NOT_TITLE.test(tidy);
}

function fromTitleLine(line: string): WrittenTitle | null {
  const tidy = tidyTitle(line);
  const counter = tidy.match(COUNTER_SUFFIX)?.[0] ?? tidy.match(COUNTER_PREFIX)?.[0];
  const value = tidy.replace(COUNTER_SUFFIX, '').replace(COUNTER_PREFIX, '').trim();
  if (!value) return null;
  const note = counter ? `，去掉文集序号“${counter.trim()}”` : '';
  return { value, evidence: rule(`标题行${note}：${tidy}`), from: 'titleLine' };
}

/** The title above (or before the dash on) a delivery line; `关于…的报告` beats a generic label. */
function aboveDelivery(text: string, delivery: DeliveryLine): WrittenTitle | null {
  const candidates: { start: number; end: number; tidy: string }[] = [];
  const sameLine = text.slice(delivery.lineStart, delivery.index);
  if (titleLike(tidyTitle(sameLine))) {
    candidates.push({ start: delivery.lineStart, end: delivery.index, tidy: tidyTitle(sameLine) });
  }
  let end = delivery.lineStart - 1;
  for (let seen = 0; end > 0 && seen < LINES_ABOVE; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const tidy = tidyTitle(text.slice(start, end));
    // One- and two-character lines are leftover page controls (大 中 小, 】), not candidates.
    if (tidy.length > 2) {
      seen++;
      if (titleLike(tidy)) candidates.push({ start, end, tidy });
    }
    end = start - 1;
  }
  const best = candidates.find((c) => /^关于.*报告/.test(c.tidy)) ?? candidates[0];
  if (!best) return null;
  return { value: best.tidy, evidence: quoteTrimmed(text, best.start, best.end), from: 'text' };
}

/** A summary's own first line, when it is short and names what the document is. */
function firstLine(text: string): WrittenTitle | null {
  const start = text.search(/\S/);
  if (start === -1) return null;
  const nl = text.indexOf('\n', start);
  const end = nl === -1 ? text.length : nl;
  const tidy = tidyTitle(text.slice(start, end));
  if (tidy.length > 40 || /[，,：:]/.test(tidy) || !titleLike(tidy)) return null;
  if (!/(报告|总结|计划|汇报|要点|打算|安排|思路)(（[^）]*）|\([^)]*\))?$/.test(tidy)) return null;
  return { value: tidy, evidence: quoteTrimmed(text, start, end), from: 'text' };
}

export function findWrittenTitle(
  input: { text: string; titleLine?: string; stated: StatedMeta; fileName: string },
  delivery: DeliveryLine | null,
): WrittenTitle | null {
  const stated = input.stated.title?.trim();
  if (stated) return { value: tidyTitle(stated), evidence: statedRule(input.fileName, 'title', stated), from: 'stated' };
  if (input.titleLine?.trim()) {
    const t = fromTitleLine(input.titleLine);
    if (t) return t;
  }
  return (delivery && aboveDelivery(input.text, delivery)) ?? firstLine(input.text);
}
