/** The year estimator on short phrases: what each kind of mention, and the words around it, allow. */
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/lib/report-schema.ts';
import { findYearClues } from '../../scripts/ingest/infer/year-clues.ts';
import { estimateYear } from '../../scripts/ingest/infer/year-estimate.ts';

/** The estimate as `from–to` (`2013`, `2013–2014`, `2015–`), or null. */
function range(text: string, kind: Kind | null = '总结'): string | null {
  const e = estimateYear({ text, kind });
  if (!e) return null;
  return e.to === e.from ? String(e.from) : `${e.from}–${e.to ?? ''}`;
}

/** The clues of one event, as `from–to` each. */
function cluesOf(text: string, event: string, lag: 0 | 1 = 0): string[] {
  return findYearClues(text, lag)
    .filter((c) => c.event === event)
    .map((c) => (c.to === c.from ? String(c.from) : `${c.from}–${c.to ?? ''}`));
}

describe('a mention and the words around it', () => {
  it('dates a disaster named as past no earlier than it happened', () => {
    expect(range('我局组织干部学习芦山地震救援经验。')).toBe('2013–');
  });

  it('pins the year of relief and solidarity, or allows the next for a report that looks back', () => {
    expect(range('同时我局还在文化广场进行了“心系雅安，祝福雅安”的广场签名活动。')).toBe('2013');
    expect(range('同时我局还在文化广场进行了“心系雅安，祝福雅安”的广场签名活动。', '报告')).toBe('2013–2014');
    expect(range('抗击“威马逊”和“海鸥”超强台风。')).toBe('2014');
    expect(range('战胜了“威马逊”超强台风。')).toBe('2014–');
  });

  it('reads 今年, 去年 and 明年 before the event', () => {
    expect(range('今年4月20日芦山强烈地震发生后，我局立即行动。')).toBe('2013');
    expect(range('去年芦山地震后，我局完善了应急预案。')).toBe('2014');
    expect(range('明年是“十四五”开局之年。', '报告')).toBe('2020');
  });

  it('needs 台风 beside a typhoon name that is also a word', () => {
    expect(findYearClues('市场上山竹价格上涨。', 0)).toEqual([]);
    expect(range('防御台风“山竹”，转移群众3000人。')).toBe('2018');
  });

  it('dates a numbered edition', () => {
    expect(range('开展了以“携手共建创新型xx”为主题的第十届科技活动周。')).toBe('2010');
    expect(range('今年5月12日是第15个全国防灾减灾日。')).toBe('2023');
    expect(range('组织企业参加第133届广交会。')).toBe('2023');
    expect(range('做好第七次全国人口普查工作。')).toBe('2019–');
    expect(findYearClues('第二十届全运会', 0)).toEqual([]);
    expect(range('隆重庆祝中华人民共和国成立70周年。')).toBe('2019');
    expect(range('喜迎建党100周年。')).toBe('2020–2021');
  });

  it('dates a report by the NPC session it was delivered at, and only by its delivery line', () => {
    expect(range('政府工作报告\n——在第十二届全国人民代表大会第三次会议上\n各位代表：', '报告')).toBe('2015');
    const later = `${'各项工作取得新进展。'.repeat(40)}在第十二届全国人民代表大会第三次会议上，代表们提出了建议。`;
    expect(range(later, '报告')).toBe('2015–');
    expect(range('一九六四年底，在第三届全国人民代表大会上的政府工作报告中', '报告')).toBe('1964–');
  });
});

describe('plan periods', () => {
  it('read drafting, first and last years, completion and the bare period', () => {
    expect(range('今年是“十二五”开局之年。')).toBe('2011');
    expect(range('今年是“十二五”规划的收官之年。')).toBe('2015');
    expect(range('抓紧编制“十三五”规划。')).toBe('2014–2016');
    expect(range('高质量完成“十二五”科技发展规划。')).toBe('2009–2011');
    expect(range('“十二五”规划圆满收官。')).toBe('2015–2016');
    expect(range('“十二五”时期，全县经济平稳增长。')).toBe('2011–2016');
    expect(range('推进十二五重点项目。')).toBe('2009–2016');
  });

  it('tell 十五 (2001–2005) from 十五五, 十五届 and 五五普法', () => {
    expect(cluesOf('“十五”计划顺利实施。', '“十五”时期')).toEqual(['1999–2006']);
    expect(cluesOf('谋划“十五五”发展。', '“十五”时期')).toEqual([]);
    expect(cluesOf('党的十五届四中全会', '“十五”时期')).toEqual([]);
    expect(cluesOf('“五五”普法', '“五五”时期')).toEqual([]);
    expect(cluesOf('“五五”普法', '“五五”普法')).toEqual(['2004–2011']);
  });
});

describe('party meetings', () => {
  it('bound a report that studies the latest plenary session it names by the next one', () => {
    const text = '全面贯彻党的十八大和十八届三中、四中全会精神。';
    expect(cluesOf(text, '十八届四中全会')).toEqual(['2014–2015']);
    expect(cluesOf(text, '十八届三中全会')).toEqual(['2013–']);
    expect(range(text)).toBe('2014–2015');
  });

  it('do not read a provincial plenary as a national one', () => {
    expect(cluesOf('认真贯彻省委十一届三中全会精神', '十一届三中全会')).toEqual([]);
  });

  it('date a campaign while it is carried out, and only as past once it is looked back on', () => {
    expect(range('扎实开展党的群众路线教育实践活动。')).toBe('2013–2014');
    expect(range('先后开展了党的群众路线教育实践活动。')).toBe('2013–');
    // Under way in March, and it began in June 2013: so 2014.
    expect(range('3月25日，局党组召开了全局开展党的群众路线教育实践活动动员会议。')).toBe('2014');
  });

  it('date a premier by the term, and not a vice premier', () => {
    expect(cluesOf('李克强总理指出', '李克强任国务院总理', 1)).toEqual(['2013–2024']);
    expect(cluesOf('副总理李克强', '李克强任国务院总理')).toEqual([]);
  });
});

describe('combining clues', () => {
  it('is null when nothing in the text is dated', () => {
    expect(estimateYear({ text: '今年以来，我局认真履职，各项工作取得新成效。', kind: '总结' })).toBeNull();
  });

  it('keeps the largest agreeing group, says which clue it set aside, and quotes the text', () => {
    const text = '在文化广场进行了“心系雅安”签名活动。以十八届三中全会精神为指导。防御台风“山竹”。';
    const e = estimateYear({ text, kind: '总结' })!;
    expect([e.year, e.from, e.to]).toEqual([2013, 2013, 2013]);
    expect(e.evidence.map((c) => c.text)).toEqual(['心系雅安', '十八届三中全会精神']);
    expect(e.setAside?.map((c) => [c.text, c.event, c.constraint])).toEqual([
      ['防御台风“山竹”', '台风“山竹”', { from: 2018, to: 2018 }],
    ]);
    for (const c of [...e.evidence, ...(e.setAside ?? [])]) expect(text).toContain(c.text);
  });

  it('counts a phrase repeated many times as one clue', () => {
    const text = `${'防御台风“山竹”。'.repeat(3)}心系雅安。以十八届三中全会精神为指导。`;
    expect(range(text)).toBe('2013');
  });
});
