// Firefox ESR with the extension installed as a temporary add-on, driven
// through geckodriver's HTTP WebDriver endpoints (no client library needed).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function launchFirefox(extDir, { geckoId, geckodriver = 'geckodriver', width = 1200, height = 900 }) {
  const port = await freePort();
  const output = [];
  const driver = spawn(geckodriver, ['--port', String(port), '--host', '127.0.0.1', '--allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  driver.stdout.on('data', (d) => output.push(String(d)));
  driver.stderr.on('data', (d) => output.push(String(d)));
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;

  async function call(method, path, body) {
    const res = await fetch(base + path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  // geckodriver is up once /status answers.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await call('GET', '/status');
      break;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`geckodriver did not start: ${output.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const uuid = randomUUID();
  let session;
  try {
    session = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          'moz:firefoxOptions': {
            binary: FIREFOX,
            // Chrome-context scripts
            // moz-extension:// page (the popup and options pages) in a tab.
            // (geckodriver's --allow-system-access) is the only way WebDriver
            // can open a moz-extension:// page (popup, options) in a tab.
            args: ['-headless'],
            prefs: {
              // A known moz-extension:// origin, so tests can open the popup.
              'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
              // Console messages (the extension's included) on geckodriver's output.
              'devtools.console.stdout.content': true,
              'devtools.console.stdout.chrome': true,
              'browser.shell.checkDefaultBrowser': false,
            },
          },
        },
      },
    });
  } catch (e) {
    driver.kill();
    await exited;
    throw e;
  }
  const sid = session.sessionId;
  const s = (path) => `/session/${sid}${path}`;
  await call('POST', s('/window/rect'), { width, height });
  const addonId = await call('POST', s('/moz/addon/install'), { path: extDir, temporary: true });

  let current = await call('GET', s('/window'));
  async function use(handle) {
    if (handle !== current) {
      await call('POST', s('/window'), { handle });
      current = handle;
    }
  }

  async function findElement(selector) {
    const el = await call('POST', s('/element'), { using: 'css selector', value: selector });
    return el[ELEMENT];
  }

  const firstTab = current;
  return {
    name: 'firefox',
    addonId,
    output,
    extBase: `moz-extension://${uuid}/`,
    firstTab,
    openTabs: new Set(),
    /** A new tab, or with `{window: true}` a new window (a page that must stay
     * in the foreground while the tests look at other tabs: Firefox throttles
     * the timers of background tabs to one per second). */
    async newTab(url, { window = false } = {}) {
      if (url && url.startsWith('moz-extension:')) {
        const known = new Set(await call('GET', s('/window/handles')));
        await call('POST', s('/moz/context'), { context: 'chrome' });
        try {
          await call('POST', s('/execute/sync'), {
            script: `const win = Services.wm.getMostRecentWindow('navigator:browser');
              win.gBrowser.selectedTab = win.gBrowser.addTab(arguments[0], {
                triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
            args: [url],
          });
        } finally {
          await call('POST', s('/moz/context'), { context: 'content' });
        }
        const handle = (await call('GET', s('/window/handles'))).find((h) => !known.has(h));
        if (!handle) throw new Error(`no new tab for ${url}`);
        this.openTabs.add(handle);
        await use(handle);
        // Wait for the extension page to load.
        const deadline = Date.now() + 10_000;
        while ((await call('POST', s('/execute/sync'), { script: 'return location.protocol + document.readyState', args: [] })) !== 'moz-extension:complete') {
          if (Date.now() > deadline) throw new Error(`${url} did not load`);
          await new Promise((r) => setTimeout(r, 50));
        }
        return handle;
      }
      const { handle } = await call('POST', s('/window/new'), { type: window ? 'window' : 'tab' });
      this.openTabs.add(handle);
      await use(handle);
      if (url) await call('POST', s('/url'), { url });
      return handle;
    },
    async goto(tab, url) {
      await use(tab);
      await call('POST', s('/url'), { url });
    },
    async eval(tab, fn, ...args) {
      await use(tab);
      const script =
        'const done = arguments[arguments.length - 1];' +
        `Promise.resolve().then(() => (${fn})(...arguments[0]))` +
        '.then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));';
      const r = await call('POST', s('/execute/async'), { script, args: [args] });
      if (r && 'err' in r) throw new Error(r.err);
      return r?.ok;
    },
    async screenshot(tab, path, { selector } = {}) {
      await use(tab);
      const png = selector
        ? await call('GET', s(`/element/${await findElement(selector)}/screenshot`))
        : await call('GET', s('/screenshot'));
      writeFileSync(path, Buffer.from(png, 'base64'));
    },
    async hover(tab, selector) {
      await use(tab);
      const id = await findElement(selector);
      await call('POST', s('/actions'), {
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', duration: 0, origin: { [ELEMENT]: id }, x: 0, y: 0 }] }],
      });
    },
    /** The manifest warnings and errors Firefox recorded for the add-on (what
     * about:debugging shows), read in the chrome context. */
    async manifestWarnings() {
      await call('POST', s('/moz/context'), { context: 'chrome' });
      try {
        return await call('POST', s('/execute/sync'), {
          script: `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
            const ext = ExtensionParent.GlobalManager.getExtension(arguments[0]);
            return ext ? { warnings: [...ext.warnings], errors: [...(ext.errors || [])] } : null;`,
          args: [addonId],
        });
      } finally {
        await call('POST', s('/moz/context'), { context: 'content' });
      }
    },
    async closeTab(tab) {
      this.openTabs.delete(tab);
      await use(tab);
      await call('DELETE', s('/window'));
      current = null;
      const handles = await call('GET', s('/window/handles'));
      if (handles.length) await use(handles[0]);
    },
    async close() {
      try {
        await call('DELETE', s(''));
      } finally {
        driver.kill();
        await exited;
      }
    },
  };
}
