import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { removeFurniture, toLines } from '../../scripts/ingest/clean.ts';
import type { Line } from '../../scripts/ingest/types.ts';

const fixture = (p: string): Buffer => readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
const texts = (lines: Line[]): string[] => lines.map((l) => l.text);
/** Numbered lines from plain strings, the way toLines would give them. */
const numbered = (...t: string[]): Line[] => t.map((text, i) => ({ n: i + 1, text }));
const kept = (...t: string[]): string[] => texts(removeFurniture(numbered(...t)).lines);

describe('toLines', () => {
  it('splits on LF, CR LF, CR CR LF and lone CR, each one line end', () => {
    expect(texts(toLines('a\nb\r\nc\r\r\nd\re', 1))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('counts a third CR before CR CR LF as a line end of its own', () => {
    expect(texts(toLines('a\r\r\r\nb', 1))).toEqual(['a', '', 'b']);
  });

  it('keeps blank lines and numbers from firstLine', () => {
    expect(toLines('x\n\ny', 7)).toEqual([
      { n: 7, text: 'x' },
      { n: 8, text: '' },
      { n: 9, text: 'y' },
    ]);
  });

  it('does not add an empty line after a final line end, and drops a BOM', () => {
    expect(texts(toLines('\uFEFFa\r\r\n', 1))).toEqual(['a']);
    expect(texts(toLines('a\n\n', 1))).toEqual(['a', '']);
  });

  it('numbers the CR CR LF file 2015.txt as grep -n does', () => {
    const raw = fixture('real/2015.txt');
    const lines = toLines(iconv.decode(raw, 'gb18030'), 1);
    // grep -n counts LFs, plus the last line when it has no line end (as here).
    const lf = raw.filter((b) => b === 0x0a).length;
    expect(raw.at(-1)).not.toBe(0x0a);
    expect(lines).toHaveLength(lf + 1);
    expect(lines[8]).toEqual({ n: 9, text: '一、2014年工作回顾' });
    expect(lines.some((l) => l.text.includes('\r'))).toBe(false);
  });
});

describe('removeFurniture: source A (gov.cn pages)', () => {
  it('drops the page header, toolbar and footer lines', () => {
    expect(
      kept(
        '当前位置： 首页>> 中国概况>> 中国简况',
        '中央政府门户网站\u3000www.gov.cn\u3000\u3000 2009年03月16日\u3000\u3000 来源：新华社',
        '【字体：大 中 小】       ',
        '\u3000\u3000各位代表：',
        '（责任编辑： 郭桢',
        ' ）',
        '【E-mail推荐',
        '】',
        '<U+00A0><U+00A0>上一页<U+00A0><U+00A0>1<U+00A0><U+00A0> 2<U+00A0><U+00A0> 下一页',
      ),
    ).toEqual(['\u3000\u3000各位代表：']);
  });

  it('cuts the gov.cn dateline out of a line that also holds the title', () => {
    expect(kept(' 2006年国务院政府工作报告   中央政府门户网站\u3000www.gov.cn\u3000\u3000 2009年03月16日\u3000\u3000 来源：新华社  ')).toEqual([
      ' 2006年国务院政府工作报告',
    ]);
  });

  it('cuts HTML comments, on one line or across lines, and keeps text around them', () => {
    const r = removeFurniture(numbered('<!--', '      ', '-->', 'a<!-- x -->b', '<!--', 'function turnpage(page){}', '--> c'));
    expect(r.lines).toEqual([
      { n: 4, text: 'ab' },
      { n: 7, text: ' c' },
    ]);
  });

  it('keeps the text after an opening <!-- that never closes', () => {
    expect(kept('正文<!-- 未闭合', '下一段。')).toEqual(['正文<!-- 未闭合', '下一段。']);
  });

  it('turns <U+00A0> into a space and drops zero-width escapes', () => {
    expect(kept('<U+00A0><U+00A0>各位代表：<U+200D>', '新华社记者<U+00A0>庞兴雷<U+00A0>摄')).toEqual([
      '  各位代表：',
      '新华社记者 庞兴雷 摄',
    ]);
  });
});

describe('removeFurniture: source B (provincial pages, one token per line)', () => {
  it('drops the toolbar split into one token per line', () => {
    const head = ['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】'];
    expect(kept(...head, '2026年吉林省政府工作报告', '来源：吉林日报', '时间：2026-02-01', '各位代表：')).toEqual([
      '2026年吉林省政府工作报告',
      '各位代表：',
    ]);
  });

  it('drops a breadcrumb given one crumb per line, and the column title that repeats the last crumb', () => {
    expect(kept('您的位置:', '首页', '>', '云南要闻', '云南要闻', '2026年政府工作报告', '来源：云南日报', '2026-02-03 09:02:33', '【字体：', '大', '中', '小', '】', '各位代表：')).toEqual([
      '2026年政府工作报告',
      '各位代表：',
    ]);
  });

  it('drops labels whose value is on the next line', () => {
    expect(kept('时间：', '2026-02-02 09:20', '来源：', '陕西省人民政府', '分享:', '各位代表：', '发表时间：', '2026-02-09 09:45:30', '阅读量：')).toEqual([
      '各位代表：',
    ]);
  });

  it('drops the page tail: share buttons and the related-links list', () => {
    const tail = ['扫一扫在手机打开当前页', '【', '打印本页', '】', '【', '关闭窗口', '】'];
    expect(kept('让我们更加紧密地团结起来！', ...tail)).toEqual(['让我们更加紧密地团结起来！']);
    expect(kept('结束语。', '》》点击图片进入专题《《', '收藏', '|', '分享到:', '分享到微信', '×', '相关文档：')).toEqual(['结束语。']);
    expect(kept('结束语。', '相关报道：', '某省召开会议', '某市发布公告')).toEqual(['结束语。']);
  });

  it('keeps what follows 相关报道： when it is report text, dropping only the label', () => {
    const long = '各位代表！这是一段很长的报告正文，它不是链接列表，而是后面一篇报告的开头，必须保留下来，不能因为前面有相关报道这几个字就删掉。';
    expect(kept('结束语。', '相关报道：', long)).toEqual(['结束语。', long]);
  });
});

describe('removeFurniture keeps report text', () => {
  it('keeps sentences that merely contain a furniture word', () => {
    const lines = [
      '来源：财政拨款和社会资本各占一半。',
      '资金来源：省级财政补助。',
      '中央政府门户网站www.gov.cn开通以来，访问量稳步上升。',
      '群众可以扫一扫在手机打开当前页面查询办事进度。',
      '分享：把经验分享到全省各地。',
      '当前位置：我省仍处于转型发展的关键期，首页工作是稳增长。',
      '相关报道：本报记者在现场看到，工人们正在紧张施工。',
      '打印本页和关闭窗口按钮已从政务网站统一移除。',
    ];
    expect(kept(...lines)).toEqual(lines);
  });

  it('keeps a lone weak token, which could be text, when no furniture is next to it', () => {
    expect(kept('第一段。', '收藏', '第二段。')).toEqual(['第一段。', '收藏', '第二段。']);
    expect(kept('第一段。', '来源：国家统计局', '第二段。')).toEqual(['第一段。', '来源：国家统计局', '第二段。']);
  });

  it('keeps leading indentation and a leading >, drops blank lines, keeps line numbers', () => {
    const r = removeFurniture(numbered('>\u3000\u3000一、完成考核。', '   ', '', '\u3000>\u3000二、工作安排', ' 一段话。'));
    expect(r.lines).toEqual([
      { n: 1, text: '>\u3000\u3000一、完成考核。' },
      { n: 4, text: '\u3000>\u3000二、工作安排' },
      { n: 5, text: ' 一段话。' },
    ]);
    expect(r.removed).toBe(0);
  });

  it('counts furniture lines and fragments in removed', () => {
    const r = removeFurniture(numbered('【字体：大 中 小】', '正文。【E-mail推荐】', '扫一扫在手机打开当前页'));
    expect(r.lines).toEqual([{ n: 2, text: '正文。' }]);
    expect(r.removed).toBe(3);
  });
});

describe('removeFurniture on real pages', () => {
  const cleaned = (name: string): string =>
    texts(removeFurniture(toLines(iconv.decode(fixture(`real/${name}`), 'gb18030'), 1)).lines).join('\n');

  it('leaves none of the furniture of 2006.txt', () => {
    const text = cleaned('2006.txt');
    for (const bit of ['<!--', '-->', '<U+', '当前位置', '中央政府门户网站', '字体', '责任编辑', 'E-mail', '上一页', 'turnpage']) {
      expect(text).not.toContain(bit);
    }
    expect(text).toContain('各位代表：');
  });

  it('keeps every line of 2015.txt, which has no furniture, minus blank lines', () => {
    const raw = toLines(iconv.decode(fixture('real/2015.txt'), 'gb18030'), 1);
    const r = removeFurniture(raw);
    expect(r.lines.map((l) => l.n)).toEqual(raw.filter((l) => l.text.trim() !== '').map((l) => l.n));
    expect(r.removed).toBe(0);
  });
});
