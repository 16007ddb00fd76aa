/** The bundled collection in content/reports is exactly what ingest makes of content/sources. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, readReports, ROOT, tempDir } from '../helpers/ingest-cli.ts';

describe('bundled sample', () => {
  it('is the seed, split into its six reports', async () => {
    const reports = await readReports(path.join(ROOT, 'content/reports'));
    expect(reports).toHaveLength(6);
    expect(new Set(reports.map((r) => r.data.source.file))).toEqual(new Set(['工作总结选编.txt']));
  });

  it('matches a fresh ingest of content/sources byte for byte', async () => {
    const out = path.join(await tempDir(), 'reports');
    const r = ingest([path.join(ROOT, 'content/sources'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const names = (await readdir(out)).filter((n) => n.endsWith('.md')).sort();
    const bundled = (await readdir(path.join(ROOT, 'content/reports'))).filter((n) => n.endsWith('.md')).sort();
    expect(names).toEqual(bundled);
    for (const name of names) {
      const fresh = await readFile(path.join(out, name), 'utf8');
      const kept = await readFile(path.join(ROOT, 'content/reports', name), 'utf8');
      expect(kept, `${name} is stale: run npm run ingest -- content/sources`).toBe(fresh);
    }
  });
});
