/**
 * A loopback static server that compresses as production hosts do (gzip for text
 * types when the client accepts it). Lighthouse's simulated throttling prices
 * every transferred byte, so measuring behind tests/support/static-server.ts,
 * which sends raw bytes, would charge the site for a host it will never have.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../../tests/support/static-server.ts';
import { fileFor } from './dist-pages.ts';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt']);

/** Serve `root` on 127.0.0.1 with directory indexes, a 404 page, gzip, and a year's cache for hashed `/_astro/` assets. */
export function serveCompressed(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(root, url.pathname);
    const status = file ? 200 : 404;
    const target = file ?? path.join(root, '404.html');
    let body: Buffer;
    try {
      body = readFileSync(target);
    } catch {
      res.writeHead(404).end('Not found');
      return;
    }
    const ext = path.extname(target);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (url.pathname.startsWith('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}
