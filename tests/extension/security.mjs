// Tests behind the claims of docs/SECURITY.md: the manifest's permissions,
// the extension pages' CSP, the checks on every message, what is stored.
// (No request leaves the device: run.mjs's "(f)" test and the static check
// of the built files.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest keys that grant or expose anything, as the build writes them. */
export function manifestProblems(dir, browser) {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const problems = [];
  const expect = (what, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: ${JSON.stringify(actual)}`);
  };
  expect('permissions', m.permissions, ['storage']);
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'content_security_policy.sandbox']) {
    if (key in m) problems.push(`${key} present`);
  }
  expect('content_scripts', m.content_scripts.map((c) => [c.matches, c.all_frames, c.match_about_blank]),
    [[['http://*/*', 'https://*/*'], true, true]]);
  expect('web_accessible_resources', m.web_accessible_resources.map((w) => w.resources), [['pkg/declutter_bg.wasm']]);
  expect('content_security_policy', m.content_security_policy, { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
  if (browser === 'firefox') expect('data_collection_permissions', m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  return problems;
}

/** Inline scripts or event-handler attributes in the extension's pages (the CSP forbids both). */
export function inlineScriptProblems(dir) {
  const problems = [];
  for (const page of ['popup.html', 'options.html']) {
    const html = readFileSync(join(dir, page), 'utf8');
    if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push(`${page}: inline <script>`);
    if (/\son[a-z]+\s*=/i.test(html)) problems.push(`${page}: event-handler attribute`);
  }
  return problems;
}

/** Extension code that writes HTML strings into a document (page text must
 * never become markup in the popup or the options page). */
export function htmlSinkProblems(dir) {
  const problems = [];
  for (const file of ['bg.js', 'content.js', 'popup.js', 'options.js', 'shared.js', 'pkg/declutter.js']) {
    const js = readFileSync(join(dir, file), 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment', 'setHTMLUnsafe']) {
      if (js.includes(sink)) problems.push(`${file}: ${sink}`);
    }
  }
  return problems;
}

export async function securitySuite(b, server, h) {
  const { test, waitFor, assert, assertEqual, ask, tabIdOf } = h;
  const ext = await b.newTab(b.extBase + 'popup.html');
  // Runs `fn(checks)` in the background (worker or event page) with its exported checks.
  // (Firefox: from an extension page, through runtime.getBackgroundPage.)
  const inBackground = async (fn) => {
    if (b.worker) return b.worker.evaluate(`(${fn})(globalThis.declutterBackground)`);
    return b.eval(ext, `async () => (${fn})((await browser.runtime.getBackgroundPage()).declutterBackground)`);
  };

  await test(b, 'security: the background checks every snapshot and option before classifying', async () => {
    const verdicts = await inBackground((bg) => {
      const api = globalThis.browser ?? globalThis.chrome;
      // The flat snapshot: body > "Hello".
      const flat = (over) => ({ strings: 'bodyHello', lengths: [4, 5], ends: [2, 0], attrs: [0, 0], ...over });
      return {
        valid: bg.isSnapshot(flat({})),
        stringsNotString: bg.isSnapshot(flat({ strings: ['body', 'Hello'] })),
        badEnd: bg.isSnapshot(flat({ ends: [1.5, 0] })),
        negativeEnd: bg.isSnapshot(flat({ ends: [-1, 0] })),
        attrsOutOfRange: bg.isSnapshot(flat({ attrs: [0x80, 0] })),
        attrsShort: bg.isSnapshot(flat({ attrs: [0] })),
        lengthBeyondStrings: bg.isSnapshot(flat({ lengths: [4, 500] })),
        tooMany: bg.isSnapshot(flat({ ends: new Array(250_001).fill(0), attrs: new Array(250_001).fill(0) })),
        options: bg.isOptions({ hide: ['ad'], lang: 'auto' }),
        extraKey: bg.isOptions({ hide: ['ad'], lang: 'auto', css: 'x' }),
        hideBody: bg.isOptions({ hide: ['body'], lang: 'auto' }),
        otherLang: bg.isOptions({ hide: ['ad'], lang: 'de' }),
        partNotString: bg.addPart('test:0', { run: 1, field: 'strings', text: 5 }),
        partUnknownField: bg.addPart('test:0', { run: 1, field: 'nodes', text: '' }),
        partTooLarge: bg.addPart('test:1', { run: 1, field: 'strings', text: 'x'.repeat(64_000_001) }),
        fromContentScript: bg.fromOwnContentScript({ id: api.runtime.id, tab: { id: 1 }, url: 'https://example.org/' }),
        fromOtherExtension: bg.fromOwnContentScript({ id: 'someone-else', tab: { id: 1 }, url: 'https://example.org/' }),
        fromExtensionPage: bg.fromOwnContentScript({ id: api.runtime.id, url: api.runtime.getURL('popup.html') }),
        fromExtensionPageInTab: bg.fromOwnContentScript({ id: api.runtime.id, tab: { id: 1 }, url: api.runtime.getURL('popup.html') }),
      };
    });
    assertEqual(verdicts, {
      valid: true, stringsNotString: false, badEnd: false, negativeEnd: false, attrsOutOfRange: false, attrsShort: false,
      lengthBeyondStrings: false, tooMany: false,
      options: true, extraKey: false, hideBody: false, otherLang: false,
      partNotString: 'invalid snapshot part', partUnknownField: 'invalid snapshot part', partTooLarge: 'snapshot too large',
      fromContentScript: true, fromOtherExtension: false, fromExtensionPage: false, fromExtensionPageInTab: false,
    }, 'verdicts');
  });

  await test(b, 'security: an extension page cannot make the worker classify; the page has no channel to the extension', async () => {
    const answer = await b.eval(ext, async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      try {
        return (await api.runtime.sendMessage({ type: 'classifyParts', run: 1, options: { hide: ['ad'], lang: 'auto' } })) ?? 'no answer';
      } catch (e) {
        return 'no answer';
      }
    });
    assertEqual(answer, 'no answer', 'answer to a classify request from a non-tab sender');
    const tab = await b.newTab(`${server.origin}/article.html`);
    await waitFor(b, tab, 'Declutter to act', () => document.documentElement.hasAttribute('data-declutter-hide'));
    // No externally_connectable: the page's own scripts see no extension API.
    assertEqual(await b.eval(tab, () => typeof globalThis.chrome?.runtime?.sendMessage + typeof globalThis.browser), 'undefinedundefined', 'extension API in the page');
    // Wrongly typed fields are ignored by the content script.
    const id = await waitFor(b, ext, 'the tab', tabIdOf, `${server.origin}/article.html`);
    // (No answer: Chromium resolves with undefined, Firefox with null.)
    assertEqual((await b.eval(ext, ask, id, { type: 'setActive', active: 'no' })) ?? null, null, 'answer to a malformed setActive');
    assertEqual((await b.eval(ext, ask, id, { type: 'nonsense' })) ?? null, null, 'answer to an unknown message');
    assert(await b.eval(tab, () => document.documentElement.hasAttribute('data-declutter-hide')), 'still active');
    await b.closeTab(tab);
  });

  await test(b, 'security: storage holds only the settings and per-site choices', async () => {
    const stored = await b.eval(ext, async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.storage.sync.set({ settings: { hide: ['ad'], auto: true, click: 'popup' }, 'site:example.org': 'never' });
      const sync = Object.keys(await api.storage.sync.get(null));
      const local = Object.keys(await api.storage.local.get(null));
      await api.storage.sync.remove(['settings', 'site:example.org']);
      return { sync, local };
    });
    assert(stored.sync.every((k) => k === 'settings' || k.startsWith('site:')), `storage.sync keys ${stored.sync}`);
    assertEqual(stored.local, [], 'storage.local keys');
  });

  await b.closeTab(ext).catch(() => {});
}
