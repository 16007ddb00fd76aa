/**
 * Deterministic synthetic work summaries made from the seed sample's
 * paragraphs, for benchmarks. Each report has an opening sentence naming its
 * unit and year, numbered headings and ~8 KB of text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../content/sources/工作总结选编.txt');
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const PLACES = ['东城', '西湖', '南山', '北塘', '清河', '长宁', '安平', '永和', '新兴', '丰泽'];
const BUREAUS = ['科技局', '教育局', '农业农村局', '统计局', '财政局', '商务局'];
const LEVELS = ['区', '县', '市'];

/** Small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed's body paragraphs (long lines), without indentation or heading markers. */
export function seedParagraphs(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/^[>\s\u3000]+/, '').trim())
    .filter((l) => l.length >= 60);
}

export interface SyntheticReport {
  fileName: string;
  text: string;
}

export function* syntheticReports(count: number, seed = 1): Generator<SyntheticReport> {
  const paragraphs = seedParagraphs();
  const rand = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const level = pick(LEVELS);
    const unit = `${pick(PLACES)}${level}${pick(BUREAUS)}`;
    const year = 2005 + Math.floor(rand() * 20);
    const lines = [`${unit}${year}年工作总结`, `　　${year}年，${unit}在${level}委、${level}政府的正确领导下，认真履行职责，各项工作取得新进展。`];
    let size = 0;
    for (let h = 0; size < 8000 && h < NUMERALS.length; h++) {
      lines.push(`　　${NUMERALS[h]}、${pick(paragraphs).slice(0, 14).replace(/[，。；、]+$/, '')}`);
      for (let p = 0; p < 4 && size < 8000; p++) {
        const text = pick(paragraphs);
        lines.push(`　　${text}`);
        size += text.length * 3;
      }
    }
    yield { fileName: `${String(i).padStart(6, '0')}.txt`, text: `${lines.join('\n')}\n` };
  }
}
