// Hostile test page: strips every data-declutter-* attribute as soon as it
// appears (a MutationObserver on attributes); window.__fight counts strips.
(() => {
  const fight = (window.__fight = { strips: 0 });
  const strip = (el) => {
    for (const a of [...el.attributes]) {
      if (a.name.startsWith('data-declutter')) {
        el.removeAttribute(a.name);
        fight.strips++;
      }
    }
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) if (r.attributeName?.startsWith('data-declutter')) strip(r.target);
  });
  observer.observe(document.documentElement, { attributes: true, subtree: true });
})();
