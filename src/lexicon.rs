//! Every word list, pattern and threshold the classifier uses, in one place, each
//! named and explained. Values were set by reading pages, the seed and the
//! development benchmark; `docs/ACCURACY.md` records how they score.
//!
//! Words are matched against lowercase text (`crate::lowercase`), which folds
//! the Greek final sigma to σ: Greek words here end in σ ("διαβάστε επίσησ"),
//! and come with their unaccented form too where capitals drop the accents
//! ("ΔΙΑΦΗΜΙΣΗ").

/// A word list, stored compactly: the words joined into one string and each
/// word's length in bytes (one byte a word, where a `&[&str]` takes eight for
/// its pointer and length: ~6 KB less wasm for the lists below).
#[derive(Clone, Copy, Debug)]
pub struct Words {
    joined: &'static str,
    lens: &'static [u8],
}

impl Words {
    /// The list of words `joined` into one string, with their `lens` in bytes.
    pub const fn new(joined: &'static str, lens: &'static [u8]) -> Words {
        let mut total = 0;
        let mut i = 0;
        while i < lens.len() {
            total += lens[i] as usize;
            i += 1;
        }
        assert!(total == joined.len(), "word lengths do not add up");
        Words { joined, lens }
    }

    /// The words, in list order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        let mut rest = self.joined;
        self.lens.iter().map(move |&len| {
            let (word, after) = rest.split_at(usize::from(len));
            rest = after;
            word
        })
    }

    /// Whether `word` is one of the words.
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// How many words the list has.
    pub fn len(self) -> usize {
        self.lens.len()
    }

    /// Whether the list has no words.
    pub fn is_empty(self) -> bool {
        self.lens.is_empty()
    }
}

/// A [`Words`] list of string literals, built at compile time.
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        const {
            const LENS: &[u8] = &[$($crate::lexicon::word_len($word)),*];
            $crate::lexicon::Words::new(concat!($($word),*), LENS)
        }
    };
}
#[cfg(test)]
pub(crate) use words;

/// A listed word's length, which must fit [`Words`]' one byte.
pub const fn word_len(word: &str) -> u8 {
    assert!(word.len() <= 255, "a listed word is longer than 255 bytes");
    word.len() as u8
}

/// Languages with a stopword list. Stopword density is the strongest single sign
/// of running prose (jusText); without a list for a page's language the
/// classifier falls back to length and punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
    ];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
        }
    }

    /// The language for an ISO 639-1 code (`"en"`, also `"en-GB"`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's stopwords, lowercase and sorted (looked up through
    /// [`crate::stopwords::stop_langs`]).
    pub fn stopwords(self) -> Words {
        match self {
            Lang::En => STOP_EN,
            Lang::De => STOP_DE,
            Lang::Fr => STOP_FR,
            Lang::Es => STOP_ES,
            Lang::It => STOP_IT,
            Lang::Pt => STOP_PT,
            Lang::Nl => STOP_NL,
        }
    }
}

// Stopwords: the most frequent function words of each language (articles,
// pronouns, prepositions, conjunctions, auxiliaries), lowercase, sorted.
const STOP_EN: Words = words![
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from",
    "had", "has", "have", "he", "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "just", "me", "more", "most", "my", "no", "not", "now", "of", "on", "one", "only",
    "or", "other", "our", "out", "over", "said", "she", "so", "some", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "why", "will", "with", "would", "you", "your",
];
const STOP_DE: Words = words![
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "da", "damit", "dann",
    "das", "dass", "dem", "den", "denn", "der", "des", "die", "dies", "diese", "dieser", "doch",
    "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "gegen",
    "hat", "hatte", "ich", "ihr", "ihre", "im", "in", "ist", "ja", "kann", "kein", "man", "mehr",
    "mit", "nach", "nicht", "noch", "nur", "ob", "oder", "sein", "seine", "sich", "sie", "sind",
    "so", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was", "wenn",
    "werden", "wie", "wir", "wird", "wurde", "zu", "zum", "zur", "über",
];
const STOP_FR: Words = words![
    "a", "au", "aussi", "aux", "avait", "avec", "ce", "cela", "ces", "cette", "comme", "dans",
    "de", "des", "deux", "donc", "du", "elle", "elles", "en", "est", "et", "eux", "il", "ils",
    "je", "la", "le", "les", "leur", "leurs", "lui", "mais", "me", "mes", "moi", "mon", "même",
    "ne", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "pas", "peut", "plus", "pour",
    "qu", "que", "qui", "sa", "sans", "se", "ses", "si", "son", "sont", "sur", "ta", "te", "tes",
    "toi", "ton", "tout", "très", "tu", "un", "une", "vos", "votre", "vous", "y", "été", "être",
];
const STOP_ES: Words = words![
    "a", "al", "algo", "como", "con", "cuando", "de", "del", "desde", "donde", "el", "ella",
    "ellos", "en", "entre", "era", "es", "esa", "ese", "eso", "esta", "este", "esto", "está",
    "fue", "ha", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "me", "mi", "muy",
    "más", "no", "nos", "o", "para", "pero", "por", "porque", "que", "qué", "se", "ser", "si",
    "sin", "sobre", "son", "su", "sus", "también", "te", "tiene", "todo", "un", "una", "uno",
    "unos", "y", "ya", "yo", "él",
];
const STOP_IT: Words = words![
    "a", "ad", "al", "alla", "anche", "che", "chi", "ci", "come", "con", "da", "dal", "dalla",
    "degli", "dei", "del", "della", "delle", "di", "e", "essere", "gli", "ha", "hanno", "i", "il",
    "in", "la", "le", "lo", "ma", "mi", "ne", "nel", "nella", "non", "o", "per", "più", "può",
    "quando", "quella", "quello", "questa", "questo", "se", "si", "sia", "sono", "su", "sua",
    "sul", "suo", "tra", "un", "una", "uno", "è",
];
const STOP_PT: Words = words![
    "a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de", "dela", "dele", "do", "dos",
    "e", "ela", "ele", "eles", "em", "entre", "era", "essa", "esse", "este", "está", "eu", "foi",
    "há", "isso", "já", "mais", "mas", "me", "muito", "na", "nas", "no", "nos", "não", "o", "os",
    "ou", "para", "pela", "pelo", "por", "quando", "que", "se", "sem", "ser", "seu", "sua", "são",
    "também", "tem", "um", "uma", "à", "é",
];
const STOP_NL: Words = words![
    "aan", "al", "als", "bij", "dan", "dat", "de", "die", "dit", "door", "een", "en", "er", "had",
    "heb", "heeft", "het", "hij", "hoe", "hun", "ik", "in", "is", "je", "kan", "maar", "me", "met",
    "na", "naar", "niet", "nog", "of", "om", "ons", "ook", "op", "over", "te", "tot", "uit", "van",
    "veel", "voor", "was", "wat", "we", "werd", "wie", "wij", "worden", "wordt", "zal", "ze",
    "zich", "zij", "zijn", "zo",
];

// ---------------------------------------------------------------------------
// Prose thresholds (jusText-style). A block is "good" prose when it is long
// enough and dense in stopwords; "short" when too short to judge alone.

/// Below this many words a block is too short to judge on its own text and takes
/// its label from its neighbours and markup (jusText's `length_low` ≈ 70 chars).
pub const SHORT_WORDS: usize = 10;
/// From this many words on, a block with prose-like stopword density is prose on
/// its own (jusText's `length_high` ≈ 200 chars).
pub const LONG_WORDS: usize = 30;
/// Stopword share at or above which text reads as prose (jusText `stopwords_high`).
pub const STOP_HIGH: f32 = 0.30;
/// Stopword share below which text is a list of names or keywords, not prose
/// (jusText `stopwords_low`).
pub const STOP_LOW: f32 = 0.18;
/// Link-character share above which a block is a link, not prose (jusText
/// `max_link_density` is 0.2 for good paragraphs; link lists sit near 1.0).
pub const LINK_DENSITY_HIGH: f32 = 0.5;
/// A sentence of at least this many words in the main content, outside any
/// list, stays body however much of it is linked (a linked aside in the text,
/// not a list of links).
pub const LINKED_SENTENCE_MIN_WORDS: usize = 6;
/// Link share above which even long text is treated as a link list.
pub const LINK_DENSITY_LIST: f32 = 0.8;

