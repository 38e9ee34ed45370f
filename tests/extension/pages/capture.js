// Test-page helper: the page's markup as parsed, before Declutter runs. The
// document becomes "interactive" when parsing ends, before DOMContentLoaded
// (Declutter waits for DOMContentLoaded).
document.addEventListener('readystatechange', () => {
  if (document.readyState === 'interactive') window.__originalHTML = document.documentElement.outerHTML;
});
