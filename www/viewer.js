// A page viewer: shows an HTML document in a sandboxed iframe (no scripts),
// runs Declutter on it from this page, and switches between three views:
//   original     the page as it is (every mark removed with restore())
//   labels       every block outlined in its label's colour, hidden ones shown
//   decluttered  what the extension leaves: Declutter's own stylesheet hides the clutter
// Beside it, a listbox of the blocks (label, confidence, reason) that can be
// browsed with the keyboard; the current block is highlighted over the iframe.

export const LABELS = ['body', 'caption', 'ad', 'code'];
export const LABEL_NAMES = { body: 'Body', caption: 'Caption', ad: 'Ad', code: 'Code' };
const VIEWS = ['original', 'labels', 'decluttered'];
const DEMO_STYLE_ID = 'declutter-demo-style';
const CORE_STYLE_ID = 'declutter-style';
const LIST_BATCH = 400;

// The Labels view's stylesheet, injected into the shown page. It never hides
// anything; Declutter's own hiding stylesheet is disabled meanwhile.
const LABELS_CSS = `
[data-demo-label]{outline:2px solid var(--demo-c)!important;outline-offset:1px!important;box-shadow:inset 0 0 0 100vmax var(--demo-tint)!important}
[data-demo-label="body"]{--demo-c:#0b63a5;--demo-tint:rgba(11,99,165,.05)}
[data-demo-label="caption"]{--demo-c:#00775a;--demo-tint:rgba(0,119,90,.12);outline-style:dashed!important}
[data-demo-label="ad"]{--demo-c:#b84a00;--demo-tint:rgba(184,74,0,.13)}
[data-demo-label="code"]{--demo-c:#a3407f;--demo-tint:rgba(163,64,127,.13);outline-style:dotted!important;outline-width:3px!important}
[data-demo-label][data-demo-kept]{outline-style:double!important;outline-width:4px!important}
[data-demo-label]:hover{outline-width:3px!important}
`;

/** Number formatting shared by the views. */
export const fmt = {
  ms: (ms) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en')) + ' ms',
  pct: (x) => Math.round(x * 100) + '%',
  int: (n) => n.toLocaleString('en'),
};

/**
 * The head line of a block in a list: label chip, confidence, reason, state.
 * Text from the page goes in through textContent only.
 */
export function blockHead(tag, row, state) {
  const head = document.createElement(tag);
  head.className = 'blk-head';
  for (const [cls, text] of [
    ['chip', LABEL_NAMES[row.label]],
    ['conf', fmt.pct(row.confidence)],
    ['reason', row.reason],
    ['state', state],
  ]) {
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    head.append(span, ' ');
  }
  head.lastChild.remove();
  return head;
}

/**
 * Makes the copy of a page that the iframe shows: no scripts (they would not
 * run in the sandbox anyway), no <noscript> fallbacks (a browser with scripts
 * on never shows them, so neither would the extension), and no references to
 * other files, so nothing is fetched from the network or from this server.
 */
export function sandboxCopy(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, noscript, base, link, meta[http-equiv]').forEach((n) => n.remove());
  for (const attr of ['src', 'srcset', 'poster', 'data', 'background', 'imagesrcset']) {
    doc.querySelectorAll(`[${attr}]`).forEach((el) => {
      const v = el.getAttribute(attr).trim();
      if (!/^data:/i.test(v)) el.removeAttribute(attr);
    });
  }
  doc.querySelectorAll('[data-declutter-label]').forEach((el) => el.removeAttribute('data-declutter-label'));
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return doctype + doc.documentElement.outerHTML;
}

let viewerCount = 0;

