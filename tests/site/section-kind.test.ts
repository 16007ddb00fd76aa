/**
 * Section kinds (src/lib/section-kind.ts): the rules on small cases, the
 * bundled sample and real reports against hand labels
 * (tests/fixtures/section-kinds/labels.yaml), and the report-page plugin
 * against the classifier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bodyBlocks } from '../../scripts/search/read-collection.ts';
import { blockKinds, classifyReport, classifySection, SECTION_KINDS, type BodyBlock, type SectionKind } from '../../src/lib/section-kind.ts';
import { renderReportMarkdown } from '../../src/markdown/render-report.ts';
import { sectionKindMarks } from '../../src/markdown/rehype-section-kinds.ts';
import { ROOT } from '../helpers/build-site.ts';
import { ingest, readReports, tempDir } from '../helpers/ingest-cli.ts';

type Label = SectionKind | 'none';
type SectionLabel = Label | 'skip' | [Label, ...Record<string, Label>[]];
interface Labels {
  seed: Record<string, Record<string, SectionLabel>>;
  real: Record<string, Record<string, SectionLabel>>;
  knownMisses: string[];
}

const labels = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/section-kinds/labels.yaml'), 'utf8')) as Labels;
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('classifySection', () => {
  it('lists the kinds with their labels, in report order', () => {
    expect(SECTION_KINDS.map((k) => `${k.value}:${k.label}`)).toEqual(['done:工作成绩', 'problems:存在问题', 'plans:下一步计划']);
  });

  it.each([
    ['一、上半年工作总结', 'done'],
    ['一、2014年工作回顾', 'done'],
    ['一、主要工作亮点', 'done'],
    ['一、xx年工作开展情况', 'done'],
    ['二、经验及做法', 'done'],
    ['一、重点工作完成情况', 'done'],
    ['二、存在的问题', 'problems'],
    ['二、困难和问题', 'problems'],
    ['三、工作中存在的问题及今后的打算', 'problems'],
    ['三、下半年工作重点', 'plans'],
    ['三、下一步工作打算', 'plans'],
    ['二、2015年工作总体部署', 'plans'],
    ['二、“十五五”时期的主要目标任务', 'plans'],
    ['三、2026年重点工作', 'plans'],
    ['二、xxxx年工作安排', 'plans'],
    ['一、基本情况', null],
    ['一、指导思想', null],
  ] as const)('reads the heading %s as %s', (heading, kind) => {
    expect(classifySection(heading, ['本节正文。']).kind).toBe(kind);
  });

  it('takes a heading that reports a result as done, except where the report is already in its plans', () => {
    expect(classifySection('四、中小企业融资扎实推进', ['本节正文。']).kind).toBe('done');
    expect(classifySection('一、完成国家科技进步示范区考核', ['本节正文。']).kind).toBe('done');
    const ordered = classifySection('四、重点项目扎实推进', ['加快建设重点项目，确保年内开工。要抓好项目储备。将新开工项目20个。'], { previous: 'plans' });
    expect(ordered.kind).toBe('plans');
  });

  it('does not take a compound word for the heading’s subject', () => {
    expect(classifySection('二、加快科技成果转化', ['要加快转化。将建设平台。力争年内完成。'], { previous: 'plans' }).kind).toBe('plans');
    expect(classifySection('二、组织实施科技计划', ['本节正文。'], { previous: 'done' }).kind).toBe('done');
  });

  it('reads a neutral heading from the text, then from what went before', () => {
    const past = ['共组织培训19期，培训人员3600人次。完成了全部任务，已经通过验收。'];
    const future = ['一是要全面落实科技发展计划。二是将继续做好融资服务。三是力争新增高新技术企业5家。'];
    const problems = ['科技投入不足，人才缺乏，服务手段有待提高，基层力量薄弱。'];
    expect(classifySection('五、开展科技培训', past)).toMatchObject({ kind: 'done', reason: expect.stringContaining('text leans done') });
    expect(classifySection('五、开展科技培训', future).kind).toBe('plans');
    expect(classifySection('五、科技队伍', problems).kind).toBe('problems');
    expect(classifySection('五、其他', ['本节正文。'])).toMatchObject({ kind: null, reason: expect.stringContaining('no cue') });
    expect(classifySection('五、其他', ['本节正文。'], { previous: 'plans' })).toMatchObject({ kind: 'plans', reason: expect.stringContaining('continues plans') });
  });

  it('splits off the plans that follow the last achievement without a heading', () => {
    const result = classifySection('七、加强防灾减灾宣传', [
      '上半年，我们积极开展了防灾减灾知识宣传，发放宣传单3000余份，已经覆盖全区。',
      '下半年，我们将按照提升计划的要求，认真落实好以下几项任务：',
      '一是全面落实区本级科技发展计划。',
    ]);
    expect(result.kind).toBe('done');
    expect(result.parts.map((p) => [p.from, p.kind])).toEqual([[0, 'done'], [1, 'plans']]);
  });

  it('turns to problems, then plans, never back', () => {
    const result = classifySection('一、去年工作回顾', [
      '经济平稳较快发展，全年国内生产总值增长9.9%。',
      '在看到成绩的同时，我们也清醒地认识到，经济社会生活中的困难和问题还不少。',
      '2006年是实施“十一五”规划的第一年，做好今年的工作意义重大。我们要坚持以科学发展观统领全局。',
      '同时，工作中还存在一些问题需要解决。',
    ]);
    expect(result.parts.map((p) => [p.from, p.kind])).toEqual([[0, 'done'], [1, 'problems'], [2, 'plans']]);
  });

  it('lets a subheading or a short heading-like line start a part', () => {
    const result = classifySection('一、上半年工作', ['上半年共完成了项目12个，已经全部通过验收。', '（二）存在的问题', '人才缺乏。', '下半年工作打算'], { subheadings: new Set([1]) });
    expect(result.parts.map((p) => [p.from, p.kind])).toEqual([[0, 'done'], [1, 'problems'], [3, 'plans']]);
  });

  it('does not mistake an opening year or 现将 for a turn to plans', () => {
    expect(classifySection('一、工作情况', ['XX年，我科认真开展预防工作，现将工作情况总结如下。'], { previous: 'done' }).parts).toHaveLength(1);
    expect(classifySection('一、工作情况', ['一年来，我们主要做了以下几方面工作：'], { previous: 'done' }).parts).toHaveLength(1);
  });
});

/** The classifier's sections in the shape of the labels. */
function actual(blocks: BodyBlock[]): Map<string, [Label, ...[string, Label][]]> {
  return new Map(
    classifyReport(blocks).map((s) => [
      s.id,
      [s.kind ?? 'none', ...s.parts.slice(1).map((p): [string, Label] => [blocks[p.start]!.text, p.kind ?? 'none'])],
    ]),
  );
}

