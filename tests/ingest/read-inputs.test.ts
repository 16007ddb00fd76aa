import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../scripts/ingest/problems.ts';
import { listInputs, readInput } from '../../scripts/ingest/read-inputs.ts';

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'huibao-read-inputs-'));
  const files = [
    'in/b.txt',
    'in/a/z.md',
    'in/a/y.CSV',
    'in/a/deep/x.Docx',
    'in/a/notes.markdown',
    'in/skip.pdf',
    'in/.hidden.txt',
    'in/.git/c.txt',
    'in/~$draft.docx',
    'in/README.md',
    'in/a/SOURCES.md',
    'in/out/report.md',
    'single/报告.TXT',
    'single/old.doc',
    'single/image.png',
  ];
  for (const file of files) {
    await mkdir(path.dirname(at(file)), { recursive: true });
    await writeFile(at(file), 'abc');
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listInputs', () => {
  it('reads a README that is named on the command line', async () => {
    const { files } = await listInputs([at('in', 'README.md')]);
    expect(files.map((f) => f.relPath)).toEqual(['README.md']);
  });

  it('walks a folder: supported extensions in any case, sorted, hidden files, lock files and folder docs skipped', async () => {
    const { files, problems } = await listInputs([at('in')]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.relPath)).toEqual([
      'a/deep/x.Docx',
      'a/notes.markdown',
      'a/y.CSV',
      'a/z.md',
      'b.txt',
      'out/report.md',
    ]);
    expect(files[0]!.absPath).toBe(at('in', 'a', 'deep', 'x.Docx'));
  });

  it('never gives an absolute relPath or one with ..', async () => {
    const { files } = await listInputs([path.relative(process.cwd(), at('in')), `${at('in')}/`]);
    for (const { relPath } of files) {
      expect(path.isAbsolute(relPath)).toBe(false);
      expect(relPath.split('/')).not.toContain('..');
      expect(relPath).not.toContain('\\');
    }
  });

  it('does not walk into an excluded folder (the output folder)', async () => {
    const { files } = await listInputs([at('in')], { exclude: [at('in', 'out')] });
    expect(files.map((f) => f.relPath)).not.toContain('out/report.md');
    expect(files).toHaveLength(5);
  });

  it('takes a named file by its base name, whatever its folder', async () => {
    const { files, problems } = await listInputs([at('single', '报告.TXT')]);
    expect(problems).toEqual([]);
    expect(files).toEqual([{ absPath: at('single', '报告.TXT'), relPath: '报告.TXT' }]);
  });

  it('lists a file named twice once', async () => {
    const { files } = await listInputs([at('in', 'b.txt'), at('in', 'b.txt')]);
    expect(files).toHaveLength(1);
  });

  it('reports a named file of an unsupported type, with a hint', async () => {
    const { files, problems } = await listInputs([at('single', 'image.png'), at('single', 'old.doc')]);
    expect(files).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ severity: 'error', message: 'unsupported file type ".png"' });
    expect(problems[0]!.hint).toMatch(/\.txt \.md \.markdown \.csv \.docx/);
    expect(problems[1]!.hint).toMatch(/save it as \.docx/);
  });

  it('reports a path that does not exist and goes on with the others', async () => {
    const { files, problems } = await listInputs([at('nope'), at('in', 'b.txt')]);
    expect(files.map((f) => f.relPath)).toEqual(['b.txt']);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: at('nope'), message: 'no such file or folder' }),
    ]);
    expect(problems[0]!.hint).toMatch(/check the spelling/);
  });
});

describe('readInput', () => {
  it('reads the bytes and their SHA-256', async () => {
    const file = await readInput({ absPath: at('in', 'b.txt'), relPath: 'b.txt' });
    expect(file.relPath).toBe('b.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('abc');
    expect(file.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses a file over 64 MiB, naming its size', async () => {
    const big = at('big.txt');
    await writeFile(big, '');
    await truncate(big, 65 * 1024 * 1024); // sparse: no 65 MB written to disk
    const error = await readInput({ absPath: big, relPath: 'big.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).problem).toMatchObject({ file: 'big.txt', message: 'file is too large (65.0 MB)' });
    expect((error as IngestError).problem.hint).toMatch(/split it/);
  });

  it('turns a read failure into an IngestError without the absolute path', async () => {
    const error = await readInput({ absPath: at('gone.txt'), relPath: 'gone.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).problem.message).toBe('cannot read the file: ENOENT');
  });
});
