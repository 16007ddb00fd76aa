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
import { threadsSetting, WorkerPool } from '../lib/worker-pool.ts';
import type { FileResult } from './pipeline.ts';
import { IngestError } from './problems.ts';
import type { InputFile, Problem } from './types.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'process-worker.ts');

/** Files below which a run uses no thread. */
export const THREADS_FROM = 64;

/** `HUIBAO_INGEST_THREADS` if it is a whole number, else one thread per core (none for fewer than THREADS_FROM files). */
export function ingestThreads(files: number, env: Record<string, string | undefined> = process.env): number {
  return threadsSetting(env, 'HUIBAO_INGEST_THREADS', () => (files < THREADS_FROM ? 0 : availableParallelism()));
}

/** Runs `processFile` on threads; a job rejects with the IngestError of the problem that stopped it. */
export class ProcessPool {
  private pool: WorkerPool<InputFile, FileResult, Problem>;

  constructor(threads: number) {
    this.pool = new WorkerPool(WORKER, threads, (problem) => new IngestError(problem));
  }

  /** Starts the text steps of a file on the next thread in turn. */
  process(file: InputFile): Promise<FileResult> {
    return this.pool.run(file);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
