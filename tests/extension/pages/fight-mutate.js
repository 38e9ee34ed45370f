// Hostile test page: mutates the DOM every few milliseconds, forever (a
// ticking counter in a text node and a list that grows and shrinks);
// window.__fight counts the mutations and when they started.
(() => {
  const fight = (window.__fight = { mutations: 0, since: performance.now() });
  const ticker = document.createElement('p');
  ticker.id = 'ticker';
  document.body.append(ticker);
  const list = document.createElement('ul');
  document.body.append(list);
  setInterval(() => {
    fight.mutations++;
    ticker.textContent = `Tick ${fight.mutations}`;
    if (list.children.length > 20) list.firstElementChild.remove();
    const li = document.createElement('li');
    li.textContent = `Update ${fight.mutations}`;
    list.append(li);
  }, 5);
})();
