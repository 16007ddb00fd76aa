/**
 * Split step: one cleaned document → the reports it holds.
 *
 * First a page body that the scraper captured several times is reduced to one
 * copy (source A holds each gov.cn page 6–12 times); then the document is cut
 * where a new report starts (the seed file holds six summaries back to back).
 */
import type { Line, Problem, Segment } from './types.ts';

/** Lines at least this long (whitespace removed) identify a copy of the page body. */
const LONG = 30;
/** A cut is made only after this much text, so a caption or dateline never becomes a report. */
const MIN_REPORT_CHARS = 200;

const SPACES = /[\s\u3000\u00A0]/g;
const key = (text: string): string => text.replace(SPACES, '');
const isBlank = (line: Line): boolean => key(line.text) === '';

/** Cuts `lines` (one document of `file`) into reports, after dropping repeated copies of the page body. */
export function splitReports(lines: Line[], file: string): { segments: Segment[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const body = keepOneCopy(lines, file, problems);
  return { segments: cutReports(body), problems };
}

/**
 * When most long lines occur several times, the page body was captured
 * repeatedly. The copies start at the occurrences of an anchor line (the first
 * long line with the usual repeat count); the copy holding the most distinct
 * long lines is kept, with the header lines (title, dateline) that precede it.
 * If no single copy holds every long line, nothing is dropped.
 */
function keepOneCopy(lines: Line[], file: string, problems: Problem[]): Line[] {
  const keys = lines.map((l) => key(l.text));
  const count = new Map<string, number>();
  for (const k of keys) if (k.length >= LONG) count.set(k, (count.get(k) ?? 0) + 1);
  const times = usualRepeat(count);
  if (times < 2) return lines;

  const anchor = keys.find((k) => count.get(k) === times);
  const starts: number[] = [];
  keys.forEach((k, i) => k === anchor && starts.push(i));
  let best = 0;
  let bestSize = -1;
  for (let c = 0; c < starts.length; c++) {
    const size = distinctLong(keys, count, starts[c], starts[c + 1] ?? keys.length).size;
    if (size > bestSize) [best, bestSize] = [c, size];
  }
  const from = best === 0 ? 0 : starts[best] - headerLength(keys, starts, best);
  const to = best + 1 < starts.length ? starts[best + 1] - headerLength(keys, starts, best + 1) : keys.length;
  if (bestSize < count.size) {
    problems.push({
      severity: 'warning',
      file,
      line: lines[starts[0]].n,
      message: `page body seems repeated ${starts.length} times, but no copy holds all of it; kept everything`,
      hint: 'check the file for partly scraped copies and remove them by hand',
    });
    return lines;
  }
  const kept = lines.slice(from, to);
  problems.push({
    severity: 'warning',
    file,
    line: kept[0].n,
    message: `page body repeated ${starts.length} times; kept one copy (lines ${kept[0].n}–${kept[kept.length - 1].n})`,
    hint: 'nothing to do if the kept copy reads complete; otherwise check the source file',
  });
  return kept;
}

/**
 * How many times the page body was captured: the highest repeat count shared
 * by at least a quarter of the distinct long lines (copies cut short make some
 * lines rarer; a sentence a report repeats on purpose makes one line commoner).
 * 1 when fewer than half of the long lines repeat at all.
 */
function usualRepeat(count: Map<string, number>): number {
  if (count.size < 3) return 1;
  const byTimes = new Map<number, number>();
  let repeated = 0;
  for (const c of count.values()) {
    if (c < 2) continue;
    repeated++;
    byTimes.set(c, (byTimes.get(c) ?? 0) + 1);
  }
  if (repeated * 2 < count.size) return 1;
  let times = 1;
  for (const [c, n] of byTimes) if (n * 4 >= count.size && c > times) times = c;
  return times;
}

function distinctLong(keys: string[], count: Map<string, number>, from: number, to: number): Set<string> {
  const seen = new Set<string>();
  for (let i = from; i < to; i++) if (count.has(keys[i])) seen.add(keys[i]);
  return seen;
}

/** How many lines before copy `c` repeat the lines before the first copy (its title and dateline). */
function headerLength(keys: string[], starts: number[], c: number): number {
  const floor = starts[c - 1];
  let h = 0;
  while (starts[0] - h - 1 >= 0 && starts[c] - h - 1 > floor && keys[starts[c] - h - 1] === keys[starts[0] - h - 1]) h++;
  return h;
}

/**
 * A report opens with a line indented by one ASCII space (the seed marks each
 * report's first sentence so; ordinary paragraphs use U+3000) or with a title
 * line of its own. The ASCII-space rule is ignored when such lines are common,
 * because then it is just how that file indents.
 */
const OPENING = /^ [\u3000]*[^\s\u3000]/;
const SENTENCE = /[，。,]/;
/** `科技局工作总结和下一步计划篇6`, `1964年国务院政府工作报告（摘要）`: short, no sentence punctuation, ends like a title. */
const TITLE =
  /^[^。，；！？：:,;!?]{2,40}(?:总结|计划|报告|汇报|篇\s*[0-9０-９一二三四五六七八九十]+)(?:[（(][^）)]{1,6}[）)])?$/;
const HEADING_START = /^(?:>|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百0-9０-９]+[）)]|[0-9０-９]{1,2}[、.．])/;
/** The line before a title must end the previous report: a full stop or a date. */
const REPORT_END = /(?:[。！？!?”」）)…]|年.{1,3}月.{1,3}日)$/;

function cutReports(lines: Line[]): Segment[] {
  const texts = lines.map((l) => l.text.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, ''));
  const nonBlank = texts.filter((t) => t !== '').length;
  const openings = lines.filter((l) => OPENING.test(l.text) && SENTENCE.test(l.text)).length;
  const useOpenings = openings <= nonBlank * 0.2;

  const segments: Segment[] = [];
  let current: Segment = { lines: [] };
  let chars = 0;
  let last = '';
  const startNew = (): void => {
    segments.push(current);
    current = { lines: [] };
    chars = 0;
  };
  lines.forEach((line, i) => {
    const t = texts[i];
    if (t === '') {
      current.lines.push(line);
      return;
    }
    const isTitle = TITLE.test(t) && !HEADING_START.test(t);
    // Only before any text, so a report's title line always comes before its lines.
    if (isTitle && chars === 0 && !current.titleLine) {
      current.titleLine = line;
      return;
    }
    const big = chars >= MIN_REPORT_CHARS;
    if (isTitle && big && REPORT_END.test(last)) {
      startNew();
      current.titleLine = line;
      return;
    }
    if (useOpenings && big && OPENING.test(line.text) && SENTENCE.test(t)) startNew();
    current.lines.push(line);
    chars += t.length;
    last = t;
  });
  if (current.lines.length > 0 || current.titleLine) segments.push(current);
  return segments.filter((s) => s.lines.some((l) => !isBlank(l)) || s.titleLine);
}
