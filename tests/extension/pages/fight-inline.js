// Hostile test page: every element Declutter marks gets an inline
// `display: block !important` (the page insists on showing it).
(() => {
  const fight = (window.__fight = { forced: 0 });
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.hasAttribute('data-declutter-label')) {
        r.target.style.setProperty('display', 'block', 'important');
        fight.forced++;
      }
    }
  }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-declutter-label'] });
})();
