/**
 * .csv inputs: one document per data row, its body from the column named
 * like full_text / 正文, its stated metadata from title / unit / province /
 * year / publish_date columns (English or Chinese names).
 */
import { decode } from '../decode.ts';
import { IngestError } from '../problems.ts';
import type { InputFile, Problem, SourceDoc, StatedMeta } from '../types.ts';
import { findColumn, hasKnownName, looksLikeHeader, resolveColumns, type Columns } from './csv-columns.ts';
import { parseRecords, type CsvRecord } from './csv-records.ts';
import type { FormatResult } from './format-result.ts';
import { toLf } from './lines.ts';
import { parseDate, parseText, parseYear } from './stated-values.ts';

/** A header row is looked for among this many first records (a title line may sit above it). */
const HEADER_SEARCH = 5;
const NAME_BODY_HINT = 'name the column that holds the report text full_text, text or 正文';

export function readCsv(file: InputFile): FormatResult {
  const { text, encoding } = decode(file.bytes, file.relPath);
  const records = parseRecords(toLf(text), file.relPath);
  const warnings: Problem[] = [];
  const at = findHeader(records, file.relPath);
  const header = records[at]!;
  if (at > 0) {
    warnings.push(warning(file.relPath, records[0]!.line, `${at} row(s) above the header row on line ${header.line} are not read`, 'remove them, or check that the right row is the header'));
  }
  const rows = records.slice(at + 1);
  if (rows.length === 0) {
    throw new IngestError({ file: file.relPath, line: header.line, message: 'the CSV has a header row but no data rows', hint: 'add one row per report below the header' });
  }
  const columns = resolveColumns(header.cells, rows.map((r) => r.cells));
  if (columns === undefined) {
    throw new IngestError({ file: file.relPath, line: header.line, message: 'no column holds the report text', hint: NAME_BODY_HINT });
  }
  const bodyName = header.cells[columns.body]!;
  if (columns.bodyGuessed) {
    warnings.push(warning(file.relPath, header.line, `no column is named like full_text or 正文; took "${bodyName}", the column with the longest values, as the report text`, NAME_BODY_HINT));
  }
  const docs: SourceDoc[] = [];
  rows.forEach((record, i) => {
    const doc = toDoc(record, i + 1, columns, header.cells, encoding, file.relPath, warnings);
    if (doc) docs.push(doc);
  });
  return { docs, warnings };
}

function findHeader(records: CsvRecord[], file: string): number {
  const first = records.slice(0, HEADER_SEARCH);
  let at = first.findIndex((r) => findColumn(r.cells, 'body') !== undefined);
  if (at === -1) at = first.findIndex((r) => hasKnownName(r.cells));
  if (at === -1 && records[0] && looksLikeHeader(records[0].cells)) at = 0;
  if (at === -1) {
    throw new IngestError({
      file,
      line: records[0]?.line ?? 1,
      message: records.length === 0 ? 'the CSV has no rows' : 'the CSV has no header row naming its columns',
      hint: `add a header row such as title,year,full_text; ${NAME_BODY_HINT}`,
    });
  }
  return at;
}

function toDoc(
  record: CsvRecord,
  row: number,
  columns: Columns,
  header: string[],
  encoding: string,
  file: string,
  warnings: Problem[],
): SourceDoc | undefined {
  if (record.cells.length > header.length) {
    warnings.push(warning(file, record.line, `row ${row} has ${record.cells.length} fields but the header has ${header.length}; the extra fields are not read`, 'put a field that holds commas in double quotes'));
  }
  const body = record.cells[columns.body] ?? '';
  if (body.trim() === '') {
    warnings.push(warning(file, record.line, `row ${row}: the "${header[columns.body]}" field is empty; row skipped`, 'fill in the report text, or delete the row'));
    return undefined;
  }
  const stated = readStated(record, row, columns, header, file, warnings);
  return { text: body, encoding, firstLine: record.lineOf(columns.body), row, stated };
}

function readStated(record: CsvRecord, row: number, columns: Columns, header: string[], file: string, warnings: Problem[]): StatedMeta {
  const cell = (index: number | undefined) => (index === undefined ? undefined : parseText(record.cells[index]));
  const stated: StatedMeta = {};
  const title = cell(columns.meta.title);
  if (title !== undefined) stated.title = title;
  const unit = cell(columns.meta.unit);
  if (unit !== undefined) stated.unit = unit;
  const year = cell(columns.meta.year);
  if (year !== undefined) {
    const parsed = parseYear(year);
    if (parsed.ok) stated.year = parsed.value;
    else warnings.push(badValue(file, record, row, header[columns.meta.year!]!, year, parsed.reason, 'year'));
  }
  const date = cell(columns.meta.publishDate);
  if (date !== undefined) {
    const parsed = parseDate(date);
    if (parsed.ok) stated.publishDate = parsed.value;
    else warnings.push(badValue(file, record, row, header[columns.meta.publishDate!]!, date, parsed.reason, 'publishDate'));
  }
  return stated;
}

function badValue(file: string, record: CsvRecord, row: number, column: string, value: string, reason: string, field: string): Problem {
  return { ...warning(file, record.line, `row ${row}: ${column} "${value}" ${reason}; ignored`, 'correct the cell, or leave it empty'), field };
}

function warning(file: string, line: number, message: string, hint: string): Problem {
  return { severity: 'warning', file, line, message, hint };
}
