import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { quickFrontmatter } from '../../scripts/search/read-collection.ts';

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---/;
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('quickFrontmatter', () => {
  test('reads every committed report exactly as the YAML parser does', () => {
    const dir = path.join(ROOT, 'content/reports');
    const names = readdirSync(dir).filter((n) => n.endsWith('.md'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const block = BLOCK.exec(readFileSync(path.join(dir, name), 'utf8'))?.[1] as string;
      const quick = quickFrontmatter(block);
      expect(quick, name).not.toBeNull();
      expect(quick).toEqual(parseYaml(block));
    }
  });

  test.each([
    ['a plain scalar', 'title: 工作总结'],
    ['a single-quoted scalar', "title: '工作总结'"],
    ['a comment after a value', 'title: "工作总结" # note'],
    ['a YAML-only escape', 'title: "\\x41"'],
    ['a tab inside a string', 'title: "a\tb"'],
    ['a repeated key', 'title: "a"\ntitle: "b"'],
    ['a map key with nothing under it', 'source:\ntitle: "a"'],
    ['a map key with nothing under it at the end', 'title: "a"\nsource:'],
    ['a hex number', 'year: 0x7E0'],
    ['a block scalar', 'title: |\n  工作'],
    ['an empty line', 'title: "a"\n\nunit: "b"'],
  ])('leaves %s to the YAML parser', (_, block) => {
    expect(quickFrontmatter(block)).toBeNull();
  });

  test.each([
    ['a list under a key', 'title: "t"\nlines:\n  - 1\n  - 2\nunit: "u"'],
    ['deeper nesting', 'source:\n  a:\n    b: 1'],
    ['a list of maps with a flow map, as a year estimate is written', 'yearEstimate:\n  year: 2013\n  evidence:\n    - text: "心系雅安"\n      constraint: { from: 2013, to: null }\nkind: "总结"'],
  ])('hands %s to the YAML parser on its own, with the same result', (_, block) => {
    expect(quickFrontmatter(block)).toEqual(parseYaml(block));
  });

  test('agrees with YAML on the values it accepts', () => {
    const block = 'title: "引号\\"和\\\\反斜杠\\u00e9"\nyear: 2015\nanonymised: false\nunit: null\nsource:\n  lines: [1, 19]\n  part: 2';
    expect(quickFrontmatter(block)).toEqual(parseYaml(block));
  });
});
