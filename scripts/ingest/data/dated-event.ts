/**
 * The shape of one entry of the dated-event table (`dated-events.ts`): an
 * event a report can mention, the phrases that name it, when it happened,
 * and how a mention bounds the report's year. The table is data; the rules
 * that read it are in `scripts/ingest/infer/year-clues.ts`.
 */

/**
 * How a mention bounds the year of the report that makes it:
 * - `happening`: took place at `date`; the report is no earlier (the same
 *   year with 今年 before it, the year after with 去年, while relief words such
 *   as 抗击 or 祈福 are near a disaster: that year).
 * - `annual`: a recurring observance or fair; its Nth edition (`editions`)
 *   is that year's, and a report speaks of it in that year.
 * - `introduced`: a policy, slogan or campaign that began at `date`; the
 *   report is no earlier, and inside `date`–`until` when it says the campaign is
 *   being carried out (开展, 推进).
 * - `tenure`: a title held from `date` to `until` (总理 李克强); the report falls inside.
 * - `plan`: a plan period `date`–`until` (十二五), read with its context:
 *   drafting it, its first or last year, its completion, or simply its period.
 */
export type EventKind = 'happening' | 'annual' | 'introduced' | 'tenure' | 'plan';

/** Where the year of a numbered edition comes from; the pattern captures the number as group `n` (and a session as `m`). */
export type Editions =
  /** Edition n is held in `first + (n - 1) / perYear` (rounded down); perYear 2 for a fair held each spring and autumn. */
  | { first: number; perYear?: 1 | 2 }
  /** Edition n is held in `years[n - 1]` (censuses, national games). */
  | { years: number[] }
  /** Term n, session m is held in `terms[n - 1][m - 1]` (the National People's Congress). */
  | { terms: number[][] };

export interface DatedEvent {
  /** Stable identifier, ASCII kebab-case. */
  id: string;
  /** Name shown with the evidence, e.g. 芦山地震. */
  name: string;
  kind: EventKind;
  /** When it happened or began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the first edition for `annual`). */
  date: string;
  /** When it ended (campaign, term of office, plan period); absent when it has not ended. */
  until?: string;
  /** Regular expressions (sources, `u` flag) for a mention. Numbered editions capture `n` (and `m`). */
  patterns: string[];
  /** Phrases that speak of the event as news of the moment (心系雅安): the report is from that year. */
  current?: string[];
  editions?: Editions;
  /** Years before `date` it was already spoken of (games awarded years ahead, a census prepared the year before). */
  lead?: number;
  /** A disaster: relief words near it (抗击, 防御, 祈福) mean the report is from that year. */
  disaster?: true;
  /** Years that reconstruction (灾后重建, 援建) is spoken of after a disaster; default 1. */
  rebuild?: number;
  /** Party congresses and plenary sessions, whose 精神 a report studies until the next one. */
  series?: 'congress' | 'plenary';
  /** Where the date is documented: a page title or an official document, no URL. */
  source: string;
}
