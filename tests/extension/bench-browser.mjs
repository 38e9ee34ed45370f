// The in-browser benchmark (scripts/bench): per page of an article-extraction
// benchmark dataset, in the same page and the same run of headless Chromium with
// the built extension (dist/chrome, site choice "always" for 127.0.0.1):
//
//   (a) declutter    the extension's whole pass, timed by content.js itself
//                    (runNow: collect the snapshot, cross into wasm, classify,
//                    mark, set the hiding attribute on <html>); read back with
//                    the `getState` message (`pass`);
//   (b) readability  `new Readability(clone).parse()` on `document.cloneNode(true)`
//                    (the parse only; the clone is timed apart);
//   (c) floor        one TreeWalker pass over the body's text nodes reading each
//                    node's data, averaged over >= 10 ms of passes.
//
// Each page is loaded once (served as scripts/eval-browser serves it); the
// extension acts on load (the cold pass, reported apart). Then RUNS times:
// Declutter off (`setActive false`: restore), (b), (c), Declutter on
// (`setActive true`: one full pass, (a)). A page's figure for each is the
// fastest of its RUNS (the machines are shared; other work only adds time);
// ratios are per page, of those figures.
//
// Also: wasm instantiation (in the content script: from starting the glue at
// document_start to the instance being ready, i.e. fetch + compile + instantiate
// while the page parses; and in isolation: WebAssembly.instantiate of the shipped
// bytes in the page, repeated), the wasm linear memory after the runs (it only
// grows, so this is its peak), and the JS allocations of one pass by the
// extension's scripts (CDP sampling heap profiler, objects freed by GC included,
// counted by the script URL of the allocating frame).
//
//   node tests/extension/bench-browser.mjs DATASET_DIR [--runs N] [--pages N]
//        [--json FILE] [--profile] [--ext DIR]
//
// --ext benchmarks another build of the extension (default dist/chrome);
// --pages N takes N pages spread evenly over the dataset (default all);
// --profile adds a CPU profile of the (a) runs (sampled from sending the
// message to its answer): self time per function. Prints the tables on stdout (Markdown) and
// ends with two lines:
//   ratio-to-readability median 0.xxx
//   ratio-to-floor median x.xx
// Progress goes to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { launchChromium } from './lib/chromium.mjs';
import { freeOrigin, pageHtml, pageIds } from './lib/dataset.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const RUNS = Number(opt('--runs', '5'));
const PAGES = Number(opt('--pages', '0'));
const JSON_OUT = opt('--json', '');
const profileAt = args.indexOf('--profile');
const PROFILE = profileAt >= 0;
if (PROFILE) args.splice(profileAt, 1);
const EXT = resolve(opt('--ext', join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'chrome')));
const [dataset] = args;
if (!dataset || args.length !== 1 || !(RUNS >= 1) || !(PAGES >= 0)) {
  console.error('usage: bench-browser.mjs DATASET_DIR [--runs N] [--pages N] [--json FILE] [--profile] [--ext DIR]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const READABILITY_FILE = require.resolve('@mozilla/readability/Readability.js');
const READABILITY_VERSION = require('@mozilla/readability/package.json').version;
const ACT_TIMEOUT_MS = 15_000;
const say = (msg) => console.error(`bench: ${msg}`);

const origin = await freeOrigin();
let ids = pageIds(dataset);
if (PAGES && PAGES < ids.length) {
  const all = ids;
  ids = Array.from({ length: PAGES }, (_, i) => all[Math.floor((i * all.length) / PAGES)]);
}

const WASM_PATH = '/__bench/declutter_bg.wasm';
const wasmBytes = readFileSync(join(EXT, 'pkg', 'declutter_bg.wasm'));

// Main world, before the page parses: Readability.js as a hidden global (no
// element is added, so the extension sees no mutation).
const INIT_SCRIPT = `(() => {
  const module = undefined;
  ${readFileSync(READABILITY_FILE, 'utf8')}
  Object.defineProperty(window, '__benchReadability', { value: Readability });
})();`;

/** (b): Readability.js on a fresh clone; the clone and the parse timed apart. */
function timeReadability() {
  const t0 = performance.now();
  const clone = document.cloneNode(true);
  const t1 = performance.now();
  new window.__benchReadability(clone).parse();
  const t2 = performance.now();
  return { clone: t1 - t0, parse: t2 - t1 };
}

/** (c): one TreeWalker pass over the body's text nodes, averaged over >= 10 ms. */
function timeFloor() {
  let iterations = 0;
  let chars = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (w.nextNode()) chars += w.currentNode.data.length;
    iterations++;
    elapsed = performance.now() - start;
  } while (elapsed < 10);
  return { ms: elapsed / iterations, chars: chars / iterations };
}

/** In isolation: WebAssembly.instantiate of the shipped bytes (fetched first),
 * every import a no-op (instantiation calls none). */
async function timeInstantiate([path, times]) {
  const bytes = await (await fetch(path)).arrayBuffer();
  const out = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const module = await WebAssembly.compile(bytes);
    const imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      imports[imp.module] ??= {};
      imports[imp.module][imp.name] = () => {};
    }
    await WebAssembly.instantiate(module, imports);
    out.push(performance.now() - t0);
  }
  return out;
}