export class Viewer {
  /**
   * @param {HTMLElement} host  empty element to build the viewer in
   * @param {object} hooks      {ready: Promise of the initialised wasm module, options(): Options,
   *                            onRun(viewer, summary), onError(message), onDrop(event)}
   */
  constructor(host, hooks) {
    this.hooks = hooks;
    this.id = `v${++viewerCount}`;
    this.view = 'labels';
    this.rows = [];
    this.byElement = new Map();
    this.active = -1;
    this.marked = false;
    this.loadToken = 0;
    this.runs = 0;

    host.append(document.getElementById('viewer-template').content.cloneNode(true));
    this.host = host;
    this.viewButtons = [...host.querySelectorAll('[data-view]')];
    this.legend = host.querySelector('.legend');
    this.timing = host.querySelector('.timing');
    this.iframe = host.querySelector('iframe');
    this.frameWrap = host.querySelector('.frame-wrap');
    this.highlight = host.querySelector('.frame-highlight');
    this.tip = host.querySelector('.frame-tip');
    this.list = host.querySelector('.block-list');
    this.more = host.querySelector('.block-more');
    this.tip.id = `${this.id}-tip`;
    this.list.id = `${this.id}-blocks`;
    const title = host.querySelector('.blocks-title');
    title.id = `${this.id}-blocks-title`;
    this.list.setAttribute('aria-labelledby', title.id);

    for (const button of this.viewButtons) {
      button.addEventListener('click', () => this.setView(button.dataset.view));
    }
    this.list.addEventListener('keydown', (e) => this.onListKey(e));
    this.list.addEventListener('focus', () => {
      if (this.active < 0 && this.rows.length) this.setActive(0);
      else this.showCurrent();
    });
    this.list.addEventListener('blur', () => this.hideOverlay());
    this.list.addEventListener('click', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option) this.setActive(Number(option.dataset.index));
    });
    this.more.addEventListener('click', () => {
      this.renderList(this.rendered + LIST_BATCH);
      this.list.focus();
    });
    this.iframe.addEventListener('mouseleave', () => this.showCurrent());
    window.addEventListener('resize', () => this.showCurrent());
  }

  /** Shows `html` (a whole page) in the iframe and labels it. */
  async load(html, title) {
    const token = ++this.loadToken;
    this.hideOverlay();
    this.iframe.title = `${title} (shown in a sandbox, scripts do not run)`;
    await new Promise((resolve) => {
      this.iframe.addEventListener('load', resolve, { once: true });
      this.iframe.srcdoc = sandboxCopy(html);
    });
    this.api = await this.hooks.ready;
    if (token !== this.loadToken) return null;
    this.doc = this.iframe.contentDocument;
    this.host.dataset.doc = title;
    this.wireDocument(this.doc);
    this.active = -1;
    this.marked = false;
    return this.run();
  }

  /** Listens to the shown page from here (its own scripts never run). */
  wireDocument(doc) {
    // Links and forms would navigate the sandbox away from the page.
    doc.addEventListener('click', (e) => {
      if (e.target.closest?.('a[href], area[href]')) e.preventDefault();
    });
    doc.addEventListener('submit', (e) => e.preventDefault());
    doc.addEventListener('mouseover', (e) => this.onHover(e.target));
    // Tabbing through the page's own links shows their block's reason too.
    doc.addEventListener('focusin', (e) => this.onHover(e.target));
    doc.addEventListener('focusout', () => this.showCurrent());
    doc.defaultView.addEventListener('scroll', () => this.positionOverlay(), { passive: true });
    for (const type of ['dragenter', 'dragover', 'drop']) {
      doc.addEventListener(type, (e) => this.hooks.onDrop?.(e));
    }
  }

  /** Runs Declutter on the shown page (again), then applies the current view. */
  run() {
    const body = this.doc?.body;
    if (!body) return null;
    this.undecorate();
    const options = this.hooks.options();
    let rows;
    const start = performance.now();
    try {
      rows = this.api.explain(body, options);
    } catch (e) {
      this.hooks.onError?.(e instanceof Error ? e.message : String(e));
      return null;
    }
    const ms = performance.now() - start;
    this.marked = true;
    this.rows = rows;
    this.byElement = new Map();
    rows.forEach((row, i) => {
      const list = this.byElement.get(row.element);
      if (list) list.push(i);
      else this.byElement.set(row.element, [i]);
    });
    const hide = new Set(options.hide);
    const counts = { body: 0, caption: 0, ad: 0, code: 0 };
    let hidden = 0;
    let kept = 0;
    for (const row of rows) {
      counts[row.label] += 1;
      if (row.hidden) hidden += 1;
      else if (hide.has(row.label)) kept += 1;
    }
    this.summary = { blocks: rows.length, counts, hidden, kept, ms };
    this.renderLegend();
    if (this.active >= rows.length) this.active = -1;
    this.renderList(LIST_BATCH, true);
    this.applyView();
    // For tests and tools: how many runs this viewer has finished.
    this.host.dataset.runs = String(++this.runs);
    this.hooks.onRun?.(this, this.summary);
    return this.summary;
  }

  setView(view) {
    if (!VIEWS.includes(view)) return;
    this.view = view;
    for (const b of this.viewButtons) b.setAttribute('aria-pressed', String(b.dataset.view === view));
    this.host.dataset.view = view;
    if (!this.doc?.body) return;
    if (view !== 'original' && !this.marked) this.run();
    else this.applyView();
  }

  applyView() {
    const doc = this.doc;
    if (!doc?.body) return;
    this.undecorate();
    if (this.view === 'original') {
      if (this.marked) this.api.restore(doc.body);
      this.marked = false;
    } else if (this.view === 'labels') {
      const core = doc.getElementById(CORE_STYLE_ID);
      if (core) core.disabled = true;
      const style = doc.createElement('style');
      style.id = DEMO_STYLE_ID;
      style.textContent = LABELS_CSS;
      (doc.head || doc.documentElement).append(style);
      for (const [element, indexes] of this.byElement) {
        const label = element.getAttribute('data-declutter-label') || this.rows[indexes[0]].label;
        element.setAttribute('data-demo-label', label);
        if (indexes.some((i) => this.isKept(this.rows[i]))) element.setAttribute('data-demo-kept', '');
      }
    }
    this.host.dataset.view = this.view;
    this.showCurrent();
  }

  /** Removes what the Labels view added to the shown page. */
  undecorate() {
    const doc = this.doc;
    if (!doc) return;
    doc.getElementById(DEMO_STYLE_ID)?.remove();
    const core = doc.getElementById(CORE_STYLE_ID);
    if (core) core.disabled = false;
    for (const el of doc.querySelectorAll('[data-demo-label], [data-demo-kept]')) {
      el.removeAttribute('data-demo-label');
      el.removeAttribute('data-demo-kept');
    }
  }

  isKept(row) {
    return !row.hidden && row.label !== 'body' && new Set(this.hooks.options().hide).has(row.label);
  }

  renderLegend() {
    const { counts, blocks, hidden, kept, ms } = this.summary;
    for (const li of this.legend.children) li.querySelector('.n').textContent = fmt.int(counts[li.dataset.label]);
    let text = `${fmt.int(blocks)} blocks labelled in ${fmt.ms(ms)} · ${fmt.int(hidden)} hidden`;
    if (kept) text += ` · ${fmt.int(kept)} kept visible (they share an element with body text)`;
    this.timing.textContent = text;
  }

  /** Renders the listbox's options up to `upTo` (from scratch if `reset`). */
  renderList(upTo, reset = false) {
    if (reset) {
      this.list.replaceChildren();
      this.list.removeAttribute('aria-activedescendant');
      this.rendered = 0;
    }
    const shown = Math.min(upTo, this.rows.length);
    const frag = document.createDocumentFragment();
    for (let i = this.rendered; i < shown; i++) frag.append(this.option(i));
    this.list.append(frag);
    this.rendered = shown;
    if (this.active >= 0 && this.active < shown) {
      this.list.setAttribute('aria-activedescendant', `${this.id}-b${this.active}`);
    }
    const left = this.rows.length - shown;
    this.more.hidden = left <= 0;
    this.more.textContent = `Show ${fmt.int(Math.min(LIST_BATCH, left))} more blocks (${fmt.int(left)} not shown)`;
  }

  option(i) {
    const row = this.rows[i];
    const li = document.createElement('li');
    li.id = `${this.id}-b${i}`;
    li.setAttribute('role', 'option');
    li.dataset.index = i;
    li.dataset.label = row.label;
    li.setAttribute('aria-selected', String(i === this.active));
    const state = row.hidden ? 'hidden' : this.isKept(row) ? 'kept visible' : 'shown';
    const head = blockHead('span', row, state);
    const text = document.createElement('span');
    text.className = 'blk-text';
    text.textContent = row.text.length > 240 ? row.text.slice(0, 240) + '…' : row.text;
    li.append(head, text);
    return li;
  }

  onListKey(e) {
    const n = this.rows.length;
    if (!n) return;
    const page = 8;
    let next = this.active;
    switch (e.key) {
      case 'ArrowDown': next = this.active + 1; break;
      case 'ArrowUp': next = this.active - 1; break;
      case 'PageDown': next = this.active + page; break;
      case 'PageUp': next = this.active - page; break;
      case 'Home': next = 0; break;
      case 'End': next = n - 1; break;
      default: return;
    }
    e.preventDefault();
    next = Math.max(0, Math.min(n - 1, next));
    if (next >= this.rendered) this.renderList(next + LIST_BATCH);
    this.setActive(next);
  }

  setActive(i) {
    const old = this.list.querySelector('[aria-selected="true"]');
    old?.setAttribute('aria-selected', 'false');
    this.active = i;
    const option = document.getElementById(`${this.id}-b${i}`);
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    this.list.setAttribute('aria-activedescendant', option.id);
    // Scroll the option into view inside the list only (not the whole page).
    const top = option.offsetTop - this.list.offsetTop;
    if (top < this.list.scrollTop) this.list.scrollTop = top;
    else if (top + option.offsetHeight > this.list.scrollTop + this.list.clientHeight) {
      this.list.scrollTop = top + option.offsetHeight - this.list.clientHeight;
    }
    this.scrollFrameTo(this.rows[i].element);
    this.showCurrent();
  }

  /** Scrolls the shown page (only) so that the element is in view. */
  scrollFrameTo(element) {
    const win = this.doc?.defaultView;
    if (!win || !element.isConnected) return;
    const r = element.getBoundingClientRect();
    if (!r.width && !r.height) return;
    if (r.top < 0 || r.bottom > win.innerHeight) {
      win.scrollTo({ top: Math.max(0, win.scrollY + r.top - win.innerHeight / 3), behavior: 'instant' });
    }
  }

  onHover(target) {
    if (this.view === 'original') return;
    for (let el = target; el && el.nodeType === 1; el = el.parentElement) {
      const indexes = this.byElement.get(el);
      if (indexes) return this.showOverlay(el, indexes, false);
    }
    this.showCurrent();
  }

  /** Shows the list's current block, if the list has the focus. */
  showCurrent() {
    const row = this.rows[this.active];
    if (row && document.activeElement === this.list) {
      this.showOverlay(row.element, this.byElement.get(row.element) || [this.active], true);
    }
    else this.hideOverlay();
  }

  showOverlay(element, indexes, picked) {
    this.overlayFor = element;
    this.highlight.classList.toggle('spot', picked);
    this.tip.replaceChildren();
    for (const i of indexes.slice(0, 4)) {
      const row = this.rows[i];
      const line = document.createElement('p');
      line.dataset.label = row.label;
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.textContent = LABEL_NAMES[row.label];
      const state = row.hidden ? 'hidden' : this.isKept(row) ? 'kept visible' : 'shown';
      line.append(chip, ` ${fmt.pct(row.confidence)} · ${row.reason} · ${state}`);
      this.tip.append(line);
    }
    this.highlight.dataset.label = this.rows[indexes[0]].label;
    this.positionOverlay();
  }

  positionOverlay() {
    const el = this.overlayFor;
    if (!el) return;
    const r = el.isConnected ? el.getBoundingClientRect() : null;
    if (!r || (!r.width && !r.height)) {
      // Hidden in this view: show the reason at the top of the frame.
      this.highlight.hidden = true;
      this.tip.hidden = false;
      this.tip.style.left = '8px';
      this.tip.style.top = '8px';
      return;
    }
    const h = this.highlight.style;
    h.left = `${r.left - 3}px`;
    h.top = `${r.top - 3}px`;
    h.width = `${r.width + 6}px`;
    h.height = `${r.height + 6}px`;
    this.highlight.hidden = false;
    this.tip.hidden = false;
    const frameW = this.iframe.clientWidth;
    const frameH = this.iframe.clientHeight;
    const tipH = this.tip.offsetHeight;
    const tipW = this.tip.offsetWidth;
    let top = r.bottom + 6;
    if (top + tipH > frameH) top = Math.max(4, r.top - tipH - 6);
    this.tip.style.top = `${Math.min(top, frameH - tipH - 4)}px`;
    this.tip.style.left = `${Math.max(4, Math.min(r.left, frameW - tipW - 4))}px`;
  }

  hideOverlay() {
    this.overlayFor = null;
    this.highlight.hidden = true;
    this.tip.hidden = true;
  }
}