interface Comparison {
  misses: string[];
  sections: number;
  agreeing: number;
  blocks: number;
  agreeingBlocks: number;
}

/** Compares a report with its labels, section by section and block by block. */
function compare(name: string, blocks: BodyBlock[], expected: Record<string, SectionLabel>, into: Comparison): void {
  const got = actual(blocks);
  const kinds = blockKinds(blocks);
  const sections = classifyReport(blocks);
  const ids = new Set([...got.keys(), ...Object.keys(expected)]);
  for (const id of ids) {
    const label = expected[id] ?? (id === 's0' ? 'none' : undefined);
    if (label === 'skip') continue;
    if (label === undefined) throw new Error(`${name}: section ${id} has no label in labels.yaml`);
    const [kind, ...turns] = Array.isArray(label) ? label : [label];
    const wanted: [string, Label][] = turns.map((t) => Object.entries(t)[0] as [string, Label]);
    const [gotKind, ...gotTurns] = got.get(id) ?? ['none'];
    const same =
      gotKind === kind && gotTurns.length === wanted.length && gotTurns.every(([text, k], i) => text.startsWith(wanted[i]![0]) && k === wanted[i]![1]);
    into.sections++;
    if (same) into.agreeing++;
    else into.misses.push(`${name} ${id}`);
    // Block by block: the labelled kind of each block against the classifier's.
    const section = sections.find((s) => s.id === id);
    if (!section) continue;
    let current: Label = kind;
    for (let b = section.start; b < section.end; b++) {
      const turn = wanted.find(([opening]) => blocks[b]!.text.startsWith(opening));
      if (turn) current = turn[1];
      into.blocks++;
      if ((kinds[b] ?? 'none') === current) into.agreeingBlocks++;
    }
  }
}

