// End-to-end tests of the built extension (dist/chrome, dist/firefox) in
// headless Chromium (playwright-core) and Firefox ESR (geckodriver), on local
// test pages served from 127.0.0.1. Asserts what a reader sees (computed
// visibility), waits for conditions (never fixed sleeps), saves screenshots
// to artifacts/extension/ and prints `N passed, N failed`.
//
//   node tests/extension/run.mjs [chromium] [firefox] [--grep=TEXT]   (default: both, all tests)
//   Run scripts/build-extension first.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { robustSuite } from './robust/tests.mjs';
import { securitySuite, manifestProblems, inlineScriptProblems, htmlSinkProblems } from './security.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'artifacts', 'extension');
const TIMEOUT_MS = 20_000;
const POLL_MS = 50;
/** Page loads per page for the timing figures. */
const TIMING_LOADS = 5;

const browsers = process.argv.slice(2).filter((a) => !a.startsWith('-'));
/** `--grep=TEXT`: run only the tests whose name contains TEXT (while developing). */
const grep = process.argv.find((a) => a.startsWith('--grep='))?.slice('--grep='.length) ?? '';
const which = browsers.length ? browsers : ['chromium', 'firefox'];

let passed = 0;
let failed = 0;
const failures = [];
const figures = {};

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** JSON with object keys sorted (WebDriver returns objects with sorted keys). */
function canonical(v) {
  return JSON.stringify(v, (k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x);
}

function assertEqual(actual, expected, message) {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new Error(`${message}\n      expected ${e}\n      actual   ${a}`);
}

/** Fails with the first difference when two markup strings differ. */
function assertSameHTML(now, was, message) {
  if (typeof was !== 'string' || was.length < 500) throw new Error(`${message}: no original markup captured`);
  if (now === was) return;
  let i = 0;
  while (i < now.length && now[i] === was[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
  throw new Error(`${message}: first difference at ${i}\n      now ${around(now)}\n      was ${around(was)}`);
}

async function test(browser, name, fn) {
  const label = `${browser.name}: ${name}`;
  if (grep && !label.includes(grep)) return;
  const started = Date.now();
  const before = new Set(browser.openTabs ?? []);
  try {
    await fn();
    passed++;
    console.log(`ok - ${label} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    failures.push(label);
    console.log(`not ok - ${label}\n    ${String(e.stack || e).split('\n').join('\n    ')}`);
  } finally {
    // Tabs a failed test left open would answer later tests' look-ups.
    for (const tab of browser.openTabs ?? []) {
      if (!before.has(tab)) await browser.closeTab(tab).catch(() => {});
    }
  }
}

const shot = (browser, name) => join(ARTIFACTS, `${browser}-${name}.png`);

/** Polls `fn` in the tab until it returns a truthy value. */
async function waitFor(b, tab, what, fn, ...args) {
  const deadline = Date.now() + TIMEOUT_MS;
  let last;
  for (;;) {
    try {
      last = await b.eval(tab, fn, ...args);
    } catch (e) {
      last = `error: ${String(e.message || e).split('\n')[0]}`;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${last}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
      continue;
    }
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// --- Functions evaluated in pages (self-contained) -----------------------------
const visibility = (ids) =>
  Object.fromEntries(ids.map((id) => {
    const el = document.getElementById(id);
    return [id, el ? el.checkVisibility() : 'missing'];
  }));
const acted = () => document.documentElement.hasAttribute('data-declutter-hide');
const outerHTML = () => document.documentElement.outerHTML;
const original = () => window.__originalHTML;
const labelled = () => [...document.querySelectorAll('[data-declutter-label]')]
  .map((el) => `${el.id || el.localName}=${el.getAttribute('data-declutter-label')}`);
const declutterAttrs = () => [...document.querySelectorAll('*')]
  .flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('data-declutter')).map((a) => `${el.localName}[${a.name}]`));
const dclToHidden = () => {
  const t = window.__declutterTiming;
  const nav = performance.getEntriesByType('navigation')[0];
  return t && t.hiddenAt !== null ? t.hiddenAt - nav.domContentLoadedEventStart : null;
};
const treeWalkerMs = () => {
  const pass = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (w.nextNode()) n += w.currentNode.data.length;
    return n;
  };
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    iterations++;
    elapsed = performance.now() - start;
  } while (elapsed < 100);
  return elapsed / iterations;
};
// In an extension page: the id of the tab showing `url` (its content script tells).
const tabIdOf = async (url) => {
  const api = globalThis.browser ?? globalThis.chrome;
  for (const tab of await api.tabs.query({})) {
    try {
      const state = await api.tabs.sendMessage(tab.id, { type: 'getState' });
      if (state && state.url === url) return tab.id;
    } catch {
      // no content script in that tab
    }
  }
  return null;
};
const ask = async (tabId, msg) => {
  const api = globalThis.browser ?? globalThis.chrome;
  try {
    return await api.tabs.sendMessage(tabId, msg);
  } catch (e) {
    return null;
  }
};
const setStorage = async (items, removeKeys) => {
  const api = globalThis.browser ?? globalThis.chrome;
  if (removeKeys.length) await api.storage.sync.remove(removeKeys);
  if (Object.keys(items).length) await api.storage.sync.set(items);
  return true;
};

// What a reader of the article should and should not see.
const ARTICLE_SHOWN = ['headline', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'lead-photo', 'second-photo', 'lead-figure', 'second-figure'];
const ARTICLE_HIDDEN = ['cookie', 'nav', 'byline', 'dateline', 'share', 'lead-caption', 'ad-inline', 'leaked-css',
  'newsletter', 'second-caption', 'leaked-json', 'follow', 'related', 'rail-ad'];
const expectAll = (ids, value) => Object.fromEntries(ids.map((id) => [id, value]));

// --- The suite, the same for both browsers ---------------------------------------
async function suite(b, server) {
  const url = (path) => server.origin + path;
  const shot = (name) => join(ARTIFACTS, `${b.name}-${name}.png`);
  const ext = await b.newTab(b.extBase + 'popup.html');
  const stateOf = async (pageUrl) => {
    const id = await b.eval(ext, tabIdOf, pageUrl);
    assert(id !== null, `no content script answers in the tab of ${pageUrl}`);
    return { id, state: await b.eval(ext, ask, id, { type: 'getState' }) };
  };
  const timings = { article: [], csp: [], dynamic: [] };

  async function checkArticle(tab, pageUrl, engine) {
    await waitFor(b, tab, 'Declutter to act', acted);
    const vis = await b.eval(tab, visibility, [...ARTICLE_SHOWN, ...ARTICLE_HIDDEN]);
    assertEqual(vis, { ...expectAll(ARTICLE_SHOWN, true), ...expectAll(ARTICLE_HIDDEN, false) }, 'visibility after decluttering');
    const { state } = await stateOf(pageUrl);
    assert(state.active && state.readerable, `state: ${JSON.stringify(state)}`);
    assert(state.hidden >= 20, `hidden ${state.hidden}`);
    if (engine) assertEqual(state.engine, engine, 'where the core ran');
    const { id } = await stateOf(pageUrl);
    await waitFor(b, ext, 'the badge to show the hidden count', async (tabId, text) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.action.getBadgeText({ tabId })) === text;
    }, id, String(state.hidden));
    return state;
  }

  await test(b, '(a) article: clutter hidden, prose and photos stay', async () => {
    const tab = await b.newTab(url('/article.html'));
    const state = await checkArticle(tab, url('/article.html'), 'page');
    timings.article.push(await b.eval(tab, dclToHidden));
    figures[`${b.name}.article.counts`] = state.counts;
    figures[`${b.name}.article.hidden`] = state.hidden;
    await b.screenshot(tab, shot('article-after'));
    await b.closeTab(tab);
  });

  await test(b, '(a) re-running is idempotent', async () => {
    const pageUrl = url('/article.html');
    const tab = await b.newTab(pageUrl);
    await waitFor(b, tab, 'Declutter to act', acted);
    const { id, state } = await stateOf(pageUrl);
    const before = await b.eval(tab, labelled);
    // A page mutation queues a re-run on the whole body.
    await b.eval(tab, () => { document.body.append(document.createElement('span')); });
    await waitFor(b, ext, 'a second run', async (tabId, runs) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const s = await api.tabs.sendMessage(tabId, { type: 'getState' });
      return s.runs > runs;
    }, id, state.runs);
    assertEqual(await b.eval(tab, labelled), before, 'marks after a second run');
    const after = await b.eval(ext, ask, id, { type: 'getState' });
    figures[`${b.name}.article.rerunMs`] = after.ms;
    await b.closeTab(tab);
  });

  await test(b, 'popup: counts, show what was hidden (outlined, reason on hover), undo → (e) page exactly restored', async () => {
    const pageUrl = url('/article.html');
    const tab = await b.newTab(pageUrl);
    await waitFor(b, tab, 'Declutter to act', acted);
    const { id } = await stateOf(pageUrl);
    const popup = await b.newTab(`${b.extBase}popup.html?tab=${id}`, { width: 340, height: 520 });
    await waitFor(b, popup, 'the popup to render', () => !document.getElementById('page').hidden);
    const popupText = await b.eval(popup, () => ({
      status: document.getElementById('status').textContent,
      counts: [...document.querySelectorAll('#counts tr')].map((r) => [r.dataset.label, r.cells[1].textContent]),
      toggle: document.getElementById('toggle').textContent,
    }));
    assert(/\d+/.test(popupText.status), `status: ${popupText.status}`);
    assert(popupText.counts.every(([, n]) => /^\d+$/.test(n)), `counts: ${JSON.stringify(popupText.counts)}`);
    await b.screenshot(popup, shot('popup'), { selector: 'body' });
    if (popup.emulateMedia) {
      // Dark mode (prefers-color-scheme), Chromium only: WebDriver cannot emulate it.
      await popup.emulateMedia({ colorScheme: 'dark' });
      await b.screenshot(popup, shot('popup-dark'), { selector: 'body' });
      await popup.emulateMedia({ colorScheme: 'light' });
    }

    // Show what was hidden.
    await b.eval(popup, () => document.getElementById('show').click());
    await waitFor(b, tab, 'hidden blocks to come back', () => document.documentElement.hasAttribute('data-declutter-show'));
    const shown = await b.eval(tab, visibility, [...ARTICLE_SHOWN, ...ARTICLE_HIDDEN]);
    assertEqual(shown, expectAll([...ARTICLE_SHOWN, ...ARTICLE_HIDDEN], true), 'visibility while showing what was hidden');
    const outline = await b.eval(tab, () => {
      const s = getComputedStyle(document.getElementById('newsletter'));
      return { style: s.outlineStyle, colour: s.outlineColor, reason: document.getElementById('newsletter').getAttribute('data-declutter-reason') };
    });
    assertEqual(outline.style, 'dashed', 'outline of a hidden block');
    assert(outline.reason && outline.reason.length > 3, `reason: ${outline.reason}`);
    await b.hover(tab, '#lead-caption');
    const tip = await waitFor(b, tab, 'the hover reason', () => {
      const el = document.getElementById('lead-caption');
      const c = getComputedStyle(el, '::after').content;
      return c && c !== 'none' && c !== 'normal' ? c : null;
    });
    // Chromium resolves attr() in the computed value; Firefox reports it as written.
    const reason = await b.eval(tab, () => document.getElementById('lead-caption').getAttribute('data-declutter-reason'));
    assert(tip.includes('Caption') || (tip.includes('attr(data-declutter-reason)') && reason.includes('Caption')),
      `hover text ${tip}, reason ${reason}`);
    await b.screenshot(tab, shot('article-show-hidden'));

    // Undo: the page is exactly as it was parsed.
    await b.eval(popup, () => document.getElementById('toggle').click());
    await waitFor(b, tab, 'the marks to go', () => !document.documentElement.hasAttribute('data-declutter-hide'));
    assertSameHTML(await b.eval(tab, outerHTML), await b.eval(tab, original), 'documentElement.outerHTML after undo');
    assertEqual(await b.eval(tab, visibility, ARTICLE_HIDDEN), expectAll(ARTICLE_HIDDEN, true), 'clutter back after undo');
    await b.screenshot(tab, shot('article-before'));
    // Toggle on again from the popup: the same marks come back.
    await b.eval(popup, () => document.getElementById('toggle').click());
    await waitFor(b, tab, 'Declutter to act again', acted);
    assertEqual(await b.eval(tab, visibility, ARTICLE_HIDDEN), expectAll(ARTICLE_HIDDEN, false), 'clutter hidden again');
    await b.closeTab(popup);
    await b.closeTab(tab);
  });

  await test(b, 'a page nested 5,000 elements deep', async () => {
    const tab = await b.newTab(url('/deep.html'));
    await waitFor(b, tab, 'Declutter to act', acted);
    const depth = await b.eval(tab, () => {
      let d = 0;
      for (let n = document.getElementById('deep-leaf'); n; n = n.parentElement) d++;
      return d;
    });
    assert(depth > 5000, `depth ${depth}`);
    // The walk reached the bottom: the deepest paragraph was classified and marked.
    const leaf = await b.eval(tab, () => document.getElementById('deep-leaf').getAttribute('data-declutter-label'));
    assertEqual(leaf, 'ad', 'label of the paragraph 5,000 levels down');
    const ids = ['deep-headline', 'deep-p1', 'deep-p2', 'deep-ad'];
    assertEqual(await b.eval(tab, visibility, ids), { ...expectAll(ids.slice(0, 3), true), 'deep-ad': false }, 'visibility');
  });

  await test(b, '(b) strict CSP page: same result; (e) restored exactly', async () => {
    const pageUrl = url('/csp/article.html');
    const tab = await b.newTab(pageUrl);
    const state = await checkArticle(tab, pageUrl, b.name === 'chromium' ? 'background' : 'page');
    figures[`${b.name}.csp.engine`] = state.engine;
    timings.csp.push(await b.eval(tab, dclToHidden));
    await b.screenshot(tab, shot('csp-article-after'));
    const { id } = await stateOf(pageUrl);
    await b.eval(ext, ask, id, { type: 'setShow', show: true });
    await b.eval(ext, ask, id, { type: 'toggle' });
    await waitFor(b, tab, 'the marks to go', () => !document.documentElement.hasAttribute('data-declutter-hide'));
    assertSameHTML(await b.eval(tab, outerHTML), await b.eval(tab, original), 'documentElement.outerHTML');
    await b.closeTab(tab);
  });

  await test(b, '(c) dynamic page: late ad and caption hidden, photo stays, infinite scroll handled', async () => {
    const pageUrl = url('/csp/dynamic.html');
    const tab = await b.newTab(pageUrl);
    await waitFor(b, tab, 'Declutter to act', acted);
    timings.dynamic.push(await b.eval(tab, dclToHidden));
    await waitFor(b, tab, 'the page to insert its late ad and figure', () => window.__dynamic.lateInserted);
    await waitFor(b, tab, 'the late ad and caption to be hidden', (ids) => {
      const v = (id) => document.getElementById(id).checkVisibility();
      return !v('late-ad') && !v('late-caption') && v('late-photo') && v('p1');
    });
    for (const n of [1, 2]) {
      await b.eval(tab, () => window.scrollTo(0, document.documentElement.scrollHeight));
      await waitFor(b, tab, `batch ${n} to be appended`, (k) => window.__dynamic.batches >= k, n);
      await waitFor(b, tab, `batch ${n}'s promo hidden, its prose shown`, (k) =>
        document.getElementById(`batch-${k}-text`).checkVisibility() &&
        !document.getElementById(`batch-${k}-promo`).checkVisibility(), n);
    }
    assertEqual(await b.eval(tab, visibility, ['headline', 'p1', 'p2', 'p3', 'p4', 'late-photo']),
      expectAll(['headline', 'p1', 'p2', 'p3', 'p4', 'late-photo'], true), 'the story stays');
    await b.eval(tab, () => window.scrollTo(0, 0));
    await b.screenshot(tab, shot('dynamic-after'));
    await b.closeTab(tab);
  });

  await test(b, '(d) non-article page: automatic mode hides nothing; a toggle still works there', async () => {
    const pageUrl = url('/app.html');
    const tab = await b.newTab(pageUrl);
    const origHTML = await b.eval(tab, outerHTML);
    const { id } = await stateOf(pageUrl);
    await waitFor(b, ext, 'the page to be classified', async (tabId) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const s = await api.tabs.sendMessage(tabId, { type: 'getState' });
      return s.checked;
    }, id);
    const { state } = await stateOf(pageUrl);
    assert(!state.active && !state.readerable, `state: ${JSON.stringify(state)}`);
    assertEqual(await b.eval(tab, declutterAttrs), [], 'no Declutter attribute on the page');
    const ids = ['task-form', 'title', 'save', 'results', 'results-heading', 'projects'];
    assertEqual(await b.eval(tab, visibility, ids), expectAll(ids, true), 'everything visible');
    assertSameHTML(await b.eval(tab, outerHTML), origHTML, 'page untouched');
    await b.screenshot(tab, shot('app-auto'));
    // The toolbar/shortcut toggle acts on any page.
    await b.eval(ext, ask, id, { type: 'toggle' });
    await waitFor(b, tab, 'Declutter to act after a toggle', acted);
    await b.eval(ext, ask, id, { type: 'toggle' });
    await waitFor(b, tab, 'the marks to go', () => !document.documentElement.hasAttribute('data-declutter-hide'));
    assertSameHTML(await b.eval(tab, outerHTML), origHTML, 'page restored after toggling off');
    await b.closeTab(tab);
  });

  await test(b, 'options: keeping captions shows them; site choice "never" restores and sticks, "always" acts on a non-article', async () => {
    const pageUrl = url('/article.html');
    const tab = await b.newTab(pageUrl);
    try {
    await waitFor(b, tab, 'Declutter to act', acted);
    await b.eval(ext, setStorage, { settings: { hide: ['ad', 'code'], auto: true, click: 'popup' } }, []);
    await waitFor(b, tab, 'captions to come back', () =>
      document.getElementById('lead-caption').checkVisibility() && !document.getElementById('ad-inline').checkVisibility());
    await b.eval(ext, setStorage, { 'site:127.0.0.1': 'never' }, ['settings']);
    await waitFor(b, tab, 'the page to be restored', () => !document.documentElement.hasAttribute('data-declutter-hide'));
    assertSameHTML(await b.eval(tab, outerHTML), await b.eval(tab, original), 'documentElement.outerHTML');
    await b.goto(tab, pageUrl);
    const { state } = await stateOf(pageUrl);
    assert(!state.active && !state.checked && state.choice === 'never', `after reload: ${JSON.stringify(state)}`);
    await b.eval(ext, setStorage, { 'site:127.0.0.1': 'always' }, []);
    await b.goto(tab, url('/app.html'));
    await waitFor(b, tab, 'Declutter to act on a non-article with "always"', acted);
    // The options page lists the site with its choice.
    const list = await b.newTab(b.extBase + 'options.html');
    const row = await waitFor(b, list, 'the site list', () => {
      const tr = document.querySelector('#sites tbody tr');
      return tr && [tr.cells[0].textContent, tr.querySelector('select').value];
    });
    assertEqual(row, ['127.0.0.1', 'always'], 'site list row');
    await b.screenshot(list, shot('options-sites'));
    await b.closeTab(list);
    // Toolbar button set to toggle directly: the popup is taken off the button.
    await b.eval(ext, setStorage, { settings: { hide: ['caption', 'ad', 'code'], auto: true, click: 'toggle' } }, []);
    await waitFor(b, ext, 'the toolbar button to lose its popup', async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.action.getPopup({})) === '';
    });
    await b.eval(ext, setStorage, { settings: { hide: ['caption', 'ad', 'code'], auto: true, click: 'popup' } }, []);
    await waitFor(b, ext, 'the toolbar button to get its popup back', async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.action.getPopup({})).endsWith('popup.html');
    });
    } finally {
      await b.eval(ext, setStorage, {}, ['site:127.0.0.1', 'settings']);
    }
    const opts = await b.newTab(b.extBase + 'options.html');
    await waitFor(b, opts, 'the options page', () => document.querySelector('input[name="hide"][value="ad"]').checked);
    await b.screenshot(opts, shot('options'));
    await b.closeTab(opts);
    await b.closeTab(tab);
  });

  await test(b, 'timing: DOMContentLoaded → clutter hidden', async () => {
    const tab = await b.newTab();
    for (const [key, path] of [['article', '/article.html'], ['csp', '/csp/article.html']]) {
      const tw = [];
      while (timings[key].length < TIMING_LOADS) {
        await b.goto(tab, url(path));
        await waitFor(b, tab, 'Declutter to act', acted);
        timings[key].push(await b.eval(tab, dclToHidden));
        tw.push(await b.eval(tab, treeWalkerMs));
      }
      const m = median(timings[key]);
      const w = median(tw);
      figures[`${b.name}.${key}.dclToHiddenMs`] = Math.round(m * 10) / 10;
      figures[`${b.name}.${key}.treeWalkerMs`] = Math.round(w * 1000) / 1000;
      figures[`${b.name}.${key}.ratio`] = Math.round(m / w);
      console.log(`# ${b.name} ${path}: DOMContentLoaded → hidden median ${m.toFixed(1)} ms over ${timings[key].length} loads; ` +
        `one TreeWalker pass over the text nodes ${w.toFixed(3)} ms; ratio ${(m / w).toFixed(0)}×`);
    }
    await b.closeTab(tab);
  });

  // Pathological and hostile pages (robust/tests.mjs).
  await robustSuite(b, server, { test, waitFor, assert, assertEqual, ask, tabIdOf, setStorage, visibility, figures });
  // The claims of docs/SECURITY.md (security.mjs).
  await securitySuite(b, server, { test, waitFor, assert, assertEqual, ask, tabIdOf });

  await test(b, '(f) no network request from the extension', async () => {
    const allowed = new Set(['/article.html', '/site.css', '/timing.js', '/capture.js', '/greenhouse.svg',
      '/dynamic.html', '/dynamic.js', '/app.html', '/deep.html', '/deep.js', '/favicon.ico',
      '/probe.js', '/scripts.js', '/fight-styles.js', '/fight-attrs.js', '/fight-inline.js', '/fight-mutate.js',
      '/frame-status.js', '/cross-frame.js']);
    const unexpected = server.log.filter((p) => !allowed.has(p.replace(/^\/csp\//, '/')) && !p.startsWith('/robust/'));
    assertEqual(unexpected, [], 'requests to the test server beyond the pages\' own resources');
    if (b.requests) {
      // chrome:// is the test's own look at chrome://extensions; the extension's
      // files load from chrome-extension:// (its id or its dynamic id).
      // (localhost is the test server's second name, for a cross-origin frame.)
      const foreign = b.requests.filter((u) => !u.startsWith(server.origin + '/') &&
        !u.startsWith(`http://localhost:${server.port}/`) &&
        !/^(chrome-extension|chrome|data):/.test(u));
      assertEqual(foreign, [], 'requests anywhere but the test server and the extension itself');
      // The record includes the background worker's own requests (its wasm).
      assert(b.workerRequests > 0, 'no request of the service worker was recorded');
    }
  });

  if (b.worker) {
    await test(b, 'toolbar button / keyboard shortcut handler toggles the page (background worker)', async () => {
      const pageUrl = url('/article.html');
      const tab = await b.newTab(pageUrl);
      await waitFor(b, tab, 'Declutter to act', acted);
      const { id } = await stateOf(pageUrl);
      // The function both action.onClicked and commands.onCommand call.
      await b.worker.evaluate((tabId) => globalThis.declutterBackground.toggleTab(tabId), id);
      await waitFor(b, tab, 'the marks to go', () => !document.documentElement.hasAttribute('data-declutter-hide'));
      await b.worker.evaluate((tabId) => globalThis.declutterBackground.toggleTab(tabId), id);
      await waitFor(b, tab, 'Declutter to act again', acted);
      const manifest = await b.worker.evaluate(() => chrome.runtime.getManifest());
      assertEqual(Object.keys(manifest.commands), ['toggle-page'], 'commands');
    });
  }

  await b.closeTab(ext).catch(() => {});
}

/** Static check of the built files: no network API, no remote URL, no eval. */
function staticChecks(dir) {
  const problems = [];
  const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  for (const file of walk(dir).filter((f) => /\.(js|html|css|json)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    const rel = file.slice(dir.length + 1);
    for (const [what, re] of [
      ['XMLHttpRequest', /XMLHttpRequest/], ['WebSocket', /WebSocket/], ['EventSource', /EventSource/],
      ['sendBeacon', /sendBeacon/], ['eval', /\beval\s*\(/], ['new Function', /new Function\s*\(/],
      // (The glue's error messages link to MDN; nothing is fetched from there.)
      ['remote URL', /https?:\/\/(?!www\.w3\.org\/(2000\/svg|1999\/xhtml)|developer\.mozilla\.org\/)[a-z0-9.-]+/i],
    ]) {
      if (re.test(text)) problems.push(`${rel}: ${what}`);
    }
    // The only fetch is the wasm-bindgen glue loading the extension's own .wasm.
    if (/\bfetch\(/.test(text) && rel !== 'pkg/declutter.js') problems.push(`${rel}: fetch`);
  }
  return problems;
}

// --- Main ---------------------------------------------------------------------------
mkdirSync(ARTIFACTS, { recursive: true });
for (const b of ['chrome', 'firefox']) {
  if (!existsSync(join(DIST, b, 'manifest.json'))) {
    console.error(`dist/${b} missing: run scripts/build-extension first`);
    process.exit(2);
  }
}

const server = await startServer();
try {
  await test({ name: 'build' }, 'built files: no network API, remote URL or eval', async () => {
    for (const b of ['chrome', 'firefox']) assertEqual(staticChecks(join(DIST, b)), [], `dist/${b}`);
  });
  await test({ name: 'build' }, 'security: the manifests ask only for storage and http/https content scripts; extension-page CSP', async () => {
    for (const b of ['chrome', 'firefox']) assertEqual(manifestProblems(join(DIST, b), b), [], `dist/${b}/manifest.json`);
  });
  await test({ name: 'build' }, 'security: no inline script or event-handler attribute in the extension pages', async () => {
    for (const b of ['chrome', 'firefox']) assertEqual(inlineScriptProblems(join(DIST, b)), [], `dist/${b}`);
  });
  await test({ name: 'build' }, 'security: no extension code writes HTML strings (innerHTML, insertAdjacentHTML, document.write …)', async () => {
    for (const b of ['chrome', 'firefox']) assertEqual(htmlSinkProblems(join(DIST, b)), [], `dist/${b}`);
  });

  if (which.includes('chromium')) {
    server.log.length = 0;
    const b = await launchChromium(join(DIST, 'chrome'));
    try {
      await test(b, 'loads without errors or warnings', async () => {
        const page = await b.newTab('chrome://extensions/');
        const info = await page.evaluate(async (id) => {
          const all = await chrome.developerPrivate.getExtensionsInfo();
          const me = all.find((e) => e.id === id);
          return me && { manifestErrors: me.manifestErrors, installWarnings: me.installWarnings, runtimeErrors: me.runtimeErrors, permissions: me.permissions };
        }, b.extId);
        assert(info, 'extension listed');
        assertEqual([info.manifestErrors.length, info.installWarnings, info.runtimeErrors.length], [0, [], 0], 'errors and warnings');
        await page.close();
      });
      await suite(b, server);
      await test(b, 'no console errors or warnings from the extension', async () => {
        assertEqual(b.consoleMessages.filter((m) => /declutter|extension/i.test(m)), [], 'console');
      });
    } finally {
      await b.close();
    }
    const de = await launchChromium(join(DIST, 'chrome'), { args: ['--lang=de'] });
    try {
      await test(de, 'German UI (_locales/de)', async () => {
        const opts = await de.newTab(de.extBase + 'options.html');
        const title = await opts.evaluate(() => document.querySelector('h1').textContent);
        assertEqual(title, 'Declutter – Einstellungen', 'options heading');
        await de.screenshot(opts, shot('chromium-de', 'options'));
      });
    } finally {
      await de.close();
    }
  }

  if (which.includes('firefox')) {
    server.log.length = 0;
    const manifest = JSON.parse(readFileSync(join(DIST, 'firefox', 'manifest.json'), 'utf8'));
    let geckodriver = process.env.GECKODRIVER;
    if (!geckodriver) {
      try {
        geckodriver = execFileSync('sh', ['-c', 'command -v geckodriver'], { encoding: 'utf8' }).trim();
      } catch {
        geckodriver = join(process.env.HOME || '/root', '.cargo/bin/geckodriver');
      }
    }
    const b = await launchFirefox(join(DIST, 'firefox'), { geckoId: manifest.browser_specific_settings.gecko.id, geckodriver });
    try {
      await test(b, 'installs as a temporary add-on without errors or warnings', async () => {
        assertEqual(b.addonId, manifest.browser_specific_settings.gecko.id, 'add-on id');
        assertEqual(await b.manifestWarnings(), { errors: [], warnings: [] }, 'what about:debugging would show');
      });
      await suite(b, server);
      await test(b, 'no console errors or warnings from the extension', async () => {
        const lines = b.output.join('').split('\n');
        const bad = lines.filter((l) => /Declutter:|Reading manifest|moz-extension:\/\/.*(Error|error)/.test(l));
        assertEqual(bad, [], 'Firefox console output');
      });
    } finally {
      writeFileSync(join(ARTIFACTS, 'firefox-console.log'), b.output.join(''));
      await b.close();
    }
  }
} finally {
  await server.close();
}

writeFileSync(join(ARTIFACTS, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
if (failures.length) console.log(`failed:\n  ${failures.join('\n  ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
