/**
 * Step 1 of ingest: the files and folders named on the command line → the
 * input files to read, each with a path relative to what was named (the only
 * path that ever reaches the output), and their bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './problems.ts';
import type { InputFile, Problem } from './types.ts';

export interface InputEntry {
  absPath: string;
  /** `/`-separated, relative to the folder named on the command line (a named file: its base name). */
  relPath: string;
}

/** Extensions ingest reads, lower case. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.csv', '.docx'] as const;
/** Larger inputs are refused: they are almost certainly not one report file, and would be held in memory whole. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const SUPPORTED = INPUT_EXTENSIONS.join(' ');

export interface ListOptions {
  /** Absolute folders not to walk into, e.g. the output folder when it lies inside an input folder. */
  exclude?: string[];
}

/** Lists the input files under `paths`, sorted by relPath; a path that cannot be used is a Problem. */
export async function listInputs(
  paths: string[],
  options: ListOptions = {},
): Promise<{ files: InputEntry[]; problems: Problem[] }> {
  const exclude = (options.exclude ?? []).map((p) => path.resolve(p));
  const files: InputEntry[] = [];
  const problems: Problem[] = [];
  for (const arg of paths) {
    const absPath = path.resolve(arg);
    let info;
    try {
      info = await stat(absPath);
    } catch (err) {
      problems.push(missing(arg, err));
      continue;
    }
    if (info.isDirectory()) {
      await walk(absPath, absPath, exclude, files, problems, arg);
    } else if (isSupported(absPath)) {
      files.push({ absPath, relPath: path.basename(absPath) });
    } else {
      problems.push(unsupported(arg));
    }
  }
  return { files: dedupe(files), problems };
}

/** Reads one listed file; refuses files over {@link MAX_INPUT_BYTES}. */
export async function readInput(entry: InputEntry): Promise<InputFile> {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: for thousands of small files it is several times
    // faster than the promise API's round trips through the thread pool.
    const { size } = statSync(entry.absPath);
    if (size > MAX_INPUT_BYTES) throw tooLarge(entry.relPath, size);
    bytes = readFileSync(entry.absPath);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(
      { file: entry.relPath, message: `cannot read the file: ${errorText(err)}`, hint: 'check that it exists and that you may read it' },
      { cause: err },
    );
  }
  // Checked again after reading, in case the file grew in between.
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(entry.relPath, bytes.length);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { relPath: entry.relPath, absPath: entry.absPath, bytes, sha256 };
}

const FOLDER_DOCS = /^(readme|sources|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

async function walk(
  root: string,
  dir: string,
  exclude: string[],
  files: InputEntry[],
  problems: Problem[],
  arg: string,
): Promise<void> {
  if (exclude.includes(dir)) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const rel = toRelPath(root, dir);
    problems.push({
      severity: 'error',
      file: rel ? `${arg.replace(/[\\/]+$/, '')}/${rel}` : arg,
      message: `cannot read the folder: ${errorText(err)}`,
      hint: 'check that you may read it, or leave it out of the input',
    });
    return;
  }
  for (const entry of entries) {
    // Hidden files and Office lock files (~$x.docx) are editor and tool leftovers, not reports;
    // a folder's README or SOURCES.md describes the folder. Named on the command line, they are read.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || FOLDER_DOCS.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A linked file is read; a linked folder is not walked, which rules out loops.
      isFile = await stat(full).then((s) => s.isFile(), () => false);
      isDir = false;
    }
    if (isDir) await walk(root, full, exclude, files, problems, arg);
    else if (isFile && isSupported(full)) files.push({ absPath: full, relPath: toRelPath(root, full) });
  }
}

function toRelPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function isSupported(file: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** Sorted by relPath (code units, not locale, so every machine agrees); a file named twice is listed once. */
function dedupe(files: InputEntry[]): InputEntry[] {
  const seen = new Set<string>();
  const unique = files.filter((f) => !seen.has(f.absPath) && seen.add(f.absPath));
  const key = (f: InputEntry) => `${f.relPath}\u0000${f.absPath}`;
  return unique.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function missing(arg: string, err: unknown): Problem {
  const notFound = (err as NodeJS.ErrnoException).code === 'ENOENT';
  return {
    severity: 'error',
    file: arg,
    message: notFound ? 'no such file or folder' : `cannot open: ${errorText(err)}`,
    hint: notFound
      ? `check the spelling; relative paths start from ${process.cwd()}`
      : 'check that you may read it',
  };
}

function unsupported(arg: string): Problem {
  const ext = path.extname(arg).toLowerCase();
  const hint = ext === '.doc' || ext === '.wps'
    ? 'open it in Word or WPS and save it as .docx'
    : `ingest reads ${SUPPORTED} files; save the text in one of these formats`;
  return { severity: 'error', file: arg, message: `unsupported file type "${ext || '(none)'}"`, hint };
}

function tooLarge(file: string, size: number): IngestError {
  const mb = (size / 1024 / 1024).toFixed(1);
  return new IngestError({
    file,
    message: `file is too large (${mb} MB)`,
    hint: `split it into files under ${MAX_INPUT_BYTES / 1024 / 1024} MB, e.g. one per report or per year`,
  });
}

/** The system error code (ENOENT, EACCES…) rather than its message, which holds the absolute path. */
function errorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code) return code;
  return err instanceof Error ? err.message : String(err);
}
