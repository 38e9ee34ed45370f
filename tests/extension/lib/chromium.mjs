// Chromium with the unpacked extension, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launchChromium(extDir, { viewport = { width: 1200, height: 900 }, args = [] } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'declutter-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      ...args,
    ],
  });
  // Long Tasks (> 50 ms on the main thread) of every page, recorded from before
  // any script runs: [start, duration] on window.__longTasks.
  await context.addInitScript(() => {
    const tasks = (window.__longTasks = []);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API in this document
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extId = new URL(worker.url()).host;
  const requests = [];
  let workerRequests = 0;
  context.on('request', (r) => {
    requests.push(r.url());
    if (r.serviceWorker()) workerRequests++;
  });
  const consoleMessages = [];
  const watch = (page) =>
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleMessages.push(`${m.type()}: ${m.text()} (${page.url()})`);
    });
  context.on('page', watch);
  for (const p of context.pages()) watch(p);

  return {
    name: 'chromium',
    context,
    worker,
    requests,
    get workerRequests() {
      return workerRequests;
    },
    consoleMessages,
    extBase: `chrome-extension://${extId}/`,
    extId,
    openTabs: new Set(),
    async newTab(url, { width, height } = {}) {
      const page = await context.newPage();
      this.openTabs.add(page);
      if (width) await page.setViewportSize({ width, height });
      if (url) await page.goto(url);
      return page;
    },
    async goto(tab, url) {
      await tab.goto(url);
    },
    async eval(tab, fn, ...args) {
      return tab.evaluate(`(${fn})(...${JSON.stringify(args)})`);
    },
    async screenshot(tab, path, { selector } = {}) {
      // caret: 'initial' — Playwright's caret hiding leaves style="" on inputs,
      // which would spoil the outerHTML comparisons.
      if (selector) await tab.locator(selector).screenshot({ path, caret: 'initial' });
      else await tab.screenshot({ path, caret: 'initial' });
    },
    async hover(tab, selector) {
      await tab.hover(selector);
    },
    async closeTab(tab) {
      this.openTabs.delete(tab);
      await tab.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
