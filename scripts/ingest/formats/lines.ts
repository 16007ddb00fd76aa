/**
 * Line ends as `clean.ts` counts them, so line numbers given by a format
 * (e.g. where a CSV body starts) agree with the line numbers of later steps:
 * CR CR LF, CR LF, LF and a lone CR each end one line.
 */
const LINE_END = /\r\r\n|\r\n|\n|\r/g;

/** `text` with every line end written as LF; the number of lines does not change. */
export function toLf(text: string): string {
  return text.replace(LINE_END, '\n');
}

export interface TextLine {
  /** The line without its line end. */
  text: string;
  /** Offset just past the line end (= start of the next line). */
  next: number;
}

/** The lines of `text` one by one, without splitting the whole text up front. */
export function* iterateLines(text: string): Generator<TextLine> {
  const lineEnd = new RegExp(LINE_END.source, 'g');
  let start = 0;
  for (let m = lineEnd.exec(text); m !== null; m = lineEnd.exec(text)) {
    yield { text: text.slice(start, m.index), next: m.index + m[0].length };
    start = m.index + m[0].length;
  }
  if (start < text.length) yield { text: text.slice(start), next: text.length };
}
