// Robustness tests (issue 5 §2): pathological pages and pages that fight back,
// served from /robust/ (robust/pages.mjs), in both browsers. Every wait is a
// condition. Each page's longest main-thread block attributable to Declutter
// is measured two ways and must stay within MAIN_THREAD_BUDGET_MS:
//   - Declutter's own slices (the content script times every stretch of its
//     work between yields, including the wasm call, and lists them);
//   - the browser's view: Long Tasks in Chromium (an init script registers the
//     observer before any script runs), heartbeat gaps in Firefox (pages/probe.js;
//     Firefox has no Long Tasks API); what counts is how much of one such block
//     Declutter's slices cover (the page's own parsing and layout do not count).
// All pages work in both browsers; none is skipped. DEBUG_SLICES=1 in the
// environment also prints, per page, each phase's slice count, total and
// longest slice, the first slices (start, ms, phase), the browser-observed
// blocks and the content script's timeline.

import { availableParallelism, loadavg } from 'node:os';

/** The bound on one uninterrupted stretch of main-thread work. */
export const MAIN_THREAD_BUDGET_MS = 50;
/** Fight-back pages: how long the tests watch a page that keeps fighting
 * (measured by the page's own counters, waited for as a condition). */
const WATCH_MS = 5_000;
/** Page loads measured at most when a load is over budget (see measure()). */
const MEASURE_LOADS = 3;
/** Runnable processes per core (1-minute load average) from which wall-clock
 * times say more about the other processes than about Declutter: a slice that
 * needs 6 ms of CPU then takes several times that. Above it an over-budget
 * figure is printed as NOT ASSERTED instead of failing the test. */
const OVERLOADED_PER_CORE = 3;
/** Runs allowed in WATCH_MS on a page mutating every 5 ms: forced runs come
 * 1, 2, 4, 8 s … apart (content.js MAX_MUTATION_DELAY_MS, doubling), so at
 * most 3 fall in 5 s; two of slack for timer jitter on a busy machine. Without
 * the backoff there would be about 5, without the debounce hundreds. */
const MAX_RUNS_IN_WATCH = 5;

