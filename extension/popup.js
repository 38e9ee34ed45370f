// The toolbar popup: the page's state as the content script reports it, the
// on/off toggle for this page, "show what was hidden", and this site's choice.
// Also opens as a normal tab with `popup.html?tab=<id>` (tests, screenshots).
const S = globalThis.declutterShared;
const { api, t } = S;
const $ = (id) => document.getElementById(id);

for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.documentElement.lang = api.i18n.getUILanguage();

let tabId = null;
let state = null;

async function targetTab() {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param >= 0) return param;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Sends a message to the page's content script; null when there is none. */
async function ask(msg) {
  try {
    return await api.tabs.sendMessage(tabId, msg);
  } catch {
    return null;
  }
}

function render() {
  const status = $('status');
  if (!state) {
    status.textContent = t('statusUnavailable');
    $('page').hidden = true;
    return;
  }
  $('page').hidden = false;
  document.body.dataset.active = String(state.active);
  if (state.active) status.textContent = t('statusActive', [String(state.hidden)]);
  else if (!state.checked) status.textContent = t('statusIdle');
  else if (!state.readerable) status.textContent = t('statusNotArticle');
  else status.textContent = t('statusOff');

  $('toggle').textContent = state.active ? t('turnOff') : t('turnOn');
  for (const row of $('counts').tBodies[0].rows) {
    const label = row.dataset.label;
    const hidden = state.settings.hide.includes(label);
    row.cells[1].textContent = state.checked ? String(state.counts[label] ?? 0) : '–';
    row.classList.toggle('kept', !hidden);
    row.title = label === 'body' ? t('countShown') : hidden ? t('countHidden') : t('countKept');
  }
  $('show').checked = state.show;
  $('show').disabled = !state.active;
  $('site-legend').textContent = t('siteChoice', [state.host]);
  for (const radio of document.querySelectorAll('input[name="choice"]')) {
    radio.checked = radio.value === state.choice;
  }
}

$('toggle').addEventListener('click', async () => {
  if (!state) return;
  state = (await ask({ type: 'setActive', active: !state.active })) ?? state;
  render();
});

$('show').addEventListener('change', async (e) => {
  state = (await ask({ type: 'setShow', show: e.target.checked })) ?? state;
  render();
});

for (const radio of document.querySelectorAll('input[name="choice"]')) {
  radio.addEventListener('change', async () => {
    if (!state || !radio.checked) return;
    await S.saveSiteChoice(state.host, radio.value);
    // The content script re-runs on the storage change; poll its state briefly.
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const next = await ask({ type: 'getState' });
      if (next) state = next;
      if (state.choice === radio.value && !(radio.value === 'always' && !state.active)) break;
    }
    render();
  });
}

$('options').addEventListener('click', () => api.runtime.openOptionsPage());

(async () => {
  tabId = await targetTab();
  state = tabId === null ? null : await ask({ type: 'getState' });
  render();
})();