// --- Statistics -----------------------------------------------------------------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const v = sorted(xs);
  const n = v.length;
  return n ? (n % 2 ? v[n >> 1] : (v[n / 2 - 1] + v[n / 2]) / 2) : NaN;
};
/** Nearest-rank percentile. */
const pct = (xs, p) => {
  const v = sorted(xs);
  return v.length ? v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)] : NaN;
};

// --- The browser run ----------------------------------------------------------------
const started = Date.now();
const b = await launchChromium(EXT);
const rows = [];
const slow = [];
const profileSelf = new Map();
const profileKinds = new Map();
let profileTotal = 0;
let browserVersion = '';
let isolatedInstantiate = [];
try {
  const ext = await b.newTab(b.extBase + 'options.html');
  browserVersion = /Chrome\/(\S+)/.exec(await ext.evaluate(() => navigator.userAgent))?.[1] ?? '';
  await ext.evaluate(() => chrome.storage.sync.set({ 'site:127.0.0.1': 'always' }));
  const ask = (tabId, msg) => ext.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);

  await b.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.origin === origin && url.pathname === WASM_PATH) {
      return route.fulfill({ status: 200, contentType: 'application/wasm', body: wasmBytes });
    }
    const m = url.origin === origin && /^\/([0-9a-f]+)\.html$/.exec(url.pathname);
    if (!m || !ids.includes(m[1])) return route.abort();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml(dataset, m[1]) });
  });

  const page = await b.newTab();
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  let tabId = null;
  let n = 0;
  for (const id of ids) {
    await page.goto(`${origin}/${id}.html`, { waitUntil: 'domcontentloaded' });
    try {
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-declutter-hide'), null, {
        timeout: ACT_TIMEOUT_MS,
        polling: 20,
      });
    } catch {
      slow.push(id);
      continue;
    }
    tabId ??= await ext.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        const s = await chrome.tabs.sendMessage(tab.id, { type: 'getState' }).catch(() => null);
        if (s?.url === url) return tab.id;
      }
      return null;
    }, page.url());
    const first = await ask(tabId, { type: 'getState' });
    const row = {
      id,
      nodes: first.pass.nodes,
      engine: first.engine,
      instantiate: first.timeline.engineReady - first.timeline.engineStart,
      cold: first.pass.total,
      a: [], collect: [], classify: [], apply: [], b: [], clone: [], c: [],
    };
    for (let r = 0; r < RUNS; r++) {
      await ask(tabId, { type: 'setActive', active: false });
      const rd = await page.evaluate(timeReadability);
      row.b.push(rd.parse);
      row.clone.push(rd.clone);
      const fl = await page.evaluate(timeFloor);
      row.c.push(fl.ms);
      row.chars = fl.chars;
      if (PROFILE) await cdp.send('Profiler.start');
      const s = await ask(tabId, { type: 'setActive', active: true });
      if (PROFILE) collectProfile((await cdp.send('Profiler.stop')).profile);
      row.a.push(s.pass.total);
      row.collect.push(s.pass.collect);
      row.classify.push(s.pass.classify);
      row.apply.push(s.pass.apply);
      row.wasmMemory = s.wasmMemoryBytes;
    }
    // One more pass, not timed, under the sampling heap profiler.
    await ask(tabId, { type: 'setActive', active: false });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 512,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await ask(tabId, { type: 'setActive', active: true });
    const { profile: heap } = await cdp.send('HeapProfiler.stopSampling');
    row.allocated = extensionBytes(heap.head);
    rows.push(row);
    if (++n % 20 === 0) say(`${n}/${ids.length} pages`);
  }
  isolatedInstantiate = await page.evaluate(timeInstantiate, [WASM_PATH, 20]);
  await ext.close();
} finally {
  await b.close();
}

/** Bytes allocated by frames of the extension's own scripts. */
function extensionBytes(node) {
  let sum = node.callFrame.url.startsWith('chrome-extension://') ? node.selfSize : 0;
  for (const child of node.children) sum += extensionBytes(child);
  return sum;
}

/** Adds a CPU profile's self time per function of the extension's scripts and wasm. */
function collectProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    if (f.functionName === '(idle)') continue;
    const file = f.url.startsWith('wasm://') ? 'wasm' : f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const key = `${f.functionName || '(anonymous)'}${file ? ` (${file})` : ''}`;
    const kind = file || (f.functionName.startsWith('(') ? f.functionName : 'browser built-ins and DOM');
    profileKinds.set(kind, (profileKinds.get(kind) ?? 0) + us / 1000);
    profileSelf.set(key, (profileSelf.get(key) ?? 0) + us / 1000);
    profileTotal += us / 1000;
  }
}

