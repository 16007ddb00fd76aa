/**
 * Metadata inference on real inputs: the six seed summaries (sliced by their
 * known line ranges, since splitting is another step) and government reports
 * copied byte for byte from the real corpus.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { inferMetadata, type InferredMetadata } from '../../scripts/ingest/infer/index.ts';
import { isRuleEvidence, MAX_EVIDENCE, quotedInRule } from '../../scripts/ingest/infer/evidence.ts';
import type { StatedMeta } from '../../scripts/ingest/types.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Heading lines as the structure step would find them: `一、…`, `（一）…`, short. */
const HEADING = /^[\s\u3000]*((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).{1,40})$/;
function headingsOf(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const m = HEADING.exec(line);
    return m ? [m[1].trim()] : [];
  });
}

/** Every field has evidence: a phrase of the text, or a rule whose quoted parts are phrases of the text. */
function expectEvidence(meta: InferredMetadata, text: string, titleLine?: string): void {
  for (const field of ['title', 'unit', 'level', 'year', 'period', 'kind'] as const) {
    const evidence = meta[field].evidence;
    expect(evidence, field).toBeTruthy();
    expect(evidence!.length, `${field}: ${evidence}`).toBeLessThanOrEqual(MAX_EVIDENCE);
    const phrases = isRuleEvidence(evidence!) ? quotedInRule(evidence!) : [evidence!];
    for (const p of phrases) {
      expect(text.includes(p) || (titleLine ?? '').includes(p), `${field} evidence 「${p}」 not in the text`).toBe(true);
    }
  }
}

describe('seed: six anonymised 科技局 / 预防科 summaries', () => {
  // Seed lines start with `>` on headings; that marker is page furniture the clean step removes.
  const lines = readFileSync(new URL('seed/seed.txt', FIXTURES), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^(\s*)>/, '$1'));
  const starts = [1, 20, 62, 71, 99, 122, lines.length + 1];
  const report = (n: number) => {
    let body = lines.slice(starts[n - 1] - 1, starts[n] - 1);
    const titleLine = n === 6 ? body[0] : undefined;
    if (titleLine) body = body.slice(1);
    const text = body.join('\n');
    const meta = inferMetadata({ text, headings: headingsOf(text), titleLine, stated: {}, fileName: 'seed.txt' });
    expectEvidence(meta, text, titleLine);
    return meta;
  };
  const values = (m: InferredMetadata) => ({
    title: m.title.value, unit: m.unit.value, level: m.level.value, year: m.year.value,
    anonymised: m.anonymised, period: m.period.value, kind: m.kind.value,
  });

  it('1: xx区科技局, a half-year summary with plans for 下半年', () => {
    const m = report(1);
    expect(values(m)).toEqual({
      title: 'xx区科技局上半年工作总结和下半年工作计划', unit: 'xx区科技局', level: '区',
      year: null, anonymised: true, period: '上半年', kind: '总结和计划',
    });
    expect(m.unit.evidence).toBe('xx区科技局');
    expect(m.title.evidence).toBe('由单位、期间、类型组成');
  });

  it('2: 我局 under 县委县政府 writing about 科技 becomes xx县科技局', () => {
    const m = report(2);
    expect(values(m)).toEqual({
      title: 'xx县科技局上半年工作总结和下半年工作计划', unit: 'xx县科技局', level: '县',
      year: null, anonymised: true, period: '上半年', kind: '总结和计划',
    });
    expect(m.unit.evidence).toMatch(/^重建/);
    expect(m.kind.evidence).toBe('二、下半年工作计划');
  });

  it('3: 我科 under 市院 is the procuratorate’s 预防科', () => {
    const m = report(3);
    expect(values(m)).toEqual({
      title: 'xx市人民检察院预防科年度工作总结和明年工作计划', unit: 'xx市人民检察院预防科', level: '市',
      year: null, anonymised: true, period: '全年', kind: '总结和计划',
    });
    expect(m.year.evidence).toBe('XX年');
    expect(m.kind.evidence).toBe('三、工作中存在的问题及今后的打算');
  });

  it('4: a year summary (现将xx年工作情况…) with a plan for next year', () => {
    const m = report(4);
    expect(values(m)).toEqual({
      title: 'xx县科技局年度工作总结和明年工作计划', unit: 'xx县科技局', level: '县',
      year: null, anonymised: true, period: '全年', kind: '总结和计划',
    });
    expect(m.year.evidence).toBe('现将xx年工作情况');
  });

  it('5: 上半年 summary whose plan section is 下半年工作重点', () => {
    const m = report(5);
    expect(values(m)).toEqual({
      title: 'xx县科技局上半年工作总结和下半年工作计划', unit: 'xx县科技局', level: '县',
      year: null, anonymised: true, period: '上半年', kind: '总结和计划',
    });
    expect(m.kind.evidence).toBe('三、下半年工作重点');
  });

  it('6: title line without its 篇6 counter; 区经科局 gets an xx place', () => {
    const m = report(6);
    expect(values(m)).toEqual({
      title: '科技局工作总结和下一步计划', unit: 'xx区经科局', level: '区',
      year: null, anonymised: true, period: '全年', kind: '总结和计划',
    });
    expect(m.title.evidence).toContain('篇6');
  });
});

