/**
 * Parses reports for the indexer on worker threads, so Markdown parsing
 * and result files (about half of the indexing work) run beside the gram
 * index, which must take pages one by one in page order on the main
 * thread. Small jobs run on the calling thread: a thread needs a few
 * hundred milliseconds to load the Markdown parser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadsSetting, WorkerPool } from '../lib/worker-pool.ts';
import { type ParseBatch, parseBatch, type ParseResult } from './parse-job.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parse-worker.ts');

/** `HUIBAO_INDEX_THREADS` if it is a whole number, else one thread per core. */
export function indexThreads(env: Record<string, string | undefined> = process.env): number {
  return threadsSetting(env, 'HUIBAO_INDEX_THREADS');
}

export class ParsePool {
  private pool: WorkerPool<ParseBatch, ParseResult>;

  constructor(threads: number) {
    this.pool = new WorkerPool(WORKER, threads, (error) => new Error(error));
  }

  /** Parses a batch on the next thread in turn, or here when the pool has none. */
  run(batch: ParseBatch): Promise<ParseResult> {
    return this.pool.threads === 0 ? Promise.resolve(parseBatch(batch)) : this.pool.run(batch);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