// ---------------------------------------------------------------------------
// Main-content detection. Each block adds weight to every ancestor; the
// ancestor with the largest total is the main content, as in Readability.

/// Weight per character of prose ("good") blocks.
pub const WEIGHT_GOOD: f32 = 1.0;
/// Weight per character of medium blocks (near-good in jusText terms).
pub const WEIGHT_MEDIUM: f32 = 0.5;
/// Weight per character of short, unremarkable blocks: slightly negative so a
/// container does not grow to take in piles of short junk.
pub const WEIGHT_SHORT: f32 = 0.0;
/// Weight per character of clutter (link lists, negative markup).
pub const WEIGHT_BAD: f32 = -0.6;
/// How fast a block's weight fades with each level between its parent and an
/// ancestor (Readability gives the grandparent half, farther ones a third per
/// level): the main content is the element closest to most of the prose.
pub const CONTAINER_DECAY: f32 = 1.0;
/// Weight of prose an `<article>` around the page's `<h1>` needs to be taken
/// as the main content instead of a container of several articles.
pub const ARTICLE_MIN_PROSE: f32 = 200.0;
/// The main content grows to its parent while the parent scores at most this
/// much below it: the step takes in the headline and dek beside the body
/// (weight ≈ 0) but not navigation or link lists (strongly negative).
pub const CONTAINER_SLACK: f32 = 30.0;
/// A clutter hint (class, id or role) this many levels or fewer above a block
/// puts it in a clutter box: its text weighs against the container around it.
pub const BOX_HINT_REACH: usize = 6;
/// … and prose ([`BOX_HINT_REACH`] holds for short blocks) is the box's when
/// the hint is this close: on the paragraph itself, its parent or grandparent
/// (`div.author-bio > div > p`).
pub const PROSE_BOX_HINT_REACH: usize = 3;

// ---------------------------------------------------------------------------
// Class / id hints. Class and id values are cut into parts at spaces, `-`, `_`
// and lower-to-upper case changes ("relatedPosts" → "related", "posts"); a hint
// matches a part that starts with it (hints of at most three letters must match
// the whole part, so "ad" matches "ad-slot" but not "header" or "read").

/// Parts that name clutter boxes: ads, sharing, promos, comments, related
/// links, author boxes ("author-bio"). Deliberately absent, because CMSs wrap whole articles in them:
/// "widget", "sidebar" ("has-sidebar"), "modal", "more", "nav", "paywall", "ad".
pub const NEGATIVE_HINTS: Words = words![
    "ads",
    "adslot",
    "adunit",
    "advert",
    "banner",
    "bio",
    "breadcrumb",
    "comment",
    "consent",
    "cookie",
    "cta",
    "dfp",
    "disqus",
    "follow",
    "footer",
    "gdpr",
    "masthead",
    "menu",
    "newsletter",
    "outbrain",
    "popular",
    "popup",
    "promo",
    "recirc",
    "recommend",
    "related",
    "share",
    "sharing",
    "signup",
    "social",
    "sponsor",
    "subscri",
    "taboola",
    "tags",
    "toolbar",
    "trending",
];
/// Parts that name an ad slot. An element named so that holds no text at all
/// (an ad iframe, an empty placeholder) is hidden whole.
pub const AD_SLOT_HINTS: Words = words![
    "ad", "ads", "adslot", "adunit", "advert", "banner", "dfp", "gpt", "outbrain", "sponsor",
    "taboola",
];
/// Parts that name captions and credits.
pub const CAPTION_HINTS: Words = words!["caption", "credit", "photographer"];
/// Parts that name bylines, dates and other article metadata.
pub const META_HINTS: Words = words![
    "author",
    "byline",
    "contributor",
    "dateline",
    "date",
    "meta",
    "published",
    "timestamp",
    "updated",
];
/// ARIA roles of clutter landmarks.
pub const NEGATIVE_ROLES: Words = words![
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
    "toolbar",
];

// ---------------------------------------------------------------------------
// Text patterns.

/// Whole-block texts that label an ad slot (compared lowercase, without
/// trailing punctuation), alone or before a separator ("Advertisement ·
/// Scroll to continue").
pub const AD_LABELS: Words = words![
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "advertentie",
    "anzeige",
    "annonce",
    "annuncio",
    "anuncio",
    "anúncio",
    "gesponsert",
    "gesponsord",
    "patrocinado",
    "promoted",
    "publicidad",
    "publicité",
    "pubblicità",
    "publicidade",
    "reclame",
    "sponsored",
    "sponsored by",
    "sponsored content",
    "supported by",
    "presented by",
    "paid content",
    "paid post",
    "partner content",
    "sponsorisé",
    "sponsorizzato",
    "story continues below advertisement",
    "werbung",
    "annons",
    "annonse",
    "reklame",
    "mainos",
    "iklan",
    "quảng cáo",
    "פרסומת",
    "विज्ञापन",
    "广告",
    "廣告",
    "広告",
    "광고",
    "реклама",
    "إعلان",
    "reklam",
    "reklama",
    "article continues below advertisement",
    "continue reading below",
    "scroll to continue with content",
    "publicitate",
    "hirdetés",
    "διαφήμιση",
    "διαφημιση",
];

/// Words that, opening a short block, make it a call to action (promo, follow,
/// newsletter, share). Compared lowercase.
pub const PROMO_OPENERS: Words = words![
    "abbonati",
    "abonneer",
    "abonnez",
    "abonnieren",
    "also on",
    "also read",
    "auch interessant",
    "baca juga",
    "check availability",
    "check out",
    "check prices",
    "citeste si",
    "citește și",
    "click here",
    "compare prices",
    "compartilhe",
    "compartir en",
    "condividi",
    "continua a leggere",
    "continue reading",
    "czytaj także",
    "czytaj też",
    "das könnte sie auch interessieren",
    "download",
    "ezt is olvasta",
    "folge uns",
    "folgen sie uns",
    "follow",
    "get our",
    "get the",
    "i più letti",
    "ilgili haber",
    "ilgili haberler",
    "inscreva-se",
    "inscrivez-vous",
    "iscriviti",
    "i̇lgili haber",
    "i̇lgi̇li̇ haber",
    "jetzt",
    "join",
    "kapcsolódó cikk",
    "lee también",
    "leer más",
    "lees meer",
    "lees ook",
    "lees verder",
    "leggi anche",
    "leggi di più",
    "leia mais",
    "leia também",
    "les mer",
    "les også",
    "les plus lus",
    "lesen sie auch",
    "lihat juga",
    "like us",
    "lire aussi",
    "lire la suite",
    "listen",
    "lo más leído",
    "lue myös",
    "läs mer",
    "läs också",
    "læs mere",
    "læs også",
    "mais lidas",
    "meest gelezen",
    "mehr zum thema",
    "meistgelesen",
    "meld je aan",
    "more from",
    "more news",
    "more stories",
    "most popular",
    "most read",
    "pin it",
    "pin this",
    "potrebbe interessarti",
    "přečtěte si také",
    "read also",
    "read more",
    "read next",
    "recommended",
    "regístrate",
    "related",
    "saiba mais",
    "see also",
    "seguici",
    "share",
    "siga-nos",
    "sign up",
    "siguenos",
    "subscribe",
    "suivez",
    "suscríbete",
    "síguenos",
    "también te puede interesar",
    "te puede interesar",
    "top stories",
    "veja mais",
    "veja também",
    "você também pode gostar",
    "volg ons",
    "vous aimerez aussi",
    "watch",
    "weiterlesen",
    "xem thêm",
    "you may also like",
    "you might also like",
    "zie ook",
    "zobacz także",
    "zobacz też",
    "à lire aussi",
    "čtěte také",
    "čtěte též",
    "đọc thêm",
    "δείτε επίσησ",
    "διαβάστε ακόμα",
    "διαβάστε επίσησ",
    "διαβαστε επισησ",
    "смотрите также",
    "читайте также",
    "читайте також",
    "עוד בנושא",
    "קראו עוד",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    "सबसे ज्यादा पढ़ी",
    "あわせて読みたい",
    "延伸阅读",
    "相关新闻",
    "相关阅读",
    "関連記事",
    "관련기사",
];

