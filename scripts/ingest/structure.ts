/**
 * Structure step: one report's lines → headings and paragraphs.
 *
 * Numbered headings (`一、` `（一）` `1、` `（1）`) get their depth from the order
 * in which the report nests the numbering styles, like an outline, so a level
 * is never skipped. A `>` at the start of a line marks a top-level heading.
 */
import type { Block, Line, Segment } from './types.ts';

type Style = 'chinese' | 'paren-chinese' | 'arabic' | 'paren-arabic' | 'marked';

/**
 * Numbering styles, each capturing its numeral. `1.` `1．` `1、` are one style;
 * a digit right after the separator (`5.12`, `1.5万元`, `1、2月份`) means a
 * number, not a numbering.
 */
const STYLES: [Style, RegExp][] = [
  ['chinese', /^([一二三四五六七八九十百]+)、/],
  ['paren-chinese', /^[（(]([一二三四五六七八九十百]+)[）)]/],
  ['arabic', /^([0-9０-９]{1,2})[、.．](?![0-9０-９])/],
  ['paren-arabic', /^[（(]([0-9０-９]{1,2})[）)]/],
];

/**
 * A numbered line is a heading only when it is one short clause: at most
 * `MAX_HEADING` characters (real section titles run to 48), no full stop
 * inside, not ending as if it went on. `1、科技成果总体水平有待提高。我县尚无……`
 * is a paragraph that starts with a number, and stays one, number and all.
 */
const MAX_HEADING = 50;
const STOP_INSIDE = /[。！？；!?;]/;
const GOES_ON = /[，,、；;]$/;

/** Indentation (ASCII, full-width, no-break spaces, tabs), then an optional `>` marker. */
const LEAD = /^[\s\u3000\u00A0]*(>?)[\s\u3000\u00A0]*/;
const TRAIL = /[\s\u3000\u00A0]+$/;

interface Parsed {
  n: number;
  text: string;
  marked: boolean;
  style?: Style;
  number?: number;
}

/** One open level of the report's outline: its numbering style and the last number used. */
interface Level {
  style: Style;
  number: number;
}

/** Turns a report's lines into blocks: one paragraph per line, headings as detected. */
export function toBlocks(segment: Segment): Block[] {
  const parsed = segment.lines.map(parse).filter((p) => p.text !== '');
  const listed = listItems(parsed);
  const outline: Level[] = [];
  return parsed.map((p, i): Block => {
    if (p.marked) {
      // A marked line is top level whatever its numbering; it opens the outline anew.
      outline.splice(0, outline.length, { style: p.style ?? 'marked', number: p.number ?? 0 });
      return { type: 'heading', depth: 2, text: headingText(p.text), line: p.n };
    }
    if (p.style && !listed[i] && isShortClause(p.text) && continuesOutline(outline, p)) {
      return { type: 'heading', depth: place(outline, p), text: headingText(p.text), line: p.n };
    }
    if (p.style) noteItem(outline, p);
    return { type: 'paragraph', text: p.text, line: p.n };
  });
}

function parse(line: Line): Parsed {
  const lead = LEAD.exec(line.text)!;
  const text = line.text.slice(lead[0].length).replace(TRAIL, '');
  const marked = lead[1] === '>';
  for (const [style, re] of STYLES) {
    const m = re.exec(text);
    if (m) return { n: line.n, text, marked, style, number: numeral(m[1]) };
  }
  return { n: line.n, text, marked };
}

/**
 * Going back to a level already open needs a higher number there: under
 * `（五）`, a short `三、` after `三、第一个五年计划的若干问题` is an item of an
 * inline list, not a new top-level section. (Higher, not next: a scraper may
 * have broken the line of the item in between.)
 */
function continuesOutline(outline: Level[], p: Parsed): boolean {
  const level = outline.find((l) => l.style === p.style);
  return !level || p.number! > level.number;
}

/**
 * A style already on the outline returns to its level (closing deeper ones);
 * a new style nests one level below the current one. h1 is the page title, so
 * the outline starts at depth 2; deeper than 5 stays at 5.
 *
 * A new style that does not start at one (`二、` when `一、` was a paragraph)
 * continues a level opened by a line that was not a heading; it goes below
 * only the styles that conventionally rank above it (`一、` > `（一）` > `1.` > `（1）`).
 */
function place(outline: Level[], p: Parsed): 2 | 3 | 4 | 5 {
  const style = p.style!;
  let at = outline.findIndex((l) => l.style === style);
  if (at < 0 && p.number !== 1) at = outline.findIndex((l) => RANK.indexOf(l.style) > RANK.indexOf(style));
  if (at >= 0) outline.splice(at);
  outline.push({ style, number: p.number! });
  return Math.min(outline.length + 1, 5) as 2 | 3 | 4 | 5;
}

const RANK: Style[] = ['chinese', 'paren-chinese', 'arabic', 'paren-arabic'];

/** A numbered paragraph at the innermost level is still the next item there (`3、…。…` between `2、` and `4、`). */
function noteItem(outline: Level[], p: Parsed): void {
  const last = outline[outline.length - 1];
  if (last && last.style === p.style) last.number = p.number!;
}

/** `一` → 1, `十二` → 12, `二十` → 20, `１２` → 12. */
function numeral(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const unit = ch === '百' ? 100 : ch === '十' ? 10 : 0;
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = '〇一二三四五六七八九'.indexOf(ch);
  }
  return total + digit;
}

/**
 * A heading has text under it. A short numbered line is an item of a list
 * written one per line (so a paragraph) when:
 * - the next line, or a short previous line, is numbered in the same style (`1、…` `2、…`);
 * - the next line is numbered in another style but does not start at one: `四、…`
 *   followed by `（二）…` is not the parent of `（二）`;
 * - it is an entry of a `目录` (table of contents).
 */
function listItems(parsed: Parsed[]): boolean[] {
  const numbered = (p: Parsed | undefined): p is Parsed & { style: Style } => !!p && !p.marked && !!p.style;
  let contents: Set<string> | undefined;
  return parsed.map((p, i) => {
    const candidate = numbered(p) && isShortClause(p.text);
    if (!candidate) {
      contents = CONTENTS.test(p.text) ? new Set() : undefined;
      return false;
    }
    // The contents end where the body repeats their first entry.
    if (contents && !contents.has(p.text)) {
      contents.add(p.text);
      return true;
    }
    const afterContents = contents !== undefined;
    contents = undefined;
    const [prev, next] = [parsed[i - 1], parsed[i + 1]];
    if (numbered(next) && next.style === p.style) return true;
    if (!afterContents && numbered(prev) && prev.style === p.style && isShortClause(prev.text)) return true;
    return numbered(next) && next.number !== 1;
  });
}

const CONTENTS = /^目\s*录$/;

function isShortClause(text: string): boolean {
  const body = text.replace(/[。.．]$/, '');
  return body.length <= MAX_HEADING && !STOP_INSIDE.test(body) && !GOES_ON.test(body);
}

/** Headings keep their numbering but not a closing full stop: `一、完成国家科技进步示范区考核`. */
function headingText(text: string): string {
  return text.replace(/。$/, '');
}
