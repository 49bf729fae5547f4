// A small static file server for a built playbook, serving it under its base path.
// Used by `npm run preview` and by the site and browser tests.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function fileFor(root, path) {
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  for (const candidate of [full, join(full, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // no such file: try the next candidate
    }
  }
  return null;
}

/**
 * Serves `root` at `base` ("/" or "/mentoring/"); anything outside the base is a 404,
 * so a page that escapes its base path fails loudly in tests.
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export function startServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const dir = resolve(root);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (path + '/' === base) {
      res.writeHead(301, { Location: base });
      return res.end();
    }
    const file = path.startsWith(base) ? fileFor(dir, path.slice(base.length - 1)) : null;
    if (file && !file.endsWith('.html') && !extname(path) && !path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/` });
      return res.end();
    }
    const notFound = fileFor(dir, '/404.html');
    const target = file ?? notFound;
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('Not found');
    }
    if (file && path.endsWith('.html') === false && !extname(path) && !path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/` });
      return res.end();
    }
    res.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}${base}`,
        requests,
        close: () => new Promise((r) => {
          server.close(() => r());
          server.closeAllConnections();
        }),
      });
    });
  });
}
