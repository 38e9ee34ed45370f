// Renders extension/icons/icon.svg to PNGs (16, 32, 48, 128 px) with headless
// Chromium through playwright-core: the SVG in the repo is the only source.
//   node extension/build/render-icons.mjs SVG OUT_DIR
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The extension's npm tooling (playwright-core, web-ext) lives in tests/extension.
const require = createRequire(new URL('../../tests/extension/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [svgPath, outDir] = process.argv.slice(2);
if (!svgPath || !outDir) {
  console.error('usage: render-icons.mjs SVG OUT_DIR');
  process.exit(2);
}
const SIZES = [16, 32, 48, 128];
const svg = readFileSync(svgPath, 'utf8');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const data = Buffer.from(svg).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(outDir, `icon-${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
