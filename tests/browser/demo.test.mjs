// Browser tests of the demo page (www/) in headless Chromium through
// playwright-core. Run: node --test tests/browser/   (after building www/pkg:
// wasm-pack build --release --target web --out-dir www/pkg)
//
// Serves www/ on 127.0.0.1 with a port chosen at run time, uses a fresh
// Chromium profile, waits for conditions (never fixed sleeps), saves
// screenshots of every view in light and dark to artifacts/demo/, prints the
// page weight and timings, and stops the browser and the server at the end.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WWW = join(ROOT, 'www');
const SHOTS = join(ROOT, 'artifacts', 'demo');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SEED_TEXT = readFileSync(join(ROOT, 'tests/text/nypost-budapest.txt'), 'utf8');
const SEED_LABELS = JSON.parse(readFileSync(join(ROOT, 'tests/text/nypost-budapest.labels.jsonl'), 'utf8').trim().split('\n')[0]);
const SAMPLES = ['article.html', 'dev-blog.html', 'magazine-feature.html'];
const AXE = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'axe-core', 'axe.min.js');
const figures = [];

let server;
let baseUrl;
let context;
let profileDir;
let workDir;

before(async () => {
  if (!existsSync(join(WWW, 'pkg', 'declutter_bg.wasm'))) {
    throw new Error('www/pkg is missing: build it first with wasm-pack build --release --target web --out-dir www/pkg');
  }
  ({ server, url: baseUrl } = await startServer({ root: WWW, port: 0 }));
  profileDir = mkdtempSync(join(tmpdir(), 'declutter-demo-profile-'));
  workDir = mkdtempSync(join(tmpdir(), 'declutter-demo-files-'));
  mkdirSync(SHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl.replace(/\/$/, '') });
});

