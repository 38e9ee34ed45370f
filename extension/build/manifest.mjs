// Writes the manifest for one browser from the shared extension/manifest.json
// (which loads in both): each browser gets only the keys it reads, so neither
// warns about the other's.
//   node extension/build/manifest.mjs chrome|firefox SRC OUT
import { readFileSync, writeFileSync } from 'node:fs';

const [browser, src, out] = process.argv.slice(2);
const m = JSON.parse(readFileSync(src, 'utf8'));
if (browser === 'chrome') {
  // Chromium runs the service worker and does not know Gecko's settings.
  delete m.background.scripts;
  delete m.browser_specific_settings;
} else if (browser === 'firefox') {
  // Firefox runs background scripts (an event page) and always gives
  // web-accessible resources a per-install random origin.
  delete m.background.service_worker;
  for (const w of m.web_accessible_resources) delete w.use_dynamic_url;
} else {
  console.error(`unknown browser ${browser}`);
  process.exit(2);
}
writeFileSync(out, JSON.stringify(m, null, 2) + '\n');
