/** The worker pool behind the ingest's and the index's threads (scripts/lib/worker-pool.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../scripts/lib/worker-pool.ts';
import { ROOT } from '../helpers/build-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'huibao-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script: doubles a number, refuses a negative one, and dies at 13. */
const WORKER = join(dir, 'worker.ts');
writeFileSync(
  WORKER,
  `import { serveJobs } from ${JSON.stringify(join(ROOT, 'scripts/lib/worker-pool.ts'))};
serveJobs((n: number) => {
  if (n === 13) process.exit(3);
  if (n < 0) throw new Error('negative: ' + n);
  return n * 2;
}, (error) => 'refused ' + (error as Error).message);
`,
);

describe('WorkerPool', () => {
  it('answers each job by its number, across threads, and turns a refusal into the caller’s error', async () => {
    const pool = new WorkerPool<number, number>(WORKER, 2, (e) => new Error(e));
    try {
      expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10]);
      await expect(pool.run(-1)).rejects.toThrow('refused negative: -1');
      expect(await pool.run(21)).toBe(42);
    } finally {
      await pool.close();
    }
  });

  it('fails the jobs of a thread that dies, and every later one, instead of waiting for ever', async () => {
    const pool = new WorkerPool<number, number>(WORKER, 1, (e) => new Error(e));
    try {
      await expect(pool.run(13)).rejects.toThrow(/worker thread stopped/);
      await expect(pool.run(1)).rejects.toThrow(/worker thread stopped/);
    } finally {
      await pool.close();
    }
  });
});
