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

export async function serveDist(dist: string, base = '/'): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const file = resolveFile(dist, base, pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(dist, '404.html');
    res.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
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
