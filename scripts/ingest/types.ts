/**
 * Shapes passed between the ingest steps:
 * read → decode → (format) → clean → split → structure → infer → write → review.
 */

/** A problem found in the input. Errors stop that file (or report); warnings are listed in the review. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Input path relative to what was named on the command line. */
  file: string;
  /** 1-based line in the decoded input, when known. */
  line?: number;
  /** Byte offset in the raw input, for decoding errors. */
  offset?: number;
  /** Frontmatter field, for metadata problems. */
  field?: string;
  /** What is wrong, naming the value. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** An input file as read from disk. */
export interface InputFile {
  /** Path relative to the file or folder named on the command line, `/`-separated. */
  relPath: string;
  /** Absolute path, for reading only: never written into output. */
  absPath: string;
  bytes: Uint8Array;
  sha256: string;
}

/** The result of decoding bytes to text. */
export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`. */
  encoding: string;
}

/** Metadata an input states outright (CSV columns, sidecar), before inference. */
export interface StatedMeta {
  title?: string;
  unit?: string;
  year?: number;
  /** ISO date `YYYY-MM-DD`, e.g. from a CSV `publish_date` column. */
  publishDate?: string;
}

/**
 * One document from an input file, before it is split into reports:
 * a whole .txt/.md/.docx file, or one CSV row's body.
 */
export interface SourceDoc {
  text: string;
  encoding: string;
  /** 1-based line in the decoded file at which `text` starts (CSV bodies start below the header). */
  firstLine: number;
  /** For CSV: the 1-based data row, used as the report's `part`. */
  row?: number;
  stated: StatedMeta;
}

/** A line of text with its 1-based line number in the decoded input. */
export interface Line {
  n: number;
  text: string;
}

/** One report's lines, as cut out of a document by the splitter. */
export interface Segment {
  lines: Line[];
  /** A title line that introduced this report (e.g. `科技局工作总结和下一步计划篇6`), if any. */
  titleLine?: Line;
}

/** A structural block of a report body. */
export type Block =
  | { type: 'heading'; depth: 2 | 3 | 4 | 5; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number };

/** An inferred value with the phrase or rule that decided it. */
export interface Inferred<T> {
  value: T;
  evidence?: string;
}
