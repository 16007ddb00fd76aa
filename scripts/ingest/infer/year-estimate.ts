/**
 * An estimate of the year of a report whose text hides it (xx年, 20xx年),
 * from the dated events it mentions (`year-clues.ts`). Each clue allows a
 * range of years; the estimate is the range most clues agree on. When clues
 * contradict each other, the largest group that agrees wins (ties go to the
 * narrower range, then the later one) and the others are listed as set
 * aside. The estimate is a single year only when its clues pin one.
 */
import type { Kind, YearEstimate, YearEstimateClue } from '../../../src/lib/report-schema.ts';
import { findYearClues, type Lag, type YearClue } from './year-clues.ts';

/** Clues kept as evidence, and clues set aside, at most. */
const MAX_EVIDENCE = 6;
const MAX_SET_ASIDE = 4;

export interface EstimateInput {
  /** The report's plain text. */
  text: string;
  /** Its kind: a summary (总结) is written in the year it covers; a plan or a formal report may look back on the year before. */
  kind: Kind | null;
}

const width = (c: { from: number; to: number | null }) => (c.to === null ? Infinity : c.to - c.from);
const allows = (c: YearClue, year: number) => c.from <= year && (c.to === null || year <= c.to);

/** One clue per event and range: a phrase repeated ten times is one clue, not ten votes. */
function distinct(clues: YearClue[]): YearClue[] {
  const seen = new Map<string, YearClue>();
  for (const c of clues) {
    const key = `${c.eventId}|${c.from}|${c.to}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}

interface Agreement {
  from: number;
  to: number | null;
  agreeing: YearClue[];
}

/** The years allowed by the most clues. Every such range starts at some clue's `from`, so those are the years tried. */
export function bestAgreement(clues: YearClue[]): Agreement | null {
  let best: Agreement | null = null;
  for (const year of new Set(clues.map((c) => c.from))) {
    const agreeing = clues.filter((c) => allows(c, year));
    const from = Math.max(...agreeing.map((c) => c.from));
    const tos = agreeing.flatMap((c) => (c.to === null ? [] : [c.to]));
    const candidate = { from, to: tos.length ? Math.min(...tos) : null, agreeing };
    if (
      !best ||
      agreeing.length > best.agreeing.length ||
      (agreeing.length === best.agreeing.length &&
        (width(candidate) < width(best) || (width(candidate) === width(best) && candidate.from > best.from)))
    ) {
      best = candidate;
    }
  }
  return best;
}

const toEvidence = ({ text, event, date, from, to, rule }: YearClue): YearEstimateClue => ({ text, event, date, constraint: { from, to }, rule });

/**
 * Clues that set the bounds first, then other bounded ones, narrowest first,
 * one per event; bare lower bounds that decide nothing are left out.
 */
function evidenceOf(result: Agreement): YearEstimateClue[] {
  const binding = (c: YearClue) => c.from === result.from || (c.to !== null && c.to === result.to);
  const sorted = result.agreeing
    .filter((c) => binding(c) || c.to !== null)
    .sort((a, b) => Number(binding(b)) - Number(binding(a)) || width(a) - width(b));
  const events = new Set<string>();
  const chosen = sorted.filter((c) => !events.has(c.eventId) && events.add(c.eventId));
  return chosen.slice(0, MAX_EVIDENCE).map(toEvidence);
}

export function estimateYear({ text, kind }: EstimateInput): YearEstimate | null {
  const lag: Lag = kind === '总结' || kind === '总结和计划' ? 0 : 1;
  const clues = distinct(findYearClues(text, lag));
  const result = bestAgreement(clues);
  if (!result) return null;
  const setAside = clues
    .filter((c) => !result.agreeing.includes(c))
    .sort((a, b) => width(a) - width(b))
    .slice(0, MAX_SET_ASIDE)
    .map(toEvidence);
  return {
    year: result.from === result.to ? result.from : null,
    from: result.from,
    to: result.to,
    evidence: evidenceOf(result),
    ...(setAside.length ? { setAside } : {}),
  };
}
