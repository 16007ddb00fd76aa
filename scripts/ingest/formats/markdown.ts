/**
 * .md / .markdown inputs: decoded text, with an optional YAML frontmatter
 * block whose `title`, `unit` and `year` become stated metadata. The body
 * keeps its line numbers in the file, so problems point at the right line.
 */
import { YAMLParseError, parse } from 'yaml';
import { decode } from '../decode.ts';
import { IngestError } from '../problems.ts';
import type { InputFile, Problem, StatedMeta } from '../types.ts';
import type { FormatResult } from './format-result.ts';
import { iterateLines } from './lines.ts';
import { parseText, parseYear } from './stated-values.ts';

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const FIX_BLOCK = 'fix the YAML between the --- lines, or remove the block';

export function readMarkdown(file: InputFile): FormatResult {
  const { text, encoding } = decode(file.bytes, file.relPath);
  const block = findFrontmatter(text, file.relPath);
  if (block === undefined) return { docs: [{ text, encoding, firstLine: 1, stated: {} }], warnings: [] };

  const warnings: Problem[] = [];
  const stated = readStated(block.yaml, file.relPath, warnings);
  const body = text.slice(block.bodyStart);
  if (!/\S/.test(body)) {
    throw new IngestError({
      file: file.relPath,
      line: block.bodyLine,
      message: 'the file has frontmatter but no text below it',
      hint: 'add the report text below the closing --- line',
    });
  }
  return { docs: [{ text: body, encoding, firstLine: block.bodyLine, stated }], warnings };
}

interface Frontmatter {
  yaml: string;
  /** Offset of the first character after the closing fence line. */
  bodyStart: number;
  /** 1-based line of the body's first line. */
  bodyLine: number;
}

/** The frontmatter block, when the text opens with a `---` line. */
function findFrontmatter(text: string, file: string): Frontmatter | undefined {
  const lines = iterateLines(text);
  const first = lines.next();
  if (first.done || !FENCE.test(first.value.text)) return undefined;
  const yamlStart = first.value.next;
  let lineNo = 1;
  let lineStart = yamlStart;
  for (const line of lines) {
    lineNo++;
    if (CLOSE.test(line.text)) {
      return { yaml: text.slice(yamlStart, lineStart), bodyStart: line.next, bodyLine: lineNo + 1 };
    }
    lineStart = line.next;
  }
  throw new IngestError({
    file,
    line: 1,
    message: 'the frontmatter block opened by --- on line 1 is never closed',
    hint: 'end the block with a line of three dashes (---), or remove the opening ---',
  });
}

function readStated(yaml: string, file: string, warnings: Problem[]): StatedMeta {
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (err) {
    if (!(err instanceof YAMLParseError)) throw err;
    // The YAML starts on line 2 of the file, below the opening fence.
    const pos = err.linePos?.[0];
    const line = (pos?.line ?? 1) + 1;
    // yaml's message ends with its own position, counted from the block: drop it, the file line is given.
    const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') + (pos ? ` (column ${pos.col})` : '');
    throw new IngestError({ file, line, message: `the frontmatter is not valid YAML: ${reason}`, hint: FIX_BLOCK }, { cause: err });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError({ file, line: 2, message: 'the frontmatter is not a list of `key: value` lines', hint: FIX_BLOCK });
  }
  const fields = data as Record<string, unknown>;
  const stated: StatedMeta = {};
  const title = parseText(fields.title);
  if (title !== undefined) stated.title = title;
  const unit = parseText(fields.unit);
  if (unit !== undefined) stated.unit = unit;
  if (fields.year !== undefined && fields.year !== null) {
    const year = parseYear(fields.year);
    if (year.ok) stated.year = year.value;
    else warnings.push({
      severity: 'warning',
      file,
      field: 'year',
      message: `frontmatter year "${String(fields.year)}" ${year.reason}; ignored`,
      hint: 'write the year as four digits, e.g. year: 2026, or remove the line',
    });
  }
  return stated;
}
