// The test pages on 127.0.0.1 at a port chosen at run time. `/csp/<file>`
// serves the same file with a strict Content-Security-Policy; `/robust/<name>`
// the generated pathological and hostile pages (robust/pages.mjs). Every request is
// logged, so a test can check that only the pages' own resources were asked for.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { robustPage } from '../robust/pages.mjs';

export const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));
export const STRICT_CSP = "default-src 'self'; script-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function startServer() {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push(url.pathname);
    let path = url.pathname;
    const csp = path.startsWith('/csp/');
    if (csp) path = path.slice(4);
    if (path.startsWith('/robust/')) {
      const page = robustPage(path.slice('/robust/'.length));
      if (page) res.writeHead(200, { 'Content-Type': page.type, 'Cache-Control': 'no-store' }).end(page.body);
      else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const name = path.slice(1);
    if (!/^[a-z0-9-]+\.(html|js|css|svg)$/.test(name)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(join(PAGES, name));
      const headers = { 'Content-Type': TYPES[extname(name)], 'Cache-Control': 'no-store' };
      if (csp) headers['Content-Security-Policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
