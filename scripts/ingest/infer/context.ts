/**
 * What every infer module reads, computed once per report: the input plus
 * the few windows of text worth scanning. Reports put what they are about in
 * their first lines and headings, so nothing here walks the whole body.
 */
import type { StatedMeta } from '../types.ts';
import { findDeliveryLine, type DeliveryLine } from './delivery-line.ts';
import { findWrittenTitle, type WrittenTitle } from './written-title.ts';

export interface InferInput {
  /** Report body: plain text, paragraphs separated by newlines, headings included, furniture removed. */
  text: string;
  /** Heading texts in reading order. */
  headings: string[];
  /** A title line found above the report by the splitter, if any. */
  titleLine?: string;
  /** Values the input states outright (CSV columns); they win over the text. */
  stated: StatedMeta;
  /** Input path relative to what was named on the command line. */
  fileName: string;
}

/** Characters from the start scanned for unit, year and period phrases. */
export const HEAD_CHARS = 1500;
/** Characters from the end scanned for a closing plan (下半年，我们将…). */
export const TAIL_CHARS = 3000;
/** Longest opening paragraph considered (the sentence that says what the report covers). */
const OPENING_MAX = 400;
/** A line shorter than this is a title or heading, not the opening paragraph. */
const OPENING_MIN_LINE = 30;

export interface Context extends InferInput {
  head: string;
  /** The first real paragraph (plus any short lines above it). */
  opening: string;
  tail: string;
  /** Offset of `tail` in `text`. */
  tailStart: number;
  isCsv: boolean;
  delivery: DeliveryLine | null;
  written: WrittenTitle | null;
}

function openingOf(text: string): string {
  let end = 0;
  while (end < text.length && end < OPENING_MAX) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl === -1 ? text.length : nl;
    const long = lineEnd - end >= OPENING_MIN_LINE;
    end = lineEnd + 1;
    if (long) break;
  }
  return text.slice(0, Math.min(end, OPENING_MAX));
}

export function buildContext(input: InferInput): Context {
  const { text } = input;
  const tailStart = Math.max(0, text.length - TAIL_CHARS);
  const delivery = findDeliveryLine(text);
  return {
    ...input,
    head: text.slice(0, HEAD_CHARS),
    opening: openingOf(text),
    tail: text.slice(tailStart),
    tailStart,
    isCsv: /\.csv$/i.test(input.fileName),
    delivery,
    written: findWrittenTitle(input, delivery),
  };
}
