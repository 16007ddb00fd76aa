import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalise, normaliseWithOrigin, plain } from '../../src/search/normalise.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The normalisation written plainly, cluster by cluster, with no fast path. */
function reference(input: string): string {
  const clusters = input.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
  let out = '';
  for (const cluster of clusters) {
    if (/[\u200b-\u200d\u2060\ufeff]/u.test(cluster)) continue;
    let folded = cluster.normalize('NFKC').toLowerCase();
    folded = folded.normalize('NFKC').toLowerCase();
    folded = folded.replace(/\s+/gu, ' ');
    if (/\s/u.test(cluster[0] as string) || folded === ' ') folded = ' ';
    if (folded === ' ' && (out.length === 0 || out.endsWith(' '))) continue;
    out += folded;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

describe('normalise', () => {
  test('every character of the fast path is one that normalisation leaves alone', () => {
    let count = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (!plain(cp)) continue;
      count++;
      const ch = String.fromCodePoint(cp);
      expect(ch.normalize('NFKC').toLowerCase(), cp.toString(16)).toBe(ch);
      expect(/\s|\p{M}|[\u200b-\u200d\u2060\ufeff]/u.test(ch), cp.toString(16)).toBe(false);
    }
    expect(count).toBeGreaterThan(26_000);
  });

  test('equals the plain cluster-by-cluster normalisation on real report text and on odd input', () => {
    const dir = path.join(ROOT, 'tests/fixtures/real');
    const texts = readdirSync(dir)
      .filter((n) => n.endsWith('.csv') || n.endsWith('.md'))
      .map((n) => readFileSync(path.join(dir, n), 'utf8'));
    texts.push('ＡＢＣ１２３ａ　b\u200bc e\u0301 科\u0301技 Ⅻ ﬁ （一） “5.12” …… ㈠ ｶ ', ' \t 起止 ', '');
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      for (let at = 0; at < text.length; at += 4000) {
        const part = text.slice(at, at + 4000);
        expect(normalise(part)).toBe(reference(part));
        expect(normaliseWithOrigin(part).text).toBe(reference(part));
      }
    }
  });
});
