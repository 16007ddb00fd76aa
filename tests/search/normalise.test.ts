import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TS_SOURCE } from '../../src/search/data/ts-characters.ts';
import { matchRanges } from '../../src/search/excerpt.ts';
import { NORMALISATION, normalise, normaliseWithOrigin, plain } from '../../src/search/normalise.ts';
import { simplified } from '../../src/search/traditional.ts';
import { TABLE, toTraditional } from './helpers/traditional.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The normalisation written plainly, cluster by cluster, with no fast path. */
function reference(input: string): string {
  const clusters = input.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
  let out = '';
  for (const cluster of clusters) {
    if (/[\u200b-\u200d\u2060\ufeff]/u.test(cluster)) continue;
    let folded = cluster.normalize('NFKC').toLowerCase();
    folded = folded.normalize('NFKC').toLowerCase();
    folded = [...folded].map((ch) => TABLE.get(ch) ?? ch).join('');
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
      expect(TABLE.has(ch), cp.toString(16)).toBe(false);
      expect(/\s|\p{M}|[\u200b-\u200d\u2060\ufeff]/u.test(ch), cp.toString(16)).toBe(false);
    }
    // The CJK ideographs of the BMP but the ~3,150 traditional ones, ASCII, punctuation.
    expect(count).toBeGreaterThan(24_000);
  });

  test('equals the plain cluster-by-cluster normalisation on real report text and on odd input', () => {
    const dir = path.join(ROOT, 'tests/fixtures/real');
    const texts = readdirSync(dir)
      .filter((n) => n.endsWith('.csv') || n.endsWith('.md'))
      .map((n) => readFileSync(path.join(dir, n), 'utf8'));
    texts.push('ＡＢＣ１２３ａ　b\u200bc e\u0301 科\u0301技 Ⅻ ﬁ （一） “5.12” …… ㈠ ｶ ', ' \t 起止 ', '');
    texts.push('臺灣經濟發\u0301展 \uf900 ⾨ 㗲𠵾 𩶘 ２０２４年ＡＢＣ', toTraditional(texts[0] as string).slice(0, 20_000));
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

describe('traditional characters fold to simplified ones', () => {
  test('words and a mixed text', () => {
    expect(normalise('發展')).toBe('发展');
    expect(normalise('經濟')).toBe('经济');
    expect(normalise('臺灣')).toBe('台湾');
    expect(normalise('科學技術')).toBe('科学技术');
    expect(normalise('２０２４年臺灣經濟發展ＡＢＣ，科學技術與“一帶一路”')).toBe('2024年台湾经济发展abc,科学技术与“一带一路”');
    // Simplified text stays; 乾 is 干 to search, as OpenCC's first candidate says.
    expect(normalise('经济发展 科学技术')).toBe('经济发展 科学技术');
    expect(normalise('乾隆')).toBe('干隆');
  });

  test('after NFKC: compatibility ideographs and radicals fold too', () => {
    expect(normalise('\uf900')).toBe('岂'); // CJK COMPATIBILITY IDEOGRAPH-F900 → 豈 → 岂
    expect(normalise('⾨')).toBe('门'); // KANGXI RADICAL GATE → 門 → 门
  });

  test('the normalisation names the table it folds with', () => {
    expect(TS_SOURCE).toMatch(/ [0-9a-f]{12}$/);
    expect(NORMALISATION).toContain(TS_SOURCE);
  });

  test('every character maps back to the traditional one it came from', () => {
    const { text, origin } = normaliseWithOrigin('Ａ臺灣經濟');
    expect(text).toBe('a台湾经济');
    expect(origin).toEqual([0, 1, 2, 3, 4, 5]);
    // 㗲 folds to an astral character: two UTF-16 units, both from the one original unit.
    const astral = normaliseWithOrigin('x㗲發\u0301y');
    expect(astral.text).toBe('x𠵾发\u0301y');
    expect(astral.origin).toEqual([0, 1, 1, 2, 2, 4, 5]);
    // And the other way: an astral traditional character to a BMP one.
    expect(normaliseWithOrigin('𩶘魚').text).toBe('䲞鱼');
    expect(normaliseWithOrigin('𩶘魚').origin).toEqual([0, 2, 3]);
  });

  test('an excerpt marks the report\'s own characters, whichever script the query is in', () => {
    const text = '他說，臺灣經濟發展很快。';
    for (const query of ['台湾经济', '臺灣經濟', '台灣经濟']) {
      const [range] = matchRanges(text, [normalise(query)]);
      expect(text.slice(...(range as [number, number])), query).toBe('臺灣經濟');
    }
    const [range] = matchRanges('x㗲發展', [normalise('𠵾发')]);
    expect(range).toEqual([1, 3]);
  });

  test('the quick path agrees with the cluster path and the plain reference for every character of the table', () => {
    expect(TABLE.size).toBeGreaterThan(3_000);
    let astral = 0;
    for (const [t, s] of TABLE) {
      const cp = t.codePointAt(0) as number;
      expect([...t].length, t).toBe(1);
      expect([...s].length, t).toBe(1);
      expect(t.normalize('NFKC').toLowerCase(), t).toBe(t);
      expect(plain(cp), t).toBe(false);
      expect(simplified(cp), t).toBe(s.codePointAt(0));
      // Alone and amid text: the quick path; before a combining mark: the cluster path.
      expect(normalise(t), t).toBe(s);
      expect(normalise(`科${t}技`), t).toBe(`科${s}技`);
      expect(normaliseWithOrigin(t).text, t).toBe(s);
      expect(normalise(`${t}\u0301`), t).toBe(reference(`${t}\u0301`));
      expect(normalise(`${t}\u0301`), t).toBe(`${s}\u0301`);
      // A folded character is a fixed point: normalising twice is normalising once.
      expect(normalise(s), t).toBe(s);
      expect(simplified(s.codePointAt(0) as number), t).toBe(0);
      const scp = s.codePointAt(0) as number;
      if ((scp >= 0x4e00 && scp <= 0x9fff) || (scp >= 0x3400 && scp <= 0x4dbf)) expect(plain(scp), s).toBe(true);
      if (cp > 0xffff) astral++;
    }
    expect(astral).toBeGreaterThan(0);
  });

  test('normalising twice is normalising once, and a traditional copy normalises like its original', () => {
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/real/2026_河北省_政府工作报告.csv'), 'utf8');
    const traditional = toTraditional(text);
    let changed = 0;
    for (let i = 0; i < text.length; i++) if (text[i] !== traditional[i]) changed++;
    expect(changed / text.length).toBeGreaterThan(0.2);
    expect(normalise(traditional)).toBe(normalise(text));
    expect(normalise(normalise(traditional))).toBe(normalise(traditional));
  });
});
