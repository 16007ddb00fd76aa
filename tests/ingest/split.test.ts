import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { removeFurniture, toLines } from '../../scripts/ingest/clean.ts';
import { splitReports } from '../../scripts/ingest/split.ts';
import type { Line, Segment } from '../../scripts/ingest/types.ts';

const fixture = (p: string): Buffer => readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
const cleaned = (text: string): Line[] => removeFurniture(toLines(text, 1)).lines;
const gbk = (name: string): Line[] => cleaned(iconv.decode(fixture(`real/${name}`), 'gb18030'));
const starts = (segments: Segment[]): number[] => segments.map((s) => s.lines[0].n);
const key = (text: string): string => text.replace(/[\s\u3000\u00A0]/g, '');
const longKeys = (lines: Line[]): string[] => lines.map((l) => key(l.text)).filter((k) => k.length >= 30);

/** A sentence long enough to count, different for each `i`. */
const para = (i: number): string => `\u3000\u3000第${i}段正文，围绕年度目标任务推进各项工作，取得了明显成效，群众满意度持续提升。`;

describe('splitReports on the seed', () => {
  const lines = cleaned(fixture('seed/seed.txt').toString('utf8'));
  const { segments, problems } = splitReports(lines, 'seed.txt');

  it('finds the six reports at their first lines', () => {
    expect(starts(segments)).toEqual([1, 20, 62, 71, 99, 123]);
    expect(problems).toEqual([]);
  });

  it('gives the title line to the report after it, outside its lines', () => {
    expect(segments.map((s) => s.titleLine?.n)).toEqual([undefined, undefined, undefined, undefined, undefined, 122]);
    expect(segments[5].titleLine?.text).toBe('科技局工作总结和下一步计划篇6');
    expect(segments[5].lines.some((l) => l.n === 122)).toBe(false);
  });

  it('loses no line and keeps every line once, in order', () => {
    const out = segments.flatMap((s) => [...(s.titleLine ? [s.titleLine] : []), ...s.lines]);
    expect(out).toEqual(lines);
  });
});

describe('splitReports: report boundaries', () => {
  it('does not cut at lines indented with full-width spaces', () => {
    const lines = cleaned([' 今年以来，我局认真落实各项工作，取得成效。', ...Array.from({ length: 8 }, (_, i) => para(i))].join('\n'));
    expect(splitReports(lines, 'x.txt').segments).toHaveLength(1);
  });

  it('cuts at a line opened by one ASCII space, once the report so far has some length', () => {
    const paras = (from: number): string[] => Array.from({ length: 6 }, (_, i) => para(from + i));
    const text = [' 上半年，我局工作有序推进。', ...paras(1), ' 今年以来，我科在院党组领导下开展工作。', ...paras(7)];
    expect(starts(splitReports(cleaned(text.join('\n')), 'x.txt').segments)).toEqual([1, 8]);
    // The same opening after only a few lines is not a new report.
    const early = [' 上半年，我局工作有序推进。', para(1), ' 今年以来，我科在院党组领导下开展工作。', ...paras(7)];
    expect(starts(splitReports(cleaned(early.join('\n')), 'x.txt').segments)).toEqual([1]);
  });

  it('ignores the ASCII-space rule in a file that indents every paragraph that way', () => {
    const text = Array.from({ length: 10 }, (_, i) => ' ' + para(i).trim());
    expect(splitReports(cleaned(text.join('\n')), 'x.txt').segments).toHaveLength(1);
  });

  it('does not cut at a title line after only a caption and a dateline', () => {
    const text = ['3月5日，会议在北京开幕。国务院总理作政府工作报告。新华社记者 摄', '新华社北京3月16日电', '政府工作报告', para(1), para(2)];
    const { segments } = splitReports(cleaned(text.join('\n')), 'x.txt');
    expect(segments).toHaveLength(1);
    expect(segments[0].lines.map((l) => l.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes a title line at the very start as the title of the first report', () => {
    const { segments } = splitReports(cleaned(['2026年吉林省政府工作报告', '各位代表：', para(1)].join('\n')), 'x.txt');
    expect(segments[0].titleLine).toEqual({ n: 1, text: '2026年吉林省政府工作报告' });
    expect(starts(segments)).toEqual([2]);
  });

  it('does not take a numbered heading ending in 计划 for a title', () => {
    const text = [para(1), para(2), para(3), '二、下半年工作计划', para(4)];
    expect(splitReports(cleaned(text.join('\n')), 'x.txt').segments).toHaveLength(1);
  });
});

describe('splitReports: a page body captured several times', () => {
  const header = ['2006年国务院政府工作报告', '新华社北京2006年3月15日电'];
  const body = ['\u3000\u3000各位代表：', para(1), '\u3000\u3000一、去年工作回顾', para(2), para(3), para(4)];

  it('keeps one copy with its header and says so', () => {
    const text = [...header, ...body, ...header, ...body, ...body].join('\n');
    const { segments, problems } = splitReports(cleaned(text), 'page.txt');
    expect(segments).toHaveLength(1);
    expect(segments[0].titleLine?.n).toBe(1);
    expect(segments[0].lines.map((l) => l.n)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'page.txt',
        line: 1,
        message: 'page body repeated 3 times; kept one copy (lines 1–8)',
      }),
    ]);
  });

  it('keeps the most complete copy when the first one is cut short', () => {
    const text = [...body.slice(0, 4), ...body, ...body].join('\n');
    const { segments, problems } = splitReports(cleaned(text), 'page.txt');
    expect(segments[0].lines.map((l) => l.n)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(problems[0].message).toContain('kept one copy (lines 5–10)');
  });

  it('keeps everything when no single copy holds all of the text', () => {
    const text = [...body, para(7), ...body, para(8), ...body].join('\n');
    const lines = cleaned(text);
    const { segments, problems } = splitReports(lines, 'page.txt');
    expect(segments.flatMap((s) => s.lines)).toEqual(lines);
    expect(problems[0].message).toMatch(/no copy holds all of it; kept everything/);
  });

  it('does not cut a report that repeats a short line or a long sentence', () => {
    const text = ['各位代表！', para(1), para(2), '各位代表！', para(3), para(1), '各位代表！', para(4)].join('\n');
    const lines = cleaned(text);
    const { segments, problems } = splitReports(lines, 'x.txt');
    expect(segments.flatMap((s) => s.lines)).toEqual(lines);
    expect(problems).toEqual([]);
  });
});

describe('splitReports on real gov.cn pages', () => {
  it('keeps one copy of 2006.txt, which holds its body six times, and loses no paragraph', () => {
    const lines = gbk('2006.txt');
    const { segments, problems } = splitReports(lines, 'real/2006.txt');
    expect(problems.map((p) => p.message)).toEqual(['page body repeated 6 times; kept one copy (lines 29–108)']);
    expect(segments).toHaveLength(1);
    expect(segments[0].titleLine?.text.trim()).toBe('2006年国务院政府工作报告');
    const kept = longKeys(segments[0].lines);
    expect(new Set(kept)).toEqual(new Set(longKeys(lines)));
    expect(kept).toHaveLength(new Set(kept).size); // each long paragraph once
  });

  it('leaves 2015.txt, which holds its body once, as one report', () => {
    const lines = gbk('2015.txt');
    const { segments, problems } = splitReports(lines, 'real/2015.txt');
    expect(problems).toEqual([]);
    expect(segments).toHaveLength(1);
    expect(segments[0].lines).toEqual(lines);
  });
});
