// The in-browser evaluation (scripts/eval-browser): every page of an
// article-extraction benchmark dataset in headless Chromium with the built
// extension (dist/chrome, site choice "always" for 127.0.0.1), and three
// predictions from the same load of each page:
//
//   declutter    document.body.innerText after the extension hid the clutter;
//   readability  Readability.js (npm @mozilla/readability) on a clone of the
//                untouched document → article.textContent;
//   all-text     document.body.innerText without Declutter's hiding (the
//                keep-everything baseline).
//
//   node tests/extension/eval-browser.mjs DATASET_DIR OUT_DIR DECLUTTER_BIN
//
// Each page's bytes (html/<id>.html.gz, gunzipped, read as UTF-8, <script>
// elements removed but JSON-LD: see pageHtml) are served as
// text/html; charset=utf-8 at http://127.0.0.1:PORT/<id>.html from a route
// (PORT chosen at run time; nothing listens there); every other request is
// aborted, the extension's own files excepted.
//
// The extension changes nothing in the page but attributes: `data-declutter-label`
// on the elements it classified and `data-declutter-hide` on <html>, which
// content.css needs before it hides anything. So the untouched page is the same
// DOM with those attributes removed: all-text is innerText read while
// `data-declutter-hide` is off (attribute changes never trigger a re-run), and
// Readability.js gets a clone stripped of every `data-declutter-*` attribute.
//
// Scores come from DECLUTTER_BIN (`declutter eval DATASET --predictions FILE`,
// the benchmark metric). Writes to OUT_DIR: declutter.json, readability.json,
// all-text.json (benchmark format {"output": {id: {"articleBody"}}, "version"}),
// native.json (`declutter eval --json`: the native HTML adapter's predictions)
// and report.md (per page, worst Declutter F1 first: F1/P/R, missed and extra
// text). Prints one line per tool on stdout, Declutter's last and bare:
//   readability F1 0.947 precision 0.914 recall 0.982 pages 181
//   all-text F1 …
//   F1 0.xxx precision 0.xxx recall 0.xxx pages 181
// Progress, timing, the native score and the self-checks go to stderr.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { launchChromium } from './lib/chromium.mjs';
import { freeOrigin, pageHtml, pageIds } from './lib/dataset.mjs';

const [dataset, outDir, declutterBin] = process.argv.slice(2);
if (!dataset || !outDir || !declutterBin) {
  console.error('usage: eval-browser.mjs DATASET_DIR OUT_DIR DECLUTTER_BIN');
  process.exit(2);
}
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(import.meta.url);
/** How long to wait for the extension to act on one page. */
const ACT_TIMEOUT_MS = 15_000;
const say = (msg) => console.error(`eval-browser: ${msg}`);

const READABILITY_FILE = require.resolve('@mozilla/readability/Readability.js');
const READABILITY_VERSION = require('@mozilla/readability/package.json').version;
const CRATE_VERSION = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))?.[1] ?? '?';

const origin = await freeOrigin();
const ids = pageIds(dataset);
const truth = JSON.parse(readFileSync(join(dataset, 'ground-truth.json'), 'utf8'));

// Main world, before the page parses: Readability.js as a hidden global (no
// element is added, so the extension sees no mutation), and the moment
// Declutter's attribute lands on <html>, for the timing line.
const INIT_SCRIPT = `(() => {
  const module = undefined;
  ${readFileSync(READABILITY_FILE, 'utf8')}
  Object.defineProperty(window, '__declutterEvalReadability', { value: Readability });
  const t = (window.__declutterTiming = { hiddenAt: null });
  new MutationObserver((_, o) => {
    if (document.documentElement?.hasAttribute('data-declutter-hide')) {
      t.hiddenAt = performance.now();
      o.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-declutter-hide'] });
})();`;

/** Evaluated in the page once the extension acted: the three texts, and timing. */
function extract() {
  const root = document.documentElement;
  const declutter = document.body?.innerText ?? '';
  // The untouched page: content.css hides nothing without this attribute.
  const hide = root.getAttribute('data-declutter-hide');
  root.removeAttribute('data-declutter-hide');
  const allText = document.body?.innerText ?? '';
  if (hide !== null) root.setAttribute('data-declutter-hide', hide);

  const clone = document.cloneNode(true);
  for (const el of clone.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (name.startsWith('data-declutter-')) el.removeAttribute(name);
    }
  }
  let readability = '';
  let readabilityError = null;
  try {
    readability = new window.__declutterEvalReadability(clone).parse()?.textContent ?? '';
  } catch (e) {
    readabilityError = String(e);
  }

  let timing = null;
  const nav = performance.getEntriesByType('navigation')[0];
  if (window.__declutterTiming.hiddenAt !== null && nav) {
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
    timing = {
      hidden: window.__declutterTiming.hiddenAt - nav.domContentLoadedEventStart,
      walker: elapsed / iterations,
      nodes: document.getElementsByTagName('*').length,
    };
  }
  return { declutter, allText, readability, readabilityError, timing };
}

