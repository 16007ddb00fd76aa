/** The dated-event table is data a person edits: these checks catch a mistyped entry before it misdates a report. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DATED_EVENTS } from '../../scripts/ingest/data/dated-events.ts';
import { indexText, mayMatch, requirementsOf } from '../../scripts/ingest/infer/required-literals.ts';
import { FIXTURES, ROOT } from '../helpers/ingest-cli.ts';

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const patternsOf = (e: (typeof DATED_EVENTS)[number]) => [...e.patterns, ...(e.current ?? [])];

describe('dated-event table', () => {
  it('has unique ids and names, and a source without a URL for each entry', () => {
    expect(new Set(DATED_EVENTS.map((e) => e.id)).size).toBe(DATED_EVENTS.length);
    expect(new Set(DATED_EVENTS.map((e) => e.name)).size).toBe(DATED_EVENTS.length);
    for (const e of DATED_EVENTS) {
      expect(e.id, e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.source.length, e.id).toBeGreaterThan(4);
      expect(e.source, e.id).not.toMatch(/https?:|www\./);
    }
  });

  it('gives real dates, ends after starts, and numbered editions in order', () => {
    for (const e of DATED_EVENTS) {
      expect(e.date, e.id).toMatch(DATE);
      if (e.until) {
        expect(e.until, e.id).toMatch(DATE);
        expect(e.until >= e.date, e.id).toBe(true);
      }
      const editions = e.editions;
      if (editions && 'years' in editions) expect([...editions.years].sort(), e.id).toEqual(editions.years);
      if (editions && 'terms' in editions) expect(editions.terms.flat().every((y, i, all) => i === 0 || y > all[i - 1]!), e.id).toBe(true);
      if (e.kind === 'plan') expect(e.until, e.id).toBeDefined();
    }
  });

  it('has patterns that compile, and numbered events that capture their number', () => {
    for (const e of DATED_EVENTS) {
      for (const p of patternsOf(e)) expect(() => new RegExp(p, 'u'), `${e.id}: ${p}`).not.toThrow();
      if (e.editions) expect(e.patterns.some((p) => p.includes('(?<n>')), e.id).toBe(true);
    }
  });

  it('skips a text only when it lacks what a match needs', () => {
    expect(requirementsOf('党的十八大')).toHaveLength(1);
    expect(requirementsOf('(?:心系|情系)雅安|为雅安祈福')).toHaveLength(2);
    expect(requirementsOf('SARS')).toBeNull();
    expect(requirementsOf('台风[“"]?山竹[”"]?')).toEqual([expect.objectContaining({ codes: [...'台风山竹'].map((c) => c.charCodeAt(0)) })]);
    expect(mayMatch(requirementsOf('十八届三中全会'), indexText('贯彻十八届三中全会精神'))).toBe(true);
    expect(mayMatch(requirementsOf('十八届三中全会'), indexText('十八届四中全会，三中队'))).toBe(false);
  });

  it('never skips a text that a pattern matches (every match in the real and sample texts)', () => {
    const texts = [
      readFileSync(path.join(ROOT, 'content/sources/工作总结选编.txt'), 'utf8'),
      ...readdirSync(path.join(ROOT, 'content/reports'))
        .filter((n) => n.endsWith('.md'))
        .map((n) => readFileSync(path.join(ROOT, 'content/reports', n), 'utf8')),
      ...readdirSync(path.join(FIXTURES, 'real'))
        .filter((n) => /\.(csv|txt)$/.test(n))
        // The .txt reports are GBK (see tests/fixtures/real/README.md).
        .map((n) => (n.endsWith('.csv') ? readFileSync(path.join(FIXTURES, 'real', n), 'utf8') : iconv.decode(readFileSync(path.join(FIXTURES, 'real', n)), 'gb18030'))),
    ];
    let matches = 0;
    for (const e of DATED_EVENTS) {
      for (const p of patternsOf(e)) {
        const required = requirementsOf(p);
        for (const text of texts) {
          for (const m of text.matchAll(new RegExp(p, 'gu'))) {
            matches++;
            expect(mayMatch(required, indexText(m[0])), `${e.id}: ${p} on ${m[0]}`).toBe(true);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(50);
  });
});
