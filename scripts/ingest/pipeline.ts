/**
 * One input file through the text steps: format → clean → split → structure
 * → infer. Returns drafts (a report's fields before overrides and ids) and
 * the problems found; throws only for a file that cannot be read at all.
 */
import { toLines, removeFurniture } from './clean.ts';
import { toSourceDocs } from './formats/index.ts';
import { inferMetadata } from './infer/index.ts';
import { estimateYear } from './infer/year-estimate.ts';
import { splitReports } from './split.ts';
import { toBlocks } from './structure.ts';
import type { Block, InputFile, Problem } from './types.ts';
import type { Evidence, Kind, Level, Period, YearEstimate } from '../../src/lib/report-schema.ts';

export interface Draft {
  part: number;
  encoding: string;
  lines: [number, number];
  blocks: Block[];
  fields: {
    title: string;
    unit: string | null;
    level: Level | null;
    year: number | null;
    period: Period | null;
    kind: Kind | null;
  };
  anonymised: boolean;
  evidence: Evidence;
  /** For a report without a year: the year estimated from the dated events it mentions, if any. */
  yearEstimate: YearEstimate | null;
}

export interface FileResult {
  drafts: Draft[];
  problems: Problem[];
}

export async function processFile(file: InputFile): Promise<FileResult> {
  const { docs, warnings } = await toSourceDocs(file);
  const problems: Problem[] = [...warnings];
  const drafts: Draft[] = [];

  for (const doc of docs) {
    const { lines } = removeFurniture(toLines(doc.text, doc.firstLine));
    const split = splitReports(lines, file.relPath);
    problems.push(...split.problems);

    for (const segment of split.segments) {
      const blocks = toBlocks(segment);
      const first = segment.titleLine ?? segment.lines[0];
      const last = segment.lines.at(-1) ?? first;
      if (blocks.length === 0 || first === undefined || last === undefined) {
        problems.push({
          severity: 'warning',
          file: file.relPath,
          line: first?.n,
          message: 'a report part holds no text after cleaning; skipped',
        });
        continue;
      }
      const text = blocks.map((b) => b.text).join('\n');
      const meta = inferMetadata({
        text,
        headings: blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
        titleLine: segment.titleLine?.text,
        stated: doc.stated,
        fileName: file.relPath,
      });
      const evidence: Evidence = {};
      const fields = {} as Draft['fields'];
      for (const key of ['title', 'unit', 'level', 'year', 'period', 'kind'] as const) {
        const inferred = meta[key];
        (fields as Record<string, unknown>)[key] = inferred.value;
        if (inferred.evidence) evidence[key] = inferred.evidence;
      }
      drafts.push({
        part: drafts.length + 1,
        encoding: doc.encoding,
        lines: [first.n, last.n],
        blocks,
        fields,
        anonymised: meta.anonymised,
        evidence,
        yearEstimate: meta.year.value === null ? estimateYear({ text, kind: meta.kind.value }) : null,
      });
    }
  }
  return { drafts, problems };
}
