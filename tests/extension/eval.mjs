// Runs the installed extension (dist/chrome in headless Chromium, site choice
// "always" for 127.0.0.1) over the article-extraction benchmark pages and writes
// the text a reader sees after it acted (document.body.innerText) as a
// predictions file for `declutter eval --predictions`.
//
//   node tests/extension/eval.mjs DATASET_DIR OUT.json
//
// Each page's bytes (html/<id>.html.gz, gunzipped, read as UTF-8, <script>
// elements removed) are served as text/html; charset=utf-8 at
// http://127.0.0.1:PORT/<id>.html from a route; every other request is aborted.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { launchChromium } from './lib/chromium.mjs';

const [dataset, out] = process.argv.slice(2);
if (!dataset || !out) {
  console.error('usage: eval.mjs DATASET_DIR OUT.json');
  process.exit(2);
}
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** How long to wait for the extension to act on one page. */
const ACT_TIMEOUT_MS = 15_000;

// A port nobody listens on: the route answers for it, nothing else does.
const port = await new Promise((res) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const origin = `http://127.0.0.1:${port}`;
const ids = readdirSync(join(dataset, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.slice(0, -'.html.gz'.length))
  .sort();

const b = await launchChromium(join(ROOT, 'dist', 'chrome'));
const output = {};
const slow = [];
const actMs = [];
const timing = [];
try {
  const ext = await b.newTab(b.extBase + 'options.html');
  await ext.evaluate(() => chrome.storage.sync.set({ 'site:127.0.0.1': 'always' }));
  await ext.close();

  await b.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // The content script's fetch of the extension's own wasm passes the route too.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const m = url.origin === origin && /^\/([0-9a-f]+)\.html$/.exec(url.pathname);
    if (!m) return route.abort();
    const html = gunzipSync(readFileSync(join(dataset, 'html', `${m[1]}.html.gz`)))
      .toString('utf8')
      .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });

  const page = await b.newTab();
  // Timing (main world, before the page parses): when Declutter's attribute
  // lands on <html>, relative to DOMContentLoaded.
  await page.addInitScript(() => {
    const t = (window.__declutterTiming = { hiddenAt: null });
    // <html> may not exist yet: observe the document.
    new MutationObserver((_, o) => {
      if (document.documentElement?.hasAttribute('data-declutter-hide')) {
        t.hiddenAt = performance.now();
        o.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-declutter-hide'] });
  });
  let n = 0;
  for (const id of ids) {
    await page.goto(`${origin}/${id}.html`, { waitUntil: 'domcontentloaded' });
    const start = Date.now();
    try {
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-declutter-hide'), null, {
        timeout: ACT_TIMEOUT_MS,
        polling: 20,
      });
      actMs.push(Date.now() - start);
      timing.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const hidden = window.__declutterTiming.hiddenAt - nav.domContentLoadedEventStart;
        // One TreeWalker pass over the text nodes, averaged over >= 20 ms.
        let iterations = 0;
        const start = performance.now();
        let elapsed = 0;
        do {
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let n = 0;
          while (w.nextNode()) n += w.currentNode.data.length;
          iterations++;
          elapsed = performance.now() - start;
        } while (elapsed < 20);
        return { hidden, walker: elapsed / iterations, nodes: document.getElementsByTagName('*').length, engine: '' };
      }));
    } catch {
      slow.push(id);
    }
    output[id] = { articleBody: await page.evaluate(() => document.body?.innerText ?? '') };
    if (++n % 20 === 0) console.error(`eval-extension: ${n}/${ids.length} pages`);
  }
} finally {
  await b.close();
}
writeFileSync(out, JSON.stringify({ output }));
actMs.sort((a, b) => a - b);
const med = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};
const skipFirst = timing.slice(1); // the first page also pays for starting the browser's caches
console.error(`eval-extension: DOMContentLoaded → hidden median ${med(skipFirst.map((t) => t.hidden)).toFixed(1)} ms ` +
  `(p90 ${[...skipFirst.map((t) => t.hidden)].sort((a, b) => a - b)[Math.floor(skipFirst.length * 0.9)].toFixed(1)} ms); ` +
  `one TreeWalker pass median ${med(skipFirst.map((t) => t.walker)).toFixed(3)} ms; ` +
  `ratio median ${med(skipFirst.map((t) => t.hidden / t.walker)).toFixed(0)}×; ` +
  `elements per page median ${med(skipFirst.map((t) => t.nodes))}`);
console.error(`eval-extension: ${ids.length} pages, acted on ${ids.length - slow.length}` +
  (slow.length ? ` (not within ${ACT_TIMEOUT_MS} ms: ${slow.join(', ')})` : '') +
  `; wait after DOMContentLoaded median ${actMs[actMs.length >> 1] ?? '-'} ms`);
