// The content script: copies the page's body into a plain-data snapshot, has
// the Rust core classify it (in this script when the page lets wasm compile
// here, otherwise in the background worker), and marks the elements the core
// names with `data-declutter-label`. content.css hides the marked elements
// through attributes on <html>; no node is ever added, removed or rewritten, so
// turning it off restores the page exactly.
(() => {
  'use strict';
  const S = globalThis.declutterShared;
  if (!S || globalThis.declutterContentLoaded) return;
  globalThis.declutterContentLoaded = true;
  const { api, ATTR, t } = S;

  // --- Tuning (named like uBlock Origin Lite's maxSurveyTimeSlice) -----------
  /** Longest stretch the snapshot walk runs before yielding to the page. */
  const MAX_SLICE_MS = 6;
  /** Nodes visited between two looks at the clock. */
  const NODES_PER_CLOCK_CHECK = 256;
  /** Snapshot size bound: elements and text nodes beyond this are left out. */
  const MAX_NODES = 200_000;
  /** A mutation batch waits this long for more before a re-run. */
  const MUTATION_DEBOUNCE_MS = 150;
  /** …but a run starts at most this long after the first queued mutation. */
  const MAX_MUTATION_DELAY_MS = 1_000;
  /** After a run of t ms the next starts no sooner than BUSY_FACTOR × t later,
   * so re-classifying a busy page takes at most ~1/(BUSY_FACTOR+1) of its time. */
  const BUSY_FACTOR = 8;
  /** In automatic mode, a page that is not an article is re-checked after
   * mutations at most this many times (a late-loading article), then left alone. */
  const MAX_AUTO_RECHECKS = 5;
  /** Elements whose content the core never reads (it skips them too); their
   * subtrees stay out of the snapshot. */
  const SKIPPED = new Set([
    'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object',
    'embed', 'canvas', 'textarea', 'input', 'meta', 'link', 'base', 'frameset',
  ]);
  /** The attributes block splitting reads, in the core's SNAPSHOT_ATTRS order:
   * bit i of a node's attribute set stands for SNAPSHOT_ATTRS[i]. */
  const SNAPSHOT_ATTRS = ['class', 'id', 'role', 'href', 'hidden', 'style', 'aria-level'];
  const ATTR_BIT = new Map(SNAPSHOT_ATTRS.map((name, i) => [name, i]));
  /** Label codes in the core's answer (its Label::ALL order). */
  const LABELS = ['body', 'caption', 'ad', 'code'];
  const WHITESPACE = /^[ \t\n\r\f]*$/;

  // --- State ------------------------------------------------------------------
  const host = S.normalizeHost(location.hostname);
  let settings = S.normalizeSettings(null);
  let choice = 'auto';
  /** The user's toggle for this page load (toolbar, shortcut, popup): null = none. */
  let override = null;
  /** Whether the page is decluttered now. */
  let active = false;
  /** Whether "show what was hidden" is on. */
  let show = false;
  /** Marked element → {label, reason}. */
  let marked = new Map();
  let lastReport = null;
  let engineUsed = '';
  let autoRechecks = 0;
  /** When the steps of the first run happened (performance.now()), for the popup and tests. */
  const timeline = { start: performance.now(), settings: 0, domReady: 0, engineStart: 0, engineReady: 0, firstActed: 0 };
  /** Milliseconds the steps of the last run took (scripts/bench reads them). */
  let lastPass = null;
  /** The wasm instance's memory, once it is loaded in this script. */
  let wasmMemory = null;
  /** Classification runs so far (the popup shows it; tests wait on it). */
  let runs = 0;

  // --- The engine: wasm here, or the background worker --------------------------
  let pageEngine = null; // Promise of the initialised glue, or null before first use
  let pageEngineBroken = false;

  function loadPageEngine() {
    // `wasm_bindgen` is the core's glue (pkg/declutter.js, wasm-pack's
    // no-modules target), loaded before this script; it fetches and compiles
    // the extension's own .wasm file.
    if (!pageEngine) timeline.engineStart = performance.now();
    pageEngine ??= wasm_bindgen({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') }).then((exports) => {
      timeline.engineReady = performance.now();
      wasmMemory = exports.memory;
      return wasm_bindgen;
    });
    pageEngine.catch(() => {
      // Chromium refuses to compile wasm in a content script on pages whose CSP
      // lacks 'wasm-unsafe-eval' (crbug 1385796): use the background worker, and
      // wake it now so its wasm is ready when the snapshot arrives.
      pageEngineBroken = true;
      api.runtime.sendMessage({ type: 'warm' }).catch(() => {});
    });
    return pageEngine;
  }

  async function classify(snapshot, options) {
    if (!pageEngineBroken) {
      let mod = null;
      try {
        mod = await loadPageEngine();
      } catch {
        // falls through to the background worker
      }
      if (mod) {
        engineUsed = 'page';
        const { strings, lengths, ends, attrs } = snapshot;
        return mod.declutterFlat(strings, new Uint32Array(lengths), new Uint32Array(ends), new Uint8Array(attrs), options);
      }
    }
    engineUsed = 'background';
    const { strings, lengths, ends, attrs } = snapshot;
    const answer = await api.runtime.sendMessage({ type: 'classify', snapshot: { strings, lengths, ends, attrs }, options });
    if (!answer || answer.ok !== true) throw new Error(answer?.error || 'no answer from the background worker');
    return answer.outcome;
  }

  // --- Snapshot -----------------------------------------------------------------
  /** Yields to the event loop without the 4 ms clamp of nested timers. */
  function nextTask() {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(null);
    });
  }

  /** Pre-order copy of `root`'s subtree into `snap`, in the core's flat
   * snapshot form (dom::snapshot::FlatSnapshot): `strings` (per element its tag
   * and the values of the SNAPSHOT_ATTRS it has, per text node its text, all
   * concatenated) with their `lengths`, and per node `ends` (an element's end,
   * 0 for text) and `attrs` (bit sets); `real` holds the real nodes at the same
   * indices. A generator that pauses every NODES_PER_CLOCK_CHECK nodes;
   * iterative, so any nesting depth is fine. */
  function* walk(root, snap) {
    const { lengths, ends, attrs, real } = snap;
    let strings = '';
    const values = [];
    const enter = (el) => {
      const index = ends.length;
      const tag = el.localName;
      strings += tag;
      lengths.push(tag.length);
      let bits = 0;
      const list = el.attributes;
      for (let k = 0; k < list.length; k++) {
        const a = list[k];
        const i = ATTR_BIT.get(a.name);
        // The first of two same-named attributes, as getAttribute would.
        if (i !== undefined && !(bits & (1 << i))) {
          bits |= 1 << i;
          values[i] = a.value;
        }
      }
      for (let i = 0; bits >> i; i++) {
        if (bits & (1 << i)) {
          strings += values[i];
          lengths.push(values[i].length);
        }
      }
      ends.push(0);
      attrs.push(bits);
      real.push(el);
      return index;
    };
    const open = []; // [element, its index] of the elements being walked
    open.push([root, enter(root)]);
    let cur = root.firstChild;
    let visited = 0;
    // Bound on steps even if the page moves nodes around between slices.
    const maxSteps = 4 * MAX_NODES;
    while (open.length) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0) yield;
      if (cur && visited < maxSteps) {
        const type = cur.nodeType;
        if (type === 1) {
          const tag = cur.localName;
          if (!SKIPPED.has(tag) && ends.length < MAX_NODES) {
            const index = enter(cur);
            if (cur.firstChild) {
              open.push([cur, index]);
              cur = cur.firstChild;
              continue;
            }
            ends[index] = ends.length;
          }
        } else if ((type === 3 || type === 4) && ends.length < MAX_NODES) {
          const data = cur.data;
          const text = WHITESPACE.test(data) ? (data ? ' ' : '') : data;
          strings += text;
          lengths.push(text.length);
          ends.push(0);
          attrs.push(0);
          real.push(cur);
        }
        cur = cur.nextSibling;
      } else {
        const [el, index] = open.pop();
        ends[index] = ends.length;
        cur = open.length ? el.nextSibling : null;
      }
    }
    snap.strings = strings;
  }

  /** The snapshot, collected in slices of at most MAX_SLICE_MS. */
  async function collect(root) {
    const snap = { strings: '', lengths: [], ends: [], attrs: [], real: [] };
    const steps = walk(root, snap);
    let sliceStart = performance.now();
    while (!steps.next().done) {
      if (performance.now() - sliceStart > MAX_SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
    return snap;
  }

  // --- Applying the core's plan -------------------------------------------------
  function labelName(label) {
    return t('label_' + label);
  }

  /** The hover text of a mark: its label and why the core made it (its
   * block's reason, or for a clutter box the reason of the first block inside). */
  function reasonText(m) {
    const text = m.why === 0 ? m.reason : m.why === 1 ? t('reasonBox', [m.reason]) : t('reasonEmptySlot');
    return `${labelName(m.label)} · ${text}`;
  }

  function apply(outcome, snap) {
    const { marks, why, reasons } = outcome;
    const next = new Map();
    for (let i = 0; i < why.length; i++) {
      const el = snap.real[marks[2 * i]];
      if (el && el.nodeType === 1 && el.isConnected) {
        next.set(el, { label: LABELS[marks[2 * i + 1]], why: why[i], reason: reasons[i] });
      }
    }
    for (const el of marked.keys()) {
      if (!next.has(el)) {
        el.removeAttribute(ATTR.label);
        el.removeAttribute(ATTR.reason);
      }
    }
    for (const [el, m] of next) {
      if (el.getAttribute(ATTR.label) !== m.label) el.setAttribute(ATTR.label, m.label);
    }
    marked = next;
    const root = document.documentElement;
    const hide = settings.hide.join(' ');
    if (root.getAttribute(ATTR.hide) !== hide) root.setAttribute(ATTR.hide, hide);
    updateReasons();
    active = true;
    if (!timeline.firstActed) timeline.firstActed = performance.now();
  }

  /** Sets the hover reasons while "show what was hidden" is on, clears them otherwise. */
  function updateReasons() {
    for (const [el, m] of marked) {
      const want = show && settings.hide.includes(m.label) ? reasonText(m) : null;
      if (want === null) {
        if (el.hasAttribute(ATTR.reason)) el.removeAttribute(ATTR.reason);
      } else if (el.getAttribute(ATTR.reason) !== want) {
        el.setAttribute(ATTR.reason, want);
      }
    }
    const root = document.documentElement;
    if (show && active) root.setAttribute(ATTR.show, '');
    else root.removeAttribute(ATTR.show);
  }

  /** Removes every mark and root attribute: the page is exactly as it was. */
  function restore() {
    for (const el of marked.keys()) {
      el.removeAttribute(ATTR.label);
      el.removeAttribute(ATTR.reason);
    }
    marked = new Map();
    // Copies of marked nodes the page made itself (cloneNode) carry the mark too.
    for (const el of document.querySelectorAll(`[${ATTR.label}],[${ATTR.reason}]`)) {
      el.removeAttribute(ATTR.label);
      el.removeAttribute(ATTR.reason);
    }
    const root = document.documentElement;
    root.removeAttribute(ATTR.hide);
    root.removeAttribute(ATTR.show);
    active = false;
    show = false;
  }

  // --- Deciding and running -----------------------------------------------------
  /** Whether Declutter should hide clutter here, given the last classification. */
  function wanted(readerable) {
    if (override !== null) return override;
    if (choice === 'never') return false;
    if (choice === 'always') return true;
    // Automatic: articles only; once acting it stays on (no flip-flopping).
    return settings.auto && (active || readerable);
  }

  /** Whether running the classifier could lead to hiding anything. */
  function worthRunning() {
    if (override !== null) return override;
    if (choice === 'never') return false;
    if (choice === 'always' || active) return true;
    return settings.auto && autoRechecks <= MAX_AUTO_RECHECKS;
  }

  let running = false;
  let dirty = false;
  let firstQueuedAt = 0;
  let lastRunEnd = 0;
  let lastRunMs = 0;
  let timer = 0;

  async function runNow() {
    clearTimeout(timer);
    timer = 0;
    if (running) {
      dirty = true;
      return;
    }
    const body = document.body;
    if (!body || !worthRunning()) {
      dirty = false;
      if (!worthRunning()) observe(false);
      return;
    }
    running = true;
    dirty = false;
    const start = performance.now();
    try {
      const snap = await collect(body);
      const collected = performance.now();
      const outcome = await classify(snap, { hide: [...settings.hide], lang: 'auto' });
      const classified = performance.now();
      const report = { ...outcome.report, ms: classified - start };
      if (wanted(report.readerable)) {
        apply(outcome, snap);
      } else {
        if (active) restore();
        if (override === null && choice === 'auto') autoRechecks++;
      }
      lastReport = report;
      const end = performance.now();
      lastPass = {
        collect: collected - start,
        classify: classified - collected,
        apply: end - classified,
        total: end - start,
        nodes: snap.ends.length,
      };
    } catch (e) {
      console.warn('Declutter:', e);
    } finally {
      runs++;
      running = false;
      lastRunEnd = performance.now();
      lastRunMs = lastRunEnd - start;
      reportState();
      observe(worthRunning());
      if (dirty) schedule();
    }
  }

  /** Plans a run for queued mutations: debounced, bounded in delay, and never
   * sooner than BUSY_FACTOR × the last run's duration after it ended. */
  function schedule() {
    if (running) return;
    const now = performance.now();
    const earliest = lastRunEnd + lastRunMs * BUSY_FACTOR;
    const latest = firstQueuedAt + MAX_MUTATION_DELAY_MS;
    const due = Math.max(earliest, Math.min(now + MUTATION_DEBOUNCE_MS, latest));
    clearTimeout(timer);
    timer = setTimeout(runNow, Math.max(0, due - now));
  }

  // The callback only queues; all work happens in runNow. Attribute changes are
  // not observed, and the extension changes nothing else, so its own marks
  // never trigger a run.
  const observer = new MutationObserver(() => {
    if (!dirty) {
      dirty = true;
      firstQueuedAt = performance.now();
    }
    schedule();
  });
  let observing = false;

  function observe(on) {
    if (on === observing) return;
    observing = on;
    if (on) {
      // The root element's children too, in case the page replaces <body>.
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    } else {
      observer.disconnect();
      clearTimeout(timer);
      dirty = false;
    }
  }

  function reportState() {
    const hidden = active ? lastReport?.hidden ?? 0 : 0;
    api.runtime.sendMessage({ type: 'state', active, hidden }).catch(() => {});
  }

  /** Turns decluttering on or off for this page load (toolbar, shortcut, popup). */
  async function setActive(on) {
    override = on;
    if (on) {
      await runNow();
    } else {
      observe(false);
      restore();
      reportState();
    }
  }

  function state() {
    return {
      url: location.href,
      host,
      choice,
      settings,
      active,
      show,
      override,
      checked: lastReport !== null,
      readerable: lastReport?.readerable ?? false,
      counts: lastReport?.counts ?? { body: 0, caption: 0, ad: 0, code: 0 },
      blocks: lastReport?.blocks ?? 0,
      hidden: active ? lastReport?.hidden ?? 0 : 0,
      kept: lastReport?.kept ?? 0,
      ms: lastReport ? Math.round(lastReport.ms * 10) / 10 : 0,
      engine: engineUsed,
      runs,
      timeline,
      pass: lastPass,
      wasmMemoryBytes: wasmMemory ? wasmMemory.buffer.byteLength : 0,
    };
  }

  // --- Messages (popup, toolbar, shortcut) -------------------------------------
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !msg || typeof msg !== 'object') return false;
    switch (msg.type) {
      case 'getState':
        sendResponse(state());
        return false;
      case 'toggle':
        setActive(!active).then(() => sendResponse(state()));
        return true;
      case 'setActive':
        if (typeof msg.active !== 'boolean') return false;
        setActive(msg.active).then(() => sendResponse(state()));
        return true;
      case 'setShow':
        if (typeof msg.show !== 'boolean') return false;
        show = msg.show && active;
        updateReasons();
        sendResponse(state());
        return false;
      default:
        return false;
    }
  });

  // Settings or this site's choice changed (options page, popup, another device).
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const siteChanged = (S.SITE_PREFIX + host) in changes;
    if (!siteChanged && !(S.SETTINGS_KEY in changes)) return;
    (async () => {
      [settings, choice] = await Promise.all([S.loadSettings(), S.loadSiteChoice(host)]);
      if (siteChanged) override = null;
      autoRechecks = 0;
      if (worthRunning()) {
        await runNow();
      } else if (active) {
        observe(false);
        restore();
        reportState();
      }
    })().catch((e) => console.warn('Declutter:', e));
  });

  // --- Start --------------------------------------------------------------------
  async function start() {
    if (!(document instanceof HTMLDocument)) return;
    const loaded = Promise.all([S.loadSettings(), S.loadSiteChoice(host)]);
    const dom = document.readyState === 'loading'
      ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
      : Promise.resolve();
    // Compile the wasm while the page is still parsing, alongside the settings
    // read (on a "never" site this compile is wasted; it saves 10-20 ms elsewhere).
    loadPageEngine().catch(() => {});
    [settings, choice] = await loaded;
    timeline.settings = performance.now();
    await dom;
    timeline.domReady = performance.now();
    if (worthRunning()) await runNow();
  }

  start().catch((e) => console.warn('Declutter:', e));
})();
