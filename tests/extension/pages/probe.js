// Test-page helper (pathological pages): measures how long the main thread is
// blocked, in any browser, with a heartbeat: a 0 ms timer chain (about 4 ms
// apart when nothing blocks) whose gaps longer than GAP_MS are recorded as
// [start, duration] on window.__probe.gaps (performance.now() times). Changes
// nothing in the page. Chromium additionally records Long Tasks (init script).
(() => {
  const GAP_MS = 20;
  const probe = (window.__probe = { gaps: [], beats: 0 });
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    // A hidden tab's timers are throttled to 1 s: no measurement then.
    if (now - last > GAP_MS && !document.hidden) probe.gaps.push([last, now - last]);
    last = now;
    probe.beats++;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
})();
