/**
 * The raw material of the realistic benchmark corpus: every paragraph,
 * sentence and heading of the real texts bundled with the project (the seed
 * sample and the national and provincial reports in tests/fixtures/real).
 * They are read through the ingest CLI itself, so GBK decoding, CSV columns
 * and web-page furniture are handled exactly as for real inputs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../ingest/run.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INPUTS = ['content/sources/工作总结选编.txt', 'tests/fixtures/real'].map((p) => path.join(ROOT, p));

export interface CorpusSources {
  /** Body paragraphs, at least 40 characters, numbering and indentation removed. */
  paragraphs: string[];
  /** Sentences of those paragraphs (ending in 。！？；), for recombined paragraphs. */
  sentences: string[];
  /** Section headings without their numbering (`一、`, `（二）`). */
  headings: string[];
}

const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．]|（\d+）)\s*/u;

/** Splits a report's Markdown body into headings and paragraphs. */
function collect(markdown: string, into: CorpusSources): void {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  for (const block of body.split(/\n{2,}/)) {
    const line = block.replace(/\s+/g, ' ').trim();
    if (line.startsWith('#')) {
      const heading = line.replace(/^#+\s*/, '').replace(NUMBERING, '').trim();
      if (heading.length >= 4 && heading.length <= 40) into.headings.push(heading);
    } else if (line.length >= 40 && !/^[<>!\[]/.test(line)) {
      const paragraph = line.replace(NUMBERING, '');
      into.paragraphs.push(paragraph);
      for (const s of paragraph.match(/[^。！？；]+[。！？；]/gu) ?? []) if (s.length >= 12) into.sentences.push(s.trim());
    }
  }
}

/** Ingests the bundled real texts into a temporary folder and reads their paragraphs back. */
export async function loadCorpusSources(): Promise<CorpusSources> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'huibao-corpus-'));
  try {
    await runIngest({ inputs: INPUTS, out, force: false, dryRun: false, quiet: true });
    const sources: CorpusSources = { paragraphs: [], sentences: [], headings: [] };
    for (const name of readdirSync(out).sort()) {
      if (name.endsWith('.md') && !name.startsWith('_')) collect(readFileSync(path.join(out, name), 'utf8'), sources);
    }
    // Distinct entries only, in a stable order, so the corpus is the same on every machine.
    const unique = (list: string[]) => [...new Set(list)];
    return { paragraphs: unique(sources.paragraphs), sentences: unique(sources.sentences), headings: unique(sources.headings) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
