// Test page (c): a late ad and a late captioned figure a second after load, and
// more of the story (with a promo box) each time the reader nears the bottom.
(() => {
  const state = (window.__dynamic = { lateInserted: false, batches: 0 });
  const PARAGRAPHS = [
    'Passengers on the late crossing will be asked to wear the boat’s life jackets from the jetty to the far landing, a rule the harbourmaster says will be relaxed once the crews have a full winter of night sailings behind them and the insurer has seen the drill records.',
    'The ferry company is also fitting brighter deck lights and a second searchlight on the bow. The new lights were tested on Wednesday and could be seen from the dairy car park, nearly two kilometres across the water, which the crews took as a good sign.',
    'Some residents of the lakeside cottages have asked whether the late boat will be quieter than the day ferries. The company says it will run at reduced speed inside the harbour wall after ten o’clock, and that the horn will be used only in fog or when another vessel is close.',
  ];

  function insertLate() {
    const p2 = document.getElementById('p2');
    const ad = document.createElement('div');
    ad.id = 'late-ad';
    ad.className = 'ad-slot';
    const label = document.createElement('p');
    label.className = 'ad-label';
    label.textContent = 'Advertisement';
    const box = document.createElement('div');
    box.className = 'ad-container';
    ad.append(label, box);
    p2.after(ad);

    const figure = document.createElement('figure');
    figure.id = 'late-figure';
    const img = document.createElement('img');
    img.id = 'late-photo';
    img.src = 'greenhouse.svg';
    img.width = 640;
    img.height = 360;
    img.alt = 'The ferry at the north jetty at night';
    const caption = document.createElement('figcaption');
    caption.id = 'late-caption';
    caption.textContent = 'A crew hauls the training dummy aboard during Tuesday’s drill. Photo: Gazette staff';
    figure.append(img, caption);
    document.getElementById('p3').after(figure);
    state.lateInserted = true;
  }

  function appendBatch() {
    const n = ++state.batches;
    const more = document.getElementById('more');
    const section = document.createElement('section');
    section.id = `batch-${n}`;
    const div = document.createElement('div');
    const text = document.createElement('p');
    text.id = `batch-${n}-text`;
    text.textContent = PARAGRAPHS[(n - 1) % PARAGRAPHS.length];
    const promo = document.createElement('aside');
    promo.id = `batch-${n}-promo`;
    promo.className = 'related-stories';
    const h = document.createElement('h2');
    h.textContent = 'More from the Gazette';
    const ul = document.createElement('ul');
    for (const title of ['Reservoir swim cancelled after storm', 'Ferry fares frozen for another year']) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/more/${n}/${title.length}`;
      a.textContent = title;
      li.append(a);
      ul.append(li);
    }
    promo.append(h, ul);
    div.append(text);
    section.append(div, promo);
    more.append(section);
  }

  addEventListener('load', () => setTimeout(insertLate, 1000));
  addEventListener('scroll', () => {
    const nearBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 200;
    if (nearBottom && state.batches < 3) appendBatch();
  }, { passive: true });
})();
