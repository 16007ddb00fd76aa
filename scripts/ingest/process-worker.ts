/** A worker thread of ProcessPool: takes files through `processFile` and answers each by its number. */
import { serveJobs } from '../lib/worker-pool.ts';
import { processFile } from './pipeline.ts';
import { toProblem } from './problems.ts';
import type { InputFile } from './types.ts';

serveJobs(
  // The bytes arrive as a plain Uint8Array; the steps read them as the Buffer readInput made.
  (file: InputFile) => processFile({ ...file, bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) }),
  (error, file) => toProblem(error, file.relPath),
);
