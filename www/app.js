// The Declutter demo page: sample pages, pasted text and local HTML files.
// Plain ES modules, no bundler; the classifier is the wasm package in pkg/
// (imported dynamically, so that a missing build is reported on the page).
import { Viewer, LABEL_NAMES, blockHead, fmt } from './viewer.js';

const $ = (selector, root = document) => root.querySelector(selector);
const TEXT_BATCH = 200;
const MAX_SHOWN_CHARS = 1500;

// --- status and errors ------------------------------------------------------
// One live region; each tab keeps its own last message, shown when it is selected.
const statusEl = $('#status');
const statusByTab = {
  samples: { message: 'Loading the classifier…', kind: 'info' },
  paste: { message: 'Paste text, or use the example, to see each block labelled.', kind: 'info' },
  file: { message: 'Open an HTML file, or drop one on this page, to see it labelled and decluttered.', kind: 'info' },
};
let currentTab = 'samples';
function showStatus() {
  const { message, kind } = statusByTab[currentTab];
  if (statusEl.textContent !== message) statusEl.textContent = message;
  statusEl.dataset.kind = kind;
}
function announce(message, kind = 'info', tab = currentTab) {
  statusByTab[tab] = { message, kind };
  if (tab === currentTab) showStatus();
}
function fail(message, tab = currentTab) {
  announce(message, 'error', tab);
}

// --- theme -----------------------------------------------------------------
// data-theme on <html> (set early by theme-init.js) overrides the system
// preference; the toggle stores the choice.
const themeButton = $('#theme');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function isDark() {
  const forced = document.documentElement.dataset.theme;
  return forced ? forced === 'dark' : systemDark.matches;
}
function syncThemeButton() {
  themeButton.setAttribute('aria-pressed', String(isDark()));
}
themeButton.addEventListener('click', () => {
  const next = isDark() ? 'light' : 'dark';
  document.documentElement.dataset.theme = next;
  try {
    localStorage.setItem('declutter-theme', next);
  } catch {
    /* storage may be off; the choice then lasts for this visit */
  }
  syncThemeButton();
});
systemDark.addEventListener('change', syncThemeButton);
syncThemeButton();

// --- options ---------------------------------------------------------------
const langSelect = $('#opt-lang');
const hideCaptions = $('#opt-captions');
function options() {
  return {
    hide: hideCaptions.checked ? ['caption', 'ad', 'code'] : ['ad', 'code'],
    lang: langSelect.value,
  };
}

// --- tabs (WAI-ARIA tabs pattern, automatic activation) ----------------------
const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab, { focus = false, updateHash = true } = {}) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
  }
  currentTab = tab.dataset.hash;
  showStatus();
  if (focus) tab.focus();
  if (updateHash) history.replaceState(null, '', '#' + tab.dataset.hash);
  for (const v of [samplesViewer, fileViewer]) v?.hideOverlay();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const to = {
      ArrowRight: tabs[(i + 1) % tabs.length],
      ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    }[e.key];
    if (to) {
      e.preventDefault();
      selectTab(to, { focus: true });
    }
  });
}
const tabByHash = (hash) => tabs.find((t) => '#' + t.dataset.hash === hash);

// --- page viewers (samples and opened files) ---------------------------------
function summaryText(s) {
  const parts = Object.entries(s.counts)
    .filter(([, n]) => n)
    .map(([label, n]) => `${fmt.int(n)} ${LABEL_NAMES[label].toLowerCase()}`);
  return `${fmt.int(s.blocks)} blocks labelled in ${fmt.ms(s.ms)}: ${parts.join(', ')}; ${fmt.int(s.hidden)} hidden.`;
}
const viewerHooks = (tab, what) => ({
  options,
  onRun: (viewer, summary) => announce(`${what()}: ${summaryText(summary)}`, 'info', tab),
  onError: (message) => fail(`Declutter could not label this page: ${message}`, tab),
  onDrop: onDragEvent,
});

const sampleSelect = $('#sample');
let samplesViewer;
let fileViewer;
let fileName = '';

