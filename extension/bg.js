// The background worker (a service worker in Chromium, an event page in
// Firefox). It classifies snapshots for content scripts that cannot compile
// wasm in their page (Chromium on pages whose CSP lacks 'wasm-unsafe-eval') and
// large snapshots, whose one wasm call would block the page's main thread for
// too long (off that thread here), keeps the badge, and turns the toolbar button and
// the keyboard shortcut into a toggle message for the page. A classic script
// (not a module), so the content script and the worker share one glue file.
// Chromium runs this file alone as a service worker; Firefox loads the
// manifest's background scripts (shared.js, pkg/declutter.js, bg.js) in order.
if (typeof importScripts === 'function') importScripts('shared.js', 'pkg/declutter.js');

// `wasm_bindgen` is the core's glue (wasm-pack's no-modules target).
/* global wasm_bindgen */
const S = globalThis.declutterShared;
const { api, HIDEABLE } = S;

/** Largest snapshot accepted (the content script stops at 200,000 nodes). */
const MAX_SNAPSHOT_NODES = 250_000;
/** Largest snapshot text accepted from one frame, in characters (200,000
 * nodes with their text capped at 10,000 characters each fit many times over
 * for any real page; this bounds the memory one page can make the worker hold). */
const MAX_SNAPSHOT_CHARS = 64_000_000;
/** The fields of a flat snapshot, as the content script sends them. */
const FIELDS = ['strings', 'lengths', 'ends', 'attrs'];
const BADGE_COLOUR = '#5f6368';

let engine = null;
function loadEngine() {
  engine ??= wasm_bindgen({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') });
  return engine;
}

const isIntArray = (a, max) => Array.isArray(a) && a.every((x) => Number.isInteger(x) && x >= 0 && x <= max);

/** Whether `s` is a snapshot in the core's flat form, `{strings, lengths, ends,
 * attrs}` (dom::snapshot::FlatSnapshot), with the right types and sizes (the core
 * checks that the lengths add up and the tree structure itself). */
function isSnapshot(s) {
  return (
    !!s &&
    typeof s === 'object' &&
    typeof s.strings === 'string' &&
    Array.isArray(s.ends) &&
    s.ends.length <= MAX_SNAPSHOT_NODES &&
    isIntArray(s.ends, MAX_SNAPSHOT_NODES) &&
    isIntArray(s.attrs, 0x7f) &&
    s.attrs.length === s.ends.length &&
    isIntArray(s.lengths, s.strings.length)
  );
}

/** Whether `o` is the options object the content script sends. */
function isOptions(o) {
  return (
    !!o &&
    typeof o === 'object' &&
    Object.keys(o).every((k) => k === 'hide' || k === 'lang') &&
    Array.isArray(o.hide) &&
    o.hide.every((l) => HIDEABLE.includes(l)) &&
    o.lang === 'auto'
  );
}

/** Only this extension's own content scripts, in a page shown in a tab, may
 * ask (not an extension page, even one open in a tab). */
function fromOwnContentScript(sender) {
  return sender.id === api.runtime.id && Number.isInteger(sender.tab?.id) &&
    typeof sender.url === 'string' && !sender.url.startsWith(api.runtime.getURL(''));
}

/** Snapshot parts received, per frame: `tab:frame` → {run, fields: {field: [text]}, chars}. */
const pending = new Map();

/** Stores one part of a frame's snapshot (a piece of `strings`, or of a number
 * list as comma-separated text); a new run of the same frame drops the old one. */
function addPart(key, msg) {
  if (!Number.isInteger(msg.run) || !FIELDS.includes(msg.field) || typeof msg.text !== 'string') return 'invalid snapshot part';
  let p = pending.get(key);
  if (!p || p.run !== msg.run) {
    p = { run: msg.run, fields: Object.fromEntries(FIELDS.map((f) => [f, []])), chars: 0 };
    pending.set(key, p);
  }
  p.chars += msg.text.length;
  if (p.chars > MAX_SNAPSHOT_CHARS) {
    pending.delete(key);
    return 'snapshot too large';
  }
  p.fields[msg.field].push(msg.text);
  return '';
}

/** A number list sent as comma-separated text (NaN for anything else, which isSnapshot refuses). */
function numbers(text) {
  return text ? text.split(',').map((x) => (/^\d+$/.test(x) ? Number(x) : NaN)) : [];
}

/** Assembles, checks and classifies a frame's complete snapshot. The answer
 * is the core's, with its typed arrays as plain arrays (Chromium's messages
 * carry JSON): {marks: [node, label code, …], why, reasons, report}. */
async function classifyParts(key, msg) {
  const p = pending.get(key);
  pending.delete(key);
  if (!p || p.run !== msg.run || !isOptions(msg.options)) throw new Error('invalid classify message');
  const text = (f) => p.fields[f].join('');
  const snapshot = { strings: text('strings'), lengths: numbers(text('lengths')), ends: numbers(text('ends')), attrs: numbers(text('attrs')) };
  if (!isSnapshot(snapshot)) throw new Error('invalid snapshot');
  await loadEngine();
  const { strings, lengths, ends, attrs } = snapshot;
  const out = wasm_bindgen.declutterFlat(strings, new Uint32Array(lengths), new Uint32Array(ends), new Uint8Array(attrs), msg.options);
  return { ...out, marks: Array.from(out.marks), why: Array.from(out.why) };
}

function setBadge(tabId, msg) {
  if (typeof msg.active !== 'boolean' || !Number.isInteger(msg.hidden) || msg.hidden < 0) return;
  const text = msg.active && msg.hidden > 0 ? String(Math.min(msg.hidden, 9999)) : '';
  api.action.setBadgeText({ tabId, text }).catch(() => {});
  api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }).catch(() => {});
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg !== 'object' || !fromOwnContentScript(sender)) return false;
  switch (msg.type) {
    case 'warm':
      loadEngine().catch(() => {});
      return false;
    case 'snapshotPart': {
      const error = addPart(`${sender.tab.id}:${sender.frameId}`, msg);
      sendResponse(error ? { ok: false, error } : { ok: true });
      return false;
    }
    case 'classifyParts':
      classifyParts(`${sender.tab.id}:${sender.frameId}`, msg).then(
        (outcome) => sendResponse({ ok: true, outcome }),
        (e) => sendResponse({ ok: false, error: String(e?.message ?? e) }),
      );
      return true;
    case 'state':
      setBadge(sender.tab.id, msg);
      return false;
    default:
      return false;
  }
});

