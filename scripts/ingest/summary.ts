/** What a run prints: its problems on stderr, then a short summary on stdout. */
import type { IngestOptions } from './cli-args.ts';
import { formatProblem } from './problems.ts';
import type { RunSummary } from './run.ts';

export function printSummary(summary: RunSummary, options: IngestOptions): void {
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
      `  written ${summary.written}, unchanged ${summary.unchanged}, kept hand edits ${summary.keptHandEdits}` +
        (summary.cached ? ` (${summary.cached} unchanged source files skipped)` : ''),
    );
  }
  console.log(`  ${warnings.length} warnings, ${errors.length} errors`);
  if (summary.reviewFile) console.log(`  review table: ${summary.reviewFile}`);
  if (errors.length > 0) console.log('  Files with errors were skipped; fix them and run again.');
}
