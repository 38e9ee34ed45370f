// Shared by the content script, the background worker, the popup and the
// options page: the browser API shim, the settings schema and the storage
// helpers. A classic script (content scripts cannot be modules) that publishes
// one frozen object, `globalThis.declutterShared`.
(() => {
  'use strict';
  if (globalThis.declutterShared) return;

  // One shim instead of browser sniffing: Firefox has `browser`, Chromium `chrome`;
  // both return promises in MV3.
  const api = globalThis.browser ?? globalThis.chrome;

  /** Labels the core gives, in its fixed order. */
  const LABELS = Object.freeze(['body', 'caption', 'ad', 'code']);
  /** Labels the user may hide (never `body`). */
  const HIDEABLE = Object.freeze(['caption', 'ad', 'code']);
  /** Per-site choices; `auto` is the absence of a stored choice. */
  const CHOICES = Object.freeze(['auto', 'always', 'never']);
  /** What a toolbar click does. */
  const CLICKS = Object.freeze(['popup', 'toggle']);

  /** Defaults of the `settings` item in storage.sync. */
  const DEFAULT_SETTINGS = Object.freeze({
    // Labels hidden (the core's default options).
    hide: Object.freeze(['caption', 'ad', 'code']),
    // Act on pages that look like articles without being asked.
    auto: true,
    // Toolbar button: open the popup, or toggle the page directly.
    click: 'popup',
  });

  /** storage.sync key of the settings object. */
  const SETTINGS_KEY = 'settings';
  /** storage.sync keys of per-site choices: `site:<hostname>` → "always" | "never".
   * One item per site keeps each item far below storage.sync's per-item quota. */
  const SITE_PREFIX = 'site:';

  /** Attribute names on the page (the core's LABEL_ATTR and the extension's own). */
  const ATTR = Object.freeze({
    label: 'data-declutter-label', // on marked elements (set by the core's plan)
    reason: 'data-declutter-reason', // on hidden elements while "show what was hidden" is on
    hide: 'data-declutter-hide', // on <html>: the labels hidden, space-separated
    show: 'data-declutter-show', // on <html>: hidden blocks are shown outlined
  });

  /** Fills in and checks a stored settings object; anything invalid becomes the default. */
  function normalizeSettings(raw) {
    const s = raw && typeof raw === 'object' ? raw : {};
    const hide = Array.isArray(s.hide)
      ? HIDEABLE.filter((l) => s.hide.includes(l))
      : [...DEFAULT_SETTINGS.hide];
    return {
      hide,
      auto: typeof s.auto === 'boolean' ? s.auto : DEFAULT_SETTINGS.auto,
      click: CLICKS.includes(s.click) ? s.click : DEFAULT_SETTINGS.click,
    };
  }

  /** A hostname as a site key, or '' when the string is not one. */
  function normalizeHost(host) {
    if (typeof host !== 'string') return '';
    const h = host.trim().toLowerCase();
    return /^[a-z0-9.\-\[\]:_]{1,253}$/.test(h) ? h : '';
  }

  async function loadSettings() {
    const got = await api.storage.sync.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  }

  async function saveSettings(settings) {
    await api.storage.sync.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
  }

  async function loadSiteChoice(host) {
    const key = SITE_PREFIX + normalizeHost(host);
    const got = await api.storage.sync.get(key);
    return CHOICES.includes(got[key]) ? got[key] : 'auto';
  }

  async function saveSiteChoice(host, choice) {
    const h = normalizeHost(host);
    if (!h || !CHOICES.includes(choice)) throw new Error('invalid site choice');
    if (choice === 'auto') await api.storage.sync.remove(SITE_PREFIX + h);
    else await api.storage.sync.set({ [SITE_PREFIX + h]: choice });
  }

  /** Every stored site choice: [[host, choice]] sorted by host. */
  async function loadAllSiteChoices() {
    const all = await api.storage.sync.get(null);
    return Object.entries(all)
      .filter(([k, v]) => k.startsWith(SITE_PREFIX) && CHOICES.includes(v))
      .map(([k, v]) => [k.slice(SITE_PREFIX.length), v])
      .sort((a, b) => a[0].localeCompare(b[0]));
  }

  /** A localised string (the English one when a locale lacks it). */
  function t(key, subs) {
    return api.i18n.getMessage(key, subs) || key;
  }

  globalThis.declutterShared = Object.freeze({
    api,
    LABELS,
    HIDEABLE,
    CHOICES,
    CLICKS,
    DEFAULT_SETTINGS,
    SETTINGS_KEY,
    SITE_PREFIX,
    ATTR,
    normalizeSettings,
    normalizeHost,
    loadSettings,
    saveSettings,
    loadSiteChoice,
    saveSiteChoice,
    loadAllSiteChoices,
    t,
  });
})();
