/**
 * A whole ingest run: list inputs, take each file through the pipeline, apply
 * overrides, validate against the shared schema, write, and report.
 * One bad file never stops the others; the exit code says whether all went through.
 */
import path from 'node:path';
import { formatIssues, reportSchema, type Report } from '../../src/lib/report-schema.ts';
import type { IngestOptions } from './cli-args.ts';
import { IdAllocator } from './identity.ts';
import { renderReport } from './markdown.ts';
import { OVERRIDES_NAME, overrideFor, readOverrides, readSidecar, type OverridesById, type Sidecar } from './overrides.ts';
import { processFile, type Draft, type FileResult } from './pipeline.ts';
import { ingestThreads, ProcessPool } from './process-pool.ts';
import { toProblem } from './problems.ts';
import { createProgress } from './progress.ts';
import { type InputEntry, listInputs, readInput } from './read-inputs.ts';
import { renderReview, REVIEW_NAME, type ReviewRow } from './review.ts';
import type { InputFile, Problem } from './types.ts';
import { cacheHolds, digestOf, readSourceCache, replayRows, type SourceCache, writeSourceCache } from './source-cache.ts';
import { readManifest, sha256, writeAtomic, writeManifest, writeReport, type Manifest, type ManifestEntry } from './write.ts';

export interface RunSummary {
  files: number;
  reports: number;
  written: number;
  unchanged: number;
  keptHandEdits: number;
  /** Source files skipped because neither they nor their reports changed since the last run. */
  cached: number;
  problems: Problem[];
  reviewFile?: string;
  exitCode: 0 | 1;
}

