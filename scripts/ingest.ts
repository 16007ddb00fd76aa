/**
 * `npm run ingest -- <files or folders…> [--out DIR] [--force] [--dry-run]`
 * Exit 0 when every input went through, 1 when any failed, 2 on bad usage.
 */
import { parseCliArgs, USAGE, UsageError } from './ingest/cli-args.ts';
import { runIngest } from './ingest/run.ts';
import { printSummary } from './ingest/summary.ts';

async function main(): Promise<number> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`error: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const summary = await runIngest(options);
  printSummary(summary, options);
  return summary.exitCode;
}

process.exitCode = await main();
