import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { removeFurniture, toLines } from '../../scripts/ingest/clean.ts';
import { splitReports } from '../../scripts/ingest/split.ts';
import { toBlocks } from '../../scripts/ingest/structure.ts';
import type { Block, Segment } from '../../scripts/ingest/types.ts';

const fixture = (p: string): Buffer => readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
const segment = (...t: string[]): Segment => ({ lines: t.map((text, i) => ({ n: i + 1, text })) });
const blocks = (...t: string[]): Block[] => toBlocks(segment(...t));
/** `## 一、…` for headings, the bare text for paragraphs. */
const outline = (...t: string[]): string[] =>
  blocks(...t).map((b) => (b.type === 'heading' ? `${'#'.repeat(b.depth)} ${b.text}` : b.text));
const headings = (bs: Block[]): Block[] => bs.filter((b) => b.type === 'heading');
const body = '围绕年度目标任务推进各项工作，取得了明显成效。';

describe('toBlocks: heading styles', () => {
  it('nests the numbering styles in the order the report uses them', () => {
    expect(outline('一、总体情况', body, '（一）主要做法', body, '1、抓好项目', body, '（1）申报项目', body)).toEqual([
      '## 一、总体情况', body, '### （一）主要做法', body, '#### 1、抓好项目', body, '##### （1）申报项目', body,
    ]);
  });

  it('reads ASCII brackets and the three arabic separators as the same styles', () => {
    expect(outline('(一)实施创新工程', body, '1.加强监测', body, '2．做好扶持', body, '3、狠抓落实', body, '(1)搭建平台', body)).toEqual([
      '## (一)实施创新工程', body, '### 1.加强监测', body, '### 2．做好扶持', body, '### 3、狠抓落实', body, '#### (1)搭建平台', body,
    ]);
  });

  it('never skips a level: a report that starts at （一） has （一） at depth 2', () => {
    expect(outline('（一）工业经济稳步增长', body, '1.加强运行监测', body, '（二）项目投资稳步推进', body)).toEqual([
      '## （一）工业经济稳步增长', body, '### 1.加强运行监测', body, '## （二）项目投资稳步推进', body,
    ]);
  });

  it('makes a > line a top-level heading, and its numbering style top level from then on', () => {
    expect(outline('>\u3000\u3000一、完成考核。', body, '\u3000>\u3000二、工作安排', '（一）狠抓创新', body, '三、存在问题', body)).toEqual([
      '## 一、完成考核', body, '## 二、工作安排', '### （一）狠抓创新', body, '## 三、存在问题', body,
    ]);
    expect(outline('>未编号的小标题', body)).toEqual(['## 未编号的小标题', body]);
  });

  it('strips indentation and keeps numbering, dropping only a closing full stop from headings', () => {
    const [h, p] = blocks('\u3000\u3000 \t一、完成国家科技进步示范区考核。', '\u3000\u3000' + body);
    expect(h).toEqual({ type: 'heading', depth: 2, text: '一、完成国家科技进步示范区考核', line: 1 });
    expect(p).toEqual({ type: 'paragraph', text: body, line: 2 });
  });

  it('reads full-width digits and numbers past ten', () => {
    expect(outline('十、关于外交工作', body, '十一、加强自身建设', body, '（１）第一项', body)).toEqual([
      '## 十、关于外交工作', body, '## 十一、加强自身建设', body, '### （１）第一项', body,
    ]);
  });
});

