/** Worker thread of ParsePool: runs parse jobs (parse-job.ts) as they come. */
import { parentPort } from 'node:worker_threads';
import { type ParseBatch, parseBatch } from './parse-job.ts';

parentPort?.on('message', ({ seq, batch }: { seq: number; batch: ParseBatch }) => {
  try {
    parentPort?.postMessage({ seq, result: parseBatch(batch) });
  } catch (error) {
    parentPort?.postMessage({ seq, error: (error as Error).stack ?? String(error) });
  }
});
