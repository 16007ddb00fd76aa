/**
 * Section kinds: whether a part of a report tells what was done (工作成绩),
 * what went wrong (存在问题) or what comes next (下一步计划). Pure functions
 * of the text, for the report pages (src/markdown/rehype-section-kinds.ts),
 * the search index and the browser.
 *
 * A section is an `##` heading and what follows up to the next `##`; the
 * text before the first heading is the lead. The rules, in order:
 *
 * 1. The lead is none: it addresses the reader and announces the report.
 *    It can still hold parts that turn (rule 5), as when the report's own
 *    headings were not recognised.
 * 2. A heading that names its subject decides the section (存在的问题 →
 *    problems; 下一步工作打算, 工作安排, 重点工作, 目标任务 → plans; 工作总结,
 *    回顾, 成绩, 亮点, 工作开展情况, 做法 → done). Framing headings
 *    (基本情况, 指导思想, 总体要求, 体会) are none. In a heading that joins two
 *    subjects (存在的问题及今后的打算) the first one decides, and the other
 *    can start a part of its own (rule 5).
 * 3. A heading that reports a result (…稳步推进, …成果丰硕, 完成…) is done,
 *    unless the report is already in its plans, where such words are orders.
 * 4. Otherwise the paragraphs decide when their markers clearly lean one
 *    way (了/已/累计 for done, 将/要/力争/确保 for plans, 不足/有待/仍存在 for
 *    problems); if they do not, the section continues the kind of the text
 *    before it (reports run done → problems → plans), and the first
 *    section of a report with nothing to go on is none.
 * 5. Inside a section the kind can move forward, never back (done →
 *    problems → plans): a paragraph that turns to problems
 *    (在看到成绩的同时，我们也清醒地认识到…问题), a paragraph that turns to
 *    plans (下半年，我们将…; 2000年…要…), or a subheading or heading-like
 *    short line that names a later kind starts a part that runs to the end
 *    of the section. The part keeps the section's heading and id; the page
 *    marks it (see rehype-section-kinds.ts).
 */
import {
  bare,
  CONJUNCTION,
  FUTURE_MARKERS,
  HEADING_CUES,
  PAST_MARKERS,
  PLAN_ANNOUNCE,
  PLAN_TIME,
  PLAN_VERB,
  PROBLEM_MARKERS,
  PROBLEM_PRESENT,
  PROBLEM_TURN,
  PROBLEM_TURN_WEAK,
  PROBLEM_NOUN,
  RESULT_HEADING,
  type Kind,
} from './section-kind-cues.ts';

/** The kinds, in the order a report usually runs, with the label the site shows. */
export const SECTION_KINDS = [
  { value: 'done', label: '工作成绩' },
  { value: 'problems', label: '存在问题' },
  { value: 'plans', label: '下一步计划' },
] as const satisfies readonly { value: Kind; label: string }[];

export type SectionKind = (typeof SECTION_KINDS)[number]['value'];

export function sectionKindLabel(kind: SectionKind): string {
  return SECTION_KINDS.find((k) => k.value === kind)!.label;
}

export interface Classification {
  /** null: none of the three (a lead, 基本情况, 指导思想, or nothing to go on). */
  kind: SectionKind | null;
  /** Which rule and which words decided, for tests and for people checking a result. */
  reason: string;
}

export interface SectionPart extends Classification {
  /** Index in `paragraphs` where the part starts; the first part starts at 0 and includes the heading. */
  from: number;
}

export interface SectionClassification extends Classification {
  /** The section's kind from `from: 0`, then one entry per turn to a later kind. */
  parts: SectionPart[];
}

export interface ClassifyOptions {
  /** The kind the report is in just before this section (the last part of the one before). */
  previous?: SectionKind | null;
  /** Indexes in `paragraphs` of subheadings (`###` and deeper). */
  subheadings?: ReadonlySet<number>;
  /** The lead: no heading, none until a part turns. */
  lead?: boolean;
}