/// Words that, anywhere in a short block (not a full sentence), mark it as a
/// call to action. The phrases of [`STRONG_PROMO_WORDS`] are checked first,
/// for longer blocks, and are not repeated here.
pub const PROMO_WORDS: Words = words![
    "read the full",
    "full story",
    "sign up",
    "signup",
    "follow the",
    "live coverage",
    "for the latest",
    "inbox",
    "podcast",
    "app store",
    "google play",
    "download the app",
    "cookies",
    "cookie",
    "privacy policy",
    "terms of use",
    "terms of service",
    "s'abonner",
    "boletín",
    "email address",
    "e-mail address",
    "adresse e-mail",
    "adresse mail",
    "e-mail-adresse",
    "e-mailadres",
    "dirección de correo",
    "indirizzo email",
    "indirizzo e-mail",
    "endereço de e-mail",
    "endereço de email",
];
/// Text mode only: the words between the two numbers of a gallery's counter
/// ("Image 3 of 12", "Bild 2 von 8", "Photo 1 sur 5").
pub const COUNTER_WORDS: Words =
    words!["of", "von", "sur", "de", "di", "van", "av", "af", "z", "из", "з", "/"];
/// Text mode only: a page-feedback widget's question, per language.
pub const FEEDBACK_PHRASES: Words = words![
    "was this article helpful",
    "was this page helpful",
    "was this helpful",
    "war dieser artikel hilfreich",
    "cet article vous a-t-il été utile",
    "cet article vous a été utile",
    "te ha resultado útil",
    "le ha resultado útil",
    "ti è stato utile",
    "este artigo foi útil",
    "was dit artikel nuttig",
    "czy ten artykuł był pomocny",
];
/// Text mode only (a page's buy buttons are links or buttons): openers of a
/// shop's button ("Buy at Trailhaus"), and the words between a price and the
/// shop ("$94 at Amazon", "279,99 € chez Boulanvert"), in a line of at most
/// [`SHOP_LINE_MAX_WORDS`] words.
pub const SHOP_OPENERS: Words = words![
    "buy at ",
    "buy from ",
    "shop at ",
    "kaufen bei ",
    "acheter chez ",
    "comprar en ",
    "acquista su ",
    "compre na ",
    "koop bij ",
];
/// The word between a price and the shop, per language.
pub const SHOP_AFTER_PRICE: Words =
    words!["at", "bei", "chez", "en", "su", "em", "na", "bij", "på", "hos"];
/// Longest shop line, in words.
pub const SHOP_LINE_MAX_WORDS: usize = 6;
/// Text mode only (in a page, footers and sign-up forms have markup): more
/// [`PROMO_WORDS`], the privacy policy named in fr, es, it, pt, nl (a
/// footer's link, a sign-up form's consent line).
pub const TEXT_PROMO_WORDS: Words = words![
    "politique de confidentialité",
    "política de privacidad",
    "informativa sulla privacy",
    "política de privacidade",
    "privacybeleid",
    "privacyverklaring",
];

/// Phrases that make a block of up to [`STRONG_PROMO_MAX_WORDS`] words a call
/// to action even when it is a full sentence ("Get the latest updates in your
/// inbox. Subscribe to …").
pub const STRONG_PROMO_WORDS: Words = words![
    "newsletter",
    "subscribe",
    "sign up for",
    "follow us",
    "in your inbox",
    "to your inbox",
    "share this",
    "share it with",
    "all rights reserved",
    "abonnieren",
    "abonnez-vous",
    "suscríbete",
    "folgen sie uns",
    "suivez-nous",
    "síguenos",
    "siguenos",
    "seguici",
    "siga-nos",
    "volg ons",
    "iscriviti",
    "inscreva-se",
    "inscrivez-vous",
    "abonneer",
    // Channels to follow.
    "google news",
    "whatsapp channel",
    "telegram channel",
    "telegram-канал",
    "微信公众号",
    // The fine print under a sign-up form.
    "by signing up",
    "by subscribing",
    "by submitting your",
    "en vous inscrivant",
    "mit ihrer anmeldung",
    "al suscribirte",
    "iscrivendoti",
    "ao subscrever",
    "door je aan te melden",
    // Print-edition notes ("This article appears in the April issue").
    "this article appears in",
    "this article appeared in",
    "a version of this article appear",
];
/// Text mode only (in a page most sit in boxes the markup names; the
/// extension's wasm has no room left for the rest): phrases that make a block
/// of up to [`STRONG_PROMO_MAX_WORDS`] words a call to action or a notice.
pub const TEXT_PROMO_PHRASES: Words = words![
    // Promo openers: "Lea también", "İlginizi çekebilir" (may interest you).
    "lea también",
    "ilginizi çekebilir",
    // "Newsletter" in da, no, nl.
    "nyhedsbrev",
    "nyhetsbrev",
    "nieuwsbrief",
    // Print-edition notes in more languages.
    "dieser artikel erschien",
    "cet article est paru",
    "este artículo se publicó en",
    "questo articolo è apparso",
    "este artigo foi publicado na",
    "dit artikel verscheen",
    // Disclosures of paid links ("We may earn an affiliate commission").
    "affiliate link",
    "affiliate-link",
    "affiliate commission",
    "liens d'affiliation",
    "liens d’affiliation",
    "liens affiliés",
    "link di affiliazione",
    "link affiliati",
    "enlaces de afiliado",
    "links de afiliado",
    "links afiliados",
    // A report-a-typo widget ("Found a mistake? Select it and press Ctrl+Enter").
    "ctrl+enter",
];
/// Text mode only: more such phrases, of blocks of at least
/// [`NOTICE_MIN_WORDS`] words (matched apart, so the page's many shorter
/// lines are not scanned for them).
pub const TEXT_NOTICE_PHRASES: Words = words![
    // A newsletter box's promise and consent line.
    "no spam",
    "we use your sign-up",
    // Sponsorship disclosures.
    "this issue is supported by",
    "made possible by",
    "mede mogelijk gemaakt door",
    // An opinion page's disclaimer ("The views expressed are the author's own").
    "the views expressed",
    "the opinions expressed",
    "仅代表作者",
    "不代表本站",
    // A newsletter's pitch ("… dans votre boîte mail"), a channel to follow
    // ("Подписывайтесь на …"), an app's.
    "dans votre boîte mail",
    "dans votre boîte e-mail",
    "dans votre boîte de réception",
    "en tu correo",
    "en tu bandeja de entrada",
    "in ihr postfach",
    "in ihrem postfach",
    "in dein postfach",
    "nella tua casella",
    "na sua caixa de entrada",
    "in je inbox",
    "in je mailbox",
    "подписывайтесь на",
    "підписуйтесь на",
    "breaking news alerts",
    "download our app",
    // A disclosure of paid placement in ja ("本記事にはプロモーションが含まれています").
    "プロモーションが含まれ",
];
/// Fewest words of a block [`TEXT_NOTICE_PHRASES`] make a notice.
pub const NOTICE_MIN_WORDS: usize = 8;
/// Text mode only: phrases that make a line of at most
/// [`SHORT_PROMO_MAX_WORDS`] words a call to action (matched apart from
/// [`TEXT_PROMO_PHRASES`], so longer blocks are not scanned for them).
pub const TEXT_SHORT_PROMO_PHRASES: Words = words![
    // Where the story resumes below an ad slot ("Continua após a publicidade").
    "story continues below",
    "article continues below",
    "article continues after",
    "continues after advertisement",
    "weiterlesen nach der anzeige",
    "lesen sie nach der anzeige weiter",
    "artikel wird nach der anzeige fortgesetzt",
    "la suite après la publicité",
    "la suite après cette publicité",
    "l'article continue après la publicité",
    "continúa después de la publicidad",
    "sigue después de la publicidad",
    "continua dopo la pubblicità",
    "l'articolo continua dopo la pubblicità",
    "continua após a publicidade",
    "continua depois da publicidade",
    "gaat verder na de advertentie",
    "lees verder na de advertentie",
    "продолжение после рекламы",
    "devamı reklamdan sonra",
    // A shop's offer button beside its price ("279,99 € · Voir l'offre").
    "view deal",
    "see deal",
    "zum angebot",
    "voir l'offre",
    "ver oferta",
    "vedi offerta",
    "bekijk aanbieding",
    // A newsletter's sign-up line, consent line, link to its web copy.
    "recevez nos",
    "sähköpostiisi",
    "tietosuojaseloste",
    "kvkk",
    "view this email in your browser",
    // A shopping promo; Hindi reading time ("पढ़ने का समय: 3 मिनट").
    "shop the look",
    "पढ़ने का समय",
    // A paywall's label and button ("Article réservé aux abonnés", "Je m'abonne").
    "réservé aux abonnés",
    "subscribers only",
    "nur für abonnenten",
    "exclusivo para suscriptores",
    "riservato agli abbonati",
    "exclusivo para assinantes",
    "je m'abonne",
    "je m’abonne",
    // A report-an-error link.
    "report an error",
    "report a technical",
    "report an editorial",
    "report a typo",
    "signaler une erreur",
    "fehler melden",
    "reportar un error",
    "segnala un errore",
    // The title over related links ("Sur le même sujet", "Explore more on
    // these topics").
    "on the same topic",
    "sur le même sujet",
    "sobre el mismo tema",
    "sullo stesso argomento",
    "zum selben thema",
    "sobre o mesmo assunto",
    "explore more",
    // A video player's next item, a gallery button, a sponsor's slot.
    "up next",
    "next up",
    "in gallery",
    "advertise with",
    "スポンサーリンク",
];
/// Longest line, in words, that [`TEXT_SHORT_PROMO_PHRASES`] make a call to
/// action ("Sonora Aria 700 – 279,99 € chez Boulanvert · Voir l'offre").
pub const SHORT_PROMO_MAX_WORDS: usize = 12;
/// Phrases of a reader appeal for money, in the site's voice ("Please support
/// us with a contribution", "We need your financial support"), per language:
/// a short block holding one is a call to action, and the small box around it
/// is the appeal's (see `classify::appeals`).
pub const APPEAL_PHRASES: Words = words![
    "support us",
    "support our journalism",
    "support independent journalism",
    "support our work",
    "your financial support",
    "please consider supporting",
    "unterstützen sie uns",
    "unterstützen sie unsere arbeit",
    "soutenez-nous",
    "nous soutenir",
    "apóyanos",
    "sostienici",
    "apoie-nos",
    "steun ons",
    "small favour to ask",
    "small favor to ask",
    "підтримайте",
    "поддержите",
];
/// Longest block, in words, that [`STRONG_PROMO_WORDS`] make a call to action.
pub const STRONG_PROMO_MAX_WORDS: usize = 30;

