// The article-extraction benchmark dataset as the in-browser harnesses
// (eval-browser.mjs, bench-browser.mjs) serve it: one list of page ids, one
// way to turn a page into the bytes served, and a free loopback origin.

import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createServer } from 'node:net';

/** The dataset's page ids (`html/<id>.html.gz`), sorted. */
export function pageIds(dataset) {
  return readdirSync(join(dataset, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
}

/** The page as served: UTF-8, without its <script> elements (the pages were
 * saved with JavaScript off). JSON-LD data blocks stay: no browser runs them, the
 * extension and innerText skip them, but Readability.js reads its metadata from
 * them (with a byline from JSON-LD it keeps the byline element in the article);
 * without them its output differs from the benchmark's readability_js on 8 of
 * the 181 dev pages, with them it is token-identical on all. */
export function pageHtml(dataset, id) {
  return gunzipSync(readFileSync(join(dataset, 'html', `${id}.html.gz`)))
    .toString('utf8')
    .replace(/<script\b(?![^>]*\btype\s*=\s*["']?application\/ld\+json)[\s\S]*?<\/script\s*>/gi, '');
}

/** `http://127.0.0.1:PORT` for a port nobody listens on: the harness's route
 * answers for it, nothing else does. */
export async function freeOrigin() {
  const port = await new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
  return `http://127.0.0.1:${port}`;
}
