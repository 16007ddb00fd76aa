/**
 * `node scripts/bench/cpu-profile.ts <file.cpuprofile> [--top N]`
 *
 * Summarises a V8 CPU profile (as written by `node --cpu-prof`): self time
 * by function and by package or project folder, largest first. To profile
 * a build of the benchmark's corpus:
 *
 *   HUIBAO_CONTENT=<reports> HUIBAO_CACHE_DIR=<empty folder> node --cpu-prof \
 *     --cpu-prof-dir=<profile-dir> node_modules/astro/bin/astro.mjs build --outDir <dist>
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printTable, type Row } from './table.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<pkg>` (scoped too), a project folder such as `src/lib`, or `node:` internals. */
export function area(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node:';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const chunk = /\.prerender\/(?:chunks\/)?([^/_.]+)/.exec(url);
  if (chunk) return `bundle: ${chunk[1]}`;
  const local = /\/(src|scripts)\/([^/]+)/.exec(url);
  return local ? `${local[1]}/${local[2]}` : url.replace(/^file:\/\//, '');
}

export function selfTimes(profile: Profile): { byFunction: Map<string, number>; byArea: Map<string, number>; totalMs: number } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const file = url.split('/').slice(-1)[0] ?? '';
    const name = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byArea.set(area(url), (byArea.get(area(url)) ?? 0) + ms);
  });
  return { byFunction, byArea, totalMs: (profile.endTime - profile.startTime) / 1000 };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
  if (positionals.length !== 1) {
    console.error('usage: node scripts/bench/cpu-profile.ts <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const top = Number(values.top);
  const { byFunction, byArea, totalMs } = selfTimes(JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile);
  const rows = (m: Map<string, number>): Row[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => [k, ms / 1000, (ms / totalMs) * 100]);
  console.log(`profile: ${(totalMs / 1000).toFixed(1)} s`);
  printTable(['package or folder', 'self s', '%'], rows(byArea));
  printTable(['function', 'self s', '%'], rows(byFunction));
}
