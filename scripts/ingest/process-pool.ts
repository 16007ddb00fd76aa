/**
 * Runs the text steps of the ingest (`processFile`: decode, formats, clean,
 * split, structure, infer) on worker threads, a file per job, while the
 * calling thread reads the next files and writes the reports of the last
 * ones in input order. Those steps are a function of the file's bytes
 * alone, so where they run changes nothing in the output; ids, overrides,
 * validation and writing stay on the calling thread, in order.
 *
 * A run of few files uses no thread (one needs a few hundred milliseconds
 * to load the ingest's modules); `HUIBAO_INGEST_THREADS` sets the number,
 * 0 for none.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from './pipeline.ts';
import { IngestError } from './problems.ts';
import type { InputFile, Problem } from './types.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'process-worker.ts');

/** Files below which a run uses no thread. */
export const THREADS_FROM = 64;

/** `HUIBAO_INGEST_THREADS` if it is a whole number, else one thread per core (none for fewer than THREADS_FROM files). */
export function ingestThreads(files: number, env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.HUIBAO_INGEST_THREADS);
  if (env.HUIBAO_INGEST_THREADS !== undefined && env.HUIBAO_INGEST_THREADS !== '' && Number.isInteger(n) && n >= 0) return n;
  return files < THREADS_FROM ? 0 : availableParallelism();
}

/** What a worker answers: the file's drafts, or the problem that stopped it (an IngestError's, or an unexpected failure's). */
export type ProcessAnswer = { seq: number; result: FileResult } | { seq: number; problem: Problem };

export class ProcessPool {
  private workers: Worker[] = [];
  private pending = new Map<number, { resolve: (r: FileResult) => void; reject: (e: Error) => void }>();
  private seq = 0;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER);
      worker.on('message', (answer: ProcessAnswer) => {
        const job = this.pending.get(answer.seq);
        this.pending.delete(answer.seq);
        if ('problem' in answer) job?.reject(new IngestError(answer.problem));
        else job?.resolve(answer.result);
      });
      worker.on('error', (error) => {
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Starts the text steps of a file on the next thread in turn. */
  process(file: InputFile): Promise<FileResult> {
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, file });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
