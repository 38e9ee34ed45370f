// The options page: which labels to hide, automatic mode, what the toolbar
// button does, and the per-site list. Every change is saved at once to
// storage.sync; open pages pick it up through storage.onChanged.
const S = globalThis.declutterShared;
const { api, t } = S;
const $ = (id) => document.getElementById(id);

for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
document.documentElement.lang = api.i18n.getUILanguage();
document.title = t('optionsTitle');

async function renderSettings() {
  const s = await S.loadSettings();
  for (const box of document.querySelectorAll('input[name="hide"]')) box.checked = s.hide.includes(box.value);
  $('auto').checked = s.auto;
  for (const radio of document.querySelectorAll('input[name="click"]')) radio.checked = radio.value === s.click;
}

async function saveSettings() {
  const hide = [...document.querySelectorAll('input[name="hide"]:checked')].map((b) => b.value);
  const click = document.querySelector('input[name="click"]:checked')?.value;
  await S.saveSettings({ hide, auto: $('auto').checked, click });
}

function choiceSelect(host, value) {
  const select = document.createElement('select');
  select.setAttribute('aria-label', t('siteChoice', [host]));
  for (const c of S.CHOICES) {
    const o = document.createElement('option');
    o.value = c;
    o.textContent = t('choice_' + c);
    select.append(o);
  }
  select.value = value;
  select.addEventListener('change', () => S.saveSiteChoice(host, select.value));
  return select;
}

async function renderSites() {
  const rows = await S.loadAllSiteChoices();
  const body = $('sites').tBodies[0];
  body.replaceChildren();
  for (const [host, choice] of rows) {
    const tr = body.insertRow();
    tr.insertCell().textContent = host;
    tr.insertCell().append(choiceSelect(host, choice));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link';
    remove.textContent = t('removeSite');
    remove.addEventListener('click', () => S.saveSiteChoice(host, 'auto'));
    tr.insertCell().append(remove);
  }
  $('sites').hidden = rows.length === 0;
  $('no-sites').hidden = rows.length > 0;
}

for (const input of document.querySelectorAll('input[name="hide"], #auto, input[name="click"]')) {
  input.addEventListener('change', () => saveSettings());
}

$('add-site').addEventListener('submit', async (e) => {
  e.preventDefault();
  let value = $('new-host').value.trim();
  // Accept a pasted URL as well as a bare host name.
  try {
    if (value.includes('/')) value = new URL(value.includes('://') ? value : 'https://' + value).hostname;
  } catch {
    // not a URL: checked below
  }
  const host = S.normalizeHost(value);
  if (!host) {
    $('new-host').setCustomValidity(t('invalidHost'));
    $('new-host').reportValidity();
    return;
  }
  $('new-host').setCustomValidity('');
  await S.saveSiteChoice(host, $('new-choice').value);
  $('new-host').value = '';
});
$('new-host').addEventListener('input', () => $('new-host').setCustomValidity(''));

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync') return;
  if (S.SETTINGS_KEY in changes) renderSettings();
  if (Object.keys(changes).some((k) => k.startsWith(S.SITE_PREFIX))) renderSites();
});

renderSettings();
renderSites();