const RANK: Record<Kind, number> = { done: 1, problems: 2, plans: 3 };
const rank = (kind: SectionKind | null) => (kind ? RANK[kind] : 0);

/** Content markers must reach this count, and be this many times the next kind's, to decide. */
const MIN_MARKERS = 2;
const LEAN = 2;
/** …and to overrule the kind the report is already in. */
const OVERRULE = 3;
/** A paragraph this short without sentence punctuation reads as a heading (an unnumbered one ingest left as text). */
const HEADING_LIKE_CHARS = 24;

/** Classifies one section from its heading and its paragraphs (and subheadings) in order. */
export function classifySection(heading: string, paragraphs: readonly string[], options: ClassifyOptions = {}): SectionClassification {
  const decided: Decision = options.lead
    ? { kind: null, reason: 'lead', fromHeading: true }
    : sectionKind(heading, paragraphs, options);
  const parts: SectionPart[] = [{ from: 0, kind: decided.kind, reason: decided.reason }];
  paragraphs.forEach((text, i) => {
    const turn = turnIn(text, options.subheadings?.has(i) ?? false);
    const current = parts.at(-1)!;
    if (!turn || rank(turn.kind) <= rank(current.kind)) return;
    // A section whose kind came only from its text or from what went before, and that turns at once, is of the turned kind.
    if (i === 0 && !decided.fromHeading) parts[0] = { from: 0, ...turn };
    else parts.push({ from: i, ...turn });
  });
  return { kind: parts[0]!.kind, reason: parts[0]!.reason, parts };
}

interface Decision extends Classification {
  fromHeading: boolean;
}

function sectionKind(heading: string, paragraphs: readonly string[], options: ClassifyOptions): Decision {
  const previous = options.previous ?? null;
  const cue = headingCue(heading);
  if (cue) return { kind: cue.kind, reason: `heading names it: 「${cue.words}」`, fromHeading: true };
  const result = RESULT_HEADING.exec(bare(heading));
  if (result && previous !== 'plans') return { kind: 'done', reason: `heading reports a result: 「${result[0]}」`, fromHeading: true };
  // Only the section's own text: what follows a turn (下半年，我们将…) is a part of another kind.
  const turn = paragraphs.findIndex((text, i) => turnIn(text, options.subheadings?.has(i) ?? false));
  const scores = contentScores(turn > 0 ? paragraphs.slice(0, turn) : paragraphs);
  const [top, second] = (Object.entries(scores) as [Kind, number][]).sort((a, b) => b[1] - a[1]);
  const lean = previous && previous !== top![0] ? OVERRULE : LEAN;
  const counts = `done ${scores.done}, problems ${scores.problems}, plans ${scores.plans}`;
  if (top![1] >= MIN_MARKERS && top![1] >= lean * second![1]) {
    return { kind: top![0], reason: `text leans ${top![0]} (markers: ${counts})`, fromHeading: false };
  }
  if (previous) return { kind: previous, reason: `continues ${previous} (markers: ${counts})`, fromHeading: false };
  return { kind: null, reason: `no cue (markers: ${counts})`, fromHeading: false };
}

/** The kind a heading names, if it names one; `kind: null` for framing headings. */
export function headingCue(heading: string): { kind: SectionKind | null; words: string } | undefined {
  for (const conjunct of bare(heading).replace(/[：:。]$/, '').split(CONJUNCTION)) {
    let best: { kind: SectionKind | null; words: string; end: number } | undefined;
    for (const { kind, pattern } of HEADING_CUES) {
      for (const m of conjunct.matchAll(pattern)) {
        const end = m.index + m[0].length;
        if (!best || end > best.end || (end === best.end && m[0].length > best.words.length)) best = { kind, words: m[0], end };
      }
    }
    if (best) return { kind: best.kind, words: best.words };
  }
  return undefined;
}

function contentScores(paragraphs: readonly string[]): Record<Kind, number> {
  const scores = { done: 0, problems: 0, plans: 0 };
  for (const text of paragraphs) {
    scores.done += count(text, PAST_MARKERS);
    scores.plans += count(text, FUTURE_MARKERS);
    scores.problems += count(text, PROBLEM_MARKERS);
  }
  return scores;
}

