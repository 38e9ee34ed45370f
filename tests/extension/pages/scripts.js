// Test page helper (scripts.html): text with lone surrogates, which markup
// cannot carry, in a paragraph and an attribute, before DOMContentLoaded.
(() => {
  const p = document.getElementById('surrogates');
  p.append(' High \uD800 alone, low \uDC00 alone, reversed \uDC00\uD800, and a cut pair \uD83D at the end \uD83D');
  p.setAttribute('class', 'note \uDBFF');
  document.getElementById('p3').append(' \uDFFF');
})();
