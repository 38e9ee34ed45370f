#!/usr/bin/env node
// A small static file server for the demo page (Node built-ins only, no
// network access of its own). Serves one directory on 127.0.0.1.
//
//   node scripts/serve.mjs [DIR]      DIR defaults to www/ beside this script
//   PORT=9000 node scripts/serve.mjs  port (default 8080; 0 picks a free one)
//   HOST=127.0.0.1                    address to listen on (default 127.0.0.1)
//
// Also importable: `const {server, url} = await startServer({root, port})`.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Maps a request path to a file under root, or null if it escapes root. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, '.' + decoded);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(res, status, text, head) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : text + '\n');
}

/** Starts serving `root`; resolves once listening. */
export function startServer({ root, port = 8080, host = '127.0.0.1', log = false } = {}) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'method not allowed', head);
    }
    let file = resolvePath(root, req.url || '/');
    if (!file) return send(res, 400, 'bad path', head);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!req.url.split('?')[0].endsWith('/')) {
          res.writeHead(301, { Location: req.url.split('?')[0] + '/' });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (head) return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
      if (log) console.log(`${req.method} ${req.url} 200`);
    } catch (e) {
      if (log) console.log(`${req.method} ${req.url} 404`);
      send(res, e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, 'not found', head);
    }
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolveListen({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = resolve(process.argv[2] || join(here, '..', 'www'));
  const rawPort = process.env.PORT ?? '8080';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    console.error(`serve: PORT must be a number from 0 to 65535, not '${rawPort}'`);
    process.exit(2);
  }
  const host = process.env.HOST || '127.0.0.1';
  try {
    const { server, url } = await startServer({ root, port, host });
    console.log(`Serving ${root}`);
    console.log(`Declutter demo: ${url}`);
    console.log('Press Ctrl-C to stop.');
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    const why =
      e.code === 'EADDRINUSE'
        ? `port ${port} is already in use (set PORT to another port)`
        : e.message;
    console.error(`serve: cannot listen on ${host}:${port}: ${why}`);
    process.exit(1);
  }
}
