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
import { sectionIdCounter } from '../../src/search/section-ids.ts';

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

/**
 * The frontmatter written by the ingest (`key: "JSON string"` lines and
 * one level of nested maps) without a YAML parser, which took a fifth of
 * the indexer's time. Returns null for anything else (comments, plain or
 * single-quoted scalars, YAML-only escapes, block scalars, repeated keys),
 * and the caller then parses it as YAML; for what it accepts, both agree
 * (JSON strings, integers and the literals mean the same in YAML).
 */
export function quickFrontmatter(block: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let nested: Record<string, unknown> | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(' ')) {
      const m = nested && NESTED_LINE.exec(line);
      if (!m || !nested || Object.hasOwn(nested, m[1] as string)) return null;
      const value = quickScalar(m[2] as string);
      if (value === undefined) return null;
      nested[m[1] as string] = value;
      continue;
    }
    // A map key with nothing under it is null in YAML, not an empty map.
    if (nested && Object.keys(nested).length === 0) return null;
    const m = KEY_LINE.exec(line);
    if (!m || Object.hasOwn(out, m[1] as string)) return null;
    if (m[2] === undefined) {
      out[m[1] as string] = nested = {};
      continue;
    }
    nested = null;
    const value = quickScalar(m[2]);
    if (value === undefined) return null;
    out[m[1] as string] = value;
  }
  return nested && Object.keys(nested).length === 0 ? null : out;
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
    body: bodyBlocks(source.slice(bodyStart)),
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
