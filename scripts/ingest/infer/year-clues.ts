/**
 * Clues to a report's year: every mention of an event of the dated-event
 * table (`scripts/ingest/data/dated-events.ts`), turned into the years it
 * allows. A mention alone says "no earlier than the event"; the words around
 * it can say more (今年 → that year, 抗击 a typhoon → that year, 开展 a
 * campaign → while it ran, 编制 a plan → the years before it). See the
 * `EventKind` of the table for what each kind of event allows.
 */
import type { DatedEvent } from '../data/dated-event.ts';
import { DATED_EVENTS } from '../data/dated-events.ts';
import { parseChineseNumber } from './chinese-numerals.ts';
import { MAX_EVIDENCE, quote } from './evidence.ts';
import { indexText, mayMatch, requirementsOf } from './required-literals.ts';
import {
  aheadWord, deliveredAt, monthBefore, ongoingWord, pastWord, rebuildWord, relativeYear, reliefWord, spiritWord,
  surroundingsOf, type ContextWord, type Surroundings,
} from './year-context.ts';
import { readPlan } from './year-plan-rules.ts';

/** One mention and the years it allows. */
export interface YearClue {
  eventId: string;
  /** The event's name, e.g. 芦山地震. */
  event: string;
  /** When it happened (`2013-04-20`) or its period (`2011/2015`). */
  date: string;
  /** The phrase as written, an exact substring of the text. */
  text: string;
  from: number;
  /** Null when the clue sets no upper bound. */
  to: number | null;
  /** Why, in a few words: 提及即不早于其时, 规划开局之年, 活动开展期间…. */
  rule: string;
}

interface Mention {
  event: DatedEvent;
  start: number;
  end: number;
  /** Matched by one of the event's `current` phrases (心系雅安). */
  current: boolean;
  /** The year of the event (of this edition, for a numbered one) and the year it ended. */
  year: number;
  until: number | null;
  date: string;
  /** Names no single edition of a numbered event (`防灾减灾日`, `第三届全国人民代表大会`): only "since" it. */
  bare: boolean;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthOf = (date: string) => (date.length >= 7 ? Number(date.slice(5, 7)) : null);

const compile = (event: DatedEvent, current: boolean) => (p: string) => ({ event, re: new RegExp(p, 'gu'), current, required: requirementsOf(p) });
const COMPILED = DATED_EVENTS.flatMap((event) => [...event.patterns.map(compile(event, false)), ...(event.current ?? []).map(compile(event, true))]);

/** A report's delivery line (`——在第十二届全国人民代表大会第三次会议上`) comes before this many characters. */
const DELIVERY_LINE_WITHIN = 300;

/** Congresses and plenary sessions in date order, to find the one after a given meeting. */
const MEETINGS = DATED_EVENTS.filter((e) => e.series).sort((a, b) => a.date.localeCompare(b.date));

function editionNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  return /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
}

/** The year of the edition a match names, or undefined when the table has no such edition. */
function editionYear(event: DatedEvent, groups: Record<string, string | undefined>): number | null | undefined {
  const editions = event.editions;
  const n = editionNumber(groups.n);
  if (!editions || n === null) return null;
  if ('first' in editions) return editions.first + Math.floor((n - 1) / (editions.perYear ?? 1));
  if ('years' in editions) return editions.years[n - 1];
  const term = editions.terms[n - 1];
  const m = editionNumber(groups.m);
  return m === null ? term?.[0] : term?.[m - 1];
}

function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  // Most patterns need characters the text does not have; those are not run.
  const index = indexText(text);
  for (const { event, re, current, required } of COMPILED) {
    if (!mayMatch(required, index)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const edition = editionYear(event, m.groups ?? {});
      if (edition === undefined || m[0].length === 0) continue;
      const year = edition ?? yearOf(event.date);
      const until = event.until ? yearOf(event.until) : null;
      const date = edition !== null ? String(edition) : until !== null ? `${event.date}/${event.until}` : event.date;
      const bare = Boolean(event.editions) && (edition === null || ('terms' in event.editions! && m.groups?.m === undefined));
      mentions.push({ event, start: m.index, end: m.index + m[0].length, current, year, until, date, bare });
    }
  }
  // One mention per place: patterns of the same event may match the same words.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (!kept.some((k) => k.event === m.event && m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept;
}

interface Bound {
  from: number;
  to: number | null;
  rule: string;
  word?: ContextWord | null;
}

/** What reading a report of this kind adds: 0 when it is written in the year it is about, 1 when it may review the year before (报告, 计划). */
export type Lag = 0 | 1;

const orNext = (lag: Lag) => (lag ? '（或次年）' : '');
const RELATIVE_RULE: Record<number, string> = { [-1]: '“明年”之事', 0: '“今年”之事', 1: '“去年”之事', 2: '“前年”之事' };
/** The NPC, whose session a national report is delivered at (its delivery line names it). */
const NPC = 'npc-session';

