/**
 * Reads the Markdown collection (`content/reports/<id>.md`) into search
 * documents: frontmatter checked against the one report schema, body
 * headings and paragraphs as plain text with Markdown escapes resolved.
 * Problems are collected per file, never thrown for one bad file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { formatIssues, type Report, reportSchema } from '../../src/lib/report-schema.ts';
import type { Block, SearchDocument } from '../../src/search/document.ts';
import { literalBodyBlocks } from '../../src/search/literal-blocks.ts';
import { sectionIdCounter } from '../../src/search/section-ids.ts';
import { estimateFacet } from './page-table.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface ReadResult {
  docs: SearchDocument[];
  problems: string[];
}

/** Body blocks of a Markdown text, with the section ids the site gives them. */
export function bodyBlocks(markdown: string): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const nextId = sectionIdCounter();
  const blocks: Block[] = [];
  let section: string | null = null;
  const visit = (node: RootContent): void => {
    if (node.type === 'heading') {
      section = nextId((node as Heading).depth);
      blocks.push({ kind: 'heading', text: toString(node), section });
    } else if (node.type === 'list' || node.type === 'blockquote') {
      for (const child of node.children) visit(child as RootContent);
    } else if (node.type === 'listItem') {
      for (const child of node.children) visit(child as RootContent);
    } else if (node.type !== 'thematicBreak' && node.type !== 'definition') {
      const text = toString(node);
      if (text.trim()) blocks.push({ kind: 'paragraph', text, section });
    }
  };
  for (const node of tree.children) visit(node);
  return blocks;
}

const KEY_LINE = /^([A-Za-z_]\w*):(?: (.*))?$/;
const NESTED_LINE = /^ {2}([A-Za-z_]\w*): (.+)$/;

/** A flow scalar as the ingest writes them: JSON strings, numbers, booleans, null, `[1, 19]`; undefined for anything else. */
function quickScalar(raw: string): unknown {
  if (raw === 'null') return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^-?[1-9]\d{0,14}$|^0$/.test(raw)) return Number(raw);
  if ((raw.startsWith('"') && raw.endsWith('"')) || /^\[[\d, ]*\]$/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A top-level key's block of more than one level of nesting (e.g. `yearEstimate` with its list of clues), parsed on its own. */
function deepBlock(lines: string[]): Record<string, unknown> | null {
  const parsed: unknown = parseYaml(lines.join('\n'));
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
}

/**
 * The frontmatter written by the ingest (`key: "JSON string"` lines and
 * one level of nested maps) without a YAML parser, which took a fifth of
 * the indexer's time. A key whose block nests deeper (a list of maps) is
 * handed to the YAML parser on its own, a few lines. Returns null for
 * anything else at the top levels (comments, plain or single-quoted
 * scalars, YAML-only escapes, block scalars, repeated keys), and the caller
 * then parses it all as YAML; for what it accepts, both agree (JSON
 * strings, integers and the literals mean the same in YAML).
 */
export function quickFrontmatter(block: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const lines = block.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i] as string);
    if (!m || Object.hasOwn(out, m[1] as string)) return null;
    const key = m[1] as string;
    if (m[2] !== undefined) {
      const value = quickScalar(m[2]);
      if (value === undefined) return null;
      out[key] = value;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).startsWith(' ')) end++;
    const inner = lines.slice(i + 1, end);
    // A map key with nothing under it is null in YAML, not an empty map.
    if (inner.length === 0) return null;
    if (inner.every((l) => NESTED_LINE.test(l))) {
      const nested: Record<string, unknown> = {};
      for (const line of inner) {
        const n = NESTED_LINE.exec(line) as RegExpExecArray;
        const value = quickScalar(n[2] as string);
        if (value === undefined || Object.hasOwn(nested, n[1] as string)) return null;
        nested[n[1] as string] = value;
      }
      out[key] = nested;
    } else {
      const deep = deepBlock(lines.slice(i, end));
      if (!deep || !Object.hasOwn(deep, key)) return null;
      out[key] = deep[key];
    }
    i = end - 1;
  }
  return out;
}

/** The checked frontmatter of a report and where its body starts. */
export function parseFrontmatter(source: string): { fm: Report; bodyStart: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('no frontmatter (hint: a report starts with a --- block)');
  const block = match[1] as string;
  const parsed = reportSchema.safeParse(quickFrontmatter(block) ?? parseYaml(block));
  if (!parsed.success) throw new Error(formatIssues(parsed.error).join('; '));
  return { fm: parsed.data, bodyStart: match[0].length };
}

/**
 * Body blocks of a report: read line by line when the body is plain text,
 * as an ingested report nearly always is (literal-blocks.ts), else parsed.
 * Both give the same blocks; the first costs a small part of the second.
 */
export function readBody(markdown: string): Block[] {
  return literalBodyBlocks(markdown) ?? bodyBlocks(markdown);
}

export function parseReport(id: string, source: string): SearchDocument {
  const { fm, bodyStart } = parseFrontmatter(source);
  return {
    id,
    title: fm.title,
    unit: fm.unit,
    year: fm.year,
    level: fm.level,
    period: fm.period,
    kind: fm.kind,
    estimate: estimateFacet(fm.year, fm.yearEstimate),
    body: readBody(source.slice(bodyStart)),
  };
}

/** Ids of the reports in a collection folder: its `*.md` files except `_`-prefixed ones, sorted. */
export async function reportIds(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.md') && !n.startsWith('_')).sort().map((n) => n.slice(0, -3));
}

/** Every report of the folder, sorted by id. */
export async function readCollection(dir: string): Promise<ReadResult> {
  const names = (await reportIds(dir)).map((id) => `${id}.md`);
  const docs: SearchDocument[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      docs.push(parseReport(name.slice(0, -3), await readFile(file, 'utf8')));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { docs, problems };
}