/// Text mode only (a page's footer and share tools are found by their markup):
/// rights phrases in more languages …
pub const TEXT_COPYRIGHT_PHRASES: Words = words![
    "무단전재",
    "版权所有",
    "無断転載",
    "جميع الحقوق محفوظة",
    "כל הזכויות שמורות",
    "सर्वाधिकार सुरक्षित",
    "všechna práva vyhrazena",
    "toate drepturile rezervate",
    "minden jog fenntartva",
    "όλα τα δικαιώματα",
    "kaikki oikeudet",
    "alle rettigheder",
    "все права защищены",
    "всі права захищені",
];
/// … and more words of a share bar ("Artikel teilen: Facebook X E-Mail").
pub const TEXT_SHARE_WORDS: Words = words![
    // "E-mail" splits into "e" and "mail"; "Copier le lien", "Copiar enlace".
    "e",
    "copier",
    "le",
    "lien",
    "copiar",
    "enlace",
    "copia",
    "bagikan",
    "artikel",
    "artiklen",
    "artikeln",
    "artículo",
    "articolo",
    "artigo",
    "del",
    "dela",
    "jaa",
    "link",
    "kopieren",
    "kopyala",
    "linki",
    "udostępnij",
    "paylaş",
    "sdílet",
    "distribuie",
    "megosztás",
    "поделиться",
    "поділитися",
    // ar, zh, ko: "share", the targets and "copy link"; Korean "font size
    // settings" beside the share button.
    "مشاركة",
    "فيسبوك",
    "إكس",
    "واتساب",
    "تيليغرام",
    "نسخ",
    "الرابط",
    "分享到",
    "分享",
    "微信",
    "微博",
    "qq空间",
    "공유하기",
    "글자크기",
    "설정",
    "line",
    "複製連結",
    "复制链接",
    // A comment count ("23 Kommentare"), as "comments" in [`SHARE_WORDS`].
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "comentário",
    "comentários",
    "reactie",
    "reacties",
    "kommentarer",
    "komentarz",
    "komentarze",
    "komentarzy",
    "komentáře",
    "komentářů",
    "kommenttia",
    "yorum",
    "yorumlar",
    "комментарий",
    "комментария",
    "комментариев",
    "коментар",
    "коментарі",
    "коментарів",
    "σχόλια",
    "تعليقات",
    "نظر",
    "댓글",
    "コメント",
    "评论",
    "評論",
];

/// Names of share targets; a block made only of these (and punctuation) is a
/// share bar.
pub const SHARE_WORDS: Words = words![
    "comment",
    "comments",
    "copy",
    "copy link",
    "email",
    "e-mail",
    "facebook",
    "flipboard",
    "linkedin",
    "mail",
    "messenger",
    "partager",
    "pinterest",
    "print",
    "reddit",
    "save",
    "share",
    "teilen",
    "telegram",
    "tweet",
    "twitter",
    "whatsapp",
    "x",
    "compartir",
    "condividi",
    "compartilhar",
    "delen",
];

/// Words that end a photo credit ("… via REUTERS", "… Getty Images").
pub const CREDIT_AGENCIES: Words = words![
    "afp",
    "ap",
    "ap photo",
    "bloomberg",
    "dpa",
    "efe",
    "epa",
    "getty",
    "getty images",
    "istock",
    "reuters",
    "shutterstock",
    "zuma",
    "zumapress",
    "ansa",
    "picture alliance",
    "picture-alliance",
    "imago",
    "alamy",
    "unsplash",
    "wikimedia commons",
    "handout",
    "رويترز",
    "الأناضول",
];

/// Words that open a credit ("Photo: …", "Credit: …", "Foto: …").
pub const CREDIT_OPENERS: Words = words![
    "credit",
    "credits",
    "photo",
    "photograph",
    "photos",
    "image",
    "illustration",
    "foto",
    "fotos",
    "bild",
    "crédit",
    "crédits",
    "crédito",
    "picture",
    "source",
    "quelle",
    "图片来源",
    "图片",
    "摄影",
    "撮影",
    "写真",
    "사진",
    "फोटो",
    "image credit",
    "photo credit",
    "picture credit",
    "fotó",
    "zdjęcie",
    "kuva",
    "fotoğraf",
    "фото",
    "φωτογραφία",
    "צילום",
    "تصوير",
    "صورة",
];

