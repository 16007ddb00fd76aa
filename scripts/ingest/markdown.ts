/**
 * Writes a report as Markdown: YAML frontmatter, then `##`… headings and one
 * paragraph per line. Report text is text: every character that Markdown or
 * HTML would read as markup is escaped, so `<script>` in a report stays visible.
 */
import type { Report, YearEstimate, YearEstimateClue } from '../../src/lib/report-schema.ts';
import type { Block } from './types.ts';

/** Characters that start inline markup anywhere in a line. */
const INLINE = /[\\`*_[\]~|]/g;
/** Line starts that make a block: heading, quote, list, thematic break, fenced code, HTML. */
const BLOCK_START = /^([#>+=-]|\d{1,9}[.)])/;

/** Escapes one line of report text for use as Markdown inline content. */
export function escapeInline(text: string): string {
  let out = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(INLINE, (c) => `\\${c}`);
  const start = BLOCK_START.exec(out);
  if (start) {
    const marker = start[1] as string;
    // For `1.` / `1)` only the punctuation is markup; for the rest, the first character.
    out = /^\d/.test(marker)
      ? `${marker.slice(0, -1)}\\${marker.slice(-1)}${out.slice(marker.length)}`
      : `\\${out}`;
  }
  // Leading spaces would make an indented code block; indentation carries no meaning here.
  return out.replace(/^[ \t]+/, '');
}

/** YAML scalar: JSON strings are valid YAML 1.2 double-quoted scalars, and always safe. */
function scalar(value: string | number | boolean | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

function clueLines(key: string, clues: YearEstimateClue[]): string[] {
  return [
    `  ${key}:`,
    ...clues.flatMap((c) => [
      `    - text: ${scalar(c.text)}`,
      `      event: ${scalar(c.event)}`,
      `      date: ${scalar(c.date)}`,
      `      constraint: { from: ${c.constraint.from}, to: ${scalar(c.constraint.to)} }`,
      `      rule: ${scalar(c.rule)}`,
    ]),
  ];
}

/** The year estimate as a block, in the schema's key order. */
function estimateLines(e: YearEstimate): string[] {
  return [
    'yearEstimate:',
    `  year: ${scalar(e.year)}`,
    `  from: ${e.from}`,
    `  to: ${scalar(e.to)}`,
    ...clueLines('evidence', e.evidence),
    ...(e.setAside ? clueLines('setAside', e.setAside) : []),
  ];
}

/** Frontmatter with a fixed key order, so the same report always gives the same bytes. */
export function renderFrontmatter(report: Report): string {
  const { source, evidence } = report;
  const lines = [
    '---',
    `title: ${scalar(report.title)}`,
    `unit: ${scalar(report.unit)}`,
    `level: ${scalar(report.level)}`,
    `year: ${scalar(report.year)}`,
    `anonymised: ${scalar(report.anonymised)}`,
    `period: ${scalar(report.period)}`,
    `kind: ${scalar(report.kind)}`,
    'source:',
    `  file: ${scalar(source.file)}`,
    `  sha256: ${scalar(source.sha256)}`,
    `  encoding: ${scalar(source.encoding)}`,
    `  part: ${source.part}`,
    `  lines: [${source.lines[0]}, ${source.lines[1]}]`,
  ];
  const fields = Object.entries(evidence).filter(([, v]) => v !== undefined);
  if (fields.length === 0) lines.push('evidence: {}');
  else {
    lines.push('evidence:');
    for (const [field, phrase] of fields) lines.push(`  ${field}: ${scalar(phrase as string)}`);
  }
  if (report.yearEstimate) lines.push(...estimateLines(report.yearEstimate));
  lines.push('---');
  return lines.join('\n');
}

/** The Markdown body: blocks separated by blank lines. */
export function renderBody(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const text = escapeInline(b.text);
      return b.type === 'heading' ? `${'#'.repeat(b.depth)} ${text}` : text;
    })
    .filter((line) => line.replace(/^#+ /, '').trim() !== '')
    .join('\n\n');
}

/** The whole file, ending with one newline. */
export function renderReport(report: Report, blocks: Block[]): string {
  return `${renderFrontmatter(report)}\n\n${renderBody(blocks)}\n`;
}
