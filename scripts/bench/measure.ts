/**
 * Runs one benchmark stage as a child process and measures it: wall and CPU
 * time, and peak memory of the largest process in its tree (Astro and
 * Pagefind start helpers of their own). The tree is sampled from /proc every
 * 200 ms (VmHWM, VmRSS, CPU ticks); GNU time (`/usr/bin/time`), when
 * installed, adds exact figures for the processes that were waited for.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export interface StageResult {
  wallS: number;
  /** User + system CPU seconds, children included. */
  cpuS: number;
  /** Peak RSS of the largest single process, MB. */
  peakRssMb: number;
  /** Peak of the summed RSS of every process in the tree at one moment, MB. */
  treePeakMb: number;
  exitCode: number;
}

const GNU_TIME = '/usr/bin/time';

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we read it.
    }
  }
  return children;
}

function statusKb(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const TICKS_PER_S = 100;

/** CPU seconds a process has used so far (utime + stime). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

/**
 * Samples the tree under `root`: the largest VmHWM seen, the summed VmRSS now,
 * and each process's CPU seconds so far (into `cpu`, by pid), because a
 * helper that is killed rather than waited for is missing from GNU time's sum.
 */
function sample(root: number, cpu: Map<number, number>): { hwmKb: number; rssKb: number } {
  const children = childrenOf();
  const stack = [root];
  let hwmKb = 0;
  let rssKb = 0;
  while (stack.length) {
    const pid = stack.pop()!;
    hwmKb = Math.max(hwmKb, statusKb(pid, 'VmHWM'));
    rssKb += statusKb(pid, 'VmRSS');
    cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuSeconds(pid)));
    stack.push(...(children.get(pid) ?? []));
  }
  return { hwmKb, rssKb };
}

/** Runs `node <args>` (or any command) with output to `logFile`; never throws on a non-zero exit. */
export async function runStage(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, cwd?: string): Promise<StageResult> {
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakHwmKb = 0;
  let treePeakKb = 0;
  const cpu = new Map<number, number>();
  const timer = setInterval(() => {
    const s = sample(child.pid!, cpu);
    peakHwmKb = Math.max(peakHwmKb, s.hwmKb);
    treePeakKb = Math.max(treePeakKb, s.rssKb);
  }, 200);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wallS = (performance.now() - started) / 1000;
  await new Promise((resolve) => log.end(resolve));
  let cpuS = [...cpu.values()].reduce((a, b) => a + b, 0);
  if (useTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" first when it fails.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpuS = Math.max(cpuS, last[1]! + last[2]!);
    peakHwmKb = Math.max(peakHwmKb, last[3]!);
    rmSync(timeFile);
  }
  return { wallS, cpuS, peakRssMb: peakHwmKb / 1024, treePeakMb: Math.max(treePeakKb, peakHwmKb) / 1024, exitCode };
}

/** Files and bytes under a folder, recursively. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