/// Text mode only: more credit words, followed by a colon or a slash like
/// those of [`CREDIT_OPENERS`] ("Иллюстрация: …", "画像：…").
pub const TEXT_CREDIT_OPENERS: Words = words![
    "画像",
    "提供",
    "制图",
    "图",
    "иллюстрация",
    "ілюстрація",
    "ilustración",
    "illustrazione",
    "ilustração",
    "grafik",
    "kuvitus",
];

/// Text mode: fewest words of a sentence before "© …" that make the line a
/// caption with its photo's rights ("L'arrêt de bus, désormais desservi en
/// période scolaire. © Tous droits réservés"), not a copyright notice.
pub const RIGHTS_CAPTION_MIN_WORDS: usize = 6;

/// Openings of a credit with its own wording ("Photo by …", "Courtesy of …").
pub const CREDIT_BY: Words = words![
    "photo by ",
    "photograph by ",
    "photos by ",
    "image by ",
    "courtesy of ",
    "foto von ",
    "foto di ",
    "photo de ",
    "foto de ",
];

/// Longest credit after a caption's last sentence or dash, in words …
pub const CREDIT_AFTER_SENTENCE_MAX_WORDS: usize = 12;
/// … and in bytes (12 long words, or a name in a non-Latin script).
pub const CREDIT_AFTER_SENTENCE_MAX_BYTES: usize = 160;

/// Phrases of a contributor or reporting-credit line ("Jane Roe contributed
/// to this report"), which belongs with the byline.
pub const CONTRIBUTOR_PHRASES: Words = words![
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
];
/// Openings of a reporting-credit line ("Reporting by …; Editing by …").
pub const CONTRIBUTOR_OPENERS: Words = words![
    "additional reporting by",
    "editing by",
    "editor:",
    "责任编辑",
    "reporting by",
    "writing by",
];

