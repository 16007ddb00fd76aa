/**
 * The report collection as the pages use it: loaded once, sorted, with the
 * derived values (URL slug, 字数, neighbours) computed in one place. Only
 * metadata stays in memory; a body is read from disk when a page needs it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Report } from './report-schema.ts';
import { levelRank, periodRank } from './labels.ts';
import { htmlToText, titledText } from './plain-text.ts';
import { readReportHtml, type ReportBodyInfo } from './report-body.ts';
import { unitSlug } from './unit-slug.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ReportItem {
  id: string;
  data: Report;
  /** Digest of the report's file: changes whenever the report does. */
  digest: string;
  unitSlug: string;
  headings: Heading[];
  /** Characters of the body other than white space (字数). */
  chars: number;
  body: ReportBodyInfo;
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

function toItem(entry: CollectionEntry<'reports'>, slugs: Map<string | null, string>): ReportItem {
  const body = entry.rendered!.metadata as unknown as ReportBodyInfo;
  let slug = slugs.get(entry.data.unit);
  if (slug === undefined) slugs.set(entry.data.unit, (slug = unitSlug(entry.data.unit)));
  return {
    id: entry.id,
    data: entry.data,
    digest: String(entry.digest),
    unitSlug: slug,
    headings: body.headings,
    chars: body.chars,
    body,
  };
}

// Module state is shared by every page of a build: the collection is read,
// sorted and grouped once, not once per page (20,000 pages × 20,000 reports).
let cache: Promise<ReportItem[]> | undefined;

/** Every report, in unit order (see `compareReports`). */
export function allReports(): Promise<ReportItem[]> {
  const slugs = new Map<string | null, string>();
  cache ??= getCollection('reports').then((entries) => entries.map((e) => toItem(e, slugs)).sort(compareReports));
  return cache;
}

/** The body as plain text. Read from disk on each call. */
export function reportBodyText(item: ReportItem): string {
  return htmlToText(readReportHtml(item.body));
}

/** Title, blank line, then the body as plain text: the JSONL `text` and the `.txt` download. Read from disk on each call. */
export function reportText(item: ReportItem): string {
  return titledText(item.data.title, reportBodyText(item));
}

/** The rendered HTML of the report's body. */
export function reportHtml(item: ReportItem): string {
  return readReportHtml(item.body);
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

let units: Promise<UnitGroup[]> | undefined;

/** Units in collection order, with a check that no two names share a slug. */
export function allUnits(): Promise<UnitGroup[]> {
  units ??= allReports().then(groupUnits);
  return units;
}

function groupUnits(reports: ReportItem[]): UnitGroup[] {
  const groups = groupBy(reports, (r) => r.unitSlug);
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

export interface Neighbours {
  prev?: ReportItem;
  next?: ReportItem;
}

let neighbourMap: Promise<Map<string, Neighbours>> | undefined;

/** Previous and next report of the same unit; none for reports without a unit. */
export async function neighbours(item: ReportItem): Promise<Neighbours> {
  neighbourMap ??= allUnits().then((groups) => {
    const map = new Map<string, Neighbours>();
    for (const { unit, reports } of groups) {
      if (unit === null) continue;
      reports.forEach((r, i) => map.set(r.id, { prev: reports[i - 1], next: reports[i + 1] }));
    }
    return map;
  });
  return (await neighbourMap).get(item.id) ?? {};
}
