import type { Problem, SourceDoc } from '../types.ts';

/** What a format reader returns: the documents of one input file, and warnings about it. */
export interface FormatResult {
  docs: SourceDoc[];
  /** Problems that did not stop the file, e.g. a CSV row with an empty body. */
  warnings: Problem[];
}
