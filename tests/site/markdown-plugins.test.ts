/**
 * The Markdown pipeline of the site, on fixture files:
 * `tests/fixtures/markdown/<case>/input.md` → `output.html`.
 * Cases are found automatically. After an intended change, regenerate with
 * `UPDATE_FIXTURES=1 npx vitest run tests/site/markdown-plugins.test.ts`
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/options.ts';
import { renderReportMarkdown } from '../../src/markdown/render-report.ts';
import { ROOT } from '../helpers/build-site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/markdown');
const update = Boolean(process.env.UPDATE_FIXTURES);
const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

describe('markdown fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
      const { code } = await processor.render(input);
      const expectedFile = join(FIXTURES, name, 'output.html');
      if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, `${code}\n`);
      expect(`${code}\n`).toBe(readFileSync(expectedFile, 'utf8'));
    });
    it(`${name}: the report loader's renderer gives the same HTML and headings`, async () => {
      const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
      const astro = await processor.render(input);
      const ours = await renderReportMarkdown(input);
      expect(ours.html).toBe(astro.code);
      expect(ours.headings).toEqual(astro.metadata.headings);
    });
  }
});

describe('section ids', () => {
  it('are the same on every render and do not depend on wording', async () => {
    const a = await processor.render('## 一、甲\n\n### （一）乙\n');
    const b = await processor.render('## 一、改过的标题\n\n### （一）也改了\n');
    expect(a.metadata.headings.map((h) => h.slug)).toEqual(['s1', 's1-1']);
    expect(b.metadata.headings.map((h) => h.slug)).toEqual(['s1', 's1-1']);
    expect((await processor.render('## 一、甲\n\n### （一）乙\n')).code).toBe(a.code);
  });
});
