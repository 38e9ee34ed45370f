// The background worker (a service worker in Chromium, an event page in
// Firefox). It classifies snapshots for content
// scripts that cannot compile wasm in their page (Chromium on pages whose CSP
// lacks 'wasm-unsafe-eval'), keeps the badge, and turns the toolbar button and
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

/** Only this extension's own content scripts, from a tab, may ask. */
function fromOwnContentScript(sender) {
  return sender.id === api.runtime.id && !!sender.tab && Number.isInteger(sender.tab.id);
}

/** The core's answer, with its typed arrays as plain arrays (Chromium's
 * messages carry JSON). */
async function classify(msg) {
  await loadEngine();
  const { strings, lengths, ends, attrs } = msg.snapshot;
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
    case 'classify':
      if (!isSnapshot(msg.snapshot) || !isOptions(msg.options)) {
        sendResponse({ ok: false, error: 'invalid classify message' });
        return false;
      }
      classify(msg).then(
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

/** Asks the page in `tabId` to toggle; pages without the content script
 * (browser pages, the web store) do not answer, which is fine. */
function toggleTab(tabId) {
  if (!Number.isInteger(tabId)) return;
  api.tabs.sendMessage(tabId, { type: 'toggle' }).catch(() => {});
}

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

// For tests driving the worker directly (Chromium's serviceWorker.evaluate).
globalThis.declutterBackground = Object.freeze({ toggleTab });
