/** Command-line arguments of `npm run ingest -- <files or folders…> [options]`. */
import { parseArgs } from 'node:util';

export interface IngestOptions {
  inputs: string[];
  /** Folder the Markdown collection is written to. */
  out: string;
  /** Overwrite reports edited by hand since the last ingest. */
  force: boolean;
  /** Read and check everything, write nothing. */
  dryRun: boolean;
  /** Overrides file; default `<out>/_overrides.yaml`. */
  overrides?: string;
  /** Review table; default `<out>/_review.csv`. */
  review?: string;
  quiet: boolean;
}

export const DEFAULT_OUT = 'content/reports';

export const USAGE = `Usage: npm run ingest -- <files or folders…> [options]

Reads report texts (.txt .md .csv .docx; UTF-8, UTF-16, GB18030/GBK, Big5)
and writes one Markdown file per report.

Options:
  --out DIR          where to write the reports (default: ${DEFAULT_OUT})
  --force            overwrite reports that were edited by hand since the last run
  --dry-run          check everything, write nothing
  --overrides FILE   editor's corrections keyed by report id (default: <out>/_overrides.yaml)
  --review FILE      review table to write (default: <out>/_review.csv)
  --quiet            print only the summary and the problems
  -h, --help         show this help`;

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): IngestOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        overrides: { type: 'string' },
        review: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no input named: give at least one file or folder');
  return {
    inputs: positionals,
    out: values.out ?? DEFAULT_OUT,
    force: values.force,
    dryRun: values['dry-run'],
    overrides: values.overrides,
    review: values.review,
    quiet: values.quiet,
  };
}
