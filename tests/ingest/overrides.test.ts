import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overrideFor, readOverrides, readSidecar } from '../../scripts/ingest/overrides.ts';
import { IngestError } from '../../scripts/ingest/problems.ts';

async function tmp() {
  return mkdtemp(path.join(os.tmpdir(), 'huibao-overrides-'));
}

describe('overrides', () => {
  it('reads corrections keyed by report id', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'o.yaml');
    await writeFile(file, 'seed-1:\n  year: 2013\n  unit: 长春市绿园区科技局\n  level: 区\n');
    expect(await readOverrides(file, 'o.yaml')).toEqual({ 'seed-1': { year: 2013, unit: '长春市绿园区科技局', level: '区' } });
  });

  it('is empty when the file does not exist', async () => {
    expect(await readOverrides(path.join(await tmp(), 'none.yaml'), 'none.yaml')).toEqual({});
  });

  it('names the line of a YAML syntax error', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'o.yaml');
    await writeFile(file, 'seed-1:\n  year: 2013\n   unit: [broken\n');
    const err = await readOverrides(file, 'o.yaml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).problem.file).toBe('o.yaml');
    expect((err as IngestError).problem.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects unknown fields and bad values with the allowed ones', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'o.yaml');
    await writeFile(file, 'seed-1:\n  level: 国家\n  colour: red\n');
    const err = (await readOverrides(file, 'o.yaml').catch((e: unknown) => e)) as IngestError;
    expect(err.problem.message).toMatch(/seed-1\.level/);
    expect(err.problem.message).toMatch(/colour/);
    expect(err.problem.hint).toMatch(/title, unit, level, year, period, kind/);
  });

  it('lets the overrides file win over a sidecar, and a sidecar part win over its whole-file fields', async () => {
    const dir = await tmp();
    const source = path.join(dir, 'a.txt');
    await writeFile(`${source}.meta.yaml`, 'unit: 甲局\nyear: 2014\nparts:\n  "2":\n    year: 2015\n');
    const sidecar = await readSidecar(source, 'a.txt');
    expect(overrideFor('a-1', 1, sidecar, {})).toEqual({ unit: '甲局', year: 2014 });
    expect(overrideFor('a-2', 2, sidecar, {})).toEqual({ unit: '甲局', year: 2015 });
    expect(overrideFor('a-2', 2, sidecar, { 'a-2': { year: 2016 } })).toEqual({ unit: '甲局', year: 2016 });
    expect(await readSidecar(path.join(dir, 'b.txt'), 'b.txt')).toBeUndefined();
  });
});
