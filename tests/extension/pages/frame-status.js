// Test-page helper (framed article): answers a parent's "declutter-status?"
// message with the number of data-declutter-* attributes in this document, so
// a test can look into a cross-origin frame it cannot read.
addEventListener('message', (e) => {
  if (e.data !== 'declutter-status?') return;
  const attrs = [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames())
    .filter((n) => n.startsWith('data-declutter'));
  e.source.postMessage({ declutterAttrs: attrs.length, adVisible: document.getElementById('f-ad').checkVisibility() }, '*');
});
