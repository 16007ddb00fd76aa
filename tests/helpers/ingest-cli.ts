/** Runs the ingest CLI as a user would, and reads back what it wrote. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { reportSchema, type Report } from '../../src/lib/report-schema.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run ingest -- …args` with the project's own Node (the one running the tests). */
export function ingest(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function tempDir(prefix = 'huibao-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface WrittenReport {
  id: string;
  raw: string;
  data: Report;
  body: string;
}

/** Every report Markdown file in `dir`, parsed and validated with the shared schema. */
export async function readReports(dir: string): Promise<WrittenReport[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(path.join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n\n?/.exec(raw);
      if (!match) throw new Error(`${name} has no frontmatter`);
      return {
        id: name.replace(/\.md$/, ''),
        raw,
        data: reportSchema.parse(parseYaml(match[1] as string)),
        body: raw.slice(match[0].length),
      };
    }),
  );
}

/** Parses the review CSV (RFC 4180, BOM) into objects keyed by the header. */
export function parseReview(csv: string): Record<string, string>[] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  const [header, ...data] = rows;
  return data.map((cells) => Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? ''])));
}