const count = (text: string, markers: RegExp) => text.match(markers)?.length ?? 0;

/** Up to the end of the n-th sentence. */
function sentences(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const next = text.slice(end).search(/[。！？!?；;]/);
    if (next < 0) return text;
    end += next + 1;
  }
  return text.slice(0, end);
}

/** The later kind a paragraph or subheading turns to, if it opens a new part. */
function turnIn(text: string, subheading: boolean): Classification | undefined {
  const t = bare(text);
  if (subheading || (t.length <= HEADING_LIKE_CHARS && !/[。，；！？,;!?]/.test(t))) {
    const cue = headingCue(text);
    if (cue?.kind) return { kind: cue.kind, reason: `${subheading ? 'subheading' : 'heading-like line'} names it: 「${cue.words}」` };
    if (subheading) return undefined;
  }
  const first = sentences(t, 1);
  if ((PROBLEM_TURN.test(t) && PROBLEM_NOUN.test(first)) || (PROBLEM_TURN_WEAK.test(t) && PROBLEM_PRESENT.test(first))) {
    return { kind: 'problems', reason: `turns to problems: 「${first.slice(0, 16)}…」` };
  }
  if ((PLAN_TIME.test(t) && PLAN_VERB.test(sentences(t, 2))) || PLAN_ANNOUNCE.test(t)) {
    return { kind: 'plans', reason: `turns to plans: 「${first.slice(0, 16)}…」` };
  }
  return undefined;
}

/** A block of a report body in reading order, as in src/search/document.ts (`Block`). */
export interface BodyBlock {
  kind: string;
  text: string;
  /** Section id (`s3`, `s3-2`; its own for a heading); null or `s0…` before the first `##`. */
  section: string | null;
}

export interface ReportPart extends Classification {
  /** Index in the blocks where the part starts. */
  start: number;
}

export interface ReportSection extends Classification {
  /** The top-level section id (`s3`), or `s0` for the lead. */
  id: string;
  /** Blocks `start` (the heading, or the lead's first block) up to `end` (exclusive). */
  start: number;
  end: number;
  /** The section's kind from `start`, then each turn to a later kind. */
  parts: ReportPart[];
}

const topSection = (block: BodyBlock) => block.section?.split('-')[0] ?? 's0';

/** Classifies every top-level section of a report, the lead first (when there is one). */
export function classifyReport(blocks: readonly BodyBlock[]): ReportSection[] {
  const sections: ReportSection[] = [];
  let previous: SectionKind | null = null;
  for (let start = 0; start < blocks.length; ) {
    const id = topSection(blocks[start]!);
    let end = start + 1;
    while (end < blocks.length && topSection(blocks[end]!) === id) end++;
    const lead = id === 's0';
    const inner = blocks.slice(lead ? start : start + 1, end);
    const subheadings = new Set(inner.flatMap((b, i) => (b.kind === 'heading' ? [i] : [])));
    const heading = lead ? '' : blocks[start]!.text;
    const result = classifySection(heading, inner.map((b) => b.text), { previous, subheadings, lead });
    const offset = lead ? start : start + 1;
    const parts = result.parts.map(({ from, kind, reason }) => ({ start: from === 0 ? start : offset + from, kind, reason }));
    sections.push({ id, start, end, kind: result.kind, reason: result.reason, parts });
    previous = parts.at(-1)!.kind ?? previous;
    start = end;
  }
  return sections;
}

/** The kind of each block, in the order given: what the search index stores per block. */
export function blockKinds(blocks: readonly BodyBlock[]): (SectionKind | null)[] {
  const kinds: (SectionKind | null)[] = [];
  for (const section of classifyReport(blocks)) {
    section.parts.forEach((part, i) => {
      const to = section.parts[i + 1]?.start ?? section.end;
      for (let b = part.start; b < to; b++) kinds[b] = part.kind;
    });
  }
  return kinds;
}
