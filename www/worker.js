// Classifies pasted text off the main thread, so that a megabyte of text
// never freezes the page. A module worker that loads the same wasm package.
//
// In:  {id, text, options}
// Out: {id, rows: [{text, label, confidence, reason}], counts, clean, cleanBlocks, ms}
//      or {id, error}
import init, { classifyText } from './pkg/declutter.js';

const ready = init();

self.addEventListener('message', async ({ data }) => {
  const { id, text, options } = data;
  try {
    await ready;
    const start = performance.now();
    const rows = classifyText(text, options);
    const ms = performance.now() - start;
    const hide = new Set(options?.hide ?? ['caption', 'ad', 'code']);
    const counts = { body: 0, caption: 0, ad: 0, code: 0 };
    const kept = [];
    for (const row of rows) {
      counts[row.label] += 1;
      if (!hide.has(row.label)) kept.push(row.text);
    }
    self.postMessage({ id, rows, counts, clean: kept.join('\n\n'), cleanBlocks: kept.length, ms });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
