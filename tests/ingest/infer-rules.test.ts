/**
 * The single rules of metadata inference, each on a short text written for
 * the case: number forms, which year wins, periods, kinds, level names.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseYear, toAsciiDigits } from '../../scripts/ingest/infer/chinese-numerals.ts';
import { inferMetadata } from '../../scripts/ingest/infer/index.ts';
import { levelOfUnit } from '../../scripts/ingest/infer/level.ts';
import { composeTitle } from '../../scripts/ingest/infer/title.ts';
import type { StatedMeta } from '../../scripts/ingest/types.ts';

function infer(text: string, opts: { headings?: string[]; titleLine?: string; stated?: StatedMeta; fileName?: string } = {}) {
  return inferMetadata({
    text,
    headings: opts.headings ?? [],
    titleLine: opts.titleLine,
    stated: opts.stated ?? {},
    fileName: opts.fileName ?? 'input.txt',
  });
}

describe('chinese numerals', () => {
  it('reads years in every printed form', () => {
    expect(parseYear('2015')).toBe(2015);
    expect(parseYear('１９５６')).toBe(1956);
    expect(parseYear('1 9 9 8')).toBe(1998);
    expect(parseYear('二○○○')).toBe(2000);
    expect(parseYear('二〇二六')).toBe(2026);
  });
  it('refuses what is not a year', () => {
    expect(parseYear('一千九百')).toBeNull();
    expect(parseYear('201')).toBeNull();
    expect(parseYear('二十')).toBeNull();
  });
  it('counts months and days', () => {
    expect(parseChineseNumber('二十七')).toBe(27);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('一')).toBe(1);
    expect(parseChineseNumber('三三十')).toBeNull();
    expect(toAsciiDigits('１９８８年３月')).toBe('1988年3月');
  });
});

describe('year', () => {
  const national = (date: string) =>
    `政府工作报告\n——${date}在第九届全国人民代表大会第一次会议上\n国务院总理 某某\n各位代表：\n现在，我代表国务院，向大会作政府工作报告。\n一、1997年工作回顾\n`;

  it('takes the delivery date of a government report, not the year it reviews', () => {
    const m = infer(national('1998年3月5日'));
    expect(m.year).toEqual({ value: 1998, evidence: '1998年3月5日在第九届全国人民代表大会第一次会议上' });
  });
  it('reads spaced, full-width and Chinese-numeral delivery dates', () => {
    expect(infer(national('1 9 9 8 年3 月5 日')).year.value).toBe(1998);
    expect(infer(national('１９９８年３月５日')).year.value).toBe(1998);
    expect(infer(national('二○○○年三月五日')).year.value).toBe(2000);
  });
  it('takes a summary’s opening year, not a year mentioned in passing or planned', () => {
    const text = '2013年，在县委、县政府的正确领导下，县教育局紧紧围绕全年目标，巩固了2010年建成的成果。现将2013年工作总结如下：\n一、2013年工作开展情况\n二、2014年工作计划';
    const m = infer(text, { headings: ['一、2013年工作开展情况', '二、2014年工作计划'] });
    expect(m.year).toEqual({ value: 2013, evidence: '2013年' });
    expect(m.anonymised).toBe(false);
  });
  it('takes 2012年上半年 from the opening over a file name 2013.txt', () => {
    const m = infer('2012年上半年，我局在县委的正确领导下，认真做好各项科技工作，现总结如下。', { fileName: 'in/2013.txt' });
    expect(m.year.value).toBe(2012);
    expect(m.period.value).toBe('上半年');
  });
  it('falls back to the file name when the text states no year', () => {
    const m = infer('今年以来，我局在县委的正确领导下，认真做好各项科技工作，科技工作取得了成绩。', { fileName: 'in/2013_kjj.txt' });
    expect(m.year).toEqual({ value: 2013, evidence: '文件名 2013_kjj.txt' });
  });
  it('is null and anonymised behind 20xx', () => {
    const m = infer('20xx年，在区委、区政府的正确领导下，区科技局主动作为，各项工作取得了成效。', { fileName: '2013.txt' });
    expect(m.year).toEqual({ value: null, evidence: '20xx年' });
    expect(m.anonymised).toBe(true);
  });
  it('lets a stated year win over the text', () => {
    const m = infer(national('2025年1月5日'), { stated: { year: 2026 }, fileName: 'a.csv' });
    expect(m.year).toEqual({ value: 2026, evidence: 'CSV 列 year: 2026' });
  });
  it('takes the year a plan names first', () => {
    const m = infer('为做好2014年科技工作，根据县委部署，特制定如下计划：\n一、加强项目管理', { headings: ['一、加强项目管理'] });
    expect(m.kind.value).toBe('计划');
    expect(m.year.value).toBe(2014);
  });
});

describe('period', () => {
  it('reads quarters and month ranges', () => {
    expect(infer('一季度，我局在县委的正确领导下，紧紧围绕年度目标，扎实开展工作，现总结如下。').period.value).toBe('第一季度');
    expect(infer('1-6月，全县科技工作在县委的正确领导下稳步推进，取得了较好成绩，现总结如下。').period.value).toBe('上半年');
  });
  it('does not take the period of the plan part', () => {
    const m = infer('今年以来，我局认真落实各项任务，下半年将重点抓好项目申报，现将全年工作总结如下。\n下半年，我们将继续努力。');
    expect(m.period).toEqual({ value: '全年', evidence: '全年工作总结' });
  });
  it('counts a government report as a year', () => {
    expect(infer('现在，我代表国务院，向大会作政府工作报告，请予审议。').period.value).toBe('全年');
  });
});

describe('kind', () => {
  it('总结 without a plan section', () => {
    const m = infer('上半年，我局在县委的正确领导下，各项工作取得了成绩，现总结如下：\n一、主要工作', { headings: ['一、主要工作'] });
    expect(m.kind.value).toBe('总结');
  });
  it('总结和计划 from a closing paragraph that turns to next year', () => {
    const text = '2015年，我局在县委的正确领导下，各项工作取得了成绩，现总结如下：\n一、主要工作\n……\n明年，我们将继续加强科技创新。';
    expect(infer(text, { headings: ['一、主要工作'] }).kind).toEqual({ value: '总结和计划', evidence: '明年，我们将' });
  });
  it('a summary that quotes 政府工作报告 stays a summary', () => {
    const m = infer('上半年，我局认真落实县政府工作报告中的各项工作任务，取得了一定成绩，现总结如下：\n一、主要工作', { headings: ['一、主要工作'] });
    expect(m.kind.value).toBe('总结');
    expect(m.period.value).toBe('上半年');
  });
  it('报告 for 《关于…的报告》', () => {
    const m = infer('关于2013年财政预算执行情况的报告\n——2014年1月8日在xx市第十五届人民代表大会第三次会议上\n各位代表：');
    expect(m.kind.value).toBe('报告');
    expect(m.title.value).toBe('关于2013年财政预算执行情况的报告');
    expect(m.year.value).toBe(2014);
  });
});

describe('unit and level', () => {
  it('builds a city government from 我代表市人民政府 and the congress’s place', () => {
    const m = infer('政府工作报告\n——2014年1月8日在xx市第十五届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。');
    expect(m.unit.value).toBe('xx市人民政府');
    expect(m.level.value).toBe('市');
    expect(m.anonymised).toBe(true);
  });
  it('gives a rebuilt name for a unit written without its place', () => {
    const m = infer('2013年，在县委、县政府的正确领导下，县教育局紧紧围绕全年目标，各项工作取得了成效。');
    expect(m.unit.value).toBe('xx县教育局');
    expect(m.unit.evidence).toMatch(/^重建/);
    expect(m.anonymised).toBe(false);
  });
  it('is null when the text never names its writer', () => {
    const m = infer('上半年，各项工作稳步推进，取得了一定成绩，现总结如下。');
    expect(m.unit.value).toBeNull();
    expect(m.level.value).toBeNull();
    expect(m.title.value).toBe('上半年工作总结');
  });
  it('reads the level from a unit’s name', () => {
    expect(levelOfUnit('国务院')).toBe('中央');
    expect(levelOfUnit('北京市人民政府')).toBe('省');
    expect(levelOfUnit('宁夏回族自治区人民政府')).toBe('省');
    expect(levelOfUnit('xx自治州人民政府')).toBe('市');
    expect(levelOfUnit('xx市人民检察院预防科')).toBe('市');
    expect(levelOfUnit('xx县市场监督管理局')).toBe('县');
    expect(levelOfUnit('xx区经科局')).toBe('区');
    expect(levelOfUnit('xx镇人民政府')).toBe('乡镇');
    expect(levelOfUnit('xx街道办事处')).toBe('乡镇');
    expect(levelOfUnit('科技局')).toBeNull();
  });
});

describe('title', () => {
  it('keeps a title line without a collection counter as it is', () => {
    const m = infer('上半年，我局各项工作取得了成绩。', { titleLine: 'xx县科技局2013年上半年工作总结' });
    expect(m.title.value).toBe('xx县科技局2013年上半年工作总结');
    expect(m.year.value).toBe(2013);
    expect(m.unit.value).toBe('xx县科技局');
  });
  it('composes from unit, year, period and kind', () => {
    expect(composeTitle('xx县科技局', 2013, '全年', '总结和计划')).toBe('xx县科技局2013年工作总结和2014年工作计划');
    expect(composeTitle('xx市统计局', 2020, '第一季度', '总结')).toBe('xx市统计局2020年第一季度工作总结');
    expect(composeTitle('云南省人民政府', 2026, '全年', '报告')).toBe('2026年云南省政府工作报告');
    expect(composeTitle('国务院', 1955, '全年', '报告')).toBe('1955年国务院政府工作报告');
    expect(composeTitle(null, null, null, null)).toBe('工作汇报');
  });
});