function readTxt(name: string): string {
  return iconv.decode(readFileSync(new URL(`real/${name}`, FIXTURES)), 'gb18030').replace(/\r/g, '');
}

function readCsv(name: string): { text: string; stated: StatedMeta } {
  const raw = readFileSync(new URL(`real/${name}`, FIXTURES), 'utf8').replace(/^\uFEFF/, '');
  const [row] = parse(raw, { columns: true }) as Record<string, string>[];
  return {
    text: row.full_text,
    stated: { title: row.title, unit: row.province, year: Number(row.year), publishDate: row.publish_date },
  };
}

describe('real national reports (国务院)', () => {
  const cases = [
    { file: '1958.txt', year: 1958, title: '关于一九五八年度国民经济计划草案的报告' },
    { file: '1979.txt', year: 1979, title: '1979年政府工作报告' },
    { file: '2000.txt', year: 2000, title: '2000年政府工作报告' },
    { file: '2006.txt', year: 2006, title: '政府工作报告' },
    { file: '2015.txt', year: 2015, title: '政府工作报告' },
  ];
  for (const c of cases) {
    it(`${c.file}: ${c.title}, ${c.year}`, () => {
      const text = readTxt(c.file);
      const m = inferMetadata({ text, headings: headingsOf(text), stated: {}, fileName: c.file });
      expect(m.title.value).toBe(c.title);
      expect(m.unit.value).toBe('国务院');
      expect(m.level.value).toBe('中央');
      expect(m.year.value).toBe(c.year);
      expect(m.anonymised).toBe(false);
      expect(m.period.value).toBe('全年');
      expect(m.kind.value).toBe('报告');
      // The year comes from the delivery line, not the page's date or the file name.
      expect(m.year.evidence).toMatch(/在第.+届全国人民代表大会/);
      expectEvidence(m, text);
    });
  }
});

describe('real provincial reports (CSV)', () => {
  const cases = [
    { file: '2026_云南省_政府工作报告.csv', province: '云南省', title: '2026年政府工作报告' },
    { file: '2026_河北省_政府工作报告.csv', province: '河北省', title: '2026年河北省政府工作报告' },
    { file: '2026_甘肃省_政府工作报告.csv', province: '甘肃省', title: '2026年甘肃省政府工作报告' },
  ];
  for (const c of cases) {
    it(`${c.file}: stated columns win`, () => {
      const { text, stated } = readCsv(c.file);
      const m = inferMetadata({ text, headings: headingsOf(text), stated, fileName: c.file });
      expect(m.unit).toEqual({ value: `${c.province}人民政府`, evidence: `CSV 列 province: ${c.province}` });
      expect(m.year).toEqual({ value: 2026, evidence: 'CSV 列 year: 2026' });
      expect(m.title.value).toBe(c.title);
      expect(m.level.value).toBe('省');
      expect(m.period.value).toBe('全年');
      expect(m.kind.value).toBe('报告');
      expectEvidence(m, text);
    });

    it(`${c.file}: the text alone gives the same unit and year`, () => {
      const { text } = readCsv(c.file);
      const m = inferMetadata({ text, headings: headingsOf(text), stated: {}, fileName: c.file });
      expect(m.unit.value).toBe(`${c.province}人民政府`);
      expect(m.year.value).toBe(2026);
      expect(m.year.evidence).not.toMatch(/^文件名/);
      expect(m.level.value).toBe('省');
      expectEvidence(m, text);
    });
  }

  it('reads a Chinese-numeral delivery date (二〇二六年一月二十七日)', () => {
    const { text } = readCsv('2026_甘肃省_政府工作报告.csv');
    const m = inferMetadata({ text, headings: [], stated: {}, fileName: 'x.csv' });
    expect(m.year).toEqual({ value: 2026, evidence: '二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上' });
  });
});
