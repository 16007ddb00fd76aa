/**
 * The report collection as the pages use it: loaded once, sorted, with the
 * derived values (URL slug, plain text, 字数) computed in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Report } from './report-schema.ts';
import { charCount, levelRank, periodRank } from './labels.ts';
import { htmlToText } from './plain-text.ts';
import { unitSlug } from './unit-slug.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ReportItem {
  id: string;
  data: Report;
  entry: CollectionEntry<'reports'>;
  unitSlug: string;
  headings: Heading[];
  /** Title, blank line, then the body as plain text. */
  text: string;
  chars: number;
}

const collator = new Intl.Collator('zh-CN');

/** Unit (unknown last), then year (unknown last), period, id. */
export function compareReports(a: ReportItem, b: ReportItem): number {
  return (
    Number(a.data.unit === null) - Number(b.data.unit === null) ||
    collator.compare(a.data.unit ?? '', b.data.unit ?? '') ||
    (a.data.year ?? 9999) - (b.data.year ?? 9999) ||
    periodRank(a.data.period) - periodRank(b.data.period) ||
    a.id.localeCompare(b.id)
  );
}

/** Newest first: year (unknown last), later period first, then id. */
export function compareNewest(a: ReportItem, b: ReportItem): number {
  return (
    (b.data.year ?? -1) - (a.data.year ?? -1) ||
    periodRank(b.data.period) - periodRank(a.data.period) ||
    a.id.localeCompare(b.id)
  );
}

function toItem(entry: CollectionEntry<'reports'>): ReportItem {
  const body = htmlToText(entry.rendered?.html ?? '');
  const headings = (entry.rendered?.metadata?.headings ?? []) as Heading[];
  return {
    id: entry.id,
    data: entry.data,
    entry,
    unitSlug: unitSlug(entry.data.unit),
    headings,
    text: body ? `${entry.data.title}\n\n${body}` : entry.data.title,
    chars: charCount(body),
  };
}

let cache: Promise<ReportItem[]> | undefined;

/** Every report, in unit order (see `compareReports`). */
export function allReports(): Promise<ReportItem[]> {
  cache ??= getCollection('reports').then((entries) => entries.map(toItem).sort(compareReports));
  return cache;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface UnitGroup {
  slug: string;
  unit: string | null;
  /** The level most of its reports give; ties go to the higher level. */
  level: Report['level'];
  reports: ReportItem[];
}

/** Units in collection order, with a check that no two names share a slug. */
export async function allUnits(): Promise<UnitGroup[]> {
  const groups = groupBy(await allReports(), (r) => r.unitSlug);
  return [...groups].map(([slug, reports]) => {
    const names = new Set(reports.map((r) => r.data.unit));
    if (names.size > 1) {
      throw new Error(`Units ${[...names].join(' and ')} share the URL slug "${slug}"; rename one of them.`);
    }
    return { slug, unit: reports[0]!.data.unit, level: commonestLevel(reports), reports };
  });
}

function commonestLevel(reports: ReportItem[]): Report['level'] {
  const counts = groupBy(reports, (r) => r.data.level);
  return [...counts].sort(([la, a], [lb, b]) => b.length - a.length || levelRank(la) - levelRank(lb))[0]![0];
}

/** Previous and next report of the same unit; none for reports without a unit. */
export async function neighbours(item: ReportItem): Promise<{ prev?: ReportItem; next?: ReportItem }> {
  if (item.data.unit === null) return {};
  const same = (await allReports()).filter((r) => r.unitSlug === item.unitSlug);
  const i = same.findIndex((r) => r.id === item.id);
  return { prev: same[i - 1], next: same[i + 1] };
}
