// Test page: puts a paragraph under 5,000 nested <div>s (deeper than the HTML
// parser would build), before DOMContentLoaded. Browsers crash laying out
// nesting this deep, so the stack sits in a box the page's CSS collapses
// (display: none); Declutter's walk and the core still go through all of it.
(() => {
  const DEPTH = 5000;
  const box = document.getElementById('deep-box');
  const leaf = document.getElementById('deep-leaf');
  let inner = box;
  for (let i = 0; i < DEPTH; i++) {
    const d = document.createElement('div');
    inner.append(d);
    inner = d;
  }
  inner.append(leaf);
})();
