/**
 * The year estimator on real reports whose year is known (tests/fixtures/real:
 * 国务院 reports of 1958, 1979, 2000, 2006, 2015 and three provincial reports
 * of 2026). Each goes through the ingest pipeline; every year written in the
 * text (2015年, 一九五八年) is then hidden as xxxx年, and the year is
 * estimated from the events the text still names. Two measures: the share
 * of reports whose estimated range holds the true year, and the share whose
 * estimate is exactly it. The second run hides the NPC session of the
 * delivery line too (第十二届全国人民代表大会第三次会议), which alone dates a
 * national report, to see what the rest of the table finds.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processFile } from '../../scripts/ingest/pipeline.ts';
import { readInput } from '../../scripts/ingest/read-inputs.ts';
import { YEAR_SRC } from '../../scripts/ingest/infer/year-tokens.ts';
import { estimateYear } from '../../scripts/ingest/infer/year-estimate.ts';
import type { Kind, YearEstimate } from '../../src/lib/report-schema.ts';
import { FIXTURES } from '../helpers/ingest-cli.ts';

const REAL = path.join(FIXTURES, 'real');
const WRITTEN_YEAR = new RegExp(`${YEAR_SRC}(?=[ \\u3000]*年)`, 'gu');
const NPC_SESSION = /第[一二三四五六七八九十]{1,3}届全国人民代表大会第[一二三四五六七八九十]{1,3}次会议/g;

interface Case {
  file: string;
  year: number;
  kind: Kind | null;
  text: string;
}

interface Outcome {
  file: string;
  year: number;
  estimate: YearEstimate | null;
}

const cases: Case[] = [];

beforeAll(async () => {
  for (const name of readdirSync(REAL).filter((n) => /^\d{4}.*\.(txt|csv)$/.test(n)).sort()) {
    const file = await readInput({ absPath: path.join(REAL, name), relPath: name });
    const { drafts } = await processFile(file);
    for (const draft of drafts) {
      const text = draft.blocks.map((b) => b.text).join('\n');
      cases.push({ file: name, year: Number(name.slice(0, 4)), kind: draft.fields.kind, text });
    }
  }
});

function run(hide: (text: string) => string): Outcome[] {
  return cases.map((c) => ({ file: c.file, year: c.year, estimate: estimateYear({ text: hide(c.text), kind: c.kind }) }));
}

const holds = (o: Outcome) => o.estimate !== null && o.estimate.from <= o.year && (o.estimate.to === null || o.year <= o.estimate.to);
const exact = (o: Outcome) => o.estimate?.year === o.year;

function report(title: string, outcomes: Outcome[]): { holds: number; exact: number } {
  const lines = outcomes.map((o) => {
    const e = o.estimate;
    const shown = e ? `${e.from}–${e.to ?? ''}` : '—';
    return `  ${o.file.padEnd(34)} true ${o.year}  estimate ${shown.padEnd(10)} ${exact(o) ? 'exact' : holds(o) ? 'holds' : 'MISS'}  ${e?.evidence[0]?.text ?? ''}`;
  });
  const share = { holds: outcomes.filter(holds).length, exact: outcomes.filter(exact).length };
  console.log(`${title}: range holds the true year ${share.holds}/${outcomes.length}, exact ${share.exact}/${outcomes.length}\n${lines.join('\n')}`);
  return share;
}

describe('known-year reports with their years hidden', () => {
  it('reads the eight reports and hides every written year', () => {
    expect(cases.map((c) => c.year)).toEqual([1958, 1979, 2000, 2006, 2015, 2026, 2026, 2026]);
    for (const c of cases) expect(c.text.replace(WRITTEN_YEAR, 'xxxx')).not.toMatch(/(?:19|20)\d\d年/);
  });

  it('estimates each one exactly', () => {
    const share = report('years hidden', run((t) => t.replace(WRITTEN_YEAR, 'xxxx')));
    expect(share).toEqual({ holds: 8, exact: 8 });
  });

  it('still holds every true year without the NPC session of the delivery line', () => {
    const share = report(
      'years and NPC sessions hidden',
      run((t) => t.replace(WRITTEN_YEAR, 'xxxx').replace(NPC_SESSION, '全国人民代表大会')),
    );
    expect(share.holds).toBe(8);
    expect(share.exact).toBeGreaterThanOrEqual(5);
  });

  it('quotes its evidence from the text', () => {
    for (const [i, o] of run((t) => t).entries()) {
      for (const c of [...(o.estimate?.evidence ?? []), ...(o.estimate?.setAside ?? [])]) {
        expect(cases[i]!.text, `${o.file}: ${c.text}`).toContain(c.text);
      }
    }
  });
});