/** Asks the page in `tabId` to toggle: its top document flips, and its
 * same-origin frames then follow the top's new state. Pages without the
 * content script (browser pages, the web store) do not answer, which is fine. */
async function toggleTab(tabId) {
  if (!Number.isInteger(tabId)) return;
  const state = await api.tabs.sendMessage(tabId, { type: 'toggle' }, { frameId: 0 }).catch(() => null);
  if (typeof state?.active !== 'boolean') return;
  api.tabs.sendMessage(tabId, { type: 'setActive', active: state.active }).catch(() => {});
}

// Parts of a closed tab's snapshots are dropped.
api.tabs.onRemoved.addListener((tabId) => {
  for (const key of pending.keys()) if (key.startsWith(`${tabId}:`)) pending.delete(key);
});

api.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-page') return;
  if (tab?.id !== undefined) {
    toggleTab(tab.id);
  } else {
    api.tabs.query({ active: true, currentWindow: true }).then((tabs) => toggleTab(tabs[0]?.id));
  }
});

// Fires only when the toolbar button has no popup (settings.click = "toggle").
api.action.onClicked.addListener((tab) => toggleTab(tab.id));

async function applyClickSetting() {
  const settings = await S.loadSettings();
  await api.action.setPopup({ popup: settings.click === 'toggle' ? '' : 'popup.html' });
}

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && S.SETTINGS_KEY in changes) applyClickSetting().catch(() => {});
});
applyClickSetting().catch(() => {});

// For tests driving the worker directly (Chromium's serviceWorker.evaluate,
// Firefox's runtime.getBackgroundPage): the toggle and the message checks.
globalThis.declutterBackground = Object.freeze({ toggleTab, isSnapshot, isOptions, addPart, fromOwnContentScript });
