/**
 * A fixed set of worker threads that run one kind of job, handed out in
 * turn, each answered by its number: the ingest's text steps
 * (scripts/ingest/process-pool.ts) and the index's parsing
 * (scripts/search/parse-pool.ts). A worker script answers every
 * `{ seq, job }` with `{ seq, result }` or `{ seq, error }` (see `serveJobs`).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/** The thread count a `HUIBAO_*_THREADS` variable sets (a whole number, 0 for none), or `fallback()` when it is unset or not one. */
export function threadsSetting(env: Record<string, string | undefined>, name: string, fallback: () => number = availableParallelism): number {
  const value = env[name];
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback();
}

export type Answer<R, E> = { seq: number; result: R } | { seq: number; error: E };

export class WorkerPool<J, R, E = string> {
  private workers: Worker[] = [];
  private pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private broken: Error | null = null;
  private closing = false;

  /** `failure` turns a worker's `error` into the Error its job rejects with. */
  constructor(file: string, threads: number, failure: (error: E) => Error) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(file);
      worker.on('message', (answer: Answer<R, E>) => {
        const job = this.pending.get(answer.seq);
        this.pending.delete(answer.seq);
        if ('error' in answer) job?.reject(failure(answer.error));
        else job?.resolve(answer.result);
      });
      // A thread that dies fails its jobs and every later one, rather than leaving them waiting.
      const fail = (error: Error): void => {
        this.broken ??= error;
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!this.closing) fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Runs a job on the next thread in turn. The pool must have a thread. */
  run(job: J): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, job });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

/** In a worker script: answers each job with `work`'s result, or with `failure` of what it threw. */
export function serveJobs<J, R, E>(work: (job: J) => R | Promise<R>, failure: (error: unknown, job: J) => E): void {
  parentPort?.on('message', ({ seq, job }: { seq: number; job: J }) => {
    Promise.resolve()
      .then(() => work(job))
      .then(
        (result) => parentPort?.postMessage({ seq, result } satisfies Answer<R, E>),
        (error: unknown) => parentPort?.postMessage({ seq, error: failure(error, job) } satisfies Answer<R, E>),
      );
  });
}