/// Phrases of a posting line ("Publicado por: Ana Lima - Categoria: Saúde"),
/// in en, de, fr, es, it, pt, nl: a short block naming who published it is
/// page furniture wherever the phrase stands in it.
pub const POSTED_PHRASES: Words = words![
    "posted by",
    "published by",
    "veröffentlicht von",
    "publié par",
    "posté par",
    "publicado por",
    "pubblicato da",
    "postado por",
    "gepubliceerd door",
    "geplaatst door",
];
/// Text mode only (a page's publication line is in byline markup or a
/// `<time>`): a short block, not a sentence, that says when the story was
/// published or updated ("Publié le 3 octobre à 11h15, mis à jour à 14h02").
pub const TEXT_POSTED_PHRASES: Words = words![
    "published on",
    "updated on",
    "veröffentlicht am",
    "aktualisiert am",
    "publié le",
    "mis à jour le",
    "publicado el",
    "actualizado el",
    "pubblicato il",
    "aggiornato il",
    "publicado em",
    "atualizado em",
    "gepubliceerd op",
    "bijgewerkt op",
    // "Published" in pl, cs, sv, ru, uk, fi, da, tr ("Opublikowano: 4 czerwca 2025").
    "opublikowano",
    "publikováno",
    "publicerad",
    "опубликовано",
    "опубліковано",
    "julkaistu",
    "publiceret",
    "yayınlanma",
];
/// Longest teaser dek under a linked headline (see `classify::teasers`), in words.
pub const TEASER_MAX_WORDS: usize = 30;
/// Fewest date lines in a row, siblings of one parent, that make a schedule
/// (see `classify::schedule_rows`) rather than timestamps.
pub const SCHEDULE_MIN_ROWS: usize = 4;
/// The reply action under a reader's comment (see `classify::comments`), per
/// language; matched against the whole text of a link or button.
pub const REPLY_WORDS: Words = words![
    "reply",
    "antworten",
    "répondre",
    "responder",
    "rispondi",
    "reageren",
    "beantwoorden",
];
/// Titles of a press release's contact section ("Media contact", alone or
/// opening the block before a colon), per language: the title and the short
/// lines after it are no part of the release (see `classify::boilerplate`).
pub const CONTACT_TITLES: Words = words![
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media inquiries",
    "media enquiries",
    "press inquiries",
    "press enquiries",
    "investor contact",
    "investor contacts",
    "pressekontakt",
    "medienkontakt",
    "contact presse",
    "contacts presse",
    "contact médias",
    "contacto de prensa",
    "contactos de prensa",
    "contatti stampa",
    "contatto stampa",
    "ufficio stampa",
    "contato para imprensa",
    "assessoria de imprensa",
    "perscontact",
];
/// Phrases of the title of a release's legal section ("Forward-looking
/// statements", "Safe harbor statement"), per language: the section, prose and
/// all, is no part of the release.
pub const LEGAL_TITLES: Words = words![
    "forward-looking statement",
    "forward looking statement",
    "safe harbor statement",
    "safe harbour statement",
    "zukunftsgerichtete aussagen",
    "déclarations prospectives",
    "declaraciones prospectivas",
    "dichiarazioni previsionali",
    "declarações prospectivas",
    "toekomstgerichte verklaringen",
];
/// Most blocks a release's contact or legal section spans after its title.
pub const BOILERPLATE_MAX_BLOCKS: usize = 8;
/// Most blocks one comment holds (author/date line, text, actions).
pub const COMMENT_MAX_BLOCKS: usize = 12;
/// Text mode: words after a count that title a reader-comment section ("34
/// responses to “…”", "12 Kommentare", "5条评论"), per language (see
/// `features::comment_section_title`).
pub const COMMENT_COUNT_WORDS: Words = words![
    "comment",
    "comments",
    "response",
    "responses",
    "reply",
    "replies",
    "kommentar",
    "kommentare",
    "kommentarer",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "commento",
    "commenti",
    "reactie",
    "reacties",
    "komentarz",
    "komentarze",
    "komentarzy",
    "yorum",
    "комментарий",
    "комментария",
    "комментариев",
    "коментарів",
    "kommenttia",
    "hozzászólás",
    "komentáře",
    "komentářů",
    "σχόλια",
    "تعليق",
    "تعليقات",
    "コメント",
    "条评论",
    "개의 댓글",
];
/// Text mode: titles of a reader-comment section standing alone (a count in
/// parentheses or a colon may follow), per language: "Comments", "Leave a
/// reply", "Schreibe einen Kommentar" (see `features::comment_section_title`).
pub const COMMENT_TITLES: Words = words![
    "comments",
    "reader comments",
    "readers' comments",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "join the conversation",
    "join the discussion",
    "kommentare",
    "leserkommentare",
    "schreibe einen kommentar",
    "kommentar schreiben",
    "commentaires",
    "laisser un commentaire",
    "comentarios",
    "deja un comentario",
    "deja tu comentario",
    "dejar un comentario",
    "commenti",
    "lascia un commento",
    "comentários",
    "deixe um comentário",
    "deixe seu comentário",
    "reacties",
    "laat een reactie achter",
    "kommentarer",
    "skriv en kommentar",
    "komentarze",
    "dodaj komentarz",
    "yorumlar",
    "yorum yap",
    "комментарии",
    "оставить комментарий",
    "коментарі",
    "kommentit",
    "hozzászólások",
    "komentáře",
    "σχόλια",
    "التعليقات",
    "コメント",
    "评论",
    "댓글",
];
/// Text mode: longest comment section's title without a count, in bytes:
/// the longest of [`COMMENT_TITLES`] (39) and a count in parentheses.
pub const COMMENT_TITLE_MAX_BYTES: usize = 48;
/// Text mode: most words of a comment section's title ("34 responses to
/// “…”" carries the article's headline).
pub const COMMENT_TITLE_MAX_WORDS: usize = 16;
/// Text mode: paragraphs of the article (body blocks of at least
/// [`COMMENT_SECTION_PROSE_WORDS`]) that must come before a comment
/// section's title for it to end the article: a comment count or a
/// "Comments" link under the headline or in a menu is no such title.
pub const COMMENT_SECTION_MIN_PROSE: usize = 3;
/// Text mode: words of a paragraph counted by [`COMMENT_SECTION_MIN_PROSE`].
pub const COMMENT_SECTION_PROSE_WORDS: usize = 20;
/// Text mode: words that label a figure before its number ("Figure 2: …",
/// "Abb. 3: …", "Рис. 1. …", "图2："), per language: the block is the
/// figure's caption (see `features::figure_caption`).
pub const FIGURE_LABELS: Words = words![
    "figure",
    "fig.",
    "fig",
    "abbildung",
    "abb.",
    "figura",
    "figuur",
    "rysunek",
    "rys.",
    "obrázek",
    "obr.",
    "рисунок",
    "рис.",
    "图",
    "圖",
    "図",
    "그림",
];
/// Text mode: bytes at the start of a block that hold a figure's label, its
/// number and the mark after it ("Abbildung 12: ", "Рисунок 3. ").
pub const FIGURE_CAPTION_HEAD_BYTES: usize = 24;
/// Text mode: titles of a recipe's ingredient list, per language ("Zutaten",
/// "Ingredienti per 4 persone", "材料（2〜3人分）"; see
/// `classify::recipe_ingredients`).
pub const INGREDIENT_TITLES: Words = words![
    "ingredients",
    "zutaten",
    "ingrédients",
    "ingredientes",
    "ingredienti",
    "ingrediënten",
    "ingredienser",
    "ainekset",
    "składniki",
    "suroviny",
    "hozzávalók",
    "ингредиенты",
    "інгредієнти",
    "malzemeler",
    "bahan-bahan",
    "nguyên liệu",
    "υλικά",
    "المكونات",
    "材料",
    "食材",
    "재료",
];
/// Text mode: titles of a recipe's method, per language ("Zubereitung",
/// "Préparation", "作り方"): the line that ends an ingredient list.
pub const METHOD_TITLES: Words = words![
    "method",
    "instructions",
    "directions",
    "preparation",
    "steps",
    "zubereitung",
    "préparation",
    "preparación",
    "elaboración",
    "preparazione",
    "procedimento",
    "modo de preparo",
    "modo de preparação",
    "bereiding",
    "bereidingswijze",
    "gör så här",
    "tillagning",
    "valmistus",
    "przygotowanie",
    "postup",
    "elkészítés",
    "приготовление",
    "hazırlanışı",
    "yapılışı",
    "cara membuat",
    "εκτέλεση",
    "طريقة التحضير",
    "作り方",
    "做法",
    "만드는 법",
];
/// Text mode: longest recipe title with what may follow it, in bytes (a
/// longer line is not read as one).
pub const RECIPE_TITLE_MAX_BYTES: usize = 64;
/// Text mode: most words after an ingredient list's title ("… per 4
/// persone", "… 4 személyre"), or after a method's.
pub const RECIPE_TITLE_MAX_EXTRA_WORDS: usize = 4;
/// Text mode: most words of one line of an ingredient list ("2 chipotle
/// peppers in adobo, finely chopped"; a sub-heading such as "For the dough").
pub const INGREDIENT_MAX_WORDS: usize = 12;
/// Text mode: most lines of an ingredient list.
pub const INGREDIENTS_MAX_LINES: usize = 40;
/// Text mode: fewest timestamps in a row, each a card apart, that make a
/// list of teaser cards (title, dek, "5 hours ago"; see `classify::teaser_cards`).
pub const TEASER_CARDS_MIN: usize = 3;
/// Text mode: most blocks from one teaser card's timestamp to the next (the
/// timestamp, a title and a dek, and a label such as "50 photos").
pub const TEASER_CARD_MAX_BLOCKS: usize = 4;
/// Text mode: a standfirst (dek) is the block right under the headline with
/// this many words or more (fewer is a label or a name) …
pub const DEK_MIN_WORDS: usize = 6;
/// … and at most this many (more is the first paragraph, body anyway).
pub const DEK_MAX_WORDS: usize = 60;
/// Text mode: the first paragraph of prose at most this many blocks under the
/// headline is the article's (a dek, a byline and a date may come between).
pub const LEDE_REACH: usize = 5;
/// Text mode: longest subheading, in words: a line without a sentence end
/// between two paragraphs of prose ("What happens next", "Neubau frühestens
/// 2030").
pub const SUBHEADING_MAX_WORDS: usize = 10;
/// Longest line, in words, of a list of the article given one item per line
/// (text mode; see `classify::article_lists`).
pub const LIST_ITEM_MAX_WORDS: usize = 25;
/// Most lines of such a list.
pub const LIST_MAX_ITEMS: usize = 30;
/// Longest title over such a list ("Zutaten", "Technical data"), in words.
pub const LIST_TITLE_MAX_WORDS: usize = 4;
/// Words of a terse item under such a title ("Excellent battery life"): a
/// menu's items have one or two, related headlines more.
pub const LIST_TERSE_MIN_WORDS: usize = 2;
pub const LIST_TERSE_MAX_WORDS: usize = 8;
/// Text mode: the headings of a review's pros and cons ("Pros" / "Cons",
/// "Les plus" / "Les moins"), per language, compared lowercase without a
/// trailing colon. Each heads a list of terse items the article's (see
/// `classify::article_lists`), even after its last paragraph, where a
/// list's other signs do not reach.
pub const PROS_CONS_TITLES: Words = words![
    // en
    "pros",
    "cons",
    "the good",
    "the bad",
    "what we like",
    "what we liked",
    "what we don't like",
    "what we didn't like",
    "strengths",
    "weaknesses",
    "advantages",
    "disadvantages",
    // de
    "pro",
    "contra",
    "vorteile",
    "nachteile",
    "stärken",
    "schwächen",
    // fr
    "les plus",
    "les moins",
    "points forts",
    "points faibles",
    "on aime",
    "on aime moins",
    "on n'aime pas",
    "avantages",
    "inconvénients",
    // es
    "contras",
    "ventajas",
    "desventajas",
    "lo mejor",
    "lo peor",
    "puntos fuertes",
    "puntos débiles",
    // it
    "contro",
    "pregi",
    "difetti",
    "punti di forza",
    "punti deboli",
    "vantaggi",
    "svantaggi",
    // pt
    "prós",
    "pontos positivos",
    "pontos negativos",
    "vantagens",
    "desvantagens",
    // nl
    "pluspunten",
    "minpunten",
    "voordelen",
    "nadelen",
    // sv, da, no, pl, cs, tr, ru
    "fördelar",
    "nackdelar",
    "fordele",
    "fordeler",
    "ulemper",
    "zalety",
    "wady",
    "klady",
    "zápory",
    "výhody",
    "nevýhody",
    "artılar",
    "eksiler",
    "artıları",
    "eksileri",
    "плюсы",
    "минусы",
    "достоинства",
    "недостатки",
    // ja, zh, ko
    "良い点",
    "悪い点",
    "メリット",
    "デメリット",
    "优点",
    "缺点",
    "장점",
    "단점",
];
/// Fewest bare time stamps ("19:42", "87'") that make a text a live blog
/// (see `classify::live_blog`) …
pub const LIVE_MIN_STAMPS: usize = 4;
/// Most words of a live blog's time stamp ("16.58 GMT": 16, 58, GMT).
pub const LIVE_STAMP_MAX_WORDS: usize = 3;
/// Time zones written after a live blog's clock time ("16.58 GMT", "9:05
/// ET"): with one, a full stop may part hours and minutes.
pub const TIME_ZONES: Words = words![
    "GMT", "BST", "UTC", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "JST", "KST",
    "HKT", "SGT", "AEST", "AEDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT",
    "PST", "PDT",
];
/// … most blocks between one stamp and the next …
pub const LIVE_MAX_GAP: usize = 3;
/// … and fewest words of an entry, a sentence (a video playlist, durations
/// over titles, has titles of eight or nine words).
pub const LIVE_ENTRY_MIN_WORDS: usize = 10;
/// Fewest words of the line of prose that introduces a programming post's
/// code sample ("Then start the server:"; see `classify::code_samples`) …
pub const CODE_INTRO_MIN_WORDS: usize = 3;
/// … and most words of one line of the sample.
pub const CODE_LINE_MAX_WORDS: usize = 40;
/// Fewest labelled values in a row that make a fact box of the article
/// (text mode; see `classify::fact_boxes`).
pub const FACT_BOX_MIN_LINES: usize = 3;
/// Most words of such a value's label ("Premiera kinowa").
pub const FACT_LABEL_MAX_WORDS: usize = 3;
/// Most words of a short value in such a box ("Längd: 1 tim 52 min"); at
/// least half its values are short.
pub const FACT_VALUE_MAX_WORDS: usize = 6;
/// How far back, in blocks, a pros-and-cons heading or a fact box looks for
/// a paragraph of the article's prose.
pub const PROS_CONS_REACH: usize = 12;
/// Longest kicker, the section label right above a headline ("Guidance",
/// "Press release"), in words; a longer line there (an Italian occhiello) is
/// part of the headline group.
pub const KICKER_MAX_WORDS: usize = 3;
/// Longest title of a box (see `classify::box_titles`), in words.
pub const SECTION_LABEL_MAX_WORDS: usize = 8;
/// Fewest hidden blocks that make a box clutter as a whole, title and all.
pub const CLUTTER_BOX_MIN_BLOCKS: usize = 2;
/// Blocks looked at on each side of a title for its box (bounds the work on
/// pages of thousands of blocks).
pub const CLUTTER_BOX_MAX_SCAN: usize = 64;
/// Longest posting line, in words.
pub const POSTED_MAX_WORDS: usize = 24;

