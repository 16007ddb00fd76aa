/**
 * Parsing CSV text into records that know where they are in the file, so
 * each report can be traced to the line its body starts on.
 *
 * Positions come from csv-parse's `raw` text of each record rather than its
 * line counter, which drifts when quoted fields hold CR LF; the text is also
 * converted to LF line ends first (same line count, see lines.ts).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { IngestError } from '../problems.ts';

export interface CsvRecord {
  cells: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** 1-based line on which field `column` starts. */
  lineOf(column: number): number;
}

const QUOTING_HINT =
  'a field holding commas, quotes or line breaks must be in double quotes, with quotes inside it doubled (""); fix the row near that line';

/** Records of LF-only `text`; blank lines and rows of blank cells are left out. */
export function parseRecords(text: string, file: string): CsvRecord[] {
  let rows: { record: string[]; raw: string }[];
  try {
    // With `raw` each row is `{ record, raw }`; the typings do not follow options.
    rows = parse(text, { raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    throw new IngestError({ file, ...describeCsvError(err, text), hint: QUOTING_HINT }, { cause: err });
  }

  const records: CsvRecord[] = [];
  let offset = 0;
  let line = 1;
  for (const { record, raw } of rows) {
    // Each raw record is the exact slice of the text it came from; check,
    // because every line number below depends on it.
    if (!text.startsWith(raw, offset)) throw new Error(`CSV positions lost track at line ${line}`);
    const leading = /^\n*/.exec(raw)![0].length; // skipped blank lines before the record
    const start = line + leading;
    if (record.some((cell) => cell.trim() !== '')) {
      records.push({ cells: record, line: start, lineOf: (column) => start + newlinesBefore(raw, leading, column) });
    }
    offset += raw.length;
    line += count(raw, '\n');
  }
  return records;
}

type CsvErrorInfo = CsvError & { lines?: number; raw?: unknown };

/**
 * A message in plain words. csv-parse works on UTF-8 bytes, so its own
 * message can quote half a Chinese character; and for an unclosed quote it
 * names the last line, while the useful line is where the open field starts.
 */
function describeCsvError(err: CsvErrorInfo, text: string): { line?: number; message: string } {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      // The unfinished record's raw text runs to the end of the file.
      const raw = typeof err.raw === 'string' ? err.raw.replace(/^\n+/, '') : '';
      const line = count(text.slice(0, text.length - raw.length), '\n') + 1;
      return { line, message: `cannot parse the CSV: a quoted field in the row starting on line ${line} is never closed` };
    }
    case 'INVALID_OPENING_QUOTE':
      return { line: err.lines, message: 'cannot parse the CSV: a quote appears inside a field that does not start with one' };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { line: err.lines, message: 'cannot parse the CSV: a closing quote is followed by more text instead of a comma or a line end' };
    default:
      return { line: err.lines, message: `cannot parse the CSV: ${err.message.split('\n')[0]}` };
  }
}

/** Line ends between the start of the record (at `from` in `raw`) and the start of field `column`. */
function newlinesBefore(raw: string, from: number, column: number): number {
  let newlines = 0;
  let i = from;
  for (let field = 0; field < column; field++) {
    if (raw[i] === '"') {
      for (i++; i < raw.length; i++) {
        if (raw[i] === '\n') newlines++;
        if (raw[i] !== '"') continue;
        if (raw[i + 1] !== '"') break; // the closing quote
        i++; // a doubled quote stands for one quote in the text
      }
      i++;
    }
    // Then (or for an unquoted field, from its start) up to the comma.
    while (i < raw.length && raw[i] !== ',' && raw[i] !== '\n') i++;
    if (raw[i] !== ',') break;
    i++;
  }
  return newlines;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
