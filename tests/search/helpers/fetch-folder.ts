/** A `fetch` that serves a folder like a static host under a base path, honouring Range requests or not, and records what was asked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Served {
  requests: { path: string; range: string | null }[];
  restore(): void;
}

export function serveFolder(dir: string, base: string, ranges: boolean): Served {
  const real = globalThis.fetch;
  const requests: Served['requests'] = [];
  globalThis.fetch = (async (url: string | URL, init?: RequestInit) => {
    const path = new URL(String(url), 'http://host').pathname.slice(base.length);
    const range = new Headers(init?.headers).get('Range');
    requests.push({ path, range });
    let body: Uint8Array;
    try {
      body = readFileSync(join(dir, path));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const m = ranges && range ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
    if (!m) return new Response(body as Uint8Array<ArrayBuffer>);
    const [from, to] = [Number(m[1]), Math.min(Number(m[2]), body.length - 1)];
    return new Response(body.slice(from, to + 1), { status: 206, headers: { 'Content-Range': `bytes ${from}-${to}/${body.length}` } });
  }) as typeof fetch;
  return { requests, restore: () => void (globalThis.fetch = real) };
}