// --- Report ---------------------------------------------------------------------------
const per = rows.map((r) => {
  // The fastest run: the machines are shared, and other work only ever adds time.
  const best = r.a.indexOf(Math.min(...r.a));
  const a = r.a[best];
  const bb = Math.min(...r.b);
  const c = Math.min(...r.c);
  return {
    id: r.id, a, b: bb, c, nodes: r.nodes, chars: r.chars,
    collect: r.collect[best], classify: r.classify[best], apply: r.apply[best],
    clone: Math.min(...r.clone), cold: r.cold, instantiate: r.instantiate,
    wasmMemory: r.wasmMemory, allocated: r.allocated, engine: r.engine,
    ab: a / bb, ac: a / c,
  };
});
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ browser: browserVersion, runs: RUNS, pages: per }, null, 1));
const col = (k) => per.map((p) => p[k]);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mib = (x) => (x / 1048576).toFixed(2);
const line = (name, k, d = 2, unit = ' ms') =>
  `| ${name} | ${f(median(col(k)), d)}${unit} | ${f(pct(col(k), 95), d)}${unit} | ${f(Math.max(...col(k)), d)}${unit} |`;
const out = [];
out.push(`Chromium ${browserVersion}, @mozilla/readability ${READABILITY_VERSION}, ${per.length} pages, ` +
  `${RUNS} runs per page (each page's figure is its fastest run; (a)'s steps are from its fastest pass)` +
  (slow.length ? `; not acted on within ${ACT_TIMEOUT_MS} ms: ${slow.join(', ')}` : ''), '');
out.push('| per page | median | p95 | max |', '|---|---|---|---|');
out.push(line('(a) Declutter pass', 'a', 2));
out.push(line('  collect (walk → snapshot)', 'collect', 2));
out.push(line('  classify (into wasm, core, back)', 'classify', 2));
out.push(line('  apply (mark, hide)', 'apply', 2));
out.push(line('(b) Readability.js parse', 'b', 2));
out.push(line('  (document.cloneNode for (b))', 'clone', 2));
out.push(line('(c) TreeWalker floor', 'c', 3));
out.push(line('a/b', 'ab', 3, ''));
out.push(line('a/c', 'ac', 2, ''));
out.push(line('first pass on load (cold)', 'cold', 2));
out.push(line('wasm instantiate in the content script (fetch+compile+instantiate, during parsing)', 'instantiate', 2));
out.push(`| wasm instantiate in isolation (compile+instantiate, ${isolatedInstantiate.length}×) | ${f(median(isolatedInstantiate))} ms | ${f(pct(isolatedInstantiate, 95))} ms | ${f(Math.max(...isolatedInstantiate))} ms |`);
out.push(`| wasm linear memory after the runs (peak) | ${mib(median(col('wasmMemory')))} MiB | ${mib(pct(col('wasmMemory'), 95))} MiB | ${mib(Math.max(...col('wasmMemory')))} MiB |`);
out.push(`| JS allocated by one pass (extension scripts) | ${mib(median(col('allocated')))} MiB | ${mib(pct(col('allocated'), 95))} MiB | ${mib(Math.max(...col('allocated')))} MiB |`);
out.push(`| snapshot nodes | ${median(col('nodes'))} | ${pct(col('nodes'), 95)} | ${Math.max(...col('nodes'))} |`);
out.push('');
const within = per.filter((p) => p.a <= 16).length;
out.push(`(a) within one 16 ms frame on ${within}/${per.length} pages; engine: ` +
  [...new Set(col('engine'))].join(', '));
const worst = [...per].sort((x, y) => y.a - x.a).slice(0, 5);
out.push('', 'Slowest (a):', '', '| page | nodes | a ms | collect | classify | apply | b ms | c ms |', '|---|---|---|---|---|---|---|---|');
for (const p of worst) {
  out.push(`| ${p.id.slice(0, 12)} | ${p.nodes} | ${f(p.a)} | ${f(p.collect)} | ${f(p.classify)} | ${f(p.apply)} | ${f(p.b)} | ${f(p.c, 3)} |`);
}
if (PROFILE) {
  out.push('', `CPU profile of the (a) runs, self time (of ${f(profileTotal, 0)} ms sampled, idle excluded):`, '');
  out.push('| where | ms | share |', '|---|---|---|');
  for (const [k, ms] of [...profileKinds].sort((x, y) => y[1] - x[1])) {
    out.push(`| ${k} | ${f(ms, 1)} | ${f((100 * ms) / profileTotal, 1)}% |`);
  }
  out.push('', '| function | ms | share |', '|---|---|---|');
  for (const [k, ms] of [...profileSelf].sort((x, y) => y[1] - x[1]).slice(0, 25)) {
    out.push(`| ${k} | ${f(ms, 1)} | ${f((100 * ms) / profileTotal, 1)}% |`);
  }
}
out.push('');
say(`${per.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(out.join('\n'));
console.log(`ratio-to-readability median ${median(col('ab')).toFixed(3)}`);
console.log(`ratio-to-floor median ${median(col('ac')).toFixed(2)}`);
process.exitCode = slow.length ? 1 : 0;