// --- The browser run ------------------------------------------------------------
const started = Date.now();
const b = await launchChromium(join(ROOT, 'dist', 'chrome'));
const predictions = { declutter: {}, readability: {}, 'all-text': {} };
const slow = [];
const failed = [];
const actMs = [];
const timing = [];
let browserVersion = '';
try {
  const ext = await b.newTab(b.extBase + 'options.html');
  browserVersion = /Chrome\/(\S+)/.exec(await ext.evaluate(() => navigator.userAgent))?.[1] ?? '';
  await ext.evaluate(() => chrome.storage.sync.set({ 'site:127.0.0.1': 'always' }));
  await ext.close();

  await b.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // The content script's fetch of the extension's own wasm passes the route too.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const m = url.origin === origin && /^\/([0-9a-f]+)\.html$/.exec(url.pathname);
    if (!m || !ids.includes(m[1])) return route.abort();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml(dataset, m[1]) });
  });

  const page = await b.newTab();
  await page.addInitScript(INIT_SCRIPT);
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
    } catch {
      slow.push(id);
    }
    const r = await page.evaluate(extract);
    predictions.declutter[id] = { articleBody: r.declutter };
    predictions['all-text'][id] = { articleBody: r.allText };
    predictions.readability[id] = { articleBody: r.readability };
    if (r.readabilityError) failed.push(`${id}: ${r.readabilityError}`);
    if (r.timing) timing.push(r.timing);
    if (++n % 20 === 0) say(`${n}/${ids.length} pages`);
  }
} finally {
  await b.close();
}
const browserSeconds = (Date.now() - started) / 1000;

// --- Predictions and scores -----------------------------------------------------
mkdirSync(outDir, { recursive: true });
const VERSIONS = {
  declutter: `declutter ${CRATE_VERSION} extension, Chromium ${browserVersion}, document.body.innerText after hiding`,
  readability: `@mozilla/readability ${READABILITY_VERSION}, Chromium ${browserVersion}, article.textContent`,
  'all-text': `Chromium ${browserVersion}, document.body.innerText without hiding`,
};
const files = {};
for (const tool of Object.keys(predictions)) {
  files[tool] = join(outDir, `${tool}.json`);
  writeFileSync(files[tool], JSON.stringify({ output: predictions[tool], version: VERSIONS[tool] }, null, 1));
}

