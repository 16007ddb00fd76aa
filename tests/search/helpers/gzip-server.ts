/**
 * A static server on 127.0.0.1 that compresses like a static host: gzip for
 * text types (HTML, JS, JSON) when the browser accepts it, binary files as
 * they are (hosts do not compress application/octet-stream), byte ranges
 * uncompressed with status 206. Used to measure
 * what a search really transfers.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseRange, resolveFile, type StaticServer } from '../../helpers/static-server.ts';

const TEXT: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export async function serveGzip(dist: string, base = '/'): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const file = resolveFile(dist, base, pathname);
    const type = TEXT[extname(file ?? '.html')];
    // Ranges are served as they are, uncompressed, as static hosts do, reading only the bytes asked for.
    const size = file ? statSync(file).size : 0;
    const range = file ? parseRange(req.headers.range, size) : null;
    if (range === 'bad') {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` });
      res.end();
      return;
    }
    if (file && range) {
      const part = Buffer.alloc(range[1] - range[0] + 1);
      const fd = openSync(file, 'r');
      try {
        readSync(fd, part, 0, part.length, range[0]);
      } finally {
        closeSync(fd);
      }
      res.writeHead(206, { 'Content-Type': type ?? 'application/octet-stream', 'Content-Range': `bytes ${range[0]}-${range[1]}/${size}` });
      res.end(part);
      return;
    }
    const body = readFileSync(file ?? join(dist, '404.html'));
    const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream' };
    const gzip = type !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(file ? 200 : 404, headers);
    res.end(gzip ? gzipSync(body, { level: 6 }) : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, home: origin + base, close: () => new Promise((done) => server.close(() => done())) };
}