async function loadSample() {
  const url = new URL('samples/' + sampleSelect.value, location.href);
  const name = sampleSelect.selectedOptions[0].textContent;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const html = await response.text();
    return await samplesViewer.load(html, `Sample page: ${name}`);
  } catch (e) {
    if (document.body.dataset.state !== 'error') {
      fail(`Could not load the sample page ${sampleSelect.value}: ${e.message}`, 'samples');
    }
    return null;
  }
}
sampleSelect.addEventListener('change', loadSample);

// --- open an HTML file: picker and drag and drop ----------------------------
const fileInput = $('#file-input');
const fileInfo = $('#file-info');

/** Decodes an HTML file the way a browser would: BOM, then <meta charset>, then UTF-8. */
async function readHtml(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i);
    if (m) label = m[1];
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

const isHtml = (file) => /\.(x?html?|shtml)$/i.test(file.name) || /html/.test(file.type);
const isText = (file) => /\.(txt|text|md)$/i.test(file.name) || file.type === 'text/plain';

async function openFile(file) {
  if (!file) return;
  if (isText(file) && !isHtml(file)) {
    selectTab(tabByHash('#paste'));
    pasteInput.value = await file.text();
    onPasteInput({ now: true });
    return;
  }
  selectTab(tabByHash('#file'));
  // No telling name or type (e.g. a file saved without extension): look inside.
  const looksLikeHtml = async () => /^\s*<(!doctype|html|head|body|meta|div|p|article)\b/i.test(await file.slice(0, 1024).text());
  if (!isHtml(file) && !(await looksLikeHtml())) {
    fail(`${file.name} does not look like an HTML file (expected .html or .htm).`, 'file');
    return;
  }
  fileName = file.name;
  fileInfo.textContent = `${file.name} · ${formatBytes(file.size)}`;
  $('#viewer-file').hidden = false;
  announce(`Opening ${file.name}…`, 'info', 'file');
  try {
    await fileViewer.load(await readHtml(file), `Your file: ${file.name}`);
  } catch (e) {
    fail(`Could not open ${file.name}: ${e.message}`, 'file');
  }
}
fileInput.addEventListener('change', () => openFile(fileInput.files[0]));

// Drag and drop anywhere on the page (the iframes forward their events here).
let dragDepth = 0;
function onDragEvent(e) {
  if (!e.dataTransfer || ![...e.dataTransfer.types].includes('Files')) return;
  e.preventDefault();
  if (e.type === 'dragover' || e.type === 'dragenter') {
    e.dataTransfer.dropEffect = 'copy';
    if (e.type === 'dragenter' && e.currentTarget === document) dragDepth += 1;
    document.body.classList.add('dragging');
  } else if (e.type === 'dragleave') {
    dragDepth = Math.max(0, dragDepth - 1);
    if (!dragDepth) document.body.classList.remove('dragging');
  } else if (e.type === 'drop') {
    dragDepth = 0;
    document.body.classList.remove('dragging');
    openFile(e.dataTransfer.files[0]);
  }
}
for (const type of ['dragenter', 'dragover', 'dragleave', 'drop']) document.addEventListener(type, onDragEvent);

// --- paste text: classified in a worker --------------------------------------
const pasteInput = $('#paste-input');
const pasteSize = $('#paste-size');
const pasteOutput = $('#paste-output');
const textLegend = $('#text-legend');
const textTiming = $('#text-timing');
const textList = $('#text-blocks');
const textMore = $('#text-more');
const copyButton = $('#copy-clean');
const downloadButton = $('#download-clean');

const paste = { worker: null, seq: 0, busy: null, queued: null, result: null, shown: 0, timer: 0 };

function worker() {
  if (!paste.worker) {
    paste.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    paste.worker.addEventListener('message', onWorkerResult);
    paste.worker.addEventListener('error', (e) => {
      paste.busy = null;
      pasteOutput.removeAttribute('aria-busy');
      fail(`The text worker failed: ${e.message || 'could not start'}`, 'paste');
    });
  }
  return paste.worker;
}

