// Hostile test page: every stylesheet the page can find is disabled and
// removed, again whenever the DOM changes, and shadow roots lose their
// adopted sheets; window.__fight.rounds counts the rounds.
(() => {
  const fight = (window.__fight = { rounds: 0 });
  const host = document.getElementById('host1');
  const attack = () => {
    fight.rounds++;
    for (const s of document.styleSheets) s.disabled = true;
    for (const el of document.querySelectorAll('style, link[rel="stylesheet"]')) el.remove();
    document.adoptedStyleSheets = [];
    if (host.shadowRoot) host.shadowRoot.adoptedStyleSheets = [];
  };
  new MutationObserver(attack).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  setInterval(attack, 20);
})();
