/** The metadata row of a report in the data exports (JSON, CSV, JSONL). */
import type { ReportItem } from './reports.ts';
import { absoluteUrl, paths } from './url.ts';
import { estimateEvidenceValue, estimateValue, shownEstimate } from './year-estimate-label.ts';

export function exportRow(item: ReportItem, site: string | undefined) {
  const { data } = item;
  const estimate = shownEstimate(data);
  return {
    id: item.id,
    url: absoluteUrl(paths.report(item.id), site),
    title: data.title,
    unit: data.unit,
    level: data.level,
    year: data.year,
    anonymised: data.anonymised,
    period: data.period,
    kind: data.kind,
    chars: item.chars,
    source_file: data.source.file,
    source_sha256: data.source.sha256,
    source_encoding: data.source.encoding,
    source_part: data.source.part,
    source_lines: `${data.source.lines[0]}-${data.source.lines[1]}`,
    /** The estimated year when `year` is null: `2013`, `2013/2014`, `2015/..` (open); null without one. */
    year_estimate: estimate ? estimateValue(estimate) : null,
    /** The phrases it rests on: `心系雅安（芦山地震 2013-04-20）; …`. */
    year_estimate_evidence: estimate ? estimateEvidenceValue(estimate) : null,
  };
}

export type ExportRow = ReturnType<typeof exportRow>;

/** CSV columns, in order: every key of `ExportRow`. */
export const CSV_COLUMNS: (keyof ExportRow)[] = [
  'id', 'url', 'title', 'unit', 'level', 'year', 'anonymised', 'period', 'kind', 'chars',
  'source_file', 'source_sha256', 'source_encoding', 'source_part', 'source_lines',
  'year_estimate', 'year_estimate_evidence',
];

/**
 * RFC 4180 CSV with CRLF line ends, a line at a time (header first); cells
 * holding a comma, quote or line break are quoted. Text that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`) gets a leading `'`, as OWASP
 * advises against CSV injection.
 */
export function* csvLines(rows: Iterable<ExportRow>): Generator<string> {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const row of rows) yield `${CSV_COLUMNS.map((k) => cell(row[k])).join(',')}\r\n`;
}

/** The same text as `JSON.stringify([...rows], null, 1)`, an element at a time (rows hold no nested values). */
export function* jsonArrayLines(rows: Iterable<object>): Generator<string> {
  let first = true;
  for (const row of rows) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(row, null, 1).replace(/^/gm, ' ')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}