/// Phrases of a site's copyright notice ("© 2019 Example Media. All rights
/// reserved."), which is page furniture, not a photo credit.
pub const COPYRIGHT_PHRASES: Words = words![
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
];

/// How a skip link opens ("Skip to main content", "Aller au contenu
/// principal"): the page's own accessibility shortcut, never the article.
/// Compared lowercase, on blocks of at most [`NAV_LINE_MAX_WORDS`] words.
pub const SKIP_LINK_OPENERS: Words = words![
    "skip to",
    "jump to",
    "skip navigation",
    "aller au contenu",
    "passer au contenu",
    "aller à la navigation",
    "zum inhalt",
    "direkt zum inhalt",
    "zur navigation",
    "zum hauptinhalt",
    "saltar al contenido",
    "ir al contenido",
    "vai al contenuto",
    "salta al contenuto",
    "pular para o conteúdo",
    "ir para o conteúdo",
    "saltar para o conteúdo",
    "naar de inhoud",
    "ga naar de inhoud",
    "ga direct naar",
    "spring til indhold",
    "hoppa till innehållet",
    "gå til innhold",
    "siirry sisältöön",
    "przejdź do treści",
    "içeriğe geç",
    "перейти к содержанию",
    "langsung ke konten",
    "chuyển đến nội dung",
    "přeskočit na",
    "preskočiť na",
    "перейти до",
    "मुख्य सामग्री पर जाएं",
    "salt la conținut",
    "sari la conținut",
    "treci la conținut",
    "ugrás a tartalomhoz",
    "انتقل إلى المحتوى",
    "דלג לתוכן",
    "本文へ",
    "メインコンテンツへ",
    "跳到主要内容",
    "跳转到主要内容",
    "본문 바로가기",
    "μετάβαση στο",
];

/// Labels that open a tag list ("Tags: travel, Europe"), before a colon.
/// Compared lowercase, on blocks of at most [`NAV_LINE_MAX_WORDS`] words.
pub const TAG_LABELS: Words = words![
    "tags",
    "tagged",
    "topics",
    "mots-clés",
    "mots clés",
    "schlagworte",
    "schlagwörter",
    "etiquetas",
    "argomenti",
    "parole chiave",
    "trefwoorden",
    "tagi",
    "etiketler",
    "теги",
    "themen",
    "tagit",
    "emner",
    "štítky",
    "etichete",
    "címkék",
    "мітки",
    "תגיות",
    "الكلمات المفتاحية",
    "标签",
    "タグ",
    "태그",
    "टैग",
    "ετικέτεσ",
];

/// Separators of a breadcrumb trail ("Home » News » National"), with the
/// spaces around them; a trail has at least [`BREADCRUMB_MIN_SEPARATORS`] of
/// one kind and no sentence end.
pub const BREADCRUMB_SEPARATORS: Words = words![" » ", " › ", " > ", " / ", " → "];

/// Fewest separators of one kind in a breadcrumb trail: one " / " is common in
/// headlines and prose ("Paris / Berlin"), two in a short line are a trail.
pub const BREADCRUMB_MIN_SEPARATORS: usize = 2;

/// Longest skip link, tag list or breadcrumb trail, in words.
pub const NAV_LINE_MAX_WORDS: usize = 24;

/// Words for cookies in a cookie notice; with a word of [`CONSENT_WORDS`] in
/// a block of at most [`COOKIE_NOTICE_MAX_WORDS`] words, the block is the
/// page's cookie banner. Compared lowercase, anywhere in the text.
pub const COOKIE_WORDS: Words =
    words!["cookie", "çerez", "informasjonskapsler", "evästei", "kakor",];

/// What a cookie notice asks or names besides the cookies: consent,
/// settings, partners, privacy (a recipe's "use cookies instead" has none).
pub const CONSENT_WORDS: Words = words![
    "consent",
    "privacy",
    "partner",
    "personali",
    "accept",
    "analytic",
    "advertis",
    "settings",
    "preferences",
    "datenschutz",
    "einwillig",
    "zustimm",
    "akzeptier",
    "einstellungen",
    "consentement",
    "accepter",
    "confidentialité",
    "paramètres",
    "consentimiento",
    "aceptar",
    "privacidad",
    "consenso",
    "accett",
    "toestemming",
    "accepteer",
    "akkoord",
    "instellingen",
    "akcept",
    "zgod",
    "prywatno",
    "onay",
    "kabul",
    "gizlilik",
    "samtyck",
    "godkänn",
    "samtykke",
    "godta",
    "hyväksy",
    "согласи",
    "конфиденциальн",
    "persetujuan",
    "privasi",
    "đồng ý",
];

/// Longest cookie notice, in words.
pub const COOKIE_NOTICE_MAX_WORDS: usize = 80;

/// How an author's bio goes on after the name that opens it ("Ana Ruiz is a
/// reporter …", "… covers the city for …", "… es redactora …"), with a
/// space on each side.
pub const BIO_VERBS: Words = words![
    " is a ", " is an ", " is the ", " is ", " covers ", " writes ", " ist ", " est ", " es ",
    " é ", " è ", " jest ", " är ", " er ", " adalah ",
];

/// Roles that make such a line a bio, within [`BIO_ROLE_REACH`] words after
/// the name. Compared lowercase, as word beginnings followed by at most
/// [`ROLE_SUFFIX_MAX_CHARS`] characters ("reporters", "redakteurin", not
/// "authorities").
pub const BIO_ROLES: Words = words![
    "reporter",
    "writer",
    "editor",
    "journalist",
    "correspondent",
    "columnist",
    "author",
    "contributor",
    "covers",
    "redactor",
    "periodista",
    "jornalista",
    "giornalista",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "redakteur",
    "korrespondent",
    "verslaggever",
    "dziennikar",
    "muhabir",
    "wartawan",
];

