/**
 * Fixture tests for clean → split → structure. Each folder under
 * tests/fixtures/structure/ is a case: `input.txt` (UTF-8), or `source.json`
 * naming a file elsewhere under tests/fixtures and its encoding, so the seed and
 * the real GBK pages are stored once. `expected.md` is the rendered result.
 *
 * After an intended change: UPDATE_FIXTURES=1 npx vitest run tests/ingest/structure-fixtures.test.ts
 * and review the diff of the expected.md files before committing.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { removeFurniture, toLines } from '../../scripts/ingest/clean.ts';
import { splitReports } from '../../scripts/ingest/split.ts';
import { toBlocks } from '../../scripts/ingest/structure.ts';
import type { Block, Problem, Segment } from '../../scripts/ingest/types.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const root = join(fixtures, 'structure');
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort();

function readInput(dir: string): string {
  const own = join(dir, 'input.txt');
  if (existsSync(own)) return readFileSync(own, 'utf8');
  const { path, encoding } = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as { path: string; encoding: string };
  return iconv.decode(readFileSync(join(fixtures, path)), encoding);
}

/** A plain rendering of what the steps produced: problems, then each report's title and blocks. */
function render(problems: Problem[], segments: Segment[]): string {
  const out: string[] = problems.map((p) => `<!-- ${p.severity}: ${p.message} -->`);
  segments.forEach((s, i) => {
    const first = s.titleLine ?? s.lines[0];
    out.push(`<!-- report ${i + 1}: lines ${first?.n}–${s.lines.at(-1)?.n} -->`);
    if (s.titleLine) out.push(`# ${s.titleLine.text.trim()}`);
    out.push(...toBlocks(s).map(renderBlock));
  });
  return out.join('\n\n') + '\n';
}

function renderBlock(b: Block): string {
  return b.type === 'heading' ? `${'#'.repeat(b.depth)} ${b.text}` : b.text;
}

describe('structure fixtures', () => {
  it('finds the cases', () => {
    expect(cases).toEqual(expect.arrayContaining(['seed', 'real-2006', 'real-2015', 'heading-styles', 'line-ends']));
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const { lines } = removeFurniture(toLines(readInput(dir), 1));
      const { segments, problems } = splitReports(lines, `${name}/input`);
      const actual = render(problems, segments);
      const expectedPath = join(dir, 'expected.md');
      if (update) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