function formatBytes(n) {
  if (n < 1000) return `${n} bytes`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(2)} MB`;
}

function onPasteInput({ now = false } = {}) {
  clearTimeout(paste.timer);
  const text = pasteInput.value;
  pasteSize.textContent = text ? `${formatBytes(new Blob([text]).size)}` : '';
  const delay = now ? 0 : text.length > 200_000 ? 400 : 150;
  paste.timer = setTimeout(classifyPasted, delay);
}
pasteInput.addEventListener('input', () => onPasteInput());
// Pasting anywhere on the Paste text tab (not only into the box) works too.
document.addEventListener('paste', (e) => {
  if (currentTab !== 'paste' || e.target.closest?.('input, textarea, select, [contenteditable]')) return;
  const text = e.clipboardData?.getData('text/plain');
  if (!text) return;
  e.preventDefault();
  pasteInput.value = text;
  onPasteInput({ now: true });
});

function classifyPasted() {
  const text = pasteInput.value;
  if (!text.trim()) {
    paste.queued = null;
    paste.seq += 1;
    showTextResult(null);
    return;
  }
  const job = { id: ++paste.seq, text, options: options() };
  if (paste.busy) paste.queued = job;
  else sendJob(job);
}

function sendJob(job) {
  paste.busy = { id: job.id, sent: performance.now(), bytes: job.text.length };
  pasteOutput.setAttribute('aria-busy', 'true');
  textTiming.textContent = `Labelling ${formatBytes(new Blob([job.text]).size)}…`;
  worker().postMessage(job);
}

function onWorkerResult({ data }) {
  const job = paste.busy;
  paste.busy = null;
  if (paste.queued) {
    const next = paste.queued;
    paste.queued = null;
    sendJob(next);
    return;
  }
  pasteOutput.removeAttribute('aria-busy');
  if (!job || data.id !== paste.seq) return;
  if (data.error) {
    fail(`Could not label the text: ${data.error}`, 'paste');
    return;
  }
  showTextResult(data, performance.now() - job.sent);
}

function showTextResult(result, roundTripMs = 0) {
  paste.result = result;
  textList.replaceChildren();
  paste.shown = 0;
  const empty = !result || !result.rows.length;
  $('#text-empty').hidden = !empty;
  copyButton.disabled = downloadButton.disabled = empty || !result.cleanBlocks;
  for (const li of textLegend.children) li.querySelector('.n').textContent = result ? fmt.int(result.counts[li.dataset.label]) : '0';
  if (empty) {
    if (!result) announce('Paste text, or use the example, to see each block labelled.', 'info', 'paste');
    textTiming.textContent = '';
    textMore.hidden = true;
    delete pasteOutput.dataset.ms;
    delete pasteOutput.dataset.blocks;
    return;
  }
  renderTextBlocks(TEXT_BATCH);
  const s = { blocks: result.rows.length, counts: result.counts, ms: result.ms };
  textTiming.textContent =
    `${fmt.int(s.blocks)} blocks labelled in ${fmt.ms(result.ms)} (in a worker; ${fmt.ms(roundTripMs)} with the transfer)` +
    ` · clean text: ${fmt.int(result.cleanBlocks)} blocks, ${formatBytes(new Blob([result.clean]).size)}`;
  pasteOutput.dataset.ms = result.ms.toFixed(2);
  pasteOutput.dataset.roundTripMs = roundTripMs.toFixed(2);
  pasteOutput.dataset.blocks = String(s.blocks);
  pasteOutput.dataset.seq = String(paste.seq);
  announce(`Pasted text: ${fmt.int(s.blocks)} blocks labelled in ${fmt.ms(result.ms)}: ` +
    Object.entries(s.counts).filter(([, n]) => n).map(([l, n]) => `${fmt.int(n)} ${LABEL_NAMES[l].toLowerCase()}`).join(', ') + '.', 'info', 'paste');
}

function renderTextBlocks(upTo) {
  const rows = paste.result.rows;
  const end = Math.min(upTo, rows.length);
  const hide = new Set(options().hide);
  const frag = document.createDocumentFragment();
  for (let i = paste.shown; i < end; i++) {
    const row = rows[i];
    const li = document.createElement('li');
    li.className = 'tb';
    li.dataset.label = row.label;
    li.dataset.index = i;
    const head = blockHead('p', row, hide.has(row.label) ? 'removed' : 'kept');
    const text = document.createElement('p');
    text.className = 'tb-text';
    if (row.text.length > MAX_SHOWN_CHARS) {
      text.textContent = row.text.slice(0, MAX_SHOWN_CHARS) + '…';
      const more = document.createElement('span');
      more.className = 'hint';
      more.textContent = ` (${fmt.int(row.text.length - MAX_SHOWN_CHARS)} more characters)`;
      text.append(more);
    } else {
      text.textContent = row.text;
    }
    li.append(head, text);
    frag.append(li);
  }
  textList.append(frag);
  paste.shown = end;
  const left = rows.length - end;
  textMore.hidden = left <= 0;
  textMore.textContent = `Show ${fmt.int(Math.min(TEXT_BATCH, left))} more blocks (${fmt.int(left)} not shown)`;
}
textMore.addEventListener('click', () => {
  const first = paste.shown;
  renderTextBlocks(paste.shown + TEXT_BATCH);
  // Keep the keyboard user where the new blocks start.
  const li = textList.children[first];
  if (li) {
    li.tabIndex = -1;
    li.focus();
  }
});

$('#paste-example').addEventListener('click', async () => {
  try {
    const response = await fetch(new URL('samples/nypost-budapest.txt', location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    pasteInput.value = await response.text();
    onPasteInput({ now: true });
  } catch (e) {
    fail(`Could not load the example text: ${e.message}`, 'paste');
  }
});
$('#paste-clear').addEventListener('click', () => {
  pasteInput.value = '';
  onPasteInput({ now: true });
  pasteInput.focus();
});

copyButton.addEventListener('click', async () => {
  const clean = paste.result?.clean ?? '';
  try {
    await navigator.clipboard.writeText(clean);
  } catch {
    // Clipboard API refused (permissions, insecure context): the old way.
    const area = document.createElement('textarea');
    area.value = clean;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) return fail('Could not copy: the browser refused access to the clipboard.');
  }
  announce(`Copied the clean text (${fmt.int(paste.result.cleanBlocks)} blocks, ${formatBytes(new Blob([clean]).size)}) to the clipboard.`);
});

downloadButton.addEventListener('click', () => {
  const clean = paste.result?.clean ?? '';
  const url = URL.createObjectURL(new Blob([clean + '\n'], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'declutter-clean.txt';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  announce('Downloaded the clean text as declutter-clean.txt.');
});

// --- options changes re-run everything shown ---------------------------------
function rerunAll() {
  if (samplesViewer?.doc) samplesViewer.run();
  if (fileViewer?.doc) fileViewer.run();
  if (pasteInput.value.trim()) onPasteInput({ now: true });
}
langSelect.addEventListener('change', rerunAll);
hideCaptions.addEventListener('change', rerunAll);

// --- start -------------------------------------------------------------------
async function start() {
  const initialTab = tabByHash(location.hash) || tabs[0];
  selectTab(initialTab, { updateHash: false });
  // The wasm module compiles while the first sample page loads into its iframe.
  const ready = import('./pkg/declutter.js')
    .then(async (pkg) => {
      await pkg.default();
      return pkg;
    })
    .catch((e) => {
      document.body.dataset.state = 'error';
      const message =
        `Could not load the WebAssembly classifier (${e.message}). ` +
        'Build it and serve this folder over HTTP: run scripts/demo.';
      for (const tab of Object.keys(statusByTab)) fail(message, tab);
      throw e;
    });
  samplesViewer = new Viewer($('#viewer-samples'), { ready, ...viewerHooks('samples', () => `Sample “${sampleSelect.selectedOptions[0].textContent}”`) });
  fileViewer = new Viewer($('#viewer-file'), { ready, ...viewerHooks('file', () => `File ${fileName}`) });
  for (const v of [samplesViewer, fileViewer]) v.setView('labels');
  const summary = await loadSample();
  try {
    await ready;
  } catch {
    return;
  }
  if (summary) performance.mark('declutter:first-labels');
  document.body.dataset.state = 'ready';
  // Warm the text worker up when the page is idle, so the first paste is quick.
  (window.requestIdleCallback || setTimeout)(() => worker());
}

start();
