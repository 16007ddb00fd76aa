/** A worker thread of ProcessPool: takes files through `processFile` and answers each by its number. */
import { parentPort } from 'node:worker_threads';
import { processFile } from './pipeline.ts';
import { toProblem } from './problems.ts';
import type { ProcessAnswer } from './process-pool.ts';
import type { InputFile } from './types.ts';

parentPort?.on('message', ({ seq, file }: { seq: number; file: InputFile }) => {
  // The bytes arrive as a plain Uint8Array; the steps read them as the Buffer readInput made.
  const input: InputFile = { ...file, bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) };
  processFile(input).then(
    (result) => parentPort?.postMessage({ seq, result } satisfies ProcessAnswer),
    (error: unknown) => parentPort?.postMessage({ seq, problem: toProblem(error, file.relPath) } satisfies ProcessAnswer),
  );
});
