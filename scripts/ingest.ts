/**
 * `npm run ingest -- <files or folders…> [--out DIR] [--force] [--dry-run]`
 * Exit 0 when every input went through, 1 when any failed, 2 on bad usage.
 */
import { parseCliArgs, USAGE, UsageError, type IngestOptions } from './ingest/cli-args.ts';
import { formatProblem } from './ingest/problems.ts';
import { runIngest, type RunSummary } from './ingest/run.ts';

function printSummary(summary: RunSummary, options: IngestOptions): void {
  const errors = summary.problems.filter((p) => p.severity === 'error');
  const warnings = summary.problems.filter((p) => p.severity === 'warning');
  for (const p of [...warnings, ...errors]) {
    if (options.quiet && p.severity === 'warning') continue;
    console.error(formatProblem(p));
  }
  const target = options.dryRun ? `${options.out} (dry run: nothing written)` : options.out;
  console.log(`\nIngested ${summary.reports} reports from ${summary.files} files → ${target}`);
  if (!options.dryRun) {
    console.log(
      `  written ${summary.written}, unchanged ${summary.unchanged}, kept hand edits ${summary.keptHandEdits}`,
    );
  }
  console.log(`  ${warnings.length} warnings, ${errors.length} errors`);
  if (summary.reviewFile) console.log(`  review table: ${summary.reviewFile}`);
  if (errors.length > 0) console.log('  Files with errors were skipped; fix them and run again.');
}

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