const empty = (): Comparison => ({ misses: [], sections: 0, agreeing: 0, blocks: 0, agreeingBlocks: 0 });
const percent = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)} %)`;

describe('the bundled sample against hand labels', () => {
  it('agrees on every section of the six reports', () => {
    const result = empty();
    for (const [id, expected] of Object.entries(labels.seed)) {
      const blocks = bodyBlocks(body(readFileSync(join(ROOT, 'content/reports', `${id}.md`), 'utf8')));
      compare(id, blocks, expected, result);
    }
    expect(result.misses).toEqual([]);
    expect(result.sections).toBe(6 + 7 + 2 + 3 + 3 + 3 + 2);
  });
});

describe('real reports against hand labels', () => {
  let reports: Map<string, string>;
  beforeAll(async () => {
    const out = await tempDir('huibao-kinds-');
    const run = ingest([join(ROOT, 'tests/fixtures/real'), '--out', out, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    reports = new Map((await readReports(out)).map((r) => [r.id, r.body]));
  });

  it('disagrees only where labels.yaml says it does', () => {
    const result = empty();
    for (const [id, expected] of Object.entries(labels.real)) {
      const markdown = reports.get(id);
      if (markdown === undefined) throw new Error(`labels.yaml names ${id}, which the ingest did not write`);
      compare(id, bodyBlocks(markdown), expected, result);
    }
    expect(result.misses.sort()).toEqual([...labels.knownMisses].sort());
    expect(result.sections).toBe(47);
    // The figures for the record; the assertion above is what guards them.
    console.log(`section kinds, real reports: sections ${percent(result.agreeing, result.sections)}, blocks ${percent(result.agreeingBlocks, result.blocks)}`);
  });
});

describe('blockKinds', () => {
  it('gives one kind per block, the part’s kind after a turn', () => {
    const blocks: BodyBlock[] = [
      { kind: 'paragraph', text: '现将上半年工作总结如下。', section: null },
      { kind: 'heading', text: '一、主要成绩', section: 's1' },
      { kind: 'paragraph', text: '共完成项目12个。', section: 's1' },
      { kind: 'heading', text: '（一）项目', section: 's1-1' },
      { kind: 'paragraph', text: '下半年，我们将继续抓好项目建设。', section: 's1-1' },
      { kind: 'heading', text: '二、存在问题', section: 's2' },
      { kind: 'paragraph', text: '人才缺乏。', section: 's2' },
    ];
    expect(blockKinds(blocks)).toEqual([null, 'done', 'done', 'done', 'plans', 'problems', 'problems']);
    expect(classifyReport(blocks).map((s) => [s.id, s.start, s.end])).toEqual([['s0', 0, 1], ['s1', 1, 5], ['s2', 5, 7]]);
  });
});

describe('the report page plugin', () => {
  it('marks what the classifier finds on the blocks the search index reads', async () => {
    for (const id of Object.keys(labels.seed)) {
      const markdown = body(readFileSync(join(ROOT, 'content/reports', `${id}.md`), 'utf8'));
      const { html } = await renderReportMarkdown(markdown);
      const sections = classifyReport(bodyBlocks(markdown));
      const headingMarks = [...html.matchAll(/<h2 id="(s\d+)" data-section-kind="(\w+)">/g)].map((m) => [m[1], m[2]]);
      expect(headingMarks).toEqual(sections.filter((s) => s.id !== 's0').map((s) => [s.id, s.kind ?? 'none']));
      const marks = sectionKindMarks(html);
      expect(marks.parts).toEqual(sections.flatMap((s) => s.parts.slice(1).map((p) => ({ id: `${s.id}-${p.kind}`, section: s.id, kind: p.kind }))));
    }
  });
});
