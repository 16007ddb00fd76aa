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
    const { warning } = fileCountReport('dist', 40_569, 20_000, true);
    expect(warning).toBe(
      'huibao: warning: more than 20,000 files, which some static hosts do not take in one deploy: set "reportTextFiles": false in content/site.json (or HUIBAO_REPORT_TEXT_FILES=false) to leave out the 20,000 reports/<id>.txt files; the texts stay in data/reports.jsonl',
    );
    expect(fileCountReport('dist', 20_569, 20_000, false).warning).toContain('already off');
  });
});