interface RunState {
  options: IngestOptions;
  outDir: string;
  manifest: Manifest;
  overrides: OverridesById;
  overridesLabel: string;
  ids: IdAllocator;
  rows: ReviewRow[];
  summary: RunSummary;
  /** What the last run made of each source, and what this run will leave for the next. */
  cache: SourceCache;
  nextCache: SourceCache;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function toReport(file: InputFile, draft: Draft, override: Record<string, unknown>, label: string): Report {
  const evidence = { ...draft.evidence };
  for (const field of Object.keys(override)) {
    (evidence as Record<string, string>)[field] = `编辑覆盖（${label}）`;
  }
  // An editor's year replaces the estimate; an override that sets year to null keeps it.
  const estimate = override.year === undefined || override.year === null ? draft.yearEstimate : null;
  return {
    ...draft.fields,
    ...override,
    anonymised: draft.anonymised,
    source: {
      file: file.relPath,
      sha256: file.sha256,
      encoding: draft.encoding,
      part: draft.part,
      lines: draft.lines,
    },
    evidence,
    ...(estimate ? { yearEstimate: estimate } : {}),
  } as Report;
}

async function handleDraft(state: RunState, file: InputFile, draft: Draft, parts: number, sidecar: Sidecar | undefined) {
  const id = state.ids.next(file.relPath, draft.part, parts);
  const override = overrideFor(id, draft.part, sidecar, state.overrides);
  const label = id in state.overrides ? state.overridesLabel : `${file.relPath}.meta.yaml`;
  const candidate = toReport(file, draft, override, label);
  const row: ReviewRow = { id, overridden: Object.keys(override), status: '', problems: [] };
  state.rows.push(row);

  const checked = reportSchema.safeParse(candidate);
  if (!checked.success) {
    row.report = candidate;
    row.status = 'error';
    for (const issue of formatIssues(checked.error)) {
      const problem: Problem = {
        severity: 'error',
        file: file.relPath,
        line: draft.lines[0],
        field: issue.split(':')[0],
        message: `report ${id} has invalid metadata: ${issue}`,
        hint: `correct it in ${state.overridesLabel} under "${id}:"`,
      };
      row.problems.push(problem);
      state.summary.problems.push(problem);
    }
    return;
  }
  const report = checked.data;
  row.report = report;
  state.summary.reports += 1;
  if (state.options.dryRun) {
    row.status = 'dry-run';
    return;
  }
  const target = path.join(state.outDir, `${id}.md`);
  const markdown = renderReport(report, draft.blocks);
  const outcome = await writeReport(target, markdown, state.manifest.reports[id], state.options.force);
  row.status = outcome;
  if (outcome === 'kept-hand-edit') {
    state.summary.keptHandEdits += 1;
    const problem: Problem = {
      severity: 'warning',
      file: file.relPath,
      line: draft.lines[0],
      message: `${path.join(state.options.out, `${id}.md`)} was edited by hand since the last ingest; kept it`,
      hint: 'move your edits into the overrides file, or re-run with --force to overwrite them',
    };
    row.problems.push(problem);
    state.summary.problems.push(problem);
    return;
  }
  if (outcome === 'written') state.summary.written += 1;
  else state.summary.unchanged += 1;
  state.manifest.reports[id] = { sha256: sha256(markdown), source: file.relPath, part: draft.part };
}

/** A file read ahead of its turn, its text steps started on a thread unless the last run's result will likely do. */
interface Prepared {
  file: InputFile;
  sidecar: Sidecar | undefined;
  /** What the source cache compares: the file's and its sidecar's digests. */
  source: { sha256: string; sidecar: string };
  processed?: Promise<FileResult>;
}

async function prepare(state: RunState, entry: InputEntry, pool: ProcessPool | null): Promise<Prepared> {
  const file = await readInput(entry);
  const sidecar = await readSidecar(entry.absPath, entry.relPath);
  const source = { sha256: file.sha256, sidecar: digestOf(sidecar) };
  const cached = state.cache.sources[file.relPath];
  // Whether the cache holds is decided in input order (ids depend on it); an unchanged source is only likely to be skipped.
  const unchanged = !state.options.force && !state.options.dryRun && cached?.sha256 === source.sha256 && cached.sidecar === source.sidecar;
  if (!pool || unchanged) return { file, sidecar, source };
  const processed = pool.process(file);
  processed.catch(() => {}); // Awaited in handleFile, in input order; not an unhandled rejection meanwhile.
  return { file, sidecar, source, processed };
}

async function handleFile(state: RunState, prepared: Prepared) {
  const { file, sidecar, source } = prepared;
  const cached = state.cache.sources[file.relPath];
  const reuse =
    !state.options.force &&
    !state.options.dryRun &&
    cacheHolds(cached, source, state.outDir, state.manifest.reports, (part, parts) => state.ids.next(file.relPath, part, parts));
  if (reuse) {
    const { rows, problems } = replayRows(cached);
    state.rows.push(...rows);
    state.summary.problems.push(...problems);
    state.summary.reports += cached.reports.length;
    state.summary.unchanged += cached.reports.length;
    state.summary.cached += 1;
    state.nextCache.sources[file.relPath] = cached;
    return;
  }
  const { drafts, problems } = await (prepared.processed ?? processFile(file));
  state.summary.problems.push(...problems);
  if (drafts.length === 0) {
    state.rows.push({ id: '', overridden: [], status: 'no-report', problems });
    return;
  }
  const firstRow = state.rows.length;
  for (const draft of drafts) await handleDraft(state, file, draft, drafts.length, sidecar);
  // File-level warnings (e.g. a repeated page body) are listed with the file's first report.
  state.rows[firstRow]?.problems.unshift(...problems);
  // Remember a source whose every report is written as ingest made it, to skip it next time.
  const rows = state.rows.slice(firstRow);
  if (rows.every((row) => (row.status === 'written' || row.status === 'unchanged') && state.manifest.reports[row.id])) {
    state.nextCache.sources[file.relPath] = {
      ...source,
      reports: rows.map((row) => ({ id: row.id, part: row.report?.source.part ?? 1, sha256: (state.manifest.reports[row.id] as ManifestEntry).sha256 })),
      rows,
    };
  }
}

export async function runIngest(options: IngestOptions): Promise<RunSummary> {
  const outDir = path.resolve(options.out);
  const summary: RunSummary = { files: 0, reports: 0, written: 0, unchanged: 0, keptHandEdits: 0, cached: 0, problems: [], exitCode: 0 };
  const listed = await listInputs(options.inputs);
  summary.problems.push(...listed.problems);
  const entries = listed.files.filter((f) => !isInside(path.resolve(f.absPath), outDir));
  const overridesFile = options.overrides ?? path.join(options.out, OVERRIDES_NAME);

  const state: RunState = {
    options,
    outDir,
    manifest: await readManifest(outDir),
    overrides: {},
    overridesLabel: overridesFile,
    ids: new IdAllocator(entries.map((e) => e.relPath)),
    rows: [],
    summary,
    // Read once the overrides are known (below).
    cache: { version: 0, code: '', overrides: '', sources: {} },
    nextCache: { version: 0, code: '', overrides: '', sources: {} },
  };
  try {
    state.overrides = await readOverrides(path.resolve(overridesFile), overridesFile);
  } catch (err) {
    summary.problems.push(toProblem(err, overridesFile));
  }
  state.cache = readSourceCache(outDir, digestOf(state.overrides));
  state.nextCache = { ...state.cache, sources: {} };

  const progress = createProgress(entries.length);
  // Files are read a few ahead and their text steps run on threads; reports are still written one file at a time, in input order.
  const threads = ingestThreads(entries.length);
  const pool = threads > 0 ? new ProcessPool(threads) : null;
  const ahead: Promise<Prepared>[] = [];
  let next = 0;
  try {
    for (const entry of entries) {
      while (next < entries.length && ahead.length <= 2 * threads) {
        const queued = prepare(state, entries[next++] as InputEntry, pool);
        queued.catch(() => {}); // Awaited below, in input order.
        ahead.push(queued);
      }
      summary.files += 1;
      try {
        await handleFile(state, await (ahead.shift() as Promise<Prepared>));
      } catch (err) {
        const problem = toProblem(err, entry.relPath);
        summary.problems.push(problem);
        state.rows.push({ id: '', overridden: [], status: 'error', problems: [problem] });
      }
      progress.tick(entry.relPath);
    }
  } finally {
    await pool?.close();
  }
  progress.done();

  if (!options.dryRun) {
    await writeManifest(outDir, state.manifest);
    await writeSourceCache(outDir, state.nextCache);
    summary.reviewFile = options.review ?? path.join(options.out, REVIEW_NAME);
    await writeAtomic(path.resolve(summary.reviewFile), renderReview(state.rows));
  }
  summary.exitCode = summary.problems.some((p) => p.severity === 'error') ? 1 : 0;
  return summary;
}
