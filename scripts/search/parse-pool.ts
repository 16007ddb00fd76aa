/**
 * Parses reports for the indexer on worker threads, so Markdown parsing
 * and result files (about half of the indexing work) run beside the gram
 * index, which must take pages one by one in page order on the main
 * thread. Small jobs run on the calling thread: a thread needs a few
 * hundred milliseconds to load the Markdown parser.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ParseBatch, parseBatch, type ParseResult } from './parse-job.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parse-worker.ts');

/** `HUIBAO_INDEX_THREADS` if it is a whole number, else one thread per core. */
export function indexThreads(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.HUIBAO_INDEX_THREADS);
  return env.HUIBAO_INDEX_THREADS !== undefined && Number.isInteger(n) && n >= 0 ? n : availableParallelism();
}

export class ParsePool {
  private workers: Worker[] = [];
  private pending = new Map<number, { resolve: (r: ParseResult) => void; reject: (e: Error) => void }>();
  private seq = 0;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER);
      worker.on('message', ({ seq, result, error }: { seq: number; result?: ParseResult; error?: string }) => {
        const job = this.pending.get(seq);
        this.pending.delete(seq);
        if (error !== undefined) job?.reject(new Error(error));
        else job?.resolve(result as ParseResult);
      });
      worker.on('error', (error) => {
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
  }

  /** Parses a batch on the next thread in turn, or here when the pool has none. */
  run(batch: ParseBatch): Promise<ParseResult> {
    if (this.workers.length === 0) return Promise.resolve(parseBatch(batch));
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, batch });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