/// Words after the name of a bio within which its role is named.
pub const BIO_ROLE_REACH: usize = 10;
/// Inflection a role word may carry ("-s", "-in", "-ka").
pub const ROLE_SUFFIX_MAX_CHARS: usize = 3;
/// Longest author bio, in words.
pub const BIO_MAX_WORDS: usize = 60;
/// Longest commenter's handle before the comment ("gianni_73 —"), in words.
pub const HANDLE_MAX_WORDS: usize = 4;
/// Fewest words of a reader's comment after the handle.
pub const COMMENT_MIN_WORDS: usize = 4;

/// Opening words of a byline ("By Jane Doe", "Von Anna Berg").
pub const BYLINE_OPENERS: Words = words![
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "af",
    "av",
    "written by"
];

/// Month names and date words (en, de, fr, es, it, pt, nl) that mark a
/// timestamp line, compared lowercase word by word. No unit of time alone
/// ("min"): "Prep time: 40 mins" is a recipe's, "14 mins ago" has "ago",
/// "5 min read" ends in "read", "Lesezeit: 3 Min." names reading.
pub const DATE_WORDS: Words = words![
    // en
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "updated",
    "published",
    "posted",
    "ago",
    "am",
    "pm",
    "et",
    "edt",
    "est",
    "gmt",
    "utc",
    // de
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "uhr",
    "aktualisiert",
    "veröffentlicht",
    "lesezeit",
    // fr
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "publié",
    "lecture",
    // es
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "actualizado",
    "publicado",
    // it
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "aggiornato",
    "pubblicato",
    "lettura",
    "lectura",
    "leitura",
    // pt
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "dezembro",
    "atualizado",
    // nl
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "bijgewerkt",
    "gepubliceerd",
    // reading time in more languages ("Leestijd: 3 minuten", "Час читання: 5 хв")
    "leestijd",
    "olvasási",
    "lukuaika",
    "lästid",
    "lesetid",
    "læsetid",
    "czytania",
    "čtení",
    "okuma",
    "читання",
    "чтения",
];

/// A block of at most this many words that names no sentence (no final
/// punctuation, no verbs to speak of) is a label, not prose.
pub const LABEL_MAX_WORDS: usize = 3;
/// A headline has at least this many words (shorter heading-less lines at the
/// top are section labels).
pub const HEADLINE_MIN_WORDS: usize = 4;
/// Text mode: the headline is the first line of its shape with a byline or
/// a date at most this many blocks under it (a standfirst may come between).
pub const HEADLINE_META_REACH: usize = 3;
/// Longest credit tail after a caption's last sentence, in words.
pub const CREDIT_TAIL_MAX_WORDS: usize = 6;
/// Bytes of a block's text that its features are computed from. Prose
/// paragraphs are far shorter; longer blocks are leaked scripts or one huge
/// text node, whose stopword, punctuation and syntax ratios are settled well
/// within this much text (counts are scaled to the whole length).
pub const FEATURE_SAMPLE_BYTES: usize = 16 * 1024;
/// Longest block, in words, that can read as a photo caption ending in a
/// credit ("… in Budapest. Getty Images"): longer ones are prose.
pub const CREDIT_MAX_WORDS: usize = 120;
/// Longest block, in words, that can be a byline or timestamp line.
pub const META_MAX_WORDS: usize = 14;
/// Letters besides the unit signs a CJK date line may have ("公開", "更新",
/// "午後", "기사입력"): more, and it is a sentence that gives a date.
pub const CJK_DATE_MAX_LETTERS: usize = 6;
/// Longest block, in words, that can be a copyright notice (some add the
/// publisher's address or a line of legal links).
pub const COPYRIGHT_MAX_WORDS: usize = 30;
/// Longest block, in words, that can be a promo or call to action.
pub const PROMO_MAX_WORDS: usize = 40;
/// Share of code punctuation (`{}();=<>:`) among non-space characters above
/// which text reads as code rather than prose.
pub const CODE_PUNCT_SHARE: f32 = 0.08;
/// Longest CSS value looked for after a `property:` (bounds the scan, so long
/// texts full of colons stay linear).
pub const CSS_VALUE_MAX: usize = 80;
/// Shortest text, in non-space characters, that can read as code.
pub const CODE_MIN_CHARS: usize = 12;
/// Distinct JavaScript markers that make text with code punctuation JavaScript.
pub const JS_MIN_MARKERS: usize = 2;
/// HTML tags that make text with code punctuation leaked markup.
pub const MARKUP_MIN_TAGS: usize = 3;
/// Markers of JavaScript source (each counted once).
pub const JS_MARKERS: Words = words![
    "function(",
    "function ",
    "=>",
    "var ",
    "let ",
    "const ",
    "window.",
    "document.",
    "();",
    "});",
    "===",
    "!==",
    "&&",
    "||",
    ".push(",
    "return ",
    "typeof ",
    "new Date",
    "addEventListener",
    "<![CDATA[",
    "jQuery(",
    "$(",
    "= {",
    "={",
    "= [",
    "=[",
    "\":\"",
    "\": \"",
    "');",
    "\");",
    "true,",
    "false,",
    "null,",
    ": true",
    ": false",
    "/*",
    "*/",
];
/// Text with more stopwords than this is prose, whatever its punctuation.
pub const CODE_MAX_STOP_RATIO: f32 = 0.35;

/// Readability's `isProbablyReaderable` counts paragraphs of at least this many
/// characters…
pub const READERABLE_MIN_CHARS: usize = 140;
/// …and calls a page an article when their `sqrt(chars - 140)` add up to this.
pub const READERABLE_SCORE: f32 = 20.0;

// ---------------------------------------------------------------------------
// Language and markup reach.

/// How many nearest ancestors caption hints are looked for in.
pub const NEAR_ANCESTORS: usize = 4;
/// How many nearest ancestors byline/date hints are looked for in (posts carry
/// classes like "author-jane" on the whole article).
pub const META_ANCESTORS: usize = 2;
/// Words read to guess the language.
pub const MAX_LANG_WORDS: usize = 5000;
/// A language is detected when its stopwords make up this share of the words;
/// below it the page is in a language without a list.
pub const MIN_LANG_SHARE: f32 = 0.08;
/// Stopword share assumed for prose in a language without a list, when the
/// text ends like a sentence or holds several sentences.
pub const UNKNOWN_LANG_PROSE_RATIO: f32 = 0.32;
/// … and for text that does not.
pub const UNKNOWN_LANG_OTHER_RATIO: f32 = 0.12;

// ---------------------------------------------------------------------------
// Confidence reported with each verdict, from pattern matches (sure) to
// context guesses.

/// A text pattern matched (credit, ad label, CSS syntax, share bar, …).
pub const CONFIDENCE_PATTERN: f32 = 0.95;
/// Long prose in the main content, or the headline.
pub const CONFIDENCE_PROSE: f32 = 0.9;
/// Markup says so (figcaption, nav, a clutter box, a link list).
pub const CONFIDENCE_MARKUP: f32 = 0.85;
/// Where the block sits says so (in or out of the main content, neighbours).
pub const CONFIDENCE_CONTEXT: f32 = 0.7;
/// Short text judged by its shape alone.
pub const CONFIDENCE_GUESS: f32 = 0.55;

/// In text mode a rule verdict at least this confident (a matched pattern:
/// code syntax, credit, call to action, byline, ad label) overrides the learned
/// model; everything else is the model's call (see `crate::model`).
pub const RULE_OVERRIDES_MODEL: f32 = CONFIDENCE_PATTERN;
/// Text mode: the model labels long prose (a paragraph the rules keep) as
/// clutter only with at least this probability.
pub const MODEL_OVERRULES_PROSE: f32 = 0.9;
