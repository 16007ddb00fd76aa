/**
 * The plain-text reader of report bodies (src/search/literal-blocks.ts)
 * against the Markdown parser's (`bodyBlocks`): wherever it answers, the
 * search index gets the very same blocks, text, kind and section id, so
 * positions, excerpts and section links do not depend on which one read a
 * report.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/synthetic-reports.ts';
import { bodyBlocks, parseFrontmatter, readBody } from '../../scripts/search/read-collection.ts';
import { literalBodyBlocks } from '../../src/search/literal-blocks.ts';
import { ROOT } from '../helpers/build-site.ts';

/** Markdown bodies of the fixtures: ingested collections, the structure step's outputs of real reports, the Markdown plugin cases. */
async function fixtureBodies(): Promise<[string, string][]> {
  const bodies: [string, string][] = [];
  for (const dir of ['tests/fixtures/collection', 'content/reports']) {
    for (const name of await readdir(resolve(ROOT, dir))) {
      if (!name.endsWith('.md') || name.startsWith('_')) continue;
      const source = await readFile(resolve(ROOT, dir, name), 'utf8');
      bodies.push([`${dir}/${name}`, source.slice(parseFrontmatter(source).bodyStart)]);
    }
  }
  for (const root of ['tests/fixtures/structure', 'tests/fixtures/markdown']) {
    for (const name of await readdir(resolve(ROOT, root))) {
      for (const file of ['expected.md', 'input.md']) {
        const path = join(root, name, file);
        const text = await readFile(resolve(ROOT, path), 'utf8').catch(() => null);
        if (text !== null) bodies.push([path, text.replace(/^<!--[^\n]*-->\n/gm, '')]);
      }
    }
  }
  return bodies;
}

describe('literalBodyBlocks', () => {
  it('reads headings with their depth and section ids, paragraphs with their section, escapes resolved', () => {
    const body = '开头一段。\n\n## 一、科技\\*创新\n\n第一行\n第二行 1\\.5倍 &amp; &lt;b&gt;\n\n### （一）小节\n\n\\- 不是列表\n1\\. 也不是\n\n## 二、下一步';
    expect(literalBodyBlocks(body)).toEqual([
      { kind: 'paragraph', text: '开头一段。', section: null },
      { kind: 'heading', text: '一、科技*创新', section: 's1' },
      { kind: 'paragraph', text: '第一行\n第二行 1.5倍 & <b>', section: 's1' },
      { kind: 'heading', text: '（一）小节', section: 's1-1' },
      { kind: 'paragraph', text: '- 不是列表\n1. 也不是', section: 's1-1' },
      { kind: 'heading', text: '二、下一步', section: 's2' },
    ]);
    expect(literalBodyBlocks(body)).toEqual(bodyBlocks(body));
  });

  it('gives up on Markdown a line-by-line reading could get wrong', () => {
    for (const body of ['科技**创新**', '- 列表', '> 引用', '    缩进', '## 标题 ##', '科技  \n创新', '科技\\\n创新', '标题\n===', '&#31185;技', '`代码`', '[链接](x)', '<b>粗</b>']) {
      expect(literalBodyBlocks(body), body).toBeNull();
    }
  });

  it('gives the parser’s blocks for every fixture it reads, and reads most of them', async () => {
    const bodies = await fixtureBodies();
    let read = 0;
    for (const [name, body] of bodies) {
      const literal = literalBodyBlocks(body);
      if (!literal) continue;
      read++;
      expect(literal, name).toEqual(bodyBlocks(body));
    }
    expect(bodies.length).toBeGreaterThan(20);
    expect(read).toBeGreaterThan(bodies.length / 2);
  });

  it('gives the parser’s blocks for random bodies of Markdown-prone characters', () => {
    const rand = prng(11);
    const parts = ['科技', '创新', ' ', '  ', '\t', '\n', '\n\n', '#', '## ', '### ', '-', '+', '*', '_', '`', '\\', '\\*', '\\.', '&amp;', '&', '<', '>', '[', ']', '1.', '2)', '=', '~', '|', '!', '\u3000', '\u00a0', '。', 'a'];
    let read = 0;
    for (let i = 0; i < 5000; i++) {
      const n = 1 + Math.floor(rand() * 14);
      const body = Array.from({ length: n }, () => parts[Math.floor(rand() * parts.length)]).join('');
      const literal = literalBodyBlocks(body);
      if (!literal) continue;
      read++;
      expect(literal, JSON.stringify(body)).toEqual(bodyBlocks(body));
    }
    expect(read).toBeGreaterThan(500);
  });

  it('is what the index reads, with the parser behind it', () => {
    expect(readBody('科技**创新**')).toEqual([{ kind: 'paragraph', text: '科技创新', section: null }]);
    expect(readBody('## 一、总结\n\n正文')).toEqual(bodyBlocks('## 一、总结\n\n正文'));
  });
});
