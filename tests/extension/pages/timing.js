// Test-page helper (an external script, so it also runs under the strict CSP):
// records when Declutter's hiding attribute appears on <html>, for the
// DOMContentLoaded → clutter-hidden figure. Changes nothing in the page.
(() => {
  const timing = (window.__declutterTiming = { hiddenAt: null });
  const root = document.documentElement;
  const observer = new MutationObserver(() => {
    if (timing.hiddenAt === null && root.hasAttribute('data-declutter-hide')) {
      timing.hiddenAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-declutter-hide'] });
})();
