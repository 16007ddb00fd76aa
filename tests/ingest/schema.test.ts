import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/report-schema.ts';

describe('report schema', () => {
  it('rejects an absolute source path', () => {
    const r = reportSchema.safeParse({
      title: 't', unit: null, level: null, year: null, anonymised: false, period: null, kind: null,
      source: { file: '/etc/x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', part: 1, lines: [1, 2] },
      evidence: {},
    });
    expect(r.success).toBe(false);
  });
});
