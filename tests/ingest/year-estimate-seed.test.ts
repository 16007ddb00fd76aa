/**
 * The six reports of the bundled sample hide their years (xx年, 20xx年);
 * these are the years the estimator finds from the events they name, with
 * the phrases it rests on. Printed so a reader can check them against the text.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processFile, type Draft } from '../../scripts/ingest/pipeline.ts';
import { readInput } from '../../scripts/ingest/read-inputs.ts';
import { clueLabel, estimateLabel } from '../../src/lib/year-estimate-label.ts';
import { ingest, readReports, ROOT, tempDir } from '../helpers/ingest-cli.ts';

let drafts: Draft[] = [];

beforeAll(async () => {
  const file = await readInput({ absPath: path.join(ROOT, 'content/sources/工作总结选编.txt'), relPath: '工作总结选编.txt' });
  drafts = (await processFile(file)).drafts;
});

/** Part, label and the phrases of the evidence, as a reader would check them. */
function summary(d: Draft): string {
  const e = d.yearEstimate;
  return e ? `${d.part} ${estimateLabel(e)} ${e.evidence.map(clueLabel).join('；')}` : `${d.part} —`;
}

describe('the bundled sample', () => {
  it('gets a year estimate for each of its six reports', () => {
    console.log(drafts.map(summary).join('\n'));
    expect(drafts.map((d) => d.fields.year)).toEqual([null, null, null, null, null, null]);
    expect(drafts.map(summary)).toEqual([
      '1 约2013年 “心系雅安”（芦山地震，2013年4月20日）',
      '2 约2010年 “第十届科技活动周”（全国科技活动周，2010年）；“完成‘十二五’科技发展规划”（“十二五”时期，2011—2015年）',
      '3 约2013—2014年 “十八届三中全会精神”（十八届三中全会，2013年11月）；“十八大精神”（党的十八大，2012年11月）',
      '4 约2014年 “抗击‘威马逊’”（台风“威马逊”，2014年7月18日）；“开展党的群众路线教育实践活动”（党的群众路线教育实践活动，2013年6月—2014年10月）',
      '5 约2014年 “开展党的群众路线教育实践活动”（党的群众路线教育实践活动，2013年6月—2014年10月）',
      '6 不早于2015年 “众创空间”（众创空间，2015年1月）',
    ]);
  });

  it('explains each bound in the evidence', () => {
    const rules = drafts.map((d) => d.yearEstimate?.evidence[0]?.rule);
    expect(rules).toEqual([
      '当时的声援与救灾',
      '该届举办之年',
      '学习其精神：在十八届四中全会之前',
      '抗灾救灾之时',
      '活动开展期间（3月已在开展，而活动始于6月）',
      '提及：不早于其提出',
    ]);
  });

  it('is what content/reports holds', async () => {
    const written = await readReports(path.join(ROOT, 'content/reports'));
    expect(written.map((r) => r.data.yearEstimate ?? null)).toEqual(drafts.map((d) => d.yearEstimate));
  });

  it('gives way to an editor\'s year, and stays beside an editor\'s null', async () => {
    const out = path.join(await tempDir(), 'reports');
    const overrides = path.join(out, '..', 'overrides.yaml');
    await writeFile(overrides, 'gongzuozongjiexuanbian-1:\n  year: 2013\ngongzuozongjiexuanbian-2:\n  year: null\n  unit: xx县科技局\n');
    const r = ingest([path.join(ROOT, 'content/sources'), '--out', out, '--overrides', overrides, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const [first, second] = await readReports(out);
    expect(first!.data.year).toBe(2013);
    expect(first!.data.yearEstimate).toBeUndefined();
    expect(first!.raw).not.toContain('yearEstimate');
    expect(second!.data.yearEstimate?.year).toBe(2010);
  });
});
