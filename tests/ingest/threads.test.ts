/**
 * The ingest's text steps on worker threads (scripts/ingest/process-pool.ts)
 * change nothing a person sees: the same reports, review table, manifest,
 * messages and exit code as on one thread, for good files and bad ones, and
 * a second run skips the same unchanged sources.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestThreads, THREADS_FROM } from '../../scripts/ingest/process-pool.ts';
import { FIXTURES, ROOT, tempDir } from '../helpers/ingest-cli.ts';

function run(input: string, out: string, threads: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), input, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HUIBAO_INGEST_THREADS: threads },
  });
  // The output folder is named in the summary: the same words whichever it is.
  const plain = (text: string) => text.replaceAll(out, '<out>');
  return { status: r.status, stdout: plain(r.stdout), stderr: plain(r.stderr) };
}

/** Every file a run wrote, by name. */
async function written(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(out)).sort()) files.set(name, await readFile(path.join(out, name), 'utf8'));
  return files;
}

describe('ingest on threads', () => {
  let input: string;
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    input = path.join(dir, 'in');
    await mkdir(path.join(input, '2013'), { recursive: true });
    await mkdir(path.join(input, '2014'), { recursive: true });
    for (const name of await readdir(path.join(FIXTURES, 'real'))) {
      if (name !== 'README.md') await copyFile(path.join(FIXTURES, 'real', name), path.join(input, name));
    }
    // Files that share a name (ids take their folder), many reports in one file, and bad inputs of every kind.
    await copyFile(path.join(FIXTURES, 'seed/seed.txt'), path.join(input, '2013', '总结.txt'));
    await copyFile(path.join(FIXTURES, 'seed/seed.txt'), path.join(input, '2014', '总结.txt'));
    await writeFile(path.join(input, 'empty.txt'), '');
    await writeFile(path.join(input, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(path.join(input, 'fake.docx'), '这不是一个 Word 文件。');
    const gbk = iconv.encode('　　我局在县委县政府的正确领导下，全年工作取得新进展。\n', 'gb18030');
    await writeFile(path.join(input, 'broken.txt'), Buffer.concat([gbk, Buffer.from([0x81, 0x20, 0xff, 0xff])]));
    for (let i = 0; i < 40; i++) {
      await writeFile(path.join(input, `xx县科技局2015年工作总结-${i}.txt`), `xx县科技局2015年工作总结\n\n一、主要工作\n\n　　今年我局共培训农民${i + 1}00人次。\n\n二、下一步打算\n\n　　继续推进科技特派员工作。\n`);
    }
  });

  it('writes the same files and says the same things as one thread, bad files included', async () => {
    const one = run(input, path.join(dir, 'one'), '0');
    const two = run(input, path.join(dir, 'two'), '2');
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/picture\.txt.*not a text file/);
    expect(one.stderr).toMatch(/fake\.docx/);
    expect(two).toEqual(one);
    const [a, b] = [await written(path.join(dir, 'one')), await written(path.join(dir, 'two'))];
    expect(a.size).toBeGreaterThan(50);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
  });

  it('skips the same unchanged sources on a second run', () => {
    const again = run(input, path.join(dir, 'two'), '2');
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/written 0, unchanged \d+/);
    expect(again.stdout).toEqual(run(input, path.join(dir, 'one'), '0').stdout);
  });

  it('uses threads for many files only, unless told', () => {
    expect(ingestThreads(THREADS_FROM - 1, {})).toBe(0);
    expect(ingestThreads(THREADS_FROM, {})).toBeGreaterThan(0);
    expect(ingestThreads(5, { HUIBAO_INGEST_THREADS: '3' })).toBe(3);
    expect(ingestThreads(5000, { HUIBAO_INGEST_THREADS: '0' })).toBe(0);
    expect(ingestThreads(5000, { HUIBAO_INGEST_THREADS: 'many' })).toBeGreaterThan(0);
  });
});