after(async () => {
  await context?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const dir of [profileDir, workDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  if (figures.length) console.log('\nDemo page figures:\n' + figures.map((f) => '  ' + f).join('\n'));
});

/** A new page that records console errors, page errors and every request. */
async function openPage(path = '', { colorScheme = 'light', viewport, axe = false } = {}) {
  const page = await context.newPage();
  // axe-core for the accessibility checks, injected through the DevTools
  // protocol (the page's Content-Security-Policy allows no other script).
  if (axe) await page.addInitScript({ path: AXE });
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const errors = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(baseUrl + path);
  await page.waitForSelector('body[data-state="ready"]');
  return { page, errors, requests };
}

/** Waits until the viewer has finished a run after `previousRuns`. */
async function waitForRun(page, viewer, previousRuns = 0, doc) {
  await page.waitForFunction(
    ([sel, prev, d]) => {
      const host = document.querySelector(sel);
      return Number(host?.dataset.runs || 0) > prev && (!d || host.dataset.doc === d);
    },
    [viewer, previousRuns, doc],
  );
}
const runsOf = (page, viewer) => page.$eval(viewer, (h) => Number(h.dataset.runs || 0));

async function setView(page, viewer, view) {
  await page.click(`${viewer} [data-view="${view}"]`);
  assert.equal(await page.getAttribute(`${viewer} [data-view="${view}"]`, 'aria-pressed'), 'true');
}

/** What the iframe of `viewer` shows: marks, visibility and computed display of every element. */
function inspectFrame(page, viewer) {
  return page.$eval(`${viewer} iframe`, (iframe) => {
    const doc = iframe.contentDocument;
    const all = [...doc.body.querySelectorAll('*')];
    const style = doc.getElementById('declutter-style');
    return {
      html: doc.body.outerHTML,
      coreStyle: style ? { disabled: style.disabled, text: style.textContent } : null,
      demoStyle: !!doc.getElementById('declutter-demo-style'),
      elements: all.map((el) => ({
        label: el.getAttribute('data-declutter-label'),
        demoLabel: el.getAttribute('data-demo-label'),
        display: doc.defaultView.getComputedStyle(el).display,
        outline: doc.defaultView.getComputedStyle(el).outlineStyle,
        rendered: el.checkVisibility(),
        text: el.textContent.trim().slice(0, 60),
      })),
      // Text a reader sees, for a sanity check of what stays.
      visibleText: doc.body.innerText,
    };
  });
}

async function shot(page, name) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('the page loads with no console errors and labels the first sample', { timeout: 90_000 }, async () => {
  const { page, errors, requests } = await openPage();
  await waitForRun(page, '#viewer-samples');
  assert.match(await page.textContent('#status'), /blocks labelled in/);
  const firstLabels = await page.evaluate(() => performance.getEntriesByName('declutter:first-labels')[0]?.startTime);
  assert.ok(firstLabels > 0, 'the page marks the time of its first labels');
  figures.push(`time to first labels after navigation start: ${Math.round(firstLabels)} ms`);
  // The text worker is started when the page is idle; wait for it so that it is counted.
  if (!page.workers().length) await page.waitForEvent('worker');
  requests.push(page.workers()[0].url());

  // Nothing but this server was asked for anything.
  const foreign = requests.filter((u) => !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:srcdoc');
  assert.deepEqual(foreign, [], 'no request leaves the demo server');

  // Page weight: what the page itself loads (not the sample page it shows).
  const own = [...new Set(requests.filter((u) => u.startsWith(baseUrl)).map((u) => new URL(u).pathname))]
    .filter((p) => !p.startsWith('/samples/'))
    .map((p) => (p.endsWith('/') ? p + 'index.html' : p));
  let raw = 0;
  let gz = 0;
  const parts = [];
  for (const p of own) {
    const bytes = readFileSync(join(WWW, decodeURIComponent(p)));
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += z;
    parts.push(`${p.slice(1)} ${bytes.length}/${z}`);
  }
  figures.push(`page weight (${own.length} files, HTML + JS + CSS + wasm + icon): ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`);
  figures.push(`  files (raw/gzip bytes): ${parts.join(', ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('sample pages: blocks are marked, Decluttered hides exactly the non-body ones, Original restores', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage();
  const viewer = '#viewer-samples';
  await waitForRun(page, viewer);
  for (const sample of SAMPLES) {
    const title = await page.$eval(`#sample option[value="${sample}"]`, (o) => `Sample page: ${o.textContent}`);
    if ((await page.$eval(viewer, (h) => h.dataset.doc)) !== title) {
      const runs = await runsOf(page, viewer);
      await page.selectOption('#sample', sample);
      await waitForRun(page, viewer, runs, title);
    }

    // Original first: the page as it is, no marks at all.
    await setView(page, viewer, 'original');
    const original = await inspectFrame(page, viewer);
    assert.equal(original.coreStyle, null, `${sample}: no Declutter stylesheet in Original`);
    assert.ok(!original.demoStyle && original.elements.every((e) => !e.label && !e.demoLabel), `${sample}: no marks in Original`);

    // Labels: every block marked and outlined, nothing hidden by Declutter.
    await setView(page, viewer, 'labels');
    const labels = await inspectFrame(page, viewer);
    const marked = labels.elements.filter((e) => e.label);
    assert.ok(marked.length >= 20, `${sample}: blocks get data-declutter-label (${marked.length})`);
    const blocks = labels.elements.filter((e) => e.demoLabel);
    const options0 = await page.$$eval(`${viewer} [role="option"]`, (os) => os.length);
    assert.ok(blocks.length > 0 && blocks.length <= options0, `${sample}: every block's element outlined`);
    assert.ok(blocks.every((e) => e.label || e.demoLabel !== 'body'), `${sample}: outlined body blocks carry the mark`);
    assert.ok(new Set(marked.map((e) => e.label)).size >= 3, `${sample}: several labels`);
    assert.equal(labels.coreStyle?.disabled, true, `${sample}: the hiding stylesheet is off in Labels`);
    for (const [i, e] of labels.elements.entries()) {
      if (e.label) {
        const was = original.elements[i].display;
        assert.ok(e.display !== 'none' || was === 'none', `${sample}: Labels shows the ${e.label} element “${e.text}”`);
      }
      if (e.demoLabel) assert.notEqual(e.outline, 'none', `${sample}: Labels outlines the ${e.demoLabel} block “${e.text}”`);
      assert.equal(e.rendered, original.elements[i].rendered, `${sample}: Labels hides nothing (“${e.text}”)`);
    }
    const options = await page.$$eval(`${viewer} [role="option"]`, (os) => os.map((o) => o.dataset.label));
    const legend = await page.$$eval(`${viewer} .legend li`, (ls) => Object.fromEntries(ls.map((l) => [l.dataset.label, Number(l.querySelector('.n').textContent.replace(/,/g, ''))])));
    for (const label of ['body', 'caption', 'ad', 'code']) {
      assert.equal(options.filter((l) => l === label).length, legend[label], `${sample}: legend count of ${label}`);
    }

    // Decluttered: exactly the non-body marked elements are display:none, and
    // nothing else disappears except what sits inside them.
    await setView(page, viewer, 'decluttered');
    const decluttered = await inspectFrame(page, viewer);
    assert.equal(decluttered.coreStyle?.disabled, false);
    assert.ok(!decluttered.demoStyle, `${sample}: no demo stylesheet in Decluttered`);
    let hiddenMarks = 0;
    for (const [i, e] of decluttered.elements.entries()) {
      if (e.label && e.label !== 'body') {
        assert.equal(e.display, 'none', `${sample}: the ${e.label} block “${e.text}” is hidden`);
        hiddenMarks += 1;
      } else if (e.label === 'body') {
        assert.equal(e.display, original.elements[i].display, `${sample}: the body block “${e.text}” stays`);
        assert.equal(e.rendered, original.elements[i].rendered, `${sample}: the body block “${e.text}” stays visible`);
      }
    }
    assert.ok(hiddenMarks > 0);
    // Every element that disappeared is a hidden block or inside one.
    const lost = await page.$eval(`${viewer} iframe`, (iframe) => {
      const doc = iframe.contentDocument;
      return [...doc.body.querySelectorAll('*')]
        .filter((el) => !el.checkVisibility() && !el.closest('[data-declutter-label]:not([data-declutter-label="body"])'))
        .map((el) => el.outerHTML.slice(0, 80));
    });
    const lostBefore = original.elements.filter((e) => !e.rendered).length;
    assert.ok(lost.length <= lostBefore, `${sample}: only clutter disappears (${lost.length} vs ${lostBefore} hidden by the page itself)`);
    const bodyBlocks = await page.$$eval(`${viewer} [role="option"][data-label="body"]`, (os) => os.length);
    assert.ok(bodyBlocks > 5, `${sample}: body blocks listed`);

    // Back to Original: byte-for-byte the page we started from.
    await setView(page, viewer, 'original');
    const restored = await inspectFrame(page, viewer);
    assert.equal(restored.html, original.html, `${sample}: Original after the other views is unchanged`);
  }

  // Options: keeping captions shows them in the Decluttered view.
  await setView(page, viewer, 'decluttered');
  const captionDisplay = () =>
    page.$eval(`${viewer} iframe`, (f) =>
      [...f.contentDocument.querySelectorAll('[data-declutter-label="caption"]')].map((e) => f.contentWindow.getComputedStyle(e).display),
    );
  assert.ok((await captionDisplay()).every((d) => d === 'none'));
  let runs = await runsOf(page, viewer);
  await page.uncheck('#opt-captions');
  await waitForRun(page, viewer, runs);
  const shown = await captionDisplay();
  assert.ok(shown.length > 0 && shown.every((d) => d !== 'none'), 'captions stay when “Hide captions” is off');
  runs = await runsOf(page, viewer);
  await page.selectOption('#opt-lang', 'en');
  await waitForRun(page, viewer, runs);
  assert.match(await page.textContent('#status'), /blocks labelled/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('pasting the seed text labels it as its labels file says; copy and download the clean text', { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage('#paste');
  assert.equal(await page.getAttribute('#tab-paste', 'aria-selected'), 'true');
  assert.equal(readFileSync(join(WWW, 'samples/nypost-budapest.txt'), 'utf8'), SEED_TEXT, 'the example text is the seed');

  // A real paste from the clipboard.
  await page.evaluate((text) => navigator.clipboard.writeText(text), SEED_TEXT);
  await page.focus('#paste-input');
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) > 0);
  assert.equal(await page.inputValue('#paste-input'), SEED_TEXT);

  const got = await page.$$eval('#text-blocks .tb', (items) =>
    items.map((li) => ({ label: li.dataset.label, text: li.querySelector('.tb-text').textContent })),
  );
  assert.equal(got.length, 29);
  assert.equal(SEED_LABELS.blocks.length, 29);
  // classifyText collapses whitespace (the seed has no-break spaces).
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  for (const [i, want] of SEED_LABELS.blocks.entries()) {
    assert.equal(norm(got[i].text), norm(want.text), `block ${i} text`);
    assert.equal(got[i].label, want.label, `block ${i} “${want.text.slice(0, 50)}”`);
  }
  const legend = await page.$$eval('#text-legend li', (ls) => Object.fromEntries(ls.map((l) => [l.dataset.label, Number(l.querySelector('.n').textContent)])));
  const want = { body: 0, caption: 0, ad: 0, code: 0 };
  for (const b of SEED_LABELS.blocks) want[b.label] += 1;
  assert.deepEqual(legend, want);
  assert.equal(await page.isVisible('#text-more'), false, 'no “show more” for 29 blocks');

  const clean = SEED_LABELS.blocks.filter((b) => b.label === 'body').map((b) => norm(b.text)).join('\n\n');
  await page.click('#copy-clean');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('#status').textContent));
  assert.equal((await page.evaluate(() => navigator.clipboard.readText())).trim(), clean.trim());

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-clean')]);
  assert.equal(download.suggestedFilename(), 'declutter-clean.txt');
  const saved = join(workDir, 'clean.txt');
  await download.saveAs(saved);
  assert.equal(readFileSync(saved, 'utf8').trim(), clean.trim());

  // The example button gives the same result.
  await page.click('#paste-clear');
  await page.waitForFunction(() => !document.querySelector('#paste-output').dataset.blocks);
  await page.click('#paste-example');
  await page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) === 29);
  assert.deepEqual(errors, []);
  await page.close();
});

