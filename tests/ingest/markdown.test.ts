import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { escapeInline, renderReport } from '../../scripts/ingest/markdown.ts';
import { reportSchema, type Report } from '../../src/lib/report-schema.ts';
import { parse as parseYaml } from 'yaml';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses one escaped line as Markdown and returns its blocks' types and text. */
function roundTrip(line: string) {
  const tree = parser.parse(escapeInline(line)) as Root;
  return { types: tree.children.map((n) => n.type), text: toString(tree) };
}

const report: Report = {
  title: 'xx区科技局上半年工作总结',
  unit: 'xx区科技局',
  level: '区',
  year: null,
  anonymised: true,
  period: '上半年',
  kind: '总结和计划',
  source: { file: 'seed/a.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', part: 1, lines: [1, 19] },
  evidence: { unit: 'xx区科技局，在区委', year: '未注明（xx）' },
};

describe('escapeInline', () => {
  const cases = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '# 不是标题',
    '> 不是引用',
    '- 不是列表',
    '+ 也不是',
    '1. 不是有序列表',
    '2) 也不是',
    '---',
    '***',
    '    缩进不是代码',
    '`代码` 与 *强调* 与 _下划线_ 与 [链接](http://x) 与 ~~删除~~',
    '表格 | 竖线 | 文本',
    'A&amp;B 与 &copy; 与 \\反斜杠',
    '11423平方米，增长5.12%',
  ];
  for (const line of cases) {
    it(`keeps ${JSON.stringify(line)} as plain paragraph text`, () => {
      const { types, text } = roundTrip(line);
      expect(types).toEqual(['paragraph']);
      expect(text).toBe(line.replace(/^[ \t]+/, ''));
    });
  }
});

describe('renderReport', () => {
  const md = renderReport(report, [
    { type: 'heading', depth: 2, text: '一、完成国家科技进步示范区考核', line: 2 },
    { type: 'paragraph', text: '科技局把迎接<b>考核</b>作为全年工作重点。', line: 3 },
    { type: 'heading', depth: 3, text: '（一）实施创新工程', line: 4 },
  ]);

  it('writes frontmatter that parses back to the same report', () => {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
    expect(match).not.toBeNull();
    const data = reportSchema.parse(parseYaml(match![1]!));
    expect(data).toEqual(report);
  });

  it('writes a year estimate, with the clues it set aside, that parses back the same', () => {
    const clue = (text: string, from: number, to: number | null) => ({
      text, event: '台风“威马逊”', date: '2014-07-18', constraint: { from, to }, rule: '抗灾救灾之时',
    });
    const estimated: Report = {
      ...report,
      yearEstimate: { year: 2014, from: 2014, to: 2014, evidence: [clue('抗击“威马逊”', 2014, 2014)], setAside: [clue('"引号"', 2018, null)] },
    };
    const match = /^---\n([\s\S]*?)\n---\n/.exec(renderReport(estimated, []));
    expect(match![1]).toContain('yearEstimate:\n  year: 2014\n  from: 2014\n  to: 2014\n  evidence:\n    - text: "抗击“威马逊”"\n');
    expect(reportSchema.parse(parseYaml(match![1]!))).toEqual(estimated);
  });

  it('writes headings and paragraphs as Markdown blocks', () => {
    const body = md.slice(md.indexOf('\n---\n') + 5);
    const tree = parser.parse(body) as Root;
    expect(tree.children.map((n) => (n.type === 'heading' ? `h${n.depth}` : n.type))).toEqual(['h2', 'paragraph', 'h3']);
    expect(toString(tree.children[1]!)).toBe('科技局把迎接<b>考核</b>作为全年工作重点。');
  });

  it('is deterministic and ends with one newline', () => {
    expect(renderReport(report, [])).toBe(renderReport(structuredClone(report), []));
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  });
});
