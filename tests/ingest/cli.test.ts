/** The ingest CLI end to end: what an office sees when it runs `npm run ingest`. */
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ingest, parseReview, readReports, tempDir, type WrittenReport } from '../helpers/ingest-cli.ts';

const SEED = path.join(FIXTURES, 'seed/seed.txt');

describe('ingest of the seed sample', () => {
  let out: string;
  let reports: WrittenReport[];
  let first: ReturnType<typeof ingest>;

  beforeAll(async () => {
    out = path.join(await tempDir(), 'reports');
    first = ingest([SEED, '--out', out]);
    reports = await readReports(out);
  });

  it('exits 0 and writes six valid reports named after the source', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(reports.map((r) => r.id)).toEqual(['seed-1', 'seed-2', 'seed-3', 'seed-4', 'seed-5', 'seed-6']);
    expect(first.stdout).toMatch(/Ingested 6 reports from 1 files/);
  });

  it('records a relative source path, the hash, the encoding, the part and the line range', async () => {
    const bytes = await readFile(SEED);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(bytes).digest('hex');
    for (const [i, r] of reports.entries()) {
      expect(r.data.source).toMatchObject({ file: 'seed.txt', sha256: sha, encoding: 'utf-8', part: i + 1 });
    }
    expect(reports.map((r) => r.data.source.lines[0])).toEqual([1, 20, 62, 71, 99, 122]);
    expect(reports[0]!.data.source.lines[1]).toBe(19);
  });

  it('gives the first report its seven top-level headings', () => {
    const h2 = reports[0]!.body.split('\n').filter((l) => l.startsWith('## '));
    expect(h2).toHaveLength(7);
    expect(h2[0]).toMatch(/^## 一、完成国家科技进步示范区考核/);
  });

  it('writes a review table with a row, fields and evidence per report', async () => {
    const rows = parseReview(await readFile(path.join(out, '_review.csv'), 'utf8'));
    expect(rows.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    expect(rows[0]).toMatchObject({ status: 'written', file: 'seed.txt', part: '1', unit: 'xx区科技局' });
    expect(rows[0]!.evidence_unit).not.toBe('');
  });

  it('writes byte-identical files on a re-run and touches none of them', async () => {
    const before = await Promise.all(reports.map((r) => stat(path.join(out, `${r.id}.md`))));
    const again = ingest([SEED, '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/written 0, unchanged 6/);
    const after = await readReports(out);
    expect(after.map((r) => r.raw)).toEqual(reports.map((r) => r.raw));
    const times = await Promise.all(reports.map((r) => stat(path.join(out, `${r.id}.md`))));
    expect(times.map((t) => t.mtimeMs)).toEqual(before.map((t) => t.mtimeMs));
  });

  it('keeps a report edited by hand, and overwrites it only with --force', async () => {
    const file = path.join(out, 'seed-2.md');
    const edited = `${await readFile(file, 'utf8')}\n编辑手工补充的一段。\n`;
    await writeFile(file, edited);
    const kept = ingest([SEED, '--out', out]);
    expect(kept.status).toBe(0);
    expect(kept.stderr).toMatch(/seed-2\.md was edited by hand since the last ingest/);
    expect(kept.stderr).toMatch(/--force/);
    expect(await readFile(file, 'utf8')).toBe(edited);
    const forced = ingest([SEED, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(reports[1]!.raw);
  });
});

describe('overrides', () => {
  it('win over inference and say so in the evidence', async () => {
    const out = path.join(await tempDir(), 'reports');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, '_overrides.yaml'), 'seed-3:\n  year: 2014\n  unit: 某市人民检察院预防科\n');
    const r = ingest([SEED, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const third = (await readReports(out))[2]!;
    expect(third.data.year).toBe(2014);
    expect(third.data.unit).toBe('某市人民检察院预防科');
    expect(third.data.evidence.year).toMatch(/编辑覆盖/);
    const rows = parseReview(await readFile(path.join(out, '_review.csv'), 'utf8'));
    expect(rows[2]!.overridden.split(' ').sort()).toEqual(['unit', 'year']);
  });

  it('that are invalid stop nothing else and name the field', async () => {
    const out = path.join(await tempDir(), 'reports');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, '_overrides.yaml'), 'seed-3:\n  level: 国家级\n');
    const r = ingest([SEED, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/_overrides\.yaml.*seed-3\.level/s);
    expect((await readReports(out)).length).toBe(6);
  });
});

describe('bad input', () => {
  let dir: string;
  let out: string;
  let result: ReturnType<typeof ingest>;

  beforeAll(async () => {
    dir = await tempDir();
    out = path.join(dir, 'out');
    const input = path.join(dir, 'in');
    await mkdir(path.join(input, 'sub'), { recursive: true });
    await copyFile(SEED, path.join(input, 'sub', '好.txt'));
    await writeFile(path.join(input, 'empty.txt'), '');
    await writeFile(path.join(input, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const gbk = iconv.encode('　　我局在县委县政府的正确领导下，全年工作取得新进展。\n', 'gb18030');
    await writeFile(path.join(input, 'broken.txt'), Buffer.concat([gbk, Buffer.from([0x81, 0x20, 0xff, 0xff])]));
    result = ingest([input, '--out', out]);
  });

  it('exits 1, and still writes every good report', async () => {
    expect(result.status).toBe(1);
    const reports = await readReports(out);
    expect(reports).toHaveLength(6);
    expect(reports[0]!.data.source.file).toBe('sub/好.txt');
  });

  it('names each bad file with what is wrong', () => {
    expect(result.stderr).toMatch(/empty\.txt.*empty/);
    expect(result.stderr).toMatch(/picture\.txt.*not a text file/);
    expect(result.stderr).toMatch(/broken\.txt \(byte \d+\)/);
    expect(result.stdout).toMatch(/3 errors/);
  });

  it('lists the failed files in the review table', async () => {
    const rows = parseReview(await readFile(path.join(out, '_review.csv'), 'utf8'));
    const failed = rows.filter((r) => r.status === 'error').map((r) => r.file).sort();
    expect(failed).toEqual(['broken.txt', 'empty.txt', 'picture.txt']);
  });

  it('never writes an absolute path into a report', async () => {
    for (const r of await readReports(out)) expect(r.raw).not.toContain(dir);
  });
});

describe('usage', () => {
  it('exits 2 with help when no input is named', () => {
    const r = ingest([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: npm run ingest/);
  });

  it('exits 2 on an unknown option', () => {
    expect(ingest([SEED, '--frobnicate']).status).toBe(2);
  });

  it('exits 1 naming a path that does not exist', () => {
    const r = ingest(['no/such/folder', '--dry-run']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/folder/);
  });

  it('writes nothing with --dry-run', async () => {
    const out = path.join(await tempDir(), 'reports');
    const r = ingest([SEED, '--out', out, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/dry run/);
    await expect(readdir(out)).rejects.toThrow();
  });
});