function happening(m: Mention, s: Surroundings, lag: Lag, latestMeeting: string): Bound {
  const { event, year } = m;
  let w: ContextWord | null;
  if (m.current) return { from: year, to: year + lag, rule: `当时的声援与救灾${orNext(lag)}` };
  if (event.id === NPC && !m.bare && m.start < DELIVERY_LINE_WITHIN && deliveredAt(s)) {
    return { from: year, to: year, rule: '在该次会议上所作的报告' };
  }
  const relative = relativeYear(s);
  if (relative && !m.bare) {
    return { from: year + relative.offset, to: year + relative.offset, rule: RELATIVE_RULE[relative.offset] as string, word: relative };
  }
  if (event.series && (w = spiritWord(s))) {
    const later = event.series === 'congress' ? MEETINGS.filter((e) => e.series === 'congress') : MEETINGS;
    const next = later.find((e) => e.date > event.date);
    // A report studies the latest meeting it names; older ones it lists only set a lower bound.
    if (event.series === 'congress' || event.date === latestMeeting) {
      return { from: year, to: next ? yearOf(next.date) : null, rule: next ? `学习其精神：在${next.name}之前` : '学习其精神', word: w };
    }
  }
  if (event.id === NPC && !m.bare && (w = spiritWord(s))) return { from: year, to: year + lag, rule: `学习该次会议精神${orNext(lag)}`, word: w };
  if (event.disaster) {
    if (rebuildWord(s)) return { from: year, to: year + (event.rebuild ?? 1) + lag, rule: '灾后重建期间' };
    if ((w = reliefWord(s))) return { from: year, to: year + lag, rule: `抗灾救灾之时${orNext(lag)}`, word: w };
  }
  if (event.lead && (w = pastWord(s))) return { from: year, to: null, rule: '已举办：不早于其时', word: w };
  if ((event.lead || event.series) && (w = aheadWord(s))) {
    return { from: year - Math.max(event.lead ?? 0, 1), to: year, rule: '筹办或迎接之时', word: w };
  }
  const lead = event.lead ?? 0;
  return { from: year - lead, to: null, rule: lead ? `提及：不早于其前${lead}年（提前宣布）` : '提及：不早于其时' };
}

function introduced(m: Mention, s: Surroundings, lag: Lag): Bound {
  const w = m.until !== null ? ongoingWord(s) : null;
  if (!w || m.until === null) return { from: m.year, to: null, rule: '提及：不早于其提出' };
  // `3月…开展…活动` in a campaign that began in June: not its first year.
  const month = monthBefore(s);
  const startMonth = monthOf(m.event.date);
  if (month !== null && startMonth !== null && month < startMonth) {
    return { from: m.year + 1, to: m.until + lag, rule: `活动开展期间（${month}月已在开展，而活动始于${startMonth}月）`, word: w };
  }
  return { from: m.year, to: m.until + lag, rule: `活动开展期间${orNext(lag)}`, word: w };
}

function boundOf(m: Mention, s: Surroundings, lag: Lag, latestMeeting: string): Bound {
  switch (m.event.kind) {
    case 'happening':
      return happening(m, s, lag, latestMeeting);
    case 'annual': {
      if (m.bare) return { from: m.year, to: null, rule: '提及：不早于首届' };
      const relative = relativeYear(s);
      if (relative) return { from: m.year + relative.offset, to: m.year + relative.offset, rule: '该届的年份，按“今年”“去年”推算', word: relative };
      const ahead = aheadWord(s);
      if (ahead) return { from: m.year - 1, to: m.year, rule: '筹办或迎接之时', word: ahead };
      return { from: m.year, to: m.year + lag, rule: `该届举办之年${orNext(lag)}` };
    }
    case 'introduced':
      return introduced(m, s, lag);
    case 'tenure':
      return m.until === null ? { from: m.year, to: null, rule: '任职起：不早于其时' } : { from: m.year, to: m.until + lag, rule: '任职期间' };
    case 'plan':
      return readPlan(m.year, m.until ?? m.year, s);
  }
}

const OPENING = '“「';
const CLOSING = '”」';

/** The span grown to take in a quotation mark it opens or closes, so `抗击“威马逊` reads `抗击“威马逊”`. */
function withQuotes(text: string, start: number, end: number): [number, number] {
  const inside = [...text.slice(start, end)];
  const opens = inside.filter((c) => OPENING.includes(c)).length;
  const closes = inside.filter((c) => CLOSING.includes(c)).length;
  if (closes > opens && OPENING.includes(text[start - 1] ?? '')) start -= 1;
  if (opens > closes && CLOSING.includes(text[end] ?? '')) end += 1;
  return [start, end];
}

/** Every clue in the text, in reading order, for a report of the given lag. */
export function findYearClues(text: string, lag: Lag): YearClue[] {
  const mentions = findMentions(text);
  const latestMeeting = mentions.reduce((d, m) => (m.event.series && m.event.date > d ? m.event.date : d), '');
  return mentions.map((m) => {
    const s = surroundingsOf(text, m.start, m.end);
    const bound = boundOf(m, s, lag, latestMeeting);
    const [start, end] = withQuotes(text, Math.min(m.start, bound.word?.start ?? m.start), Math.max(m.end, bound.word?.end ?? m.end));
    const phrase = end - start <= MAX_EVIDENCE ? quote(text, start, end) : quote(text, m.start, m.end);
    return { eventId: m.event.id, event: m.event.name, date: m.date, text: phrase, from: bound.from, to: bound.to, rule: bound.rule };
  });
}
