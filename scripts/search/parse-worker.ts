/** Worker thread of ParsePool: runs parse jobs (parse-job.ts) as they come, and answers each by its number. */
import { serveJobs } from '../lib/worker-pool.ts';
import { type ParseBatch, parseBatch } from './parse-job.ts';

serveJobs((batch: ParseBatch) => parseBatch(batch), (error) => (error instanceof Error ? (error.stack ?? error.message) : String(error)));
