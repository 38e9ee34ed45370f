// Pathological and hostile test pages, generated at request time by the test
// server under /robust/<name> (small code instead of megabytes of committed
// files). Each page carries a short article (headline, prose) and an ad slot
// that Declutter must hide, plus the pathology. `probe.js` comes first in each
// page: it measures how long the main thread is blocked (heartbeat gaps).

const PROSE = [
  'The engineers who spent the winter crawling under the towpath bridge with torches and tape measures reported on Thursday that its brick arches are in better condition than anyone expected, and that the weight limit imposed two years ago can be lifted once a cracked parapet is repaired.',
  'The report, which runs to ninety pages, credits the original builders with drainage channels that have kept water out of the mortar for a century and a half. The council will vote next month on the repair, which is expected to take six weeks and to close the towpath to cyclists for part of that time.',
  'Residents who use the bridge to reach the station said they were relieved. Several had written to the council last autumn after rumours that the crossing would be closed for good, and a petition to keep it open gathered more than two thousand signatures in a fortnight.',
  'The chief engineer said the survey had found only one serious defect, a crack in the eastern parapet caused by a lorry that struck it in the storms of last January, and that the repair would use bricks from the same works that supplied the original builders.',
];

/** The article every page carries; ids are prefixed so frames can share it. */
export function article(p = '', { prose = PROSE, extra = '' } = {}) {
  return `<article id="${p}story" class="story-body">
  <h1 id="${p}headline">Bridge inspectors find the old towpath sound after all</h1>
  <p id="${p}p1">${prose[0]}</p>
  <div id="${p}ad" class="ad-slot"><p class="ad-label">Advertisement</p><div class="ad-container"></div></div>
  <p id="${p}p2">${prose[1]}</p>
  <p id="${p}p3">${prose[2]}</p>
  <p id="${p}p4">${prose[3]}</p>
${extra}</article>`;
}

const head = (title, extra = '') => `<head>
<meta charset="utf-8">
<title>${title} | The Millbrook Gazette</title>
<script src="/probe.js"></script>
${extra}</head>`;

const html = (title, body, extra) => `<!DOCTYPE html>
<html lang="en">
${head(title, extra)}
<body>
${body}
</body>
</html>
`;

/** 100,000 elements: 20,000 rows of 5 elements after the article. */
function manyElements() {
  const rows = [];
  for (let i = 0; i < 20_000; i++) rows.push(`<div class="row"><span>item ${i}</span> <b>bold</b> <i>it</i> <a href="#r${i}">link</a></div>`);
  return html('100,000 elements', `${article()}\n<section id="bulk">${rows.join('')}</section>`);
}

/** One text node of 10 MB (prose sentences repeated) in the article. */
function hugeText() {
  const sentence = PROSE.join(' ') + ' ';
  const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000);
  return html('A 10 MB text node', article('', { extra: `<p id="huge">${text}</p>\n` }));
}

/** 50,000 blocks of one word each after the article. */
function oneWordBlocks() {
  const words = ['towpath', 'bridge', 'parapet', 'arches', 'mortar'];
  const blocks = [];
  for (let i = 0; i < 50_000; i++) blocks.push(`<div>${words[i % words.length]}</div>`);
  return html('50,000 one-word blocks', `${article()}\n<section id="words">${blocks.join('')}</section>`);
}

/** RTL, CJK, emoji, zero-width characters; scripts.js adds lone surrogates
 * (HTML cannot carry them). */
function scripts() {
  const emoji = [
    'The engineers 👷‍♀️ who spent the winter crawling under the towpath bridge 🌉 with torches and tape measures reported on Thursday that its brick arches are in better condition than anyone expected 🎉, and that the weight limit can be lifted once a cracked parapet is repaired.',
    'The report, which runs to ninety\u200b pages, credits the original\u200d builders with drainage\u200c channels that have kept water out of the mortar for a century and a half.\ufeff The council will vote next month on the repair, which is expected to take six weeks and to close the towpath to cyclists for part of that time.',
    PROSE[2],
    PROSE[3],
  ];
  return html('RTL, CJK, emoji, zero-width and lone surrogates', article('', { prose: emoji, extra: `<section id="rtl" dir="rtl" lang="ar"><p id="arabic">أفاد المهندسون الذين أمضوا الشتاء في فحص جسر الممر المائي بأن أقواسه الحجرية في حالة أفضل مما توقعه أي شخص، وأن حد الوزن المفروض قبل عامين يمكن رفعه بعد إصلاح الحاجز المتصدع في الجهة الشرقية من الجسر.</p>
<p id="hebrew" lang="he">המהנדסים שבדקו את הגשר מעל שביל הגרירה במשך כל החורף דיווחו כי קשתות הלבנים שלו במצב טוב יותר מכפי שציפו, וכי אפשר יהיה להסיר את מגבלת המשקל לאחר תיקון המעקה הסדוק.</p></section>
<section id="cjk"><p id="chinese" lang="zh">整个冬天都在纤道桥下用手电筒和卷尺检查的工程师们周四报告说，桥的砖拱状况比任何人预期的都要好，一旦修复了东侧开裂的护栏，两年前实施的限重就可以取消。议会将在下个月就修复工程进行投票。</p>
<p id="japanese" lang="ja">冬の間ずっと懐中電灯と巻尺を持って曳舟道の橋の下を調べていた技師たちは木曜日、れんがのアーチは誰もが予想したよりも良い状態にあり、ひびの入った欄干を修理すれば二年前に課された重量制限を解除できると報告した。</p></section>
<p id="surrogates">The survey team kept its notes in a shared file, and some of its lines came out garbled when the file was copied between computers, like these:</p>
` }) + '\n<script src="/scripts.js"></script>');
}

