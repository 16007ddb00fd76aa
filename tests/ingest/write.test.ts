import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest, sha256, writeManifest, writeReport } from '../../scripts/ingest/write.ts';

async function tmp() {
  return mkdtemp(path.join(os.tmpdir(), 'huibao-write-'));
}

describe('writeReport', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'a.md');
    expect(await writeReport(file, 'one\n', undefined, false)).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('one\n');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('does not touch a file whose bytes are already right', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'same\n');
    expect(await writeReport(file, 'same\n', undefined, false)).toBe('unchanged');
  });

  it('replaces its own earlier output', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'old\n');
    const entry = { sha256: sha256('old\n'), source: 'a.txt', part: 1 };
    expect(await writeReport(file, 'new\n', entry, false)).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('new\n');
  });

  it('keeps a hand edit unless forced', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'edited by hand\n');
    const entry = { sha256: sha256('what ingest wrote\n'), source: 'a.txt', part: 1 };
    expect(await writeReport(file, 'new\n', entry, false)).toBe('kept-hand-edit');
    expect(await readFile(file, 'utf8')).toBe('edited by hand\n');
    expect(await writeReport(file, 'new\n', undefined, false)).toBe('kept-hand-edit');
    expect(await writeReport(file, 'new\n', entry, true)).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('new\n');
  });
});

describe('manifest', () => {
  it('round-trips with sorted ids', async () => {
    const dir = await tmp();
    await writeManifest(dir, { version: 1, reports: { b: { sha256: 'x', source: 'b.txt', part: 1 }, a: { sha256: 'y', source: 'a.txt', part: 2 } } });
    const m = await readManifest(dir);
    expect(Object.keys(m.reports)).toEqual(['a', 'b']);
  });

  it('is empty when missing, and a broken one says how to recover', async () => {
    const dir = await tmp();
    expect((await readManifest(dir)).reports).toEqual({});
    await writeFile(path.join(dir, '_manifest.json'), '{oops');
    await expect(readManifest(dir)).rejects.toThrow(/delete it and re-run with --force/);
  });
});
