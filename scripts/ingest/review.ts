/**
 * The review table an editor reads after each run: one row per report with
 * its fields, the evidence for each, what was overridden, its warnings and,
 * for a report without a year, the year estimated from the events it names;
 * plus one row per input that failed. UTF-8 with BOM so spreadsheet programs
 * open the Chinese text correctly.
 */
import { INFERRED_FIELDS, type Report } from '../../src/lib/report-schema.ts';
import { estimateEvidenceValue, estimateValue } from '../../src/lib/year-estimate-label.ts';
import { formatProblem } from './problems.ts';
import type { Problem } from './types.ts';

export const REVIEW_NAME = '_review.csv';

export interface ReviewRow {
  id: string;
  report?: Report;
  /** Fields an overrides file or sidecar set. */
  overridden: string[];
  status: string;
  problems: Problem[];
}

const HEADER = [
  'id',
  'status',
  'file',
  'part',
  'lines',
  ...INFERRED_FIELDS,
  'anonymised',
  ...INFERRED_FIELDS.map((f) => `evidence_${f}`),
  'overridden',
  'warnings',
  'year_estimate',
  'evidence_year_estimate',
];

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(r: ReviewRow): string[] {
  const rep = r.report;
  const messages = r.problems.map((p) => formatProblem(p).replace(/\n\s*/g, ' ')).join(' | ');
  return [
    r.id,
    r.status,
    rep?.source.file ?? r.problems[0]?.file ?? '',
    rep ? String(rep.source.part) : '',
    rep ? `${rep.source.lines[0]}-${rep.source.lines[1]}` : '',
    ...INFERRED_FIELDS.map((f) => (rep ? String(rep[f] ?? '') : '')),
    rep ? String(rep.anonymised) : '',
    ...INFERRED_FIELDS.map((f) => rep?.evidence[f] ?? ''),
    r.overridden.join(' '),
    messages,
    rep?.yearEstimate ? estimateValue(rep.yearEstimate) : '',
    rep?.yearEstimate ? estimateEvidenceValue(rep.yearEstimate) : '',
  ];
}

export function renderReview(rows: ReviewRow[]): string {
  const lines = [HEADER, ...rows.map(row)].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
