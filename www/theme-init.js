// Applies the stored light/dark choice before the page paints (no flash).
try {
  const theme = localStorage.getItem('declutter-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  /* storage off: follow the system setting */
}

// Opened as a file: ES modules and WebAssembly need a web server.
if (location.protocol === 'file:') {
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.getElementById('status');
    status.textContent = 'This page needs a web server: run scripts/demo and open the address it prints.';
    status.dataset.kind = 'error';
  });
}