/** `declutter eval DATASET [--predictions FILE]`: the score line. */
function score(...extra) {
  const out = execFileSync(declutterBin, ['eval', dataset, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return out.trim().split('\n').pop();
}
const lines = {};
for (const tool of Object.keys(predictions)) lines[tool] = score('--predictions', files[tool]);
const nativeFile = join(outDir, 'native.json');
const nativeLine = score('--json', nativeFile);
const published = join(dataset, 'output', 'readability_js.json');
const publishedLine = existsSync(published) ? score('--predictions', published) : null;

// --- The benchmark metric, per page (for the report) --------------------------
// Tokens are Python's `\w+` runs (letters, numbers, `_`), case kept; a text is
// the multiset of its 4-token shingles (one shingle when it has 1-3 tokens).
const WORD = /[\p{L}\p{N}_]+/gu;
function tokenize(text) {
  const toks = [];
  for (const m of text.matchAll(WORD)) toks.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  return toks;
}
function shingleKeys(toks) {
  if (toks.length === 0) return [];
  if (toks.length < 4) return [{ key: toks.map((x) => x.t).join('\u0000'), from: 0, to: toks.length }];
  const out = [];
  for (let i = 0; i + 4 <= toks.length; i++) {
    out.push({ key: `${toks[i].t}\u0000${toks[i + 1].t}\u0000${toks[i + 2].t}\u0000${toks[i + 3].t}`, from: i, to: i + 4 });
  }
  return out;
}
function counts(shingles) {
  const m = new Map();
  for (const s of shingles) m.set(s.key, (m.get(s.key) ?? 0) + 1);
  return m;
}
/** The stretches of `text` made of tokens all of whose shingles are not in `other`
 * (multiset: each shingle of `other` matches once, in order). */
function unmatched(text, toks, shingles, other) {
  const left = new Map(other);
  const hit = new Array(toks.length).fill(false); // token is in a matched shingle
  const seen = new Array(toks.length).fill(false);
  for (const s of shingles) {
    const n = left.get(s.key) ?? 0;
    const matched = n > 0;
    if (matched) left.set(s.key, n - 1);
    for (let i = s.from; i < s.to; i++) {
      seen[i] = true;
      if (matched) hit[i] = true;
    }
  }
  const runs = [];
  let i = 0;
  while (i < toks.length) {
    if (seen[i] && !hit[i]) {
      let j = i;
      while (j + 1 < toks.length && seen[j + 1] && !hit[j + 1]) j++;
      runs.push({ text: text.slice(toks[i].start, toks[j].end), tokens: j - i + 1 });
      i = j + 1;
    } else i++;
  }
  return runs;
}
function pageScore(truthText, predicted) {
  const tt = tokenize(truthText);
  const pt = tokenize(predicted);
  const ts = shingleKeys(tt);
  const ps = shingleKeys(pt);
  const tc = counts(ts);
  const pc = counts(ps);
  let tp = 0;
  let fp = 0;
  for (const [k, n] of pc) {
    const t = tc.get(k) ?? 0;
    tp += Math.min(n, t);
    fp += Math.max(0, n - t);
  }
  const fn = ts.length - tp;
  const total = tp + fp + fn;
  return {
    tp, fp, fn,
    f1: total === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
    p: tp + fp > 0 ? tp / (tp + fp) : null,
    r: tp + fn > 0 ? tp / (tp + fn) : null,
    missed: () => unmatched(truthText, tt, ts, pc),
    extra: () => unmatched(predicted, pt, ps, tc),
  };
}
function aggregate(scores) {
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const p = mean(scores.map((s) => s.p).filter((x) => x !== null));
  const r = mean(scores.map((s) => s.r).filter((x) => x !== null));
  return { f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, p, r };
}

const native = JSON.parse(readFileSync(nativeFile, 'utf8')).output;
const perPage = ids.map((id) => {
  const t = truth[id]?.articleBody ?? '';
  return {
    id,
    url: truth[id]?.url ?? '',
    declutter: pageScore(t, predictions.declutter[id].articleBody),
    readability: pageScore(t, predictions.readability[id].articleBody),
    allText: pageScore(t, predictions['all-text'][id].articleBody),
    native: pageScore(t, native[id]?.articleBody ?? ''),
  };
});
// The report's own metric must agree with `declutter eval`.
const mine = aggregate(perPage.map((p) => p.declutter));
const official = /F1 ([\d.]+) precision ([\d.]+) recall ([\d.]+)/.exec(lines.declutter);
const metricAgrees = official &&
  Math.abs(mine.f1 - Number(official[1])) < 0.0015 &&
  Math.abs(mine.p - Number(official[2])) < 0.0015 &&
  Math.abs(mine.r - Number(official[3])) < 0.0015;

// --- Report ---------------------------------------------------------------------
const f3 = (x) => (x === null ? '–' : x.toFixed(3));
const hostOf = (url) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};
const MAX_RUN_CHARS = 400;
const MAX_RUNS = 12;
function snippets(runs) {
  if (!runs.length) return ['_(none)_'];
  const sorted = [...runs].sort((a, b) => b.tokens - a.tokens);
  const shown = new Set(sorted.slice(0, MAX_RUNS));
  const out = [];
  for (const run of runs) {
    if (!shown.has(run)) continue;
    let s = run.text.replace(/\s+/g, ' ').trim();
    if (s.length > MAX_RUN_CHARS) {
      s = `${s.slice(0, MAX_RUN_CHARS * 0.6)} … [${s.length} chars] … ${s.slice(-MAX_RUN_CHARS * 0.3)}`;
    }
    out.push(`- (${run.tokens} tok) ${s.replace(/([\\`*_[\]<>|#])/g, '\\$1')}`);
  }
  if (runs.length > MAX_RUNS) {
    const rest = sorted.slice(MAX_RUNS);
    out.push(`- _… and ${rest.length} shorter stretches (${rest.reduce((a, r) => a + r.tokens, 0)} tokens)_`);
  }
  return out;
}

const order = [...perPage].sort((a, b) => a.declutter.f1 - b.declutter.f1 || a.id.localeCompare(b.id));
const md = [];
md.push('# In-browser evaluation: per-page report', '');
md.push(`Dataset \`${dataset}\`, ${ids.length} pages, Chromium ${browserVersion}, ` +
  `@mozilla/readability ${READABILITY_VERSION}. Generated by \`scripts/eval-browser\`.`, '');
md.push('```', `readability ${lines.readability}`, `all-text ${lines['all-text']}`, lines.declutter,
  `native (declutter eval, html5ever) ${nativeLine}`, '```', '');
md.push('Per page: F1, precision (P) and recall (R) of the shingles; "missed" is true text Declutter hid ' +
  '(stretches of tokens none of whose 4-token shingles was predicted), "extra" is text left visible that ' +
  'is not in the ground truth. Readability.js (Rd) and native (Nat) F1 on the same page for comparison.', '');
md.push('| # | page | host | F1 | P | R | Rd F1 | Nat F1 |', '|---|---|---|---|---|---|---|---|');
order.forEach((p, i) => {
  md.push(`| ${i + 1} | [${p.id.slice(0, 12)}](#${p.id}) | ${hostOf(p.url)} | ${f3(p.declutter.f1)} | ` +
    `${f3(p.declutter.p)} | ${f3(p.declutter.r)} | ${f3(p.readability.f1)} | ${f3(p.native.f1)} |`);
});
md.push('');
const gaps = [...perPage]
  .map((p) => ({ p, d: p.declutter.f1 - p.native.f1 }))
  .filter((g) => Math.abs(g.d) >= 0.005)
  .sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
md.push('## Browser vs native', '');
md.push(`Pages whose F1 differs by 0.005 or more between the extension in Chromium and ` +
  `\`declutter eval\` (native HTML adapter): ${gaps.length}.`, '');
if (gaps.length) {
  md.push('| page | host | browser F1 | native F1 | difference |', '|---|---|---|---|---|');
  for (const { p, d } of gaps.slice(0, 30)) {
    md.push(`| [${p.id.slice(0, 12)}](#${p.id}) | ${hostOf(p.url)} | ${f3(p.declutter.f1)} | ${f3(p.native.f1)} | ${d >= 0 ? '+' : ''}${d.toFixed(3)} |`);
  }
  md.push('');
}
md.push('## Pages, worst first', '');
order.forEach((p, i) => {
  const s = p.declutter;
  md.push(`<a id="${p.id}"></a>`, '', `### ${i + 1}. ${p.id}`, '');
  md.push(`${p.url}  `, `F1 ${f3(s.f1)} · P ${f3(s.p)} · R ${f3(s.r)} · ` +
    `shingles tp ${s.tp} fp ${s.fp} fn ${s.fn} · Readability.js F1 ${f3(p.readability.f1)} · native F1 ${f3(p.native.f1)}`, '');
  if (s.fn === 0 && s.fp === 0) {
    md.push('Exact.', '');
    return;
  }
  md.push(`**Missed** (${s.fn} true shingles not shown):`, '', ...snippets(s.missed()), '');
  md.push(`**Extra** (${s.fp} shown shingles not in the truth):`, '', ...snippets(s.extra()), '');
});
const reportFile = join(outDir, 'report.md');
writeFileSync(reportFile, md.join('\n'));

// --- Output -----------------------------------------------------------------------
const med = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};
const skipFirst = timing.slice(1); // the first page also pays for starting the browser's caches
if (skipFirst.length) {
  const hidden = skipFirst.map((t) => t.hidden).sort((a, b) => a - b);
  say(`DOMContentLoaded → hidden median ${med(hidden).toFixed(1)} ms ` +
    `(p90 ${hidden[Math.floor(hidden.length * 0.9)].toFixed(1)} ms); ` +
    `one TreeWalker pass median ${med(skipFirst.map((t) => t.walker)).toFixed(3)} ms; ` +
    `ratio median ${med(skipFirst.map((t) => t.hidden / t.walker)).toFixed(0)}×; ` +
    `elements per page median ${med(skipFirst.map((t) => t.nodes))}`);
}
say(`${ids.length} pages in ${browserSeconds.toFixed(0)} s, acted on ${ids.length - slow.length}` +
  (slow.length ? ` (not within ${ACT_TIMEOUT_MS} ms: ${slow.join(', ')})` : '') +
  `; wait after DOMContentLoaded median ${med(actMs) || '-'} ms`);
if (failed.length) say(`Readability.js threw on ${failed.length} pages: ${failed.join('; ')}`);
if (publishedLine) say(`published Readability.js output (${published}): ${publishedLine}`);
say(`native (declutter eval): ${nativeLine}`);
if (!metricAgrees) say(`warning: the report's metric (F1 ${mine.f1.toFixed(3)} P ${mine.p.toFixed(3)} R ${mine.r.toFixed(3)}) disagrees with declutter eval`);
say(`wrote ${Object.values(files).join(', ')}, ${nativeFile}, ${reportFile}`);
console.log(`readability ${lines.readability}`);
console.log(`all-text ${lines['all-text']}`);
console.log(lines.declutter);
process.exitCode = slow.length || failed.length ? 1 : 0;
