// Test-page helper (iframes.html): loads the framed article from the other
// name of the test server (localhost instead of 127.0.0.1: another origin).
(() => {
  const url = new URL('/robust/frame-article.html', location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  document.getElementById('cross').src = url.href;
})();
