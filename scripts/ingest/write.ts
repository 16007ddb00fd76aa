/**
 * Writes report files without ever losing data: each write goes to a temp
 * file that is renamed over the target, unchanged files are not touched, and a
 * manifest of what ingest last wrote tells hand edits apart from our own output.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST_NAME = '_manifest.json';

export interface ManifestEntry {
  /** SHA-256 of the bytes ingest wrote. */
  sha256: string;
  /** Source file and part it came from. */
  source: string;
  part: number;
}

export interface Manifest {
  version: 1;
  reports: Record<string, ManifestEntry>;
}

export type WriteOutcome = 'written' | 'unchanged' | 'kept-hand-edit';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads the manifest of `outDir`; a missing one is empty, a broken one is an error with a fix. */
export async function readManifest(outDir: string): Promise<Manifest> {
  const file = path.join(outDir, MANIFEST_NAME);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { version: 1, reports: {} };
  }
  try {
    const parsed = JSON.parse(raw) as Manifest;
    if (parsed.version !== 1 || typeof parsed.reports !== 'object') throw new Error('unknown manifest version');
    return parsed;
  } catch (cause) {
    throw new Error(
      `${file} is not a valid ingest manifest; delete it and re-run with --force to rewrite every report`,
      { cause },
    );
  }
}

// File operations below are synchronous on purpose: for thousands of small
// reports they are several times faster than the promise API's thread-pool trips.

/** Writes `data` to `file` atomically: a reader sees the old bytes or the new, never half. */
export async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    try {
      writeFileSync(tmp, data);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, data);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function readIfExists(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Writes one report unless that would destroy a hand edit: a file whose bytes
 * differ from what the manifest says ingest wrote (or that ingest never wrote)
 * is kept unless `force` is set.
 */
export async function writeReport(
  file: string,
  data: string,
  previous: ManifestEntry | undefined,
  force: boolean,
): Promise<WriteOutcome> {
  const current = readIfExists(file);
  const next = sha256(data);
  if (current !== null) {
    const currentHash = sha256(current);
    if (currentHash === next) return 'unchanged';
    const ours = previous !== undefined && previous.sha256 === currentHash;
    if (!ours && !force) return 'kept-hand-edit';
  }
  await writeAtomic(file, data);
  return 'written';
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sorted: Manifest = { version: 1, reports: {} };
  for (const id of Object.keys(manifest.reports).sort()) sorted.reports[id] = manifest.reports[id] as ManifestEntry;
  await writeAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(sorted, null, 2)}\n`);
}
