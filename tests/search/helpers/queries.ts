/**
 * Ground truth and query sets for the exact-search tests. The truth is plain
 * substring search on the same normalised text the index is built from.
 */
import { prng } from '../../../scripts/bench/synthetic-reports.ts';
import { containsTerm, headBlocks, type SearchDocument } from '../../../src/search/document.ts';
import { normalise } from '../../../src/search/normalise.ts';
import { parseQuery } from '../../../src/search/query.ts';
import type { Harness } from './harness.ts';

/** Ids of the reports that contain every term and none of the excluded ones. */
export function truth(docs: SearchDocument[], query: string): string[] {
  const { terms, excluded } = parseQuery(query);
  return docs
    .filter((d) => terms.every((t) => containsTerm(d, t)) && !excluded.some((t) => containsTerm(d, t)))
    .map((d) => d.id)
    .sort();
}

/** Runs every query in the browser; one line per query whose results differ from the truth. */
export async function checkAll(h: Harness, docs: SearchDocument[], queries: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const query of queries) {
    const expected = truth(docs, query);
    const got = await h.search(query, { limit: 10_000 });
    const ids = got.results.map((r) => r.id).sort();
    if (got.total !== expected.length || JSON.stringify(ids) !== JSON.stringify(expected)) {
      failures.push(`${JSON.stringify(query)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(ids)}`);
    }
  }
  return failures;
}

/** Terms that occur in no report of any collection we test (checked by the tests). */
export const ABSENT = [
  '碳中和', '区块链', '元宇宙', '人工智能大模型', '新冠疫苗接种', '直播带货', '共享单车', '量子通信',
  '数字人民币', '乡村振兴示范带', '碳达峰', '核酸检测', '网约车', '无人机配送', '芯片制造', '冬奥会',
  '5.13', '11424平方米', '心 年', '技术 咨询服务', 'zzqx', '科技特派员们', '预防科长', '孵化器群',
];

const paragraphs = (docs: SearchDocument[]): string[] =>
  docs.flatMap((d) => [...headBlocks(d), ...d.body].map((b) => normalise(b.text))).filter((t) => t.length >= 8);

/** A seeded mix of random, cross-word, multi-term, excluded and width-variant queries. */
export function generatedQueries(docs: SearchDocument[], count: number, seed = 7): string[] {
  const rand = prng(seed);
  const texts = paragraphs(docs);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const substring = (min: number, max: number): string => {
    const text = [...pick(texts)];
    const n = min + Math.floor(rand() * (max - min + 1));
    const at = Math.floor(rand() * Math.max(1, text.length - n));
    return text.slice(at, at + n).join('').trim();
  };
  const quoteIfSpaced = (t: string): string => (t.includes(' ') ? `"${t}"` : t);
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const kind = i % 8;
    if (kind <= 2) out.push(quoteIfSpaced(substring(2, 6)));
    else if (kind === 3) out.push(quoteIfSpaced(substring(1, 1)));
    else if (kind === 4) out.push(`${quoteIfSpaced(substring(2, 4))} ${quoteIfSpaced(substring(2, 4))}`);
    else if (kind === 5) out.push(`${quoteIfSpaced(substring(2, 3))} -${quoteIfSpaced(substring(2, 3))}`);
    else if (kind === 6) {
      // End of one block and start of the next: must not match across the boundary.
      const a = pick(texts);
      const b = pick(texts);
      out.push(quoteIfSpaced(`${a.slice(-2)}${b.slice(0, 2)}`));
    } else out.push(toFullWidth(substring(3, 6)));
  }
  return out.filter((q) => parseQuery(q).terms.length + parseQuery(q).excluded.length > 0);
}

/** ASCII letters and digits to their full-width forms (and letters upper-cased). */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.toUpperCase().charCodeAt(0) + 0xfee0));
}
