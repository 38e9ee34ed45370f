// The content script: copies the page's body into a plain-data snapshot, has
// the Rust core classify it (in this script when the snapshot is small and the
// page lets wasm compile here, otherwise in the background worker), and marks
// the elements the core names with `data-declutter-label`. All of its work is
// cut into time slices (see MAX_SLICE_MS). content.css hides the marked elements
// through attributes on <html>; no node is ever added, removed or rewritten, so
// turning it off restores the page exactly.
(() => {
  'use strict';
  const S = globalThis.declutterShared;
  if (!S || globalThis.declutterContentLoaded) return;
  globalThis.declutterContentLoaded = true;
  const { api, ATTR, t } = S;

  // Frames (the manifest has all_frames): the top document, and frames of the
  // top's origin, each deciding for itself on its own document. Cross-origin
  // frames (ad and widget iframes) are left alone: no wasm, no observer.
  const isTop = window === window.top;
  if (!isTop && !sameOriginAsTop()) return;
  function sameOriginAsTop() {
    try {
      return window.top.origin === self.origin;
    } catch {
      return false;
    }
  }

  // --- Tuning (named like uBlock Origin Lite's maxSurveyTimeSlice) -----------
  /** Longest stretch of work (walk, number lists to text, marking, undoing) before
   * yielding to the page. */
  const MAX_SLICE_MS = 6;
  /** Slices this long or longer are logged (the first MAX_SLICE_LOG), so tests
   * can tell which main-thread blocks were Declutter's. */
  const SLICE_LOG_MIN_MS = 1;
  const MAX_SLICE_LOG = 10_000;
  /** Characters copied from one text node. A block's label depends on counts
   * that saturate long before this (words, stopword share, punctuation), so a
   * 10 MB text node is classified as well from its first 10,000 characters, and
   * the wasm call never has to encode and scan megabytes in one go. */
  const MAX_TEXT_CHARS = 10_000;
  /** Nodes (or marks, or strings) handled between two looks at the clock. */
  const NODES_PER_CLOCK_CHECK = 128;
  /** Snapshot size bound: elements and text nodes beyond this are left out. */
  const MAX_NODES = 200_000;
  /** Largest snapshot classified in this script (when the page lets wasm run
   * here). The wasm call cannot be cut into slices, and costs 1.5-7 µs per
   * node (declutterFlat, Chromium 156 on the loaded 2-core test machine:
   * 200,000 nodes of short rows 0.3 s, 100,000 nodes of one-word blocks 0.7 s)
   * and about 0.1 µs per character (before the core's hint and stopword
   * caches, which cut its classification by a third); on the benchmark's real
   * pages (median 1,175 nodes, largest 3,765) the whole call measured 2.7 ms
   * median. These bounds keep it within ~25 ms on a loaded machine, half the
   * 50 ms main-thread budget, and keep every ordinary article in the page.
   * Larger snapshots go to the background worker, off the page's main thread. */
  const IN_PAGE_MAX_NODES = 4_000;
  const IN_PAGE_MAX_CHARS = 200_000;
  /** Largest snapshot whose wasm call runs in the slice that collected it (when
   * that slice is still under MAX_SLICE_MS) instead of after a yield: by the
   * costs above at most ~25 ms with the walk's slice, and most articles (median
   * 1,175 nodes) then take no yield at all, each of which costs a trip through
   * the event loop (~0.1 ms on an idle page, a frame on a busy one). */
  const JOIN_SLICE_MAX_NODES = 2_500;
  const JOIN_SLICE_MAX_CHARS = 100_000;
  /** Characters of snapshot text per message to the background worker: the
   * browser serialises a message in one go on this thread (1,000,000
   * characters took 25-60 ms under load, 250,000 a quarter of that). */
  const MESSAGE_PART_CHARS = 250_000;
  /** Numbers joined into text at a time (between two looks at the clock). */
  const NUMBERS_PER_PIECE = 16_384;
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
  /** Mutations that never pause for MUTATION_DEBOUNCE_MS force a run every
   * MAX_MUTATION_DELAY_MS; each forced run doubles that delay, up to this, and
   * a quiet debounce resets it (exponential backoff under continuous mutation). */
  const MAX_MUTATION_BACKOFF_MS = 16_000;
  /** A page that removes a mark gets it back at most this many times per
   * element (and on <html>); then Declutter gives that element up for the page load. */
  const MAX_REMARKS = 3;
  /** Elements whose content the core never reads (it skips them too); their
   * subtrees stay out of the snapshot. */
  const SKIPPED = new Set([
    'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object',
    'embed', 'canvas', 'textarea', 'input', 'meta', 'link', 'base', 'frameset',
  ]);
  /** The attributes block splitting reads, in the core's SNAPSHOT_ATTRS order:
   * bit i of a node's attribute set stands for SNAPSHOT_ATTRS[i]. */
  const SNAPSHOT_ATTRS = ['class', 'id', 'role', 'href', 'hidden', 'style', 'aria-level'];
  /** Label codes in the core's answer (its Label::ALL order). */
  const LABELS = ['body', 'caption', 'ad', 'code'];
  const WHITESPACE = /^[ \t\n\r\f]*$/;
  const XHTML_NS = 'http://www.w3.org/1999/xhtml';
  /** Outline colours of "show what was hidden" inside shadow trees (content.css has the same). */
  const OUTLINE = Object.freeze({ caption: '#1a73e8', ad: '#d93025', code: '#9334e6' });

  // --- State ------------------------------------------------------------------
  // A frame takes the site choice of the top page (same origin, so same host).
  const host = S.normalizeHost(window.top.location.hostname);
  let settings = S.normalizeSettings(null);
  let choice = 'auto';
  /** The user's toggle for this page load (toolbar, shortcut, popup): null = none. */
  let override = null;
  /** Whether the page is decluttered now. */
  let active = false;
  /** Whether "show what was hidden" is on. */
  let show = false;
  /** Marked element → {label, why, reason} (the core's answer for its mark). */
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
  /** Longest stretch of Declutter's work without yielding to the page, in ms
   * (walk slices, the wasm call, apply slices, mutation callbacks; for tests). */
  let longestSliceMs = 0;
  /** [start, ms, phase] of the logged slices. */
  const slices = [];
  /** Marks put back after the page removed them; elements given up (MAX_REMARKS). */
  let remarks = 0;
  let gaveUp = 0;
  /** Per element: how often its mark was put back. */
  const remarksOf = new WeakMap();
  let rootRemarks = 0;
  /** Open shadow roots met by the walk (observed, and given the shadow sheet). */
  const shadowRoots = new Set();

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

  /** Classifies the snapshot: in this script for small snapshots when the
   * page lets wasm compile here, otherwise in the background worker. Answers
   * the core's flat outcome: {marks: [node, label code, …], why, reasons, report}. */
  async function classify(snap, options) {
    const small = snap.ends.length <= IN_PAGE_MAX_NODES && snap.chars <= IN_PAGE_MAX_CHARS;
    if (small && !pageEngineBroken) {
      let mod = null;
      try {
        mod = await awaitOutside(loadPageEngine());
      } catch {
        // falls through to the background worker
      }
      if (mod) {
        engineUsed = 'page';
        // One synchronous call: in a slice of its own, unless the snapshot is
        // small enough for the call to join the current slice. Apply's own
        // clock checks yield after it when the slice has run long.
        phase = 'wasm';
        const joins = snap.ends.length <= JOIN_SLICE_MAX_NODES && snap.chars <= JOIN_SLICE_MAX_CHARS;
        if (!joins || performance.now() - sliceStart > MAX_SLICE_MS) await yieldNow();
        const { strings, lengths, ends, attrs } = snap;
        return mod.declutterFlat(strings.join(''), new Uint32Array(lengths), new Uint32Array(ends), new Uint8Array(attrs), options);
      }
    }
    engineUsed = 'background';
    return classifyInBackground(snap, options);
  }

  /** Sends the snapshot to the background worker in parts of about
   * MESSAGE_PART_CHARS (the messaging layer serialises each message in one go
   * on this thread): the strings, whole, grouped into parts (never one string
   * of megabytes: joining and copying it would be one long step), the number
   * lists as comma-separated text made in slices; then asks for the
   * classification. */
  async function classifyInBackground(snap, options) {
    // A random run id: parts of an earlier document in this tab and frame
    // (navigated away mid-run) can never join this run's.
    const run = crypto.getRandomValues(new Uint32Array(1))[0];
    const send = async (field, pieces) => {
      let group = [];
      let size = 0;
      for (let i = 0; i <= pieces.length; i++) {
        if (i === pieces.length ? size > 0 : size > 0 && size + pieces[i].length > MESSAGE_PART_CHARS) {
          const text = group.join('');
          await yieldNow();
          await awaitOutside(api.runtime.sendMessage({ type: 'snapshotPart', run, field, text }));
          group = [];
          size = 0;
        }
        if (i < pieces.length) {
          group.push(pieces[i]);
          size += pieces[i].length;
          if (i % NODES_PER_CLOCK_CHECK === 0) await yieldIfDue();
        }
      }
    };
    phase = 'send';
    await send('strings', snap.strings);
    for (const field of ['lengths', 'ends', 'attrs']) {
      phase = 'serialise';
      const list = snap[field];
      const pieces = [];
      for (let i = 0; i < list.length; i += NUMBERS_PER_PIECE) {
        // A comma ends every piece but the last, so pieces can be sent as they are grouped.
        pieces.push(list.slice(i, i + NUMBERS_PER_PIECE).join(',') + (i + NUMBERS_PER_PIECE < list.length ? ',' : ''));
        await yieldIfDue();
      }
      phase = 'send';
      await send(field, pieces);
    }
    await yieldNow();
    const answer = await awaitOutside(api.runtime.sendMessage({ type: 'classifyParts', run, options }));
    if (!answer || answer.ok !== true) throw new Error(answer?.error || 'no answer from the background worker');
    return answer.outcome;
  }

  /** Reports an error on the console. A frame's first, empty about:blank
   * document that its parent then sends to another origin leaves this script
   * behind with a window it may no longer touch (Firefox: even `console` throws
   * a SecurityError); nothing is left to report to then. */
  function warn(e) {
    try {
      console.warn('Declutter:', e);
    } catch {
      // the document is gone
    }
  }

  // --- Time slices ----------------------------------------------------------------
  /** Yields to the event loop without the 4 ms clamp of nested timers. */
  function nextTask() {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        // Closed, so the entangled pair can be collected.
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }

  let sliceStart = 0;
  function beginSlice() {
    sliceStart = performance.now();
  }
  function endSlice() {
    noteSlice(sliceStart, performance.now() - sliceStart);
  }
  function noteSlice(start, ms, what = phase) {
    longestSliceMs = Math.max(longestSliceMs, ms);
    if (ms >= SLICE_LOG_MIN_MS && slices.length < MAX_SLICE_LOG) slices.push([start, ms, what]);
  }
  /** What the current slice is doing (named in the slice log). */
  let phase = '';
  /** Ends the current slice and starts a new one after the page had its turn. */
  async function yieldNow() {
    endSlice();
    await nextTask();
    beginSlice();
  }
  /** Awaits something outside this script (the worker, the engine's compilation):
   * the time spent waiting is not a slice of work. */
  async function awaitOutside(promise) {
    endSlice();
    try {
      return await promise;
    } finally {
      beginSlice();
    }
  }
  /** Yields when the current slice has run MAX_SLICE_MS. */
  async function yieldIfDue() {
    if (performance.now() - sliceStart > MAX_SLICE_MS) await yieldNow();
  }

  // --- Snapshot -----------------------------------------------------------------
  /** `s` with lone surrogates replaced by U+FFFD (what the wasm boundary would
   * do anyway), so no string crossing it can be ill-formed. */
  function wellFormed(s) {
    return s.isWellFormed() ? s : s.toWellFormed();
  }

  /** Pre-order copy of `root`'s subtree as rendered into `snap`, in the
   * core's flat snapshot form (dom::snapshot::FlatSnapshot): `strings` (per
   * element its tag and the values of the SNAPSHOT_ATTRS it has, per text node
   * its text, in order; kept as a list, concatenated only for an in-page call,
   * `chars` their total length) with their `lengths`, and per node `ends` (an
   * element's end, 0 for text) and `attrs` (bit sets); `real` holds the
   * elements at the same indices (null for text nodes, which are never
   * marked: fewer wrappers for the garbage and cycle collectors on huge
   * pages). An element with an open shadow root contributes the shadow tree
   * (its own children appear where slots take them); a slot contributes its
   * assigned nodes. A generator that pauses every NODES_PER_CLOCK_CHECK nodes;
   * iterative, so any nesting depth is fine. */
  function* walk(root, snap) {
    const { lengths, ends, attrs, real } = snap;
    const { strings } = snap;
    const enter = (el) => {
      const index = ends.length;
      const tag = el.localName;
      strings.push(tag);
      snap.chars += tag.length;
      lengths.push(tag.length);
      let bits = 0;
      // getAttribute, not el.attributes: reading the attribute list makes the
      // browser create (and keep, for the element's lifetime) an Attr node and
      // its wrapper per attribute, which on huge pages costs memory and
      // garbage-collection pauses in the walk.
      if (el.hasAttributes()) {
        for (let i = 0; i < SNAPSHOT_ATTRS.length; i++) {
          const value = el.getAttribute(SNAPSHOT_ATTRS[i]);
          if (value !== null) {
            bits |= 1 << i;
            const text = wellFormed(value);
            strings.push(text);
            snap.chars += text.length;
            lengths.push(text.length);
          }
        }
      }
      ends.push(0);
      attrs.push(bits);
      real.push(el);
      return index;
    };
    // Open elements, as parallel stacks (no allocation per element): the
    // element, its index, the child list when it is not the DOM children (slot
    // assignments; null otherwise) and the position in that list.
    const openEls = [];
    const openIndex = [];
    const openList = [];
    const openPos = [];
    const push = (el, index, list) => {
      openEls.push(el);
      openIndex.push(index);
      openList.push(list);
      openPos.push(0);
    };
    /** Closes the innermost open element; returns it. */
    const pop = () => {
      ends[openIndex.pop()] = ends.length;
      openList.pop();
      openPos.pop();
      return openEls.pop();
    };
    /** Opens `el` and returns its first child to walk (null when none). */
    const descend = (el, index) => {
      const shadow = el.shadowRoot;
      if (shadow) {
        shadowRoots.add(shadow);
        push(el, index, null);
        return shadow.firstChild;
      }
      if (el.localName === 'slot' && typeof el.assignedNodes === 'function') {
        const assigned = el.assignedNodes();
        if (assigned.length) {
          push(el, index, assigned);
          return assigned[0];
        }
      }
      push(el, index, null);
      return el.firstChild;
    };
    /** The node after `node` under the innermost open element. */
    const following = (node) => {
      const top = openList.length - 1;
      const list = openList[top];
      if (!list) return node.nextSibling;
      const pos = ++openPos[top];
      return pos < list.length ? list[pos] : null;
    };
    let cur = descend(root, enter(root));
    let visited = 0;
    // Bound on steps even if the page moves nodes around between slices.
    const maxSteps = 4 * MAX_NODES;
    while (openEls.length) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0) yield;
      if (cur && visited < maxSteps) {
        const type = cur.nodeType;
        if (type === 1) {
          if (!SKIPPED.has(cur.localName) && ends.length < MAX_NODES) {
            const first = descend(cur, enter(cur));
            if (first) {
              cur = first;
              continue;
            }
            pop();
          }
        } else if ((type === 3 || type === 4) && ends.length < MAX_NODES) {
          // substringData copies only what is kept of a huge text node.
          const data = cur.length > MAX_TEXT_CHARS ? cur.substringData(0, MAX_TEXT_CHARS) : cur.data;
          const text = WHITESPACE.test(data) ? (data ? ' ' : '') : wellFormed(data);
          strings.push(text);
          snap.chars += text.length;
          lengths.push(text.length);
          ends.push(0);
          attrs.push(0);
          real.push(null);
        }
        cur = following(cur);
      } else {
        const el = pop();
        cur = openEls.length ? following(el) : null;
      }
    }
  }

  /** The snapshot, collected in slices of at most MAX_SLICE_MS. */
  async function collect(root) {
    const snap = { strings: [], chars: 0, lengths: [], ends: [], attrs: [], real: [] };
    phase = 'walk';
    const steps = walk(root, snap);
    while (!steps.next().done) await yieldIfDue();
    return snap;
  }

  // --- Applying the core's plan -------------------------------------------------
  /** Bumped by restore(), so an apply() in progress stops between slices. */
  let generation = 0;
  /** The value Declutter gave <html>'s data-declutter-hide (null: none). */
  let rootHide = null;
  /** Marks in the last plan applied. */
  let planMarks = 0;

  function labelName(label) {
    return t('label_' + label);
  }

  /** The hover text of a mark: its label and why the core made it (its
   * block's reason, or for a clutter box the reason of the first block inside). */
  function reasonText(m) {
    const text = m.why === 0 ? m.reason : m.why === 1 ? t('reasonBox', [m.reason]) : t('reasonEmptySlot');
    return `${labelName(m.label)} · ${text}`;
  }

  /** Whether the page has taken this element's mark away too often (MAX_REMARKS). */
  function givenUp(el) {
    return (remarksOf.get(el) ?? 0) > MAX_REMARKS;
  }

  /** Applies the plan in slices: marks that went away are removed, new ones set. */
  async function apply(outcome, snap) {
    const gen = generation;
    phase = 'apply';
    const { marks, why, reasons } = outcome;
    planMarks = why.length;
    const next = new Map();
    let n = 0;
    for (let i = 0; i < why.length; i++) {
      const el = snap.real[marks[2 * i]];
      if (el && el.nodeType === 1 && el.isConnected && !givenUp(el)) {
        next.set(el, { label: LABELS[marks[2 * i + 1]], why: why[i], reason: reasons[i] });
      }
      if (++n % NODES_PER_CLOCK_CHECK === 0) await yieldIfDue();
    }
    if (gen !== generation) return;
    // Observing before marking, so a page that strips a mark at once is seen.
    observe(true);
    for (const el of [...marked.keys()]) {
      if (next.has(el)) continue;
      marked.delete(el);
      el.removeAttribute(ATTR.label);
      el.removeAttribute(ATTR.reason);
      if (++n % NODES_PER_CLOCK_CHECK === 0) await yieldIfDue();
      if (gen !== generation) return;
    }
    for (const [el, m] of next) {
      marked.set(el, m);
      if (el.getAttribute(ATTR.label) !== m.label) el.setAttribute(ATTR.label, m.label);
      if (++n % NODES_PER_CLOCK_CHECK === 0) await yieldIfDue();
      if (gen !== generation) return;
    }
    active = true;
    const root = document.documentElement;
    if (rootRemarks < MAX_REMARKS) {
      rootHide = settings.hide.join(' ');
      if (root.getAttribute(ATTR.hide) !== rootHide) root.setAttribute(ATTR.hide, rootHide);
    }
    updateShadowSheet();
    await updateReasons();
    if (!timeline.firstActed) timeline.firstActed = performance.now();
  }

  /** Sets the hover reasons while "show what was hidden" is on, clears them otherwise. */
  async function updateReasons() {
    let n = 0;
    for (const [el, m] of marked) {
      const want = show && settings.hide.includes(m.label) ? reasonText(m) : null;
      if (want === null) {
        if (el.hasAttribute(ATTR.reason)) el.removeAttribute(ATTR.reason);
      } else if (el.getAttribute(ATTR.reason) !== want) {
        el.setAttribute(ATTR.reason, want);
      }
      if (++n % NODES_PER_CLOCK_CHECK === 0) await yieldIfDue();
    }
    const root = document.documentElement;
    if (show && active) root.setAttribute(ATTR.show, '');
    else root.removeAttribute(ATTR.show);
  }

  // The manifest stylesheet does not reach into shadow trees: while acting,
  // every open shadow root the walk met adopts one constructed stylesheet
  // (adoptedStyleSheets adds no node) with the same hiding rules; restore()
  // takes it out again. Where a constructed sheet cannot be adopted (an old
  // browser, a content-script wrapper that refuses it) shadow blocks are marked
  // but stay visible; `shadowSheet` in the state says so.
  let shadowSheet = null;
  let shadowSheetError = '';

  function shadowRules() {
    return settings.hide
      .map((l) => `[${ATTR.label}="${l}"]{` +
        (show ? `outline:2px dashed ${OUTLINE[l]} !important;outline-offset:2px !important}` : 'display:none !important}'))
      .join('\n');
  }

  /** Puts the current rules in the shadow sheet and the sheet in every known
   * open shadow root (again, if the page took it out). */
  function updateShadowSheet() {
    if (!shadowRoots.size || shadowSheetError) return;
    try {
      shadowSheet ??= new CSSStyleSheet();
      shadowSheet.replaceSync(shadowRules());
      for (const sr of shadowRoots) {
        const sheets = sr.adoptedStyleSheets;
        if (![...sheets].includes(shadowSheet)) sr.adoptedStyleSheets = [...sheets, shadowSheet];
      }
    } catch (e) {
      shadowSheetError = String(e?.message ?? e);
    }
  }

  function removeShadowSheet() {
    if (!shadowSheet) return;
    for (const sr of shadowRoots) {
      try {
        const sheets = [...sr.adoptedStyleSheets];
        if (sheets.includes(shadowSheet)) sr.adoptedStyleSheets = sheets.filter((x) => x !== shadowSheet);
      } catch {
        // the page replaced its adoptedStyleSheets: nothing of ours is left there
      }
    }
  }

  /** Removes every mark and root attribute, in slices (the caller has begun
   * a slice): the page is exactly as it was once the <html> attributes, which
   * go last, are gone. A run waits for it (`restoring`). */
  function restore() {
    // `marked` and `active` change first, so the observer does not take the
    // removals below for the page's doing.
    const was = marked;
    marked = new Map();
    rootHide = null;
    generation++;
    active = false;
    show = false;
    const done = (restoring ?? Promise.resolve()).then(() => unmark(was));
    restoring = done;
    done.finally(() => {
      if (restoring === done) restoring = null;
    });
    return done;
  }
  let restoring = null;

  async function unmark(was) {
    phase = 'restore';
    const clear = async (elements) => {
      let n = 0;
      for (const el of elements) {
        el.removeAttribute(ATTR.label);
        el.removeAttribute(ATTR.reason);
        if (++n % NODES_PER_CLOCK_CHECK === 0) await yieldIfDue();
      }
    };
    await clear(was.keys());
    // Copies of marked nodes the page made itself (cloneNode) carry the mark too.
    await clear(document.querySelectorAll(`[${ATTR.label}],[${ATTR.reason}]`));
    removeShadowSheet();
    const root = document.documentElement;
    root.removeAttribute(ATTR.show);
    root.removeAttribute(ATTR.hide);
  }

  /** The page changed one of Declutter's attributes (attribute records for
   * Declutter's own writes find the value it wants and change nothing). A
   * removed or altered mark is put back at most MAX_REMARKS times per element,
   * then that element is given up; the same for the <html> attribute. */
  function checkMark(el) {
    if (el === document.documentElement) {
      if (rootHide === null || el.getAttribute(ATTR.hide) === rootHide || rootRemarks >= MAX_REMARKS) return;
      rootRemarks++;
      remarks++;
      el.setAttribute(ATTR.hide, rootHide);
      return;
    }
    const m = marked.get(el);
    if (!m || el.getAttribute(ATTR.label) === m.label) return;
    const n = (remarksOf.get(el) ?? 0) + 1;
    remarksOf.set(el, n);
    if (n > MAX_REMARKS) {
      marked.delete(el);
      gaveUp++;
      return;
    }
    remarks++;
    el.setAttribute(ATTR.label, m.label);
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
  let lastMutationAt = 0;
  let lastRunEnd = 0;
  let lastRunMs = 0;
  let timer = 0;
  /** The current longest wait for a quiet moment (backoff; see MAX_MUTATION_BACKOFF_MS). */
  let maxDelay = MAX_MUTATION_DELAY_MS;

  /** The element whose subtree is classified: the body; none in a frameset
   * (its frames run their own copy of this script), an SVG document or a page
   * still without a body. */
  function rootElement() {
    const body = document.body;
    return body && body.localName === 'body' ? body : null;
  }

  async function runNow() {
    clearTimeout(timer);
    timer = 0;
    if (running) {
      dirty = true;
      return;
    }
    const root = rootElement();
    if (!root || !worthRunning()) {
      dirty = false;
      if (!worthRunning()) observe(false);
      return;
    }
    running = true;
    if (restoring) await restoring;
    // Mutations still arriving when a run starts: the page never went quiet, so
    // the next forced run waits twice as long.
    maxDelay = dirty && performance.now() - lastMutationAt < MUTATION_DEBOUNCE_MS
      ? Math.min(2 * maxDelay, MAX_MUTATION_BACKOFF_MS)
      : MAX_MUTATION_DELAY_MS;
    dirty = false;
    const start = performance.now();
    beginSlice();
    try {
      const snap = await collect(root);
      const collected = performance.now();
      const outcome = await classify(snap, { hide: [...settings.hide], lang: 'auto' });
      const classified = performance.now();
      const report = { ...outcome.report, ms: classified - start };
      if (wanted(report.readerable)) {
        await apply(outcome, snap);
      } else {
        if (active) await restore();
        if (override === null && choice === 'auto') autoRechecks++;
      }
      lastReport = report;
      const end = performance.now();
      // Wall-clock times of the steps, yields to the page included.
      lastPass = {
        collect: collected - start,
        classify: classified - collected,
        apply: end - classified,
        total: end - start,
        nodes: snap.ends.length,
      };
    } catch (e) {
      warn(e);
    } finally {
      endSlice();
      runs++;
      running = false;
      lastRunEnd = performance.now();
      lastRunMs = lastRunEnd - start;
      reportState();
      observe(worthRunning());
      if (dirty) schedule();
    }
  }

  /** Plans a run for queued mutations: debounced, bounded in delay (with
   * backoff), and never sooner than BUSY_FACTOR × the last run's duration after it ended. */
  function schedule() {
    if (running) return;
    const now = performance.now();
    const earliest = lastRunEnd + lastRunMs * BUSY_FACTOR;
    const latest = firstQueuedAt + maxDelay;
    const due = Math.max(earliest, Math.min(now + MUTATION_DEBOUNCE_MS, latest));
    clearTimeout(timer);
    timer = setTimeout(runNow, Math.max(0, due - now));
  }

  // The callback only queues (and puts back marks the page took away, see
  // checkMark); all other work happens in runNow. Of attributes only
  // Declutter's own are observed: its own writes find the wanted value there.
  const observer = new MutationObserver((records) => {
    const t0 = performance.now();
    let changed = false;
    for (const r of records) {
      if (r.type === 'attributes') checkMark(r.target);
      else changed = true;
    }
    // Inside a run this is part of the run's current slice (a microtask of it).
    if (!running) noteSlice(t0, performance.now() - t0, 'observer');
    if (!changed) return;
    lastMutationAt = performance.now();
    if (!dirty) {
      dirty = true;
      firstQueuedAt = lastMutationAt;
    }
    schedule();
  });
  const OBSERVED = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [ATTR.label, ATTR.hide],
  };
  let observing = false;

  function observe(on) {
    if (on) {
      // The root element's children too, in case the page replaces <body>; and
      // each open shadow root (mutations inside them do not reach the document).
      if (!observing) observer.observe(document.documentElement, OBSERVED);
      for (const sr of shadowRoots) observer.observe(sr, OBSERVED);
    } else if (observing) {
      observer.disconnect();
      clearTimeout(timer);
      timer = 0;
      dirty = false;
    }
    observing = on;
  }

  function reportState() {
    // The badge counts the top document's blocks.
    if (!isTop) return;
    const hidden = active ? lastReport?.hidden ?? 0 : 0;
    api.runtime.sendMessage({ type: 'state', active, hidden }).catch(() => {});
  }

  /** Turns decluttering on or off for this page load (toolbar, shortcut, popup). */
  async function setActive(on) {
    if (on && active && override === on) return;
    override = on;
    if (on) {
      await runNow();
    } else {
      beginSlice();
      observe(false);
      await restore();
      endSlice();
      reportState();
    }
  }

  function state(withSlices = false) {
    return {
      ...(withSlices ? { slices } : {}),
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
      busy: running || timer !== 0 || dirty,
      longestSliceMs: Math.round(longestSliceMs * 10) / 10,
      marks: planMarks,
      remarks,
      gaveUp,
      shadowRoots: shadowRoots.size,
      shadowSheet: shadowSheetError || (shadowSheet ? 'adopted' : 'none'),
      frames: window.frames.length,
      timeline,
      pass: lastPass,
      wasmMemoryBytes: wasmMemory ? wasmMemory.buffer.byteLength : 0,
    };
  }

  // --- Messages (popup, toolbar, shortcut) -------------------------------------
  // A message to a tab reaches every frame; only the top document answers.
  // `toggle` goes to the top only (the background then sends the outcome as
  // `setActive` to all frames), so frames cannot flip the opposite way.
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !msg || typeof msg !== 'object') return false;
    const answer = (promise) => {
      if (!isTop) return false;
      promise.then(() => sendResponse(state(msg.slices === true)));
      return true;
    };
    switch (msg.type) {
      case 'getState':
        return answer(Promise.resolve());
      case 'toggle':
        return answer(setActive(!active));
      case 'setActive':
        if (typeof msg.active !== 'boolean') return false;
        return answer(setActive(msg.active));
      case 'setShow':
        if (typeof msg.show !== 'boolean') return false;
        show = msg.show && active;
        return answer((async () => {
          beginSlice();
          updateShadowSheet();
          await updateReasons();
          endSlice();
        })());
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
        beginSlice();
        observe(false);
        await restore();
        endSlice();
        reportState();
      }
    })().catch(warn);
  });

  // --- Start --------------------------------------------------------------------
  async function start() {
    // HTML and XHTML pages; not SVG or other XML documents (no body to read).
    if (document.documentElement?.namespaceURI !== XHTML_NS) return;
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

  start().catch(warn);
})();