test('1 MB of pasted text is labelled in a worker without freezing the page', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage('#paste');
  const unit = SEED_TEXT.trim() + '\n\n';
  const reps = Math.ceil(1_000_000 / Buffer.byteLength(unit));
  const text = unit.repeat(reps);
  const bytes = Buffer.byteLength(text);
  const result = await page.evaluate(async (text) => {
    const input = document.querySelector('#paste-input');
    const out = document.querySelector('#paste-output');
    // Longest gap between animation frames while the text is labelled.
    let maxGap = 0;
    let last = performance.now();
    let done = false;
    const tick = (t) => {
      maxGap = Math.max(maxGap, t - last);
      last = t;
      if (!done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (out.dataset.blocks && out.getAttribute('aria-busy') !== 'true' ? resolve() : requestAnimationFrame(check));
      check();
    });
    done = true;
    return {
      total: performance.now() - start,
      worker: Number(out.dataset.ms),
      roundTrip: Number(out.dataset.roundTripMs),
      blocks: Number(out.dataset.blocks),
      shown: document.querySelectorAll('#text-blocks .tb').length,
      maxGap,
    };
  }, text);
  assert.equal(result.blocks, 29 * reps);
  assert.ok(result.shown <= 200, `renders at most 200 blocks at first (${result.shown})`);
  assert.equal(await page.isVisible('#text-more'), true);
  await page.click('#text-more');
  assert.equal(await page.$$eval('#text-blocks .tb', (l) => l.length), 400);
  figures.push(
    `1 MB paste (${(bytes / 1e6).toFixed(2)} MB, ${result.blocks} blocks): classifyText in the worker ${Math.round(result.worker)} ms, ` +
      `round trip ${Math.round(result.roundTrip)} ms, input to rendered ${Math.round(result.total)} ms (includes the 400 ms typing debounce), ` +
      `longest main-thread frame gap ${Math.round(result.maxGap)} ms`,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

const LOCAL_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Local test page</title>
<script>document.documentElement.setAttribute('data-script-ran', 'yes'); try { parent.document.body.dataset.pwned = 'yes'; } catch (e) {}</script>
<link rel="stylesheet" href="https://cdn.example.invalid/site.css">
</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/weather/">Weather</a></li></ul></nav>
<article>
<h1>Harbour pool reopens after a two-year repair</h1>
<p>The open-air pool at the end of the harbour wall reopened on Saturday morning, two years after a winter storm cracked its seaward side and drained it overnight. About two hundred swimmers queued before the gates opened at seven.</p>
<figure><img src="https://images.example.invalid/pool.jpg" alt="The pool"><figcaption>Swimmers at the reopened harbour pool on Saturday. Photo: Jo Reed</figcaption></figure>
<p>The repair cost the town council a little under one million pounds, most of it spent on a new concrete wall that engineers say should survive a storm twice as strong as the one that broke the old one.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>Lifeguards will be on duty every day until the end of September, and the council plans to keep the pool open on weekends through the winter for the sea-swimming club.</p>
</article>
<aside class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the morning headlines in your inbox every day.</p></aside>
<script>document.body.insertAdjacentHTML('beforeend', '<p id="injected">Injected by a script</p>');</script>
</body></html>`;

test('opening a local HTML file (picker and drag and drop) shows it sandboxed and decluttered', { timeout: 90_000 }, async () => {
  const { page, errors, requests } = await openPage();
  const file = join(workDir, 'harbour-pool.html');
  writeFileSync(file, LOCAL_PAGE);
  await page.click('#tab-file');
  const viewer = '#viewer-file';
  await page.setInputFiles('#file-input', file);
  await waitForRun(page, viewer, 0, 'Your file: harbour-pool.html');
  assert.match(await page.textContent('#file-info'), /harbour-pool\.html/);

  const state = await page.$eval(`${viewer} iframe`, (iframe) => ({
    sandbox: iframe.getAttribute('sandbox'),
    scriptRan: iframe.contentDocument.documentElement.hasAttribute('data-script-ran'),
    injected: !!iframe.contentDocument.getElementById('injected'),
    parentTouched: !!document.body.dataset.pwned,
    labels: [...iframe.contentDocument.querySelectorAll('[data-declutter-label]')].map((e) => [e.getAttribute('data-declutter-label'), e.textContent.trim().slice(0, 30)]),
  }));
  assert.equal(state.sandbox, 'allow-same-origin', 'sandboxed, scripts not allowed');
  assert.equal(state.scriptRan || state.injected || state.parentTouched, false, 'no script of the file runs');
  const byText = Object.fromEntries(state.labels.map(([l, t]) => [t, l]));
  assert.equal(byText['Harbour pool reopens after a t'], 'body');
  assert.equal(byText['Advertisement'], 'ad');
  assert.ok(state.labels.some(([l]) => l === 'caption'), 'the photo caption is a caption');

  await setView(page, viewer, 'decluttered');
  const visible = await page.$eval(`${viewer} iframe`, (f) => f.contentDocument.body.innerText);
  assert.match(visible, /The repair cost the town council/);
  assert.doesNotMatch(visible, /Advertisement|Sign up for our newsletter|Photo: Jo Reed/);
  await shot(page, 'file-decluttered-light');

  // Drag and drop a second file onto the page.
  const runs = await runsOf(page, viewer);
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'dropped.html', { type: 'text/html' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, LOCAL_PAGE.replace('Harbour pool reopens', 'Dropped: harbour pool reopens'));
  await waitForRun(page, viewer, runs, 'Your file: dropped.html');
  const headline = await page.$eval(`${viewer} iframe`, (f) => f.contentDocument.querySelector('h1').getAttribute('data-declutter-label'));
  assert.equal(headline, 'body');
  assert.equal(await page.evaluate(() => document.body.classList.contains('dragging')), false);

  // Not HTML: said so, nothing else changes.
  await page.setInputFiles('#file-input', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await page.waitForFunction(() => /does not look like an HTML file/.test(document.querySelector('#status').textContent));
  assert.equal(await page.getAttribute('#status', 'data-kind'), 'error');
  // A dropped text file goes to Paste text.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'scraped.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, SEED_TEXT);
  await page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) === 29);
  assert.equal(await page.getAttribute('#tab-paste', 'aria-selected'), 'true');

  assert.deepEqual(requests.filter((u) => u.includes('example.invalid')), [], 'the file’s links are not loaded');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard only: Tab and the arrow keys reach every control, with a visible focus', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage();
  await waitForRun(page, '#viewer-samples');

  /** Presses Tab until focus comes back around; returns the controls reached. */
  async function tabAround() {
    const reached = new Set();
    await page.evaluate(() => {
      document.activeElement?.blur();
      window.getSelection()?.removeAllRanges();
    });
    let first = null;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return { key: 'body' };
        if (el.tagName === 'IFRAME') return { key: 'iframe' };
        const s = getComputedStyle(el);
        const key = el.id || el.dataset.view && `${el.closest('.viewer').id}:${el.dataset.view}` ||
          (el.className && `${el.closest('[id]')?.id}:${el.className}`) || el.tagName;
        return { key, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (info.key === 'iframe' || info.key === 'body') continue;
      assert.ok(info.outline, `visible focus on ${info.key}`);
      if (info.key === first) break;
      first ??= info.key;
      reached.add(info.key);
    }
    return reached;
  }
  /** Every visible control of the page, named like tabAround names them. */
  const controls = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
        .filter((el) => el.checkVisibility() && !el.disabled && el.tabIndex >= 0 && !el.closest('[hidden]'))
        .filter((el) => !(el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') !== 'true'))
        .map((el) => el.id || el.dataset.view && `${el.closest('.viewer').id}:${el.dataset.view}` ||
          (el.className && `${el.closest('[id]')?.id}:${el.className}`) || el.tagName),
    );
  const missing = (want, got) => want.filter((k) => !got.has(k));

  // Samples panel.
  let reached = await tabAround();
  assert.deepEqual(missing(await controls(), reached), [], 'samples panel');
  for (const key of ['theme', 'opt-lang', 'opt-captions', 'tab-samples', 'sample', 'viewer-samples:labels', 'v1-blocks']) {
    assert.ok(reached.has(key), `reached ${key}`);
  }

  // The view buttons and the block list work from the keyboard.
  await page.focus('#viewer-samples [data-view="decluttered"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#viewer-samples [data-view="decluttered"]', 'aria-pressed'), 'true');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('#viewer-samples [data-view="labels"]', 'aria-pressed'), 'true');
  await page.focus('#v1-blocks');
  assert.equal(await page.getAttribute('#v1-blocks', 'aria-activedescendant'), 'v1-b0', 'focus picks the first block');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.getAttribute('#v1-blocks', 'aria-activedescendant'), 'v1-b1');
  assert.equal(await page.isVisible('#viewer-samples .frame-tip'), true, 'the current block’s reason is shown');
  await page.keyboard.press('End');
  const last = await page.$$eval('#v1-blocks [role="option"]', (os) => os.at(-1).id);
  assert.equal(await page.getAttribute('#v1-blocks', 'aria-activedescendant'), last);

  // Arrow keys move between the tabs (one tab stop, as the ARIA pattern has it).
  await page.focus('#tab-samples');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-paste');
  assert.equal(await page.isVisible('#panel-paste'), true);
  // Keyboard-only use of the paste panel: the example, then every control.
  await page.focus('#paste-example');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) === 29);
  reached = await tabAround();
  assert.deepEqual(missing(await controls(), reached), [], 'paste panel');
  for (const key of ['paste-input', 'paste-example', 'paste-clear', 'copy-clean', 'download-clean']) assert.ok(reached.has(key), `reached ${key}`);

  // The file panel: open a file from the keyboard (Space on the file input).
  await page.focus('#tab-paste');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-file');
  const file = join(workDir, 'keyboard.html');
  writeFileSync(file, LOCAL_PAGE);
  await page.focus('#file-input');
  const chooserShown = page.waitForEvent('filechooser');
  // One round trip, so that Playwright intercepts the chooser before the key press.
  await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('Space');
  const chooser = await chooserShown;
  await chooser.setFiles(file);
  await waitForRun(page, '#viewer-file', 0, 'Your file: keyboard.html');
  reached = await tabAround();
  assert.deepEqual(missing(await controls(), reached), [], 'file panel');
  for (const key of ['file-input', 'viewer-file:original', 'v2-blocks']) assert.ok(reached.has(key), `reached ${key}`);

  // Home goes back to the first tab.
  await page.focus('#tab-file');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-samples');
  assert.deepEqual(errors, []);
  await page.close();
});

test('no accessibility violations (axe-core, WCAG 2.1 A/AA and best practices), light and dark', { timeout: 120_000 }, async () => {
  const file = join(workDir, 'axe.html');
  writeFileSync(file, LOCAL_PAGE);
  for (const scheme of ['light', 'dark']) {
    const { page, errors } = await openPage('', { colorScheme: scheme, axe: true });
    await waitForRun(page, '#viewer-samples');
    const check = async (where) => {
      const result = await page.evaluate(() =>
        window.axe.run(
          { exclude: [['iframe']] },
          { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], iframes: false },
        ),
      );
      const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `${where}, ${scheme}`);
    };
    await check('samples, Labels view');
    await page.focus('#v1-blocks');
    await page.keyboard.press('ArrowDown');
    await check('samples, a block picked in the list');
    await page.click('#tab-paste');
    await page.click('#paste-example');
    await page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) === 29);
    await check('paste text');
    await page.click('#tab-file');
    await check('open a file, empty');
    await page.setInputFiles('#file-input', file);
    await waitForRun(page, '#viewer-file', 0, 'Your file: axe.html');
    await check('open a file, loaded');
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the theme toggle switches light and dark and remembers the choice', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage('', { colorScheme: 'light' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  assert.equal(await page.getAttribute('#theme', 'aria-pressed'), 'false');
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.getAttribute('#theme', 'aria-pressed'), 'true');
  const dark = await bg();
  assert.notEqual(dark, light);
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await bg(), dark, 'the choice survives a reload');
  await page.click('#theme');
  assert.equal(await bg(), light);
  await page.evaluate(() => localStorage.removeItem('declutter-theme'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('screenshots of every view, light and dark (artifacts/demo/)', { timeout: 120_000 }, async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, errors } = await openPage('', { colorScheme: scheme });
    const viewer = '#viewer-samples';
    await waitForRun(page, viewer);
    for (const view of ['original', 'labels', 'decluttered']) {
      await setView(page, viewer, view);
      await shot(page, `sample-${view}-${scheme}`);
    }
    // Labels view with a block picked in the list (its reason shown over the page).
    await setView(page, viewer, 'labels');
    await page.focus('#v1-blocks');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    await shot(page, `sample-labels-current-${scheme}`);
    // Hovering a block in the page shows its reason too.
    await page.frameLocator(`${viewer} iframe`).locator('figcaption').first().hover();
    await page.waitForSelector(`${viewer} .frame-tip:not([hidden])`);
    await page.screenshot({ path: join(SHOTS, `sample-labels-hover-${scheme}.png`) });
    // The other samples in Labels view.
    for (const sample of SAMPLES.slice(1)) {
      const runs = await runsOf(page, viewer);
      await page.selectOption('#sample', sample);
      await waitForRun(page, viewer, runs);
      await shot(page, `sample-${sample.replace('.html', '')}-labels-${scheme}`);
    }
    // Paste text with the example.
    await page.click('#tab-paste');
    await page.click('#paste-example');
    await page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) === 29);
    await shot(page, `paste-${scheme}`);
    // Open a file.
    await page.click('#tab-file');
    await shot(page, `file-empty-${scheme}`);
    const file = join(workDir, 'shot.html');
    writeFileSync(file, LOCAL_PAGE);
    await page.setInputFiles('#file-input', file);
    await waitForRun(page, '#viewer-file', 0, 'Your file: shot.html');
    await shot(page, `file-labels-${scheme}`);
    assert.deepEqual(errors, []);
    await page.close();

    // A phone-sized screen.
    const small = await openPage('', { colorScheme: scheme, viewport: { width: 390, height: 844 } });
    await waitForRun(small.page, viewer);
    await shot(small.page, `phone-labels-${scheme}`);
    await small.page.click('#tab-paste');
    await small.page.click('#paste-example');
    await small.page.waitForFunction(() => Number(document.querySelector('#paste-output').dataset.blocks) === 29);
    await shot(small.page, `phone-paste-${scheme}`);
    await small.page.locator('#text-blocks').scrollIntoViewIfNeeded();
    await shot(small.page, `phone-paste-results-${scheme}`);
    await small.page.click('#tab-samples');
    await small.page.locator('#viewer-samples .blocks').scrollIntoViewIfNeeded();
    await shot(small.page, `phone-blocks-${scheme}`);
    assert.deepEqual(small.errors, []);
    await small.page.close();
  }
  assert.ok(statSync(join(SHOTS, 'sample-labels-dark.png')).size > 10_000);
});