describe('toBlocks: what is not a heading', () => {
  it('keeps sentences that start with a number as paragraphs', () => {
    const lines = [
      '2015年，全县科技工作稳步推进。',
      '3月5日，国家科技部行文批准。',
      '20_年2月，科技部行文批准我县列为国家实验区。',
      '5.12应急宣传日活动。',
      '1.5万元专项资金已到位。',
      '11423平方米的孵化器投入使用',
      '1、2月份完成申报',
    ];
    expect(headings(blocks(...lines))).toEqual([]);
  });

  it('keeps 一是…, 第一，… and 各位代表： as paragraphs', () => {
    expect(headings(blocks('一是全面落实区本级科技发展计划。', '第一，稳定和完善宏观经济政策。', '各位代表：'))).toEqual([]);
  });

  it('keeps a numbered line of several sentences a paragraph, with its number', () => {
    const long = '1、科技成果总体水平有待提高。我县尚无大的专门科研机构，多数企业建立研发机构意识差。';
    expect(blocks('二、存在问题', long)).toEqual([
      { type: 'heading', depth: 2, text: '二、存在问题', line: 1 },
      { type: 'paragraph', text: long, line: 2 },
    ]);
  });

  it('keeps a numbered line longer than 50 characters or ending mid-sentence a paragraph', () => {
    const long = '4.继续认真组织抓好专利申请，及时掌握全县专利申请情况，加强与市知识产权局联系，为专利申请人作好相关服务';
    expect(headings(blocks(long, body, '2、加强引导，', body))).toEqual([]);
  });

  it('reads numbered short lines that follow each other as a list, not headings', () => {
    expect(outline('二、下半年工作计划', '1、贯彻会议精神。', '2、推进创新工程。', '3、加强项目管理。')).toEqual([
      '## 二、下半年工作计划', '1、贯彻会议精神。', '2、推进创新工程。', '3、加强项目管理。',
    ]);
  });

  it('does not make a short item the parent of a sibling it cannot own', () => {
    // `四、` is followed by `（二）`, which continues an earlier （一）: `四、` is an inline list item.
    const items = ['一、提高设计工作。' + body, '二、加强施工指导。' + body];
    expect(outline('三、若干问题', '（一）关于基本建设', ...items, '四、经常检查工程质量', '（二）关于工业生产', body)).toEqual([
      '## 三、若干问题', '### （一）关于基本建设', ...items, '四、经常检查工程质量', '### （二）关于工业生产', body,
    ]);
  });

  it('does not go back up to a level with a number already used there', () => {
    const items = ['一、继续保持收支平衡。' + body, '二、发展物资交流。' + body];
    expect(outline('三、若干问题', body, '（五）关于市场', ...items, '三、对某些产品实施计划收购', body)).toEqual([
      '## 三、若干问题', body, '### （五）关于市场', ...items, '三、对某些产品实施计划收购', body,
    ]);
  });

  it('reads the entries of a 目录 as paragraphs', () => {
    expect(headings(blocks('目录', '一、总任务', '二、计划概要', '（一）基本建设', '（二）工业生产', '三、为完成计划而奋斗'))).toEqual([]);
  });
});

describe('toBlocks on the seed', () => {
  const lines = removeFurniture(toLines(fixture('seed/seed.txt').toString('utf8'), 1)).lines;
  const reports = splitReports(lines, 'seed.txt').segments.map(toBlocks);

  it('finds the seven top-level headings of the first report', () => {
    const top = reports[0].filter((b) => b.type === 'heading' && b.depth === 2);
    expect(top.map((b) => b.line)).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(top[0].text).toBe('一、完成国家科技进步示范区考核');
    expect(top[6].text).toBe('七、加强防灾减灾宣传');
  });

  it('gives each report the headings counted by hand', () => {
    const byDepth = reports.map((r) => [2, 3, 4, 5].map((d) => r.filter((b) => b.type === 'heading' && b.depth === d).length));
    expect(byDepth).toEqual([
      [7, 0, 0, 0],
      [2, 3, 13, 2],
      [3, 0, 0, 0],
      [3, 7, 0, 0],
      [3, 5, 0, 0],
      [2, 14, 0, 0],
    ]);
  });

  it('never skips a level and keeps every line as a block', () => {
    for (const r of reports) {
      let depth = 1;
      for (const b of headings(r)) {
        expect(b.type === 'heading' && b.depth <= depth + 1).toBe(true);
        if (b.type === 'heading') depth = b.depth;
      }
    }
    expect(reports.flat().map((b) => b.line)).toEqual(lines.filter((l) => l.n !== 122).map((l) => l.n));
  });
});

describe('toBlocks on real reports', () => {
  const real = (name: string): Block[] => {
    const lines = removeFurniture(toLines(iconv.decode(fixture(`real/${name}`), 'gb18030'), 1)).lines;
    return toBlocks(splitReports(lines, name).segments[0]);
  };

  it('finds the six sections of 2015.txt at depth 2 and keeps 各位代表 as paragraphs', () => {
    const bs = real('2015.txt');
    expect(headings(bs).map((b) => [b.type === 'heading' && b.depth, b.text])).toEqual([
      [2, '一、2014年工作回顾'],
      [2, '二、2015年工作总体部署'],
      [2, '三、把改革开放扎实推向纵深'],
      [2, '四、协调推动经济稳定增长和结构优化'],
      [2, '五、持续推进民生改善和社会建设'],
      [2, '六、切实加强政府自身建设'],
    ]);
    expect(bs.filter((b) => b.type === 'paragraph' && /^各位代表[：！]/.test(b.text)).map((b) => b.line)).toEqual([
      7, 35, 104, 108, 110, 113, 115,
    ]);
  });

  it('keeps the long （一）… paragraphs of 2006.txt as paragraphs under 一、去年工作回顾', () => {
    const bs = real('2006.txt');
    expect(headings(bs).map((b) => b.text)).toEqual(['一、去年工作回顾']);
    expect(bs.filter((b) => b.type === 'paragraph' && b.text.startsWith('（一）着力解决经济运行中的突出问题。'))).toHaveLength(1);
  });
});