export async function robustSuite(b, server, h) {
  const { test, waitFor, assert, assertEqual, ask, tabIdOf, setStorage, visibility, figures } = h;
  const url = (path) => `${server.origin}/robust/${path}`;
  const ext = await b.newTab(b.extBase + 'popup.html');
  const measured = [];

  // The top document's content-script state (with its slice log).
  const stateOf = async (pageUrl, extra = {}) => {
    const id = await waitFor(b, ext, `a content script in the tab of ${pageUrl}`, tabIdOf, pageUrl);
    return { id, state: await b.eval(ext, ask, id, { type: 'getState', ...extra }) };
  };
  const settled = async (pageUrl, minRuns = 1) => {
    const { id } = await stateOf(pageUrl);
    return waitFor(b, ext, 'Declutter to finish', async (tabId, n) => {
      const s = await (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(tabId, { type: 'getState', slices: true });
      return s && s.runs >= n && !s.busy ? s : null;
    }, id, minRuns);
  };

  /** Longest main-thread blocks of one page load: Declutter's own longest
   * slice; the browser-observed blocks' overlap with Declutter's slices (the
   * browser's confirmation: the page's own parsing and layout, which share
   * those blocks, are not counted); and the longest browser-observed block of
   * any origin after DOMContentLoaded (for information). */
  async function blocks(tab, state) {
    const external = await b.eval(tab, () => window.__longTasks ?? window.__probe?.gaps ?? []);
    const overlap = ([s, d]) => state.slices.reduce((sum, [t, e]) => sum + Math.max(0, Math.min(s + d, t + e) - Math.max(s, t)), 0);
    return {
      own: state.longestSliceMs,
      attributable: external.reduce((m, x) => Math.max(m, overlap(x)), 0),
      any: external.filter(([s]) => s >= state.timeline.domReady).reduce((m, [, d]) => Math.max(m, d), 0),
    };
  }

  /** Asserts the main-thread budget on a settled page (`tab` showing
   * `pageUrl`). Timing on a shared machine is disturbed by other processes
   * (a 6 ms slice preempted for 60 ms looks like a 66 ms block), so an
   * over-budget load is measured again, up to MEASURE_LOADS loads, and the
   * best load counts; work that really is too long (one unsliced call) is over
   * budget in every load. */
  async function measure(tab, name, state, pageUrl) {
    const loads = [await blocks(tab, state)];
    const over = (m) => Math.max(m.own, m.attributable) > MAIN_THREAD_BUDGET_MS;
    while (pageUrl && over(loads[loads.length - 1]) && loads.length < MEASURE_LOADS) {
      await b.goto(tab, pageUrl);
      loads.push(await blocks(tab, await settled(pageUrl)));
    }
    const m = loads.reduce((best, x) => (Math.max(x.own, x.attributable) < Math.max(best.own, best.attributable) ? x : best));
    const source = b.name === 'chromium' ? 'long tasks' : 'heartbeat gaps';
    console.log(`# ${b.name} ${name}: Declutter's longest slice ${m.own.toFixed(1)} ms, ${source} overlapping its work ` +
      `${m.attributable.toFixed(1)} ms (longest ${source} of any origin after DOMContentLoaded ${m.any.toFixed(1)} ms); ` +
      `best of ${loads.length} load(s) (machine load average ${loadavg()[0].toFixed(1)}); runs ${state.runs}, blocks ${state.blocks}, hidden ${state.hidden}`);
    if (process.env.DEBUG_SLICES) {
      const external = await b.eval(tab, () => window.__longTasks ?? window.__probe?.gaps);
      // Per phase: slices logged, their total and longest (ms).
      const phases = {};
      for (const [, ms, what] of state.slices) {
        const p = (phases[what] ??= { slices: 0, ms: 0, longest: 0 });
        p.slices++;
        p.ms += ms;
        p.longest = Math.max(p.longest, ms);
      }
      console.log(JSON.stringify({ phases, slices: state.slices.slice(0, 20), external, timeline: state.timeline }));
    }
    measured.push({ name, ...m, loads: loads.length });
    const perCore = loadavg()[0] / availableParallelism();
    if (over(m) && perCore >= OVERLOADED_PER_CORE) {
      console.log(`# ${b.name} ${name}: NOT ASSERTED: over the ${MAIN_THREAD_BUDGET_MS} ms budget in every load, on a machine ` +
        `with ${perCore.toFixed(1)} runnable processes per core (from ${OVERLOADED_PER_CORE} wall-clock times are not Declutter's)`);
      return;
    }
    assert(m.own <= MAIN_THREAD_BUDGET_MS, `Declutter worked ${m.own} ms without yielding on ${name}`);
    assert(m.attributable <= MAIN_THREAD_BUDGET_MS, `${m.attributable} ms of Declutter's work in one main-thread block on ${name}`);
  }

  // Visibility of `ids`, with each one's mark (or its marked ancestor's) in
  // the failure message.
  const checkVisible = async (tab, ids, expected, what) => {
    const labels = await b.eval(tab, (xs) => xs.map((id) => `${id}=${document.getElementById(id)?.closest('[data-declutter-label]')
      ?.getAttribute('data-declutter-label') ?? 'unmarked'}`), ids);
    assertEqual(await b.eval(tab, visibility, ids), expected, `${what} (marks: ${labels.join(' ')})`);
  };
  const shown = (ids) => Object.fromEntries(ids.map((id) => [id, true]));
  const ARTICLE = ['headline', 'p1', 'p2', 'p3', 'p4'];
  const articleVisible = { ...shown(ARTICLE), ad: false };

  await b.eval(ext, setStorage, { 'site:127.0.0.1': 'always' }, []);
  try {
    for (const [page, extraIds] of [
      ['many-elements.html', []],
      ['huge-text.html', ['huge']],
      ['one-word-blocks.html', []],
    ]) {
      await test(b, `pathological: ${page}`, async () => {
        const pageUrl = url(page);
        const tab = await b.newTab(pageUrl, { window: true });
        const state = await settled(pageUrl);
        const ids = [...ARTICLE, 'ad', ...extraIds];
        await checkVisible(tab, ids, { ...articleVisible, ...shown(extraIds) }, 'visibility');
        await measure(tab, page, state, pageUrl);
        if (page === 'one-word-blocks.html') {
          // Undo on the page with the most marks (50,000) is sliced too.
          const { id } = await stateOf(pageUrl);
          await b.eval(ext, ask, id, { type: 'setActive', active: false });
          await waitFor(b, tab, 'the marks to go', () => !document.documentElement.hasAttribute('data-declutter-hide'));
          assertEqual(await b.eval(tab, () => document.querySelectorAll('[data-declutter-label]').length), 0, 'marks left after undo');
          const { state: after } = await stateOf(pageUrl, { slices: true });
          const undo = after.slices.filter(([, , what]) => what === 'restore').reduce((m, [, d]) => Math.max(m, d), 0);
          console.log(`# ${b.name} ${page}: undo of ${state.marks} marks, longest slice ${undo.toFixed(1)} ms`);
          assert(undo <= MAIN_THREAD_BUDGET_MS, `undo worked ${undo} ms without yielding`);
        }
        await b.closeTab(tab);
      });
    }

    // HTML parsers cap nesting (Chromium at 512 levels), so pages/deep.js builds
    // the 5,000 levels by script before DOMContentLoaded.
    await test(b, 'pathological: deep.html (nesting 5,000 deep)', async () => {
      const pageUrl = `${server.origin}/deep.html`;
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      assertEqual(await b.eval(tab, () => document.getElementById('deep-leaf').getAttribute('data-declutter-label')), 'ad', 'deepest mark');
      await measure(tab, 'deep.html', state, pageUrl);
      await b.closeTab(tab);
    });

    await test(b, 'pathological: RTL, CJK, emoji, zero-width and lone surrogates', async () => {
      const pageUrl = url('scripts.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      assert(await b.eval(tab, () => !document.getElementById('surrogates').textContent.isWellFormed()), 'the page has lone surrogates');
      const ids = [...ARTICLE, 'ad', 'arabic', 'hebrew', 'chinese', 'japanese', 'surrogates'];
      await checkVisible(tab, ids, { ...articleVisible, ...shown(['arabic', 'hebrew', 'chinese', 'japanese', 'surrogates']) }, 'visibility');
      await measure(tab, 'scripts.html', state, pageUrl);
      await b.closeTab(tab);
    });

    await test(b, 'pathological: open shadow roots (story and ad inside; undo takes the sheet out)', async () => {
      const pageUrl = url('shadow.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      const inShadow = () => {
        const q = (host, id) => document.getElementById(host).shadowRoot.getElementById(id);
        return {
          sp2: q('host1', 'sp2').checkVisibility(), 'shadow-ad': q('host1', 'shadow-ad').checkVisibility(),
          slotted: document.getElementById('slotted').checkVisibility(),
          sp4: q('host2', 'sp4').checkVisibility(), 'shadow-promo': q('host2', 'shadow-promo').checkVisibility(),
          sheets: [document.getElementById('host1').shadowRoot.adoptedStyleSheets.length, document.getElementById('host2').shadowRoot.adoptedStyleSheets.length],
        };
      };
      assertEqual(state.shadowSheet, 'adopted', 'shadow sheet');
      assertEqual(await b.eval(tab, inShadow), { sp2: true, 'shadow-ad': false, slotted: true, sp4: true, 'shadow-promo': false, sheets: [1, 1] }, 'inside the shadow roots');
      assertEqual(await b.eval(tab, visibility, ['headline', 'p1']), shown(['headline', 'p1']), 'light DOM');
      await measure(tab, 'shadow.html', state, pageUrl);
      const { id } = await stateOf(pageUrl);
      await b.eval(ext, ask, id, { type: 'setActive', active: false });
      const after = await b.eval(tab, inShadow);
      assertEqual(after, { sp2: true, 'shadow-ad': true, slotted: true, sp4: true, 'shadow-promo': true, sheets: [0, 0] }, 'after undo');
      const left = await b.eval(tab, () => ['host1', 'host2'].flatMap((h) =>
        [...document.getElementById(h).shadowRoot.querySelectorAll('*')].filter((e) => e.getAttributeNames().some((n) => n.startsWith('data-declutter')))).length);
      assertEqual(left, 0, 'marks left in the shadow roots');
      await b.closeTab(tab);
    });

    await test(b, 'pathological: same-origin iframes (src and srcdoc) act, each deciding for itself; a cross-origin iframe is left alone; the toolbar toggle reaches every frame', async () => {
      const pageUrl = url('iframes.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      const framed = await waitFor(b, tab, 'the ads in both frames to be hidden', () => {
        const vis = (frame, p) => {
          const d = document.getElementById(frame).contentDocument;
          const v = (id) => d.getElementById(p + id)?.checkVisibility();
          return { ad: v('ad'), p1: v('p1'), p4: v('p4') };
        };
        const f = vis('frame', 'f-');
        const s = vis('srcdoc', 's-');
        return f.ad === false && s.ad === false ? { f, s } : null;
      });
      assertEqual(framed, { f: { ad: false, p1: true, p4: true }, s: { ad: false, p1: true, p4: true } }, 'frames');
      // The same page in a frame of another origin (localhost): left alone. Its
      // same-origin twin above has acted by now.
      const cross = await waitFor(b, tab, 'the cross-origin frame to answer', () => new Promise((resolve) => {
        const frame = document.getElementById('cross').contentWindow;
        const onMessage = (e) => {
          if (e.source !== frame) return;
          removeEventListener('message', onMessage);
          resolve(e.data);
        };
        addEventListener('message', onMessage);
        frame.postMessage('declutter-status?', '*');
        setTimeout(() => resolve(null), 1000);
      }));
      assertEqual(cross, { declutterAttrs: 0, adVisible: true }, 'cross-origin frame');
      // The toolbar/shortcut toggle: the top flips, the frames follow it.
      const { id } = await stateOf(pageUrl);
      const toggle = (tabId) => (b.worker
        ? b.worker.evaluate((t) => globalThis.declutterBackground.toggleTab(t), tabId)
        : b.eval(ext, async (t) => (await browser.runtime.getBackgroundPage()).declutterBackground.toggleTab(t), tabId));
      const framesShow = (want) => {
        const ad = (f, id) => document.getElementById(f).contentDocument.getElementById(id).checkVisibility();
        return ad('frame', 'f-ad') === want && ad('srcdoc', 's-ad') === want && document.getElementById('ad').checkVisibility() === want;
      };
      await toggle(id);
      await waitFor(b, tab, 'the top and both frames to show their ads', framesShow, true);
      await toggle(id);
      await waitFor(b, tab, 'the top and both frames to hide them again', framesShow, false);
      assertEqual(await b.eval(tab, visibility, [...ARTICLE, 'ad']), articleVisible, 'top document');
      await measure(tab, 'iframes.html', state, pageUrl);
      await b.closeTab(tab);
    });

    await test(b, 'pathological: frameset (the frameset itself is a no-op; its frames act)', async () => {
      const pageUrl = url('frameset.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const vis = await waitFor(b, tab, 'the article frame to be decluttered', () => {
        const d = document.getElementById('article-frame').contentDocument;
        if (!d?.documentElement.hasAttribute('data-declutter-hide')) return null;
        const v = (id) => d.getElementById(id).checkVisibility();
        return { ad: v('f-ad'), p1: v('f-p1'), headline: v('f-headline') };
      });
      assertEqual(vis, { ad: false, p1: true, headline: true }, 'article frame');
      const { state } = await stateOf(pageUrl, { slices: true });
      assertEqual([state.runs, state.active], [0, false], 'the frameset document (no body)');
      assertEqual(await b.eval(tab, () => document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-declutter'))), [], 'frameset attributes');
      await b.closeTab(tab);
    });

    await test(b, 'frames in automatic mode: the article frame acts, the navigation frame is left alone', async () => {
      await b.eval(ext, setStorage, {}, ['site:127.0.0.1']);
      try {
        const pageUrl = url('frameset.html');
        const tab = await b.newTab(pageUrl, { window: true });
        await waitFor(b, tab, 'the article frame to be decluttered', () =>
          document.getElementById('article-frame').contentDocument?.documentElement.hasAttribute('data-declutter-hide'));
        // The navigation frame (its own copy of the content script) is no
        // article: nothing marked. A frame that decides not to act leaves no
        // sign a page can see, so this looks once the article frame, loaded
        // alongside, has acted (weaker than the other checks).
        const nav = await b.eval(tab, () => {
          const d = document.getElementById('nav-frame').contentDocument;
          return [...d.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith('data-declutter'));
        });
        assertEqual(nav, [], 'attributes in the navigation frame');
        assertEqual(await b.eval(tab, () => document.getElementById('article-frame').contentDocument.getElementById('f-ad').checkVisibility()), false, 'ad in the article frame');
        await b.closeTab(tab);
      } finally {
        await b.eval(ext, setStorage, { 'site:127.0.0.1': 'always' }, []);
      }
    });

    await test(b, 'pathological: XHTML served as application/xhtml+xml', async () => {
      const pageUrl = url('page.xhtml');
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      assertEqual(await b.eval(tab, () => document.contentType), 'application/xhtml+xml', 'content type');
      assertEqual(await b.eval(tab, visibility, [...ARTICLE, 'ad']), articleVisible, 'visibility');
      await measure(tab, 'page.xhtml', state, pageUrl);
      await b.closeTab(tab);
    });

    await test(b, 'pathological: SVG-only document (no body: a safe no-op)', async () => {
      const pageUrl = url('svg-only.svg');
      const tab = await b.newTab(pageUrl, { window: true });
      const { state } = await stateOf(pageUrl);
      assertEqual([state.runs, state.active, state.checked], [0, false, false], 'state');
      assertEqual(await b.eval(tab, () => [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith('data-declutter'))), [], 'attributes');
      await b.closeTab(tab);
    });

    if (measured.length) {
    const worst = measured.reduce((w, m) => (Math.max(m.own, m.attributable) > Math.max(w.own, w.attributable) ? m : w), { own: 0, attributable: 0 });
    figures[`${b.name}.robust.slowestPage`] = worst;
    console.log(`# ${b.name} slowest pathological page: ${worst.name}, longest main-thread block attributable to Declutter ` +
      `${Math.max(worst.own, worst.attributable).toFixed(1)} ms (own slice ${worst.own.toFixed(1)} ms, browser-measured ${worst.attributable.toFixed(1)} ms)`);
    }

    // --- Pages that fight back ----------------------------------------------------
    const watch = (tab, what) => waitFor(b, tab, what, (ms) => performance.now() - window.__fight.since >= ms, WATCH_MS);

    await test(b, 'fight back: the page removes and disables every stylesheet it finds', async () => {
      const pageUrl = url('fight-styles.html');
      const tab = await b.newTab(pageUrl, { window: true });
      await settled(pageUrl);
      await b.eval(tab, () => { window.__fight.since = performance.now(); });
      await watch(tab, 'the page to attack for a while');
      const rounds = await b.eval(tab, () => window.__fight.rounds);
      assert(rounds > 10, `attack rounds ${rounds}`);
      // The manifest stylesheet is out of the page's reach (not in document.styleSheets).
      assertEqual(await b.eval(tab, visibility, [...ARTICLE, 'ad', 'promo']), { ...articleVisible, promo: false }, 'light DOM');
      const shadowAd = await b.eval(tab, () => document.getElementById('host1').shadowRoot.getElementById('shadow-ad').checkVisibility());
      const { state } = await stateOf(pageUrl);
      console.log(`# ${b.name} fight-styles: ${rounds} attack rounds; runs ${state.runs}, re-marks ${state.remarks}; shadow ad visible: ${shadowAd} ` +
        '(the page emptied its adoptedStyleSheets; the sheet comes back at the next run)');
      assert(state.runs <= MAX_RUNS_IN_WATCH, `runs ${state.runs}`);
      figures[`${b.name}.fight.styles`] = { rounds, runs: state.runs, remarks: state.remarks, shadowAdVisible: shadowAd };
      await b.closeTab(tab);
    });

    await test(b, 'fight back: the page strips data-declutter-* attributes as soon as they appear', async () => {
      const pageUrl = url('fight-attrs.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      const strips = await b.eval(tab, () => window.__fight.strips);
      // Each mark (and the <html> attribute) comes back at most MAX_REMARKS (3) times.
      assert(state.remarks > 0 && state.remarks <= 3 * (state.marks + 1), `re-marks ${state.remarks} for ${state.marks} marks`);
      assert(state.gaveUp > 0 && state.gaveUp <= state.marks, `gave up ${state.gaveUp} of ${state.marks} marks`);
      // Bounded: once given up, nothing more happens (a later run changes nothing).
      await b.eval(tab, () => document.body.append(document.createElement('span')));
      const later = await settled(pageUrl, state.runs + 1);
      assertEqual([later.remarks, later.gaveUp], [state.remarks, state.gaveUp], 're-marks after another run');
      assertEqual(await b.eval(tab, () => window.__fight.strips), strips, 'strips after another run');
      // The shadow root's marks are out of the page's observer's reach: still hidden.
      assertEqual(await b.eval(tab, () => document.getElementById('host1').shadowRoot.getElementById('shadow-ad').checkVisibility()), false, 'shadow ad');
      console.log(`# ${b.name} fight-attrs: ${strips} strips, ${state.remarks} re-marks, ${state.gaveUp} of ${state.marks} marks given up, runs ${later.runs}`);
      figures[`${b.name}.fight.attrs`] = { strips, marks: state.marks, remarks: state.remarks, gaveUp: state.gaveUp, runs: later.runs };
      await b.closeTab(tab);
    });

    await test(b, 'fight back: the page sets display:block !important inline on hidden nodes', async () => {
      const pageUrl = url('fight-inline.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const state = await settled(pageUrl);
      const forced = await b.eval(tab, () => window.__fight.forced);
      assert(forced > 0, 'the page forced nothing');
      // An inline !important declaration beats any author stylesheet: the page
      // wins for the light DOM; no loop follows (no attribute was touched).
      const vis = await b.eval(tab, visibility, [...ARTICLE, 'ad']);
      assertEqual(vis, { ...shown(ARTICLE), ad: true }, 'visibility');
      assertEqual(await b.eval(tab, () => document.getElementById('host1').shadowRoot.getElementById('shadow-ad').checkVisibility()), false, 'shadow ad (out of the page\'s reach)');
      assertEqual([state.remarks, state.runs], [0, 1], 're-marks and runs');
      figures[`${b.name}.fight.inline`] = { forced, remarks: state.remarks, runs: state.runs };
      await b.closeTab(tab);
    });

    await test(b, 'fight back: the page mutates the DOM every 5 ms forever (backoff, responsive)', async () => {
      const pageUrl = url('fight-mutate.html');
      const tab = await b.newTab(pageUrl, { window: true });
      const { id } = await stateOf(pageUrl);
      const first = await waitFor(b, ext, 'a first run', async (tabId) => {
        const s = await (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(tabId, { type: 'getState' });
        return s.runs >= 1 ? s : null;
      }, id);
      await b.eval(tab, () => { window.__fight.since = performance.now(); window.__fight.from = window.__fight.mutations; });
      const runsBefore = first.runs;
      await watch(tab, 'the page to mutate for a while');
      const { state } = await stateOf(pageUrl, { slices: true });
      const mutations = await b.eval(tab, () => window.__fight.mutations - window.__fight.from);
      const runs = state.runs - runsBefore;
      assert(mutations > 100, `mutations ${mutations}`);
      assert(runs <= MAX_RUNS_IN_WATCH, `${runs} runs in ${WATCH_MS} ms`);
      assertEqual(await b.eval(tab, visibility, [...ARTICLE, 'ad', 'promo']), { ...articleVisible, promo: false }, 'visibility');
      await measure(tab, 'fight-mutate.html', state);
      // (Not reloaded when over budget: the runs counted above are this load's.)
      console.log(`# ${b.name} fight-mutate: ${mutations} page mutations in ${WATCH_MS} ms, ${runs} Declutter runs`);
      figures[`${b.name}.fight.mutate`] = { mutations, runs, watchMs: WATCH_MS, longestSliceMs: state.longestSliceMs };
      await b.closeTab(tab);
    });
  } finally {
    await b.eval(ext, setStorage, {}, ['site:127.0.0.1']);
    await b.closeTab(ext).catch(() => {});
  }
}
