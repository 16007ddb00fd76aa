import { describe, expect, it } from 'vitest';
import { formatIssues, reportSchema, yearEstimateSchema } from '../../src/lib/report-schema.ts';

describe('report schema', () => {
  it('rejects an absolute source path', () => {
    const r = reportSchema.safeParse({
      title: 't', unit: null, level: null, year: null, anonymised: false, period: null, kind: null,
      source: { file: '/etc/x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', part: 1, lines: [1, 2] },
      evidence: {},
    });
    expect(r.success).toBe(false);
  });

  it('accepts a year estimate only when its bounds and year agree', () => {
    const evidence = [{ text: '心系雅安', event: '芦山地震', date: '2013-04-20', constraint: { from: 2013, to: 2013 }, rule: '当时的声援与救灾' }];
    const issues = (e: object) => {
      const r = yearEstimateSchema.safeParse({ evidence, ...e });
      return r.success ? [] : formatIssues(r.error);
    };
    expect(issues({ year: 2013, from: 2013, to: 2013 })).toEqual([]);
    expect(issues({ year: null, from: 2015, to: null })).toEqual([]);
    expect(issues({ year: 2013, from: 2013, to: 2014 })).toEqual(['year: year is set only when from and to are that year']);
    expect(issues({ year: null, from: 2014, to: 2013 })).toEqual(['to: from must not be after to']);
    expect(issues({ year: null, from: 2013, to: 2014, evidence: [{ ...evidence[0], date: 'April 2013' }] })).toEqual([
      'evidence.0.date: must be YYYY, YYYY-MM, YYYY-MM-DD or a period A/B',
    ]);
  });
});