/** A frameset of two same-origin frames: navigation and the article. */
function frameset() {
  return `<!DOCTYPE html>
<html lang="en">
${head('Frameset')}
<frameset cols="25%,75%">
<frame id="nav-frame" src="/robust/frame-nav.html">
<frame id="article-frame" src="/robust/frame-article.html">
</frameset>
</html>
`;
}

function frameNav() {
  return html('Sections', `<nav id="nav"><ul><li><a href="/news">News</a></li><li><a href="/town">Town</a></li><li><a href="/sport">Sport</a></li><li><a href="/letters">Letters</a></li></ul></nav>`);
}

function frameArticle() {
  return html('Frame article', `${article('f-')}\n<script src="/frame-status.js"></script>`);
}

/** The article in a same-origin iframe, in a srcdoc iframe, and in an iframe
 * of another origin (cross-frame.js). */
function iframes() {
  const srcdoc = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>srcdoc</title></head><body>${article('s-')}</body></html>`;
  return html('Same-origin iframes', `${article()}
<iframe id="frame" src="/robust/frame-article.html" width="800" height="600"></iframe>
<iframe id="srcdoc" width="800" height="600" srcdoc="${srcdoc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>
<iframe id="cross" width="800" height="600"></iframe>
<script src="/cross-frame.js"></script>`);
}

/** XHTML served as application/xhtml+xml. */
function xhtml() {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta charset="utf-8"/>
<title>XHTML | The Millbrook Gazette</title>
<script src="/probe.js"></script>
</head>
<body>
${article().replace(/<div class="ad-container"><\/div>/, '<div class="ad-container"/>')}
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="0" y="15">svg</text></svg>
</body>
</html>
`;
}

/** An SVG document: no body, nothing to do. */
function svgOnly() {
  return `<?xml version="1.0" encoding="utf-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" id="svg-root">
<script href="/probe.js"/>
<text id="svg-text" x="10" y="40">Bridge inspectors find the old towpath sound after all</text>
<text x="10" y="80">Advertisement</text>
</svg>
`;
}

/** Story text and an ad inside open shadow roots (declarative shadow DOM),
 * one with a slot taking a light-DOM paragraph. */
function shadow() {
  return html('Open shadow roots', `<article id="story" class="story-body">
  <h1 id="headline">Bridge inspectors find the old towpath sound after all</h1>
  <p id="p1">${PROSE[0]}</p>
  <story-part id="host1"><template shadowrootmode="open"><p id="sp2">${PROSE[1]}</p><div id="shadow-ad" class="ad-slot"><p class="ad-label">Advertisement</p><div class="ad-container"></div></div><slot></slot></template><p id="slotted">${PROSE[2]}</p></story-part>
  <story-part id="host2"><template shadowrootmode="open"><p id="sp4">${PROSE[3]}</p><aside id="shadow-promo" class="newsletter-box"><p>Sign up for our free newsletter to get the best stories in your inbox every morning.</p><a href="/newsletter">Subscribe now</a></aside></template></story-part>
</article>`);
}

/** The article and a page script that fights back (fight-<mode>.js). */
function fight(mode) {
  return html(`Fight back: ${mode}`, `${article()}
<aside id="promo" class="newsletter-box"><p>Sign up for our free newsletter to get the best stories in your inbox every morning.</p><a href="/newsletter">Subscribe now</a></aside>
<story-part id="host1"><template shadowrootmode="open"><div id="shadow-ad" class="ad-slot"><p class="ad-label">Advertisement</p><div class="ad-container"></div></div></template></story-part>
<script src="/fight-${mode}.js"></script>`);
}

const PAGES = {
  'many-elements.html': manyElements,
  'huge-text.html': hugeText,
  'one-word-blocks.html': oneWordBlocks,
  'scripts.html': scripts,
  'frameset.html': frameset,
  'frame-nav.html': frameNav,
  'frame-article.html': frameArticle,
  'iframes.html': iframes,
  'page.xhtml': xhtml,
  'svg-only.svg': svgOnly,
  'shadow.html': shadow,
  'fight-styles.html': () => fight('styles'),
  'fight-attrs.html': () => fight('attrs'),
  'fight-inline.html': () => fight('inline'),
  'fight-mutate.html': () => fight('mutate'),
};

const TYPES = { html: 'text/html; charset=utf-8', xhtml: 'application/xhtml+xml; charset=utf-8', svg: 'image/svg+xml' };
const cache = new Map();

/** `{type, body}` of the page `name`, or null. */
export function robustPage(name) {
  const make = PAGES[name];
  if (!make) return null;
  if (!cache.has(name)) cache.set(name, make());
  return { type: TYPES[name.split('.').pop()], body: cache.get(name) };
}
