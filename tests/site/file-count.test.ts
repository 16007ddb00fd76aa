/** The file count `npm run build` prints, and its warning for hosts that cap a deploy (scripts/site/file-count.ts). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFiles, fileCountReport } from '../../scripts/site/file-count.ts';

describe('file count', () => {
  it('counts files in sub-folders, not folders', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'huibao-count-'));
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    for (const f of ['x', 'a/y', 'a/b/z']) writeFileSync(join(dir, f), '');
    expect(countFiles(dir)).toBe(3);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says nothing more up to 20,000 files', () => {
    expect(fileCountReport('dist', 20_000, 9_000, true)).toEqual({ line: 'huibao: dist/ holds 20,000 files' });
  });

  it('names the setting that helps above 20,000 files', () => {
    const { warning } = fileCountReport('dist', 36_000, 17_000, true);
    expect(warning).toBe(
      'huibao: warning: more than 20,000 files, which some static hosts do not take in one deploy: set "reportTextFiles": false in content/site.json (or HUIBAO_REPORT_TEXT_FILES=false) to leave out the 17,000 reports/<id>.txt files (19,000 files remain); the texts stay in data/reports.jsonl',
    );
    // Without the .txt files still too many: how many reports fit, and where to deploy instead.
    const over = fileCountReport('dist', 22_000, 20_000, false).warning;
    expect(over).toContain('holds about 18,181 reports');
    expect(over).toContain('without a per-deploy file cap');
    expect(fileCountReport('dist', 43_000, 20_000, true).warning).toContain('with "reportTextFiles": false');
  });
});
