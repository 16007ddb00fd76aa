/**
 * Renders report Markdown on worker threads, one per core, for the content
 * sync (report-loader.ts). Rendering is most of the sync's CPU time and each
 * report is independent, so a cold build of a large archive renders on every
 * core. A rebuild renders a few reports: the first `inlineFirst` jobs run on
 * the calling thread, and threads are started only if more come, because a
 * thread needs a few hundred milliseconds to load the Markdown pipeline.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderJob, type RenderJob, type RenderResult } from './render-job.ts';

export interface RenderPoolOptions {
  /** Worker threads; 0 renders everything on the calling thread. Default: one per core (`HUIBAO_RENDER_THREADS`). */
  threads?: number;
  /** Jobs rendered on the calling thread before any thread is started. Default 32. */
  inlineFirst?: number;
}

interface Pending {
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

// Not `new URL(…, import.meta.url)`: Vite would take that for an asset to bundle.
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');

/** `HUIBAO_RENDER_THREADS` if it is a whole number, else one thread per core. */
export function defaultThreads(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.HUIBAO_RENDER_THREADS);
  return env.HUIBAO_RENDER_THREADS !== undefined && Number.isInteger(n) && n >= 0 ? n : availableParallelism();
}

export class RenderPool {
  readonly #threads: number;
  #inline: number;
  #workers: { worker: Worker; busy: number }[] = [];
  #pending = new Map<number, Pending & { worker: Worker }>();
  #seq = 0;

  constructor({ threads = defaultThreads(), inlineFirst = 32 }: RenderPoolOptions = {}) {
    this.#threads = threads;
    this.#inline = inlineFirst;
  }

  /** Renders one report; results come back in any order, so callers keep their own. */
  render(job: RenderJob): Promise<RenderResult> {
    if (this.#threads === 0 || this.#inline > 0) {
      this.#inline--;
      return renderJob(job);
    }
    if (this.#workers.length === 0) this.#start();
    // The least busy thread: reports differ in length.
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.#seq++;
    // An idle thread does not keep the process alive (unref), a busy one does.
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise<RenderResult>((resolve, reject) => {
      this.#pending.set(seq, { resolve, reject, worker: slot.worker });
      slot.worker.postMessage({ seq, job });
    }).finally(() => {
      if (--slot.busy === 0) slot.worker.unref();
    });
  }

  /** Stops the threads; call it when done, or the process would wait for them. */
  async close(): Promise<void> {
    const workers = this.#workers.map((w) => w.worker);
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  #start(): void {
    for (let i = 0; i < this.#threads; i++) {
      const worker = new Worker(WORKER);
      worker.unref(); // Idle: a forgotten close() must not keep the build running.
      worker.on('message', ({ seq, result, error }: { seq: number; result?: RenderResult; error?: string }) => {
        const pending = this.#pending.get(seq);
        this.#pending.delete(seq);
        if (error !== undefined) pending?.reject(new Error(error));
        else pending?.resolve(result!);
      });
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => this.#fail(worker, new Error(`render thread stopped (exit code ${code})`)));
      this.#workers.push({ worker, busy: 0 });
    }
  }

  #fail(worker: Worker, error: Error): void {
    for (const [seq, pending] of this.#pending) {
      if (pending.worker !== worker) continue;
      this.#pending.delete(seq);
      pending.reject(error);
    }
  }
}
