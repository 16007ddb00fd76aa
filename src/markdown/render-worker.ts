/** A worker thread of the render pool (render-pool.ts): runs render jobs and answers each by its number. */
import { parentPort } from 'node:worker_threads';
import { renderJob, type RenderJob } from './render-job.ts';

parentPort!.on('message', ({ seq, job }: { seq: number; job: RenderJob }) => {
  renderJob(job).then(
    (result) => parentPort!.postMessage({ seq, result }),
    (error: unknown) => parentPort!.postMessage({ seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
