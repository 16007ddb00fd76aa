/** Site settings: file, environment, defaults, and errors a person can act on. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig, normaliseBase, SiteConfigError } from '../../src/lib/site-config.ts';
import { ROOT, runAstroBuild } from '../helpers/build-site.ts';

const FIXTURES = 'tests/fixtures/site-config';

describe('loadSiteConfig', () => {
  it('uses defaults when content/site.json is absent', () => {
    const config = loadSiteConfig({}, join(ROOT, 'tests/fixtures/no-such-root'));
    expect(config).toEqual({
      title: '汇报',
      description: '政府工作总结与工作报告公开档案',
      base: '/',
      content: 'content/reports',
      reportTextFiles: true,
      footer: {},
    });
  });

  it('lets the environment win over the file', () => {
    const config = loadSiteConfig(
      {
        HUIBAO_CONFIG: `${FIXTURES}/default.json`,
        HUIBAO_CONTENT: 'elsewhere',
        HUIBAO_BASE: 'archive',
        HUIBAO_SITE: 'https://example.gov.cn',
      },
      ROOT,
    );
    expect(config).toMatchObject({
      title: '汇报测试站',
      content: 'elsewhere',
      base: '/archive/',
      site: 'https://example.gov.cn',
    });
    expect(config.footer.icp).toBe('京ICP备00000000号');
  });

  it('reads HUIBAO_REPORT_TEXT_FILES as a yes or no, and rejects anything else', () => {
    const textFiles = (value: string) => loadSiteConfig({ HUIBAO_CONFIG: `${FIXTURES}/default.json`, HUIBAO_REPORT_TEXT_FILES: value }, ROOT).reportTextFiles;
    expect(['false', '0', 'NO', ' False '].map(textFiles)).toEqual([false, false, false, false]);
    expect(['true', '1', 'yes'].map(textFiles)).toEqual([true, true, true]);
    expect(() => textFiles('maybe')).toThrow(/reportTextFiles: .*\(hint: set "reportTextFiles" to true or false/);
  });

  it('normalises the slashes of a base path', () => {
    expect(['archive', '/archive', 'archive/', '//archive//'].map(normaliseBase)).toEqual(Array(4).fill('/archive/'));
    expect(normaliseBase('/')).toBe('/');
  });

  it('names the file when it is missing or not JSON', () => {
    expect(() => loadSiteConfig({ HUIBAO_CONFIG: `${FIXTURES}/missing.json` }, ROOT)).toThrow(
      /tests\/fixtures\/site-config\/missing.json: file not found \(hint:/,
    );
    expect(() => loadSiteConfig({ HUIBAO_CONFIG: 'tests/site/site-config.test.ts' }, ROOT)).toThrow(
      /site-config.test.ts: not valid JSON/,
    );
  });

  it('lists every bad field on its own line with a hint', () => {
    let error: unknown;
    try {
      loadSiteConfig({ HUIBAO_CONFIG: `${FIXTURES}/bad.json` }, ROOT);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteConfigError);
    expect((error as SiteConfigError).lines).toMatchInlineSnapshot(`
      [
        "tests/fixtures/site-config/bad.json: title: Too small: expected string to have >=1 characters (hint: set "title" to a non-empty string, e.g. "汇报")",
        "tests/fixtures/site-config/bad.json: site: must be an http(s) URL such as https://example.gov.cn (hint: set "site" (or HUIBAO_SITE) to the public origin, e.g. "https://example.gov.cn")",
        "tests/fixtures/site-config/bad.json: base: must start and end with "/" and use only A-Z a-z 0-9 . _ ~ - (hint: set "base" (or HUIBAO_BASE) to a sub-path such as "/archive/", or "/" for the root)",
        "tests/fixtures/site-config/bad.json: footer.icp: Invalid input: expected string, received number (hint: footer takes only sponsor, siteCode, icp, psb and contact, each a non-empty string)",
        "tests/fixtures/site-config/bad.json: footer: Unrecognized key: "wechat" (hint: footer takes only sponsor, siteCode, icp, psb and contact, each a non-empty string)",
        "tests/fixtures/site-config/bad.json: (file): Unrecognized key: "colour" (hint: remove it; the known fields are title, description, publisher, site, base, content, reportTextFiles, footer)",
      ]
    `);
  });
});

describe('astro build with bad settings', () => {
  it('names a missing report folder', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'huibao-bad-')), 'dist');
    const result = await runAstroBuild({ content: 'tests/fixtures/no-such-folder' }, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content: folder "tests/fixtures/no-such-folder" not found (hint: run "npm run ingest"');
  });

  it('stops with one line per field and exit code 1', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'huibao-bad-')), 'dist');
    const result = await runAstroBuild({ config: `${FIXTURES}/bad.json` }, out);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('huibao: invalid site settings');
    expect(lines).toHaveLength(7);
    expect(lines[2]).toContain('site: must be an http(s) URL');
  });
});
