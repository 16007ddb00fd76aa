import type { Problem } from './types.ts';

/** An error about one input that a person can act on; the run goes on with the other inputs. */
export class IngestError extends Error {
  readonly problem: Problem;

  constructor(problem: Omit<Problem, 'severity'>, options?: { cause?: unknown }) {
    super(problem.message, options);
    this.name = 'IngestError';
    this.problem = { severity: 'error', ...problem };
  }
}

/** `file:line: message (hint)`, the form used on the terminal and in the review table. */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.offset !== undefined) where += ` (byte ${p.offset})`;
  if (p.field !== undefined) where += ` [${p.field}]`;
  const hint = p.hint ? `\n    → ${p.hint}` : '';
  return `${p.severity}: ${where}: ${p.message}${hint}`;
}

/** Turns anything thrown while handling `file` into a Problem. */
export function toProblem(err: unknown, file: string): Problem {
  if (err instanceof IngestError) return err.problem;
  const message = err instanceof Error ? err.message : String(err);
  return {
    severity: 'error',
    file,
    message: `unexpected failure: ${message}`,
    hint: 'this is a bug in Huibao: please report it with the input file',
  };
}
