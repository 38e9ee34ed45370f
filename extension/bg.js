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

/** Whether `s` is a snapshot: `{nodes: [{tag, end, attrs} | {text}]}` with the
 * right types (the core checks the tree structure itself). */
function isSnapshot(s) {
  if (!s || typeof s !== 'object' || !Array.isArray(s.nodes)) return false;
  if (s.nodes.length > MAX_SNAPSHOT_NODES) return false;
  for (const n of s.nodes) {
    if (!n || typeof n !== 'object') return false;
    if (typeof n.text === 'string') continue;
    if (typeof n.tag !== 'string' || !Number.isInteger(n.end) || !Array.isArray(n.attrs)) return false;
    if (n.attrs.length % 2 !== 0 || !n.attrs.every((a) => typeof a === 'string')) return false;
  }
  return true;
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

async function classify(msg) {
  await loadEngine();
  return wasm_bindgen.declutterSnapshot(msg.snapshot, msg.options);
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
