/**
 * A tiny static file server on 127.0.0.1 for a built site, mounted at the
 * site's base path like a real host: `/archive/units/` serves
 * `dist/units/index.html`; anything else gets `dist/404.html` with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Origin plus base path: the site's home URL. */
  home: string;
  close(): Promise<void>;
}

/** Maps a request path to a file in `dist`, or undefined. */
export function resolveFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel = decodeURIComponent(pathname.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(dist, rel));
  if (!file.startsWith(normalize(dist))) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return undefined;
}

/** The byte range `[start, end]` a single-range `Range: bytes=…` header asks for, null without one, 'bad' when it cannot be served. */
export function parseRange(header: string | undefined, size: number): [number, number] | null | 'bad' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'bad';
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? 'bad' : [start, end];
}

export interface ServeOptions {
  /** Answer Range requests with 206 (default), or ignore them like a host without range support. */
  ranges?: boolean;
}

export async function serveDist(dist: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const file = resolveFile(dist, base, pathname);
    const body = file ?? join(dist, '404.html');
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const range = file && options.ranges !== false ? parseRange(req.headers.range, statSync(file).size) : null;
    if (range === 'bad') {
      res.writeHead(416, { 'Content-Range': `bytes */${statSync(body).size}` });
      res.end();
      return;
    }
    if (range) {
      res.writeHead(206, { 'Content-Type': type, 'Content-Range': `bytes ${range[0]}-${range[1]}/${statSync(body).size}`, 'Content-Length': String(range[1] - range[0] + 1) });
      createReadStream(body, { start: range[0], end: range[1] }).pipe(res);
      return;
    }
    res.writeHead(file ? 200 : 404, { 'Content-Type': type, ...(options.ranges !== false && file ? { 'Accept-Ranges': 'bytes' } : {}) });
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    home: origin + base,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
