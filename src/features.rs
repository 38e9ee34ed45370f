//! Per-block features: what the block's own text and markup say. Each detector
//! is a small named function so it can be tested and reasoned about alone.

use std::borrow::Cow;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::block::{Ancestor, Block};
use crate::hash::FastHash;
use crate::lexicon::{self as lx, Lang};
use crate::lowercase::{lowercase, push_lower};
use crate::stopwords::{lang_bit, stop_langs, LangMask};

/// What the classifier knows about one block before looking at its neighbours.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Words (runs of letters and digits; each CJK character counts half).
    pub words: usize,
    /// Share of words that are stopwords of the document's language.
    pub stop_ratio: f32,
    /// Share of characters inside links.
    pub link_density: f32,
    /// Ends like a sentence (`.`, `!`, `?`, `…`, a closing quote after one).
    pub ends_sentence: bool,
    /// Sentence-ending marks inside the text.
    pub sentences: usize,
    /// Why the text looks like leaked CSS / JavaScript / JSON, if it does.
    pub code: Option<&'static str>,
    /// Why the text looks like a photo credit or caption, if it does.
    pub credit: Option<&'static str>,
    /// The whole text is an ad-slot label ("Advertisement").
    pub ad_label: bool,
    /// A call to action: follow, subscribe, read more, …
    pub promo: bool,
    /// Why the text is page furniture, if it is: a skip link, a tag list, a
    /// breadcrumb trail or a cookie notice. Text mode only
    /// ([`crate::classify::text_features`]): in a page, markup gives them away.
    pub furniture: Option<&'static str>,
    /// A reader appeal for money ("Please support us").
    pub appeal: bool,
    /// Only names of share targets.
    pub share_bar: bool,
    /// A byline or a timestamp line.
    pub meta: bool,
    /// A site's copyright notice.
    pub copyright: bool,
    /// Titles a press release's boilerplate section ("Media contact").
    pub boilerplate: Option<Boilerplate>,
    /// Markup: the nearest clutter hint (class/id part or role) and its distance.
    pub negative_hint: Option<usize>,
    /// Markup: a caption/credit hint among the nearest ancestors.
    pub caption_hint: bool,
    /// Markup: a pull-quote class/id on one of the nearest ancestors.
    pub quote_hint: bool,
    /// Markup: distance to a byline/date/author hint on one of the two nearest
    /// ancestors.
    pub meta_hint: Option<usize>,
    /// Character counts of the text (of its sample), for the text model.
    pub shape: Shape,
}

/// Character-level counts of a text (of its first
/// [`lx::FEATURE_SAMPLE_BYTES`] for a long block, like the other features):
/// what the text model's shape inputs are made of.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shape {
    /// Characters other than whitespace.
    pub non_space: usize,
    /// Alphabetic characters …
    pub letters: usize,
    /// … and the uppercase ones among them.
    pub upper: usize,
    /// ASCII digits.
    pub digits: usize,
    /// Code punctuation: `{}();=<>[]`.
    pub punct: usize,
    pub commas: usize,
    /// Whitespace-separated words (as `split_whitespace` gives them) …
    pub words: usize,
    /// … and those starting with an uppercase character.
    pub capitalised: usize,
    /// Any quotation mark: `"“”«»„`.
    pub quotes: bool,
    /// Any separator: `|·•›/`.
    pub separators: bool,
    /// The first character is lowercase.
    pub starts_lower: bool,
}

/// What one pass over a block's sample (see [`features`]) finds: its words
/// and, for each, the languages it is a stopword of (looked up once, used both
/// to detect the document's language and for the block's stopword density),
/// its sentence marks, whether it may hold CJK characters, and its shape.
pub struct Lexed<'a> {
    words: Vec<&'a str>,
    stops: Vec<LangMask>,
    /// Sentence-ending marks (`.`, `!`, `?`, `。`, `！`, `？`) followed by
    /// whitespace, a closer or the end of the sample.
    sentences: usize,
    /// A byte that may start a CJK character (0xE3 or above): the word count
    /// must be read from the characters ([`cjk_word_count`]).
    cjk: bool,
    shape: Shape,
}

/// Reads the sample of `block` once: see [`Lexed`].
pub fn lex(block: &Block) -> Lexed<'_> {
    scan(sample(block.text.trim()))
}

/// [`lex`] of a sample: the [`words`], sentence marks and [`Shape`] of
/// `text` in one pass over its characters. ASCII bytes are classed by two
/// tables ([`SCAN_CLASS`], [`SCAN_COUNTS`]); only other characters are
/// decoded.
fn scan(text: &str) -> Lexed<'_> {
    let bytes = text.as_bytes();
    let mut words = Vec::new();
    let mut counts = [0usize; 8];
    let (mut sentences, mut shape_words, mut capitalised) = (0, 0, 0);
    let (mut in_word, mut in_shape_word, mut cjk) = (false, false, false);
    let mut word_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // The counts are packed one byte each: a chunk starts at most 255
        // characters.
        let chunk_end = (i + 255).min(bytes.len());
        let mut packed = 0u64;
        while i < chunk_end {
            let b = bytes[i];
            let (class, add, len) = if b.is_ascii() {
                (SCAN_CLASS[usize::from(b)], SCAN_COUNTS[usize::from(b)], 1)
            } else {
                cjk |= b >= 0xE3;
                let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
                let (class, add) = scan_char(c);
                (class, add, c.len_utf8())
            };
            packed += add;
            if class & SPACE != 0 {
                in_shape_word = false;
            } else if !in_shape_word {
                in_shape_word = true;
                shape_words += 1;
                capitalised += usize::from(class & UPPER != 0);
            }
            let word = class & WORD != 0;
            if word != in_word {
                if word {
                    word_start = i;
                } else {
                    words.push(&text[word_start..i]);
                }
                in_word = word;
            }
            if class & MARK != 0 && mark_ends(text, i + len) {
                sentences += 1;
            }
            i += len;
        }
        for (k, count) in counts.iter_mut().enumerate() {
            *count += (packed >> (8 * k) & 0xFF) as usize;
        }
    }
    if in_word {
        words.push(&text[word_start..]);
    }
    let [non_space, letters, upper, digits, punct, commas, quotes, separators] = counts;
    let stops = words.iter().map(|w| stop_langs(w)).collect();
    Lexed {
        words,
        stops,
        sentences,
        cjk,
        shape: Shape {
            non_space,
            letters,
            upper,
            digits,
            punct,
            commas,
            words: shape_words,
            capitalised,
            quotes: quotes > 0,
            separators: separators > 0,
            starts_lower: text.chars().next().is_some_and(char::is_lowercase),
        },
    }
}

/// Bits of a [`scan`] class: whitespace …
const SPACE: u8 = 1;
/// … a word character (letter, digit, `_`) …
const WORD: u8 = 2;
/// … an uppercase character …
const UPPER: u8 = 4;
/// … a sentence mark (`.`, `!`, `?`, `。`, `！`, `？`).
const MARK: u8 = 8;

/// [`scan`]'s counts of one character, one byte each in the order of
/// [`Shape`]'s fields: non-space, letter, uppercase letter, digit, code
/// punctuation, comma, quotation mark, separator.
const fn shape_counts(non_space: bool, letter: bool, upper: bool, other: u64) -> u64 {
    if !non_space {
        return 0;
    }
    let mut add = 1;
    if letter {
        add |= 1 << 8;
        if upper {
            add |= 1 << 16;
        }
    }
    add | other
}

const DIGIT_COUNT: u64 = 1 << 24;
const PUNCT_COUNT: u64 = 1 << 32;
const COMMA_COUNT: u64 = 1 << 40;
const QUOTE_COUNT: u64 = 1 << 48;
const SEPARATOR_COUNT: u64 = 1 << 56;

/// The class and counts of a character other than ASCII.
fn scan_char(c: char) -> (u8, u64) {
    // Unicode's Uppercase is a subset of Alphabetic, and no letter is
    // whitespace: a letter needs two table lookups, anything else three.
    let letter = c.is_alphabetic();
    let upper = letter && c.is_uppercase();
    let space = !letter && c.is_whitespace();
    let word = letter || c.is_numeric();
    let class = if space { SPACE } else { 0 }
        | if word { WORD } else { 0 }
        | if upper { UPPER } else { 0 }
        | if is_wide_sentence_mark(c) { MARK } else { 0 };
    let other = match c {
        _ if letter => 0,
        '“' | '”' | '«' | '»' | '„' => QUOTE_COUNT,
        '·' | '•' | '›' => SEPARATOR_COUNT,
        _ => 0,
    };
    (class, shape_counts(!space, letter, upper, other))
}

/// Per ASCII byte, its [`scan`] class.
static SCAN_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if matches!(byte, b' ' | b'\t'..=b'\r') {
            table[b] |= SPACE;
        }
        if byte.is_ascii_alphanumeric() || byte == b'_' {
            table[b] |= WORD;
        }
        if byte.is_ascii_uppercase() {
            table[b] |= UPPER;
        }
        if matches!(byte, b'.' | b'!' | b'?') {
            table[b] |= MARK;
        }
        b += 1;
    }
    table
};

/// Per ASCII byte, its [`scan`] counts.
static SCAN_COUNTS: [u64; 128] = {
    let mut table = [0u64; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        let other = match byte {
            b'0'..=b'9' => DIGIT_COUNT,
            b'{' | b'}' | b'(' | b')' | b';' | b'=' | b'<' | b'>' | b'[' | b']' => PUNCT_COUNT,
            b',' => COMMA_COUNT,
            b'"' => QUOTE_COUNT,
            b'|' | b'/' => SEPARATOR_COUNT,
            _ => 0,
        };
        table[b] = shape_counts(
            !matches!(byte, b' ' | b'\t'..=b'\r'),
            byte.is_ascii_alphabetic(),
            byte.is_ascii_uppercase(),
            other,
        );
        b += 1;
    }
    table
};

/// Computes the features of `block` for a document in `lang` (None: unknown).
pub fn features(block: &Block, lang: Option<Lang>) -> Features {
    features_lexed::<false>(block, &lex(block), lang, &mut HintCache::default())
}

/// [`features`] from the block's [`lex`] result.
///
/// A block longer than [`lx::FEATURE_SAMPLE_BYTES`] is read from its first
/// that many bytes: its ratios are settled long before, its counts are scaled
/// to its whole length, and a 10 MB text node costs no more than a long
/// paragraph. With `TEXT` (a block of plain text), also its
/// [`Features::furniture`]; a constant, so a build that only classifies
/// markup leaves that test out.
pub fn features_lexed<'a, const TEXT: bool>(
    block: &'a Block,
    lexed: &Lexed,
    lang: Option<Lang>,
    hints: &mut HintCache<'a>,
) -> Features {
    let text = block.text.trim();
    let sample = sample(text);
    let scale = |n: usize| {
        if sample.len() == text.len() {
            n
        } else {
            (n as f64 * text.len() as f64 / sample.len().max(1) as f64) as usize
        }
    };
    let words = &lexed.words;
    let (negative_hint, caption_hint, meta_hint, quote_hint) = block_hints(block, hints);
    let word_count = scale(if lexed.cjk {
        cjk_word_count(sample)
    } else {
        words.len()
    });
    let ends = ends_sentence(text);
    let sentences = scale(lexed.sentences);
    let stop_ratio = stop_ratio(&lexed.stops, lang, ends || sentences >= 2);
    // Only the detectors of short blocks read the lowercase text; every one of
    // them gives up above these lengths before looking at it, so a long
    // paragraph is not lowercased for nothing.
    let short = words.len() <= lx::CREDIT_MAX_WORDS || word_count <= lx::PROMO_MAX_WORDS;
    let lower = if short && sample.len() == text.len() {
        lowercase(text)
    } else {
        String::new()
    };
    let meta = meta_line::<TEXT>(text, &lower, words);
    // A timestamp is no credit ("Published Mar. 4, 2025, 6:12 p.m. ET"
    // would end in a name).
    let credit = if meta {
        None
    } else if TEXT
        && words.len() <= lx::CREDIT_MAX_WORDS
        && text_credit(text, &lower, words.len(), lexed.sentences)
    {
        Some("photo credit")
    } else {
        credit(text, &lower, words)
    };
    let link_density = block.link_density();
    Features {
        words: word_count,
        stop_ratio,
        link_density,
        ends_sentence: ends,
        sentences,
        // Code samples, headings and link text name code, they are not leaked
        // scripts ("Array.prototype.at()" as a title or a menu entry).
        code: if block.inside.pre || block.heading > 0 || link_density > lx::LINK_DENSITY_HIGH {
            None
        } else {
            code_syntax(text, stop_ratio)
        },
        credit,
        ad_label: ad_label(&lower),
        promo: promo::<TEXT>(text, &lower, word_count),
        furniture: if TEXT {
            furniture(&lower, word_count, ends)
        } else {
            None
        },
        appeal: word_count <= lx::STRONG_PROMO_MAX_WORDS && contains_any(&lower, &APPEAL_PHRASES),
        share_bar: share_bar::<TEXT>(&lower, word_count),
        meta,
        copyright: words.len() <= lx::COPYRIGHT_MAX_WORDS
            && (copyright_notice(&lower, words)
                || (TEXT && contains_any(&lower, &TEXT_COPYRIGHT_PHRASES)))
            // A photo's rights after its caption (text mode).
            && !(TEXT && credit.is_some()),
        boilerplate: boilerplate_title(&lower, word_count),
        negative_hint,
        caption_hint,
        meta_hint,
        quote_hint,
        shape: lexed.shape,
    }
}

/// Runs of letters, digits and `_` (the benchmark's `\w+`).
pub fn words(text: &str) -> Vec<&str> {
    Words { text, pos: 0 }.collect()
}

/// A word character of `\w` (letters, digits, `_`), with a fast path for ASCII.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric()
    }
}

/// Iterator behind [`words`]: scans bytes, decoding only non-ASCII characters.
struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.skip_while_word(false);
        if start >= self.text.len() {
            return None;
        }
        let end = self.skip_while_word(true);
        Some(&self.text[start..end])
    }
}

impl Words<'_> {
    /// Advances over characters that are (or are not) word characters and
    /// returns the new position. ASCII bytes are classed by [`WORD_BYTE`].
    #[inline]
    fn skip_while_word(&mut self, word: bool) -> usize {
        self.pos = skip_class(self.text, self.pos, &WORD_BYTE, word, char::is_alphanumeric);
        self.pos
    }
}

/// Byte classes of an ASCII table for [`skip_class`]: an ASCII byte outside
/// the class …
pub(crate) const OUTSIDE: u8 = 0;
/// … one inside it …
pub(crate) const INSIDE: u8 = 1;
/// … and a byte of a non-ASCII character, which must be decoded.
pub(crate) const NON_ASCII: u8 = 2;

/// The position after the characters of `text` from `i` on that are (`inside`)
/// or are not in a class: ASCII bytes by `table`, other characters by `is`.
#[inline]
pub(crate) fn skip_class(
    text: &str,
    mut i: usize,
    table: &[u8; 256],
    inside: bool,
    is: fn(char) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    let want = if inside { INSIDE } else { OUTSIDE };
    while let Some(&b) = bytes.get(i) {
        let class = table[usize::from(b)];
        if class == want {
            i += 1;
        } else if class != NON_ASCII {
            break;
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            if is(c) != inside {
                break;
            }
            i += c.len_utf8();
        }
    }
    i
}

/// Per byte value, its class for [`Words`]: word characters (letters, digits,
/// `_`) are inside.
static WORD_BYTE: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() || byte == b'_' {
            INSIDE
        } else {
            OUTSIDE
        };
        b += 1;
    }
    table
};

/// The first [`lx::FEATURE_SAMPLE_BYTES`] bytes of `text` (cut back to a
/// character boundary), or all of it.
pub fn sample(text: &str) -> &str {
    if text.len() <= lx::FEATURE_SAMPLE_BYTES {
        return text;
    }
    let mut end = lx::FEATURE_SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Word count where each CJK ideograph or kana counts as half a word, so text
/// written without spaces is not taken for a single word. Without CJK
/// characters (their UTF-8 starts at byte 0xE3 or above) it is the number of
/// [`words`], which [`lex`] has already counted.
fn cjk_word_count(text: &str) -> usize {
    let mut words = 0usize;
    let mut cjk = 0usize;
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            cjk += 1;
            in_word = false;
        } else if is_word_char(c) {
            if !in_word {
                words += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
    }
    words + cjk.div_ceil(2)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Counts stopwords of each language over `texts`; the language with the most
/// hits, if it covers at least [`lx::MIN_LANG_SHARE`] of the words.
pub fn detect_lang<'a>(texts: impl Iterator<Item = &'a str>) -> Option<Lang> {
    lang_from_stops(
        texts
            .flat_map(|text| Words { text, pos: 0 })
            .map(stop_langs),
    )
}

/// [`detect_lang`] over blocks already read by [`lex`] (`lexed[i]` is
/// `blocks[i]`'s). A sampled block is read whole again, so the result is the
/// same as from the texts.
pub fn detect_lang_lexed(blocks: &[Block], lexed: &[Lexed]) -> Option<Lang> {
    lang_from_stops(blocks.iter().zip(lexed).flat_map(|(block, lexed)| {
        let text = block.text.trim();
        let sampled = sample(text).len() < text.len();
        let whole = sampled
            .then_some(Words { text, pos: 0 })
            .into_iter()
            .flatten()
            .map(stop_langs);
        let known = (!sampled)
            .then_some(&lexed.stops)
            .into_iter()
            .flatten()
            .copied();
        whole.chain(known)
    }))
}

/// The language with the most stopwords among the first
/// [`lx::MAX_LANG_WORDS`] words, given each word's stopword languages.
fn lang_from_stops(stops: impl Iterator<Item = LangMask>) -> Option<Lang> {
    let mut hits = [0usize; Lang::ALL.len()];
    let mut total = 0usize;
    for langs in stops.take(lx::MAX_LANG_WORDS) {
        total += 1;
        if langs != 0 {
            for (i, hit) in hits.iter_mut().enumerate() {
                *hit += usize::from(langs >> i & 1 == 1);
            }
        }
    }
    let (best, &count) = hits.iter().enumerate().max_by_key(|(_, &h)| h)?;
    (total > 0 && count as f32 >= lx::MIN_LANG_SHARE * total as f32).then_some(Lang::ALL[best])
}

/// Share of words that are stopwords of `lang` (`stops`: each word's stopword
/// languages); without a language, a fixed guess from whether the block reads
/// like sentences.
fn stop_ratio(stops: &[LangMask], lang: Option<Lang>, sentence_like: bool) -> f32 {
    if stops.is_empty() {
        return 0.0;
    }
    let Some(lang) = lang else {
        return if sentence_like {
            lx::UNKNOWN_LANG_PROSE_RATIO
        } else {
            lx::UNKNOWN_LANG_OTHER_RATIO
        };
    };
    let bit = lang_bit(lang);
    let hits = stops.iter().filter(|&&s| s & bit != 0).count();
    hits as f32 / stops.len() as f32
}

/// Closing characters that may follow a sentence's final mark.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '*'
    )
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | ':' | ';') || is_wide_sentence_mark(c)
}

/// Sentence-final marks outside ASCII: CJK full stops and question and
/// exclamation marks, the Devanagari danda (Hindi, Marathi, Nepali; Bengali
/// and Punjabi use it too), the Arabic full stop (Urdu) and question mark,
/// and the Armenian, Ethiopic and Myanmar full stops.
fn is_wide_sentence_mark(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '｡' | '।' | '॥' | '۔' | '؟' | '։' | '።' | '။'
    )
}

/// Whether the text ends like a sentence, closing quotes and brackets aside.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(|c| is_sentence_end(c) && c != ':')
}

/// Ends with an ellipsis ("…", "...", "[…]"): a lead cut off by a teaser.
pub fn cut_off(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches([']', ')']);
    t.ends_with('…') || t.ends_with("...")
}

/// Whether a sentence mark ending at `i` of `text` ends a sentence: followed
/// by whitespace, a closer or the end of the text.
fn mark_ends(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_none_or(|n| n.is_whitespace() || is_closer(n))
}

// ---------------------------------------------------------------------------
// Leaked code.

/// Why `text` reads as CSS, JavaScript or JSON rather than prose, if it does.
pub fn code_syntax(text: &str, stop_ratio: f32) -> Option<&'static str> {
    // Bytes bound the non-space characters counted below.
    if text.len() < lx::CODE_MIN_CHARS {
        return None;
    }
    let trimmed = text.trim();
    let json = json_like(trimmed);
    if !json && stop_ratio > lx::CODE_MAX_STOP_RATIO {
        return None;
    }
    let (non_space, punct) = non_space_and_punct(text);
    if non_space < lx::CODE_MIN_CHARS {
        return None;
    }
    if json {
        return Some("JSON data");
    }
    let punct_share = punct as f32 / non_space as f32;
    // Two or more `{prop:value}` declarations are CSS however long the selectors.
    if text.contains('{') && css_declarations(text) >= 2 {
        return Some("CSS rule syntax");
    }
    if punct_share >= lx::CODE_PUNCT_SHARE
        && js_markers(text, lx::JS_MIN_MARKERS) >= lx::JS_MIN_MARKERS
    {
        return Some("JavaScript syntax");
    }
    if single_call(trimmed) {
        return Some("JavaScript call");
    }
    if punct_share >= lx::CODE_PUNCT_SHARE && markup_tags(text) >= lx::MARKUP_MIN_TAGS {
        return Some("HTML markup");
    }
    None
}

/// Non-whitespace characters, and code punctuation (`{}();=<>:[]`) among them.
/// One table lookup and one addition per byte (the three counts are packed in
/// one word, [`COUNT_BITS`] each); only characters whose lead byte may start
/// Unicode whitespace (0xC2, 0xE1–0xE3) are decoded, and only when there are
/// any.
fn non_space_and_punct(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let field = |packed: u64, at: u32| (packed >> (at * COUNT_BITS) & COUNT_MASK) as usize;
    let (mut starts, mut punct, mut wide) = (0usize, 0usize, 0usize);
    // Chunks short enough that no count overflows its field.
    for chunk in bytes.chunks(COUNT_MASK as usize) {
        let packed: u64 = chunk.iter().map(|&b| BYTE_COUNTS[usize::from(b)]).sum();
        starts += field(packed, 0);
        punct += field(packed, 1);
        wide += field(packed, 2);
    }
    if wide > 0 {
        wide = bytes
            .iter()
            .enumerate()
            .filter(|&(i, &b)| {
                BYTE_COUNTS[usize::from(b)] >> (2 * COUNT_BITS) != 0
                    && text[i..].chars().next().is_some_and(char::is_whitespace)
            })
            .count();
    }
    (starts - wide, punct)
}

/// Bits of each count packed in a [`BYTE_COUNTS`] entry.
const COUNT_BITS: u32 = 21;
const COUNT_MASK: u64 = (1 << COUNT_BITS) - 1;

/// Per byte value, packed counts: field 0 is 1 when the byte starts a
/// character other than ASCII whitespace, field 1 when it is code
/// punctuation, field 2 when it is the lead byte of a character that may be
/// Unicode whitespace.
static BYTE_COUNTS: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let space = matches!(byte, b' ' | b'\t'..=b'\r');
        // UTF-8 continuation bytes are 0x80–0xBF.
        let continuation = byte >= 0x80 && byte < 0xC0;
        if !space && !continuation {
            table[b] |= 1;
        }
        if matches!(
            byte,
            b'{' | b'}' | b'(' | b')' | b';' | b'=' | b'<' | b'>' | b':' | b'[' | b']'
        ) {
            table[b] |= 1 << COUNT_BITS;
        }
        if matches!(byte, 0xC2 | 0xE1..=0xE3) {
            table[b] |= 1 << (2 * COUNT_BITS);
        }
        b += 1;
    }
    table
};

/// `{"key": …, "key": …}` or `[{…}]`.
fn json_like(text: &str) -> bool {
    let opens = text.starts_with('{') || text.starts_with("[{");
    let closes = text.ends_with('}') || text.ends_with(']');
    let keys = sample(text).as_bytes().windows(2).filter(|w| w == b"\":");
    opens && closes && keys.count() >= 2
}

/// Counts `property: value;` / `property: value}` declarations (CSS): a
/// lowercase property name right after `{` or `;` (spaces allowed), a colon,
/// and a short value up to `;` or `}`.
fn css_declarations(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b':' {
            continue;
        }
        let mut j = i;
        while j > 0 && bytes[j - 1] == b' ' {
            j -= 1;
        }
        let name_end = j;
        while j > 0 && (bytes[j - 1].is_ascii_lowercase() || bytes[j - 1] == b'-') {
            j -= 1;
        }
        if j == name_end {
            continue;
        }
        while j > 0 && matches!(bytes[j - 1], b' ' | b'\n' | b'\t') {
            j -= 1;
        }
        if j == 0 || !matches!(bytes[j - 1], b'{' | b';') {
            continue;
        }
        let rest = &bytes[i + 1..bytes.len().min(i + 1 + lx::CSS_VALUE_MAX)];
        if let Some(end) = rest.iter().position(|&b| b == b';' || b == b'}') {
            if !rest[..end].contains(&b'{') {
                count += 1;
            }
        }
    }
    count
}

/// Counts distinct JavaScript markers, up to `enough`: one scan of the text
/// per [`PhraseBatch`] of them, not one per marker.
fn js_markers(text: &str, enough: usize) -> usize {
    let mut count = 0;
    for batch in JS_MARKERS.batches() {
        if count >= enough {
            break;
        }
        count += batch.count_found(text, enough - count);
    }
    count
}

/// One call statement with no spaces outside its arguments, like
/// `placeAd("S300");` or `_satellite.pageBottom();`, possibly in CDATA comments.
fn single_call(text: &str) -> bool {
    let t = text.strip_prefix("/*<![CDATA[*/").unwrap_or(text);
    let t = t.strip_suffix("/*]]>*/").unwrap_or(t);
    let t = t.trim().trim_end_matches(';');
    let Some(open) = t.find('(') else {
        return false;
    };
    let callee = &t[..open];
    !callee.is_empty()
        && t.ends_with(')')
        && callee
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.'))
        && callee.contains(|c: char| c.is_ascii_alphabetic())
        && !callee.ends_with('.')
}

/// Counts HTML tags (`<div class=…>`, `</div>`) in text.
fn markup_tags(text: &str) -> usize {
    let bytes = text.as_bytes();
    bytes
        .windows(2)
        .filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
        .count()
}

// ---------------------------------------------------------------------------
// Captions and credits.

/// Why `text` reads as a photo caption or credit, if it does.
pub fn credit(text: &str, lower: &str, words: &[&str]) -> Option<&'static str> {
    if words.is_empty() {
        return None;
    }
    if credit_opener(lower, words) {
        return Some("photo credit");
    }
    if words.len() > lx::CREDIT_MAX_WORDS {
        return None;
    }
    if agency_tail(lower) || bracket_credit(lower) || tail_credit(lower) || shot_by(lower) {
        return Some("ends in a photo credit");
    }
    if name_tail(text) {
        return Some("ends in a photo credit");
    }
    None
}

/// Text mode's own credits (a page's captions have markup), alone or after
/// the caption's sentence: "Photo / Supplied" (a slash after the credit
/// word), the credit words of [`TEXT_CREDIT_OPENERS`] ("Иллюстрация: …"),
/// "… en période scolaire. © Tous droits réservés" (rights reserved on the
/// photo, after a sentence), a Korean caption's credit and an agency's
/// initials over the photographer ("APA/Gerald Fuchsbichler").
fn text_credit(text: &str, lower: &str, words: usize, sentences: usize) -> bool {
    // A credit word and its mark.
    let opens = |s: &str, openers: &[&str], marks: &[char]| {
        openers.iter().any(|o| {
            s.strip_prefix(o)
                .is_some_and(|r| r.trim_start().starts_with(marks))
        })
    };
    let first = lower.as_bytes().first();
    if opens(
        lower,
        TEXT_CREDIT_OPENERS.starting_with(first),
        &['/', ':', '：'],
    ) {
        return true;
    }
    // `credit` reads the words of `CREDIT_OPENERS` before a colon: only a
    // slash after them is new.
    if opens(lower, CREDIT_OPENERS.starting_with(first), &['/'])
        || words <= 2 * lx::CREDIT_TAIL_MAX_WORDS && slash_credit(text)
    {
        return true;
    }
    // After the caption's sentence the credit ends the text, with no full
    // stop, and is short: only the text's last bytes hold the sentence's end.
    let full_stop = "。";
    if sentences == 0 && (text.is_ascii() || !text.contains(full_stop)) || ends_sentence(text) {
        return false;
    }
    let (from, window) = credit_window(lower);
    let b = window.as_bytes();
    let full_stop = full_stop.as_bytes();
    let cut = (1..b.len())
        .rev()
        .find(|&i| b[i - 1] == b'.' && b[i] == b' ')
        .map(|i| i + 1)
        .or_else(|| {
            (!window.is_ascii())
                .then(|| (0..b.len()).rev().find(|&i| b[i..].starts_with(full_stop)))
                .flatten()
                .map(|i| i + full_stop.len())
        });
    // A Korean caption's credit: "… 전시 전경. 한결시립미술관 제공" (provided
    // by), "… 지나고 있다. /이도윤 기자" (reporter), "…. 사진 한결시립미술관".
    let korean = |t: &str| {
        t.ends_with(" 제공") || t.starts_with('/') && t.ends_with(" 기자") || t.starts_with("사진 ")
    };
    cut.is_some_and(|at| {
        let tail = window[at..].trim_start();
        let first = tail.as_bytes().first();
        let marks = &['/', ':', '：'];
        opens(tail, TEXT_CREDIT_OPENERS.starting_with(first), marks)
            || opens(tail, CREDIT_OPENERS.starting_with(first), marks)
            || korean(tail)
            || tail.starts_with('©')
                && self::words(&lower[..from + at]).len() >= lx::RIGHTS_CAPTION_MIN_WORDS
    })
}

/// An agency's initials and the photographer's name, or the reverse, alone
/// on a line: "APA/Gerald Fuchsbichler", "Jane Roe/AP" (text mode).
fn slash_credit(text: &str) -> bool {
    let Some((a, b)) = text.trim().split_once('/') else {
        return false;
    };
    let initials = |s: &str| {
        let s = s.trim();
        (2..=8).contains(&s.len()) && s.chars().all(char::is_uppercase)
    };
    let name = |s: &str| {
        let n = s.split_whitespace().count();
        (1..=lx::CREDIT_TAIL_MAX_WORDS).contains(&n)
            && s.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    };
    !b.contains('/') && name(a) && name(b) && (initials(a) || initials(b))
}

/// "Photo: …", "Credit: …", "Foto: …/dpa", "(Photo by …)", "[사진=…]".
fn credit_opener(lower: &str, words: &[&str]) -> bool {
    let lower = lower.trim_start_matches(['(', '[', '（']);
    let copyright_mark = lower.starts_with('©') && !copyright_notice(lower, words);
    (opens_credit(lower) || copyright_mark) && words.len() <= 16
}

/// Opens like a credit: "Photo: …", "Photo by …", "Courtesy of …".
fn opens_credit(lower: &str) -> bool {
    opens_with_credit(lower)
        || CREDIT_BY
            .starting_with(lower.as_bytes().first())
            .iter()
            .any(|o| lower.starts_with(o))
}

/// Ends with a photographer's credit after the name: "记者 林晓雯 摄", "（通讯员
/// 韩松 摄）" (摄, "photographed"; "拍摄", "filmed", has no space), "＝田中健一撮影"
/// (a Japanese caption's credit after an equals sign).
fn shot_by(lower: &str) -> bool {
    let t = lower.trim_end().trim_end_matches([')', '）']).trim_end();
    t.ends_with(" 摄") || t.ends_with("撮影")
}

/// The text's last [`lx::CREDIT_AFTER_SENTENCE_MAX_BYTES`] bytes (from a
/// character's start), where a credit after a caption's sentence starts, and
/// where they start.
fn credit_window(lower: &str) -> (usize, &str) {
    let mut from = lower
        .len()
        .saturating_sub(lx::CREDIT_AFTER_SENTENCE_MAX_BYTES);
    while !lower.is_char_boundary(from) {
        from += 1;
    }
    (from, &lower[from..])
}

/// Ends with a credit after a sentence or a dash: "… on Friday. Photo by Ana
/// Ruiz/Northwind", "… na quinta-feira — Foto: Arquivo pessoal", "… in 1971.
/// Courtesy of the Ruiz family".
fn tail_credit(lower: &str) -> bool {
    // The credit is short: only the text's last bytes can hold its start.
    let (_, tail) = credit_window(lower);
    tail.char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '—' | '–' | '-' | '|' | '·'))
        .any(|(i, c)| {
            let rest = &tail[i + c.len_utf8()..];
            rest.starts_with(' ')
                && opens_credit(rest.trim_start().trim_start_matches('/'))
                && words(rest).len() <= lx::CREDIT_AFTER_SENTENCE_MAX_WORDS
        })
}

/// Opens with a credit word and its mark: "photo:", "图片来源：", "사진=".
fn opens_with_credit(lower: &str) -> bool {
    CREDIT_OPENERS
        .starting_with(lower.as_bytes().first())
        .iter()
        .any(|o| {
            lower.starts_with(o)
                && lower[o.len()..]
                    .trim_start()
                    .starts_with([':', '：', '=', '©', '・'])
        })
}

/// Ends with a bracketed credit: "… (Photo: Ana Ruiz)", "…（图片来源：…）",
/// "… [사진=…]", or who provided the picture: "…（北浜市提供）", "… [해솔군 제공]".
fn bracket_credit(lower: &str) -> bool {
    let t = lower.trim_end();
    let Some(close) = t.chars().next_back() else {
        return false;
    };
    let open = match close {
        ')' => '(',
        '）' => '（',
        ']' => '[',
        _ => return false,
    };
    let inner = &t[..t.len() - close.len_utf8()];
    inner.rfind(open).is_some_and(|at| {
        let credit = inner[at + open.len_utf8()..].trim_start();
        opens_with_credit(credit) || credit.ends_with("提供") || credit.ends_with("제공")
    })
}

/// A site's copyright notice: "© 2019 Example Media", "Copyright 2003-2019 …",
/// "… All rights reserved." — a © with a year or a rights phrase, unless it
/// ends with a photo agency ("© 2019 Getty Images" credits a photo).
pub fn copyright_notice(lower: &str, words: &[&str]) -> bool {
    let marked = lower.starts_with('©') || lower.starts_with("copyright") || has_bytes(lower, " ©");
    let year = words.iter().any(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    });
    let rights = contains_any(lower, &COPYRIGHT_PHRASES);
    (rights || marked && year) && !agency_tail(lower)
}

/// Ends with a news agency or stock-photo name ("via REUTERS", "Getty
/// Images", "ZUMAPRESS.com") and not with a sentence mark: "… reviewed by
/// Reuters." is prose.
fn agency_tail(lower: &str) -> bool {
    let t = lower.trim_end().trim_end_matches(is_closer);
    if t.ends_with(['.', '!', '?', '…']) && !t.ends_with(".com") {
        return false;
    }
    let tail = t.strip_suffix(".com").unwrap_or(t);
    let mut last: Vec<&str> = tail
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    last.reverse();
    let joined = last.join(" ");
    let last_byte = joined.as_bytes().last();
    lx::CREDIT_AGENCIES.iter().any(|a| {
        // A cheap last-byte test before each comparison.
        a.as_bytes().last() == last_byte && joined.ends_with(a) && {
            // whole-word match: the char before the agency name is a boundary
            let before = joined.len() - a.len();
            before == 0 || joined.as_bytes()[before - 1] == b' '
        }
    })
}

/// A finished sentence followed by a short run of capitalised words without
/// final punctuation: "… in Hungary. White House".
fn name_tail(text: &str) -> bool {
    let t = text.trim_end();
    if ends_sentence(t) {
        return false;
    }
    let Some(cut) = t.rfind(['.', '!', '?', '”', '"']) else {
        return false;
    };
    let head = &t[..cut];
    let tail = t[cut..]
        .trim_start_matches(['.', '!', '?', '”', '"'])
        .trim();
    let tail_words: Vec<&str> = tail.split_whitespace().collect();
    !tail_words.is_empty()
        && tail_words.len() <= lx::CREDIT_TAIL_MAX_WORDS
        && Words { text: head, pos: 0 }.nth(7).is_some()
        && tail_words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(
                    *w,
                    "via" | "of" | "and" | "for" | "the" | "/" | "&" | "|" | "-"
                )
        })
}

// ---------------------------------------------------------------------------
// Clutter text.

fn strip_trailing_punct(lower: &str) -> &str {
    lower
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// The whole text is an ad-slot label, alone or before a separator.
pub fn ad_label(lower: &str) -> bool {
    let t = strip_trailing_punct(lower);
    t.len() <= 48
        && t.split(['·', '•', '|'])
            .next()
            .is_some_and(|head| lx::AD_LABELS.contains(head.trim()))
}

/// A call to action: opens with a promo verb, or is short and names one (in
/// text mode, also one of [`lx::TEXT_PROMO_PHRASES`]).
pub fn promo<const TEXT: bool>(text: &str, lower: &str, words: usize) -> bool {
    if words == 0 || words > lx::PROMO_MAX_WORDS {
        return false;
    }
    let start = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // The rest of the text after the opener, if one opens it.
    let after = PROMO_OPENERS.opening(start);
    let opener = after.is_some();
    // "Read more: <a linked headline>." is a promo however the headline ends.
    let labelled = after.is_some_and(|rest| rest.trim_start().starts_with([':', '：']));
    let plain_sentence = text.trim_end().ends_with('.') && words > 12;
    if (opener && (!plain_sentence || labelled)) || email_address(text) {
        return true;
    }
    if TEXT
        && (lx::NOTICE_MIN_WORDS..=lx::STRONG_PROMO_MAX_WORDS).contains(&words)
        && contains_any(lower, &TEXT_NOTICE_PHRASES)
    {
        return true;
    }
    if TEXT
        && (2..=lx::SHORT_PROMO_MAX_WORDS).contains(&words)
        && !ends_sentence(text)
        && contains_any(lower, &TEXT_SHORT_PROMO_PHRASES)
    {
        return true;
    }
    if TEXT
        && words <= lx::SHOP_LINE_MAX_WORDS
        && shop_line(
            text.trim_start_matches(|c: char| !c.is_alphanumeric()),
            start,
        )
    {
        return true;
    }
    if words <= lx::STRONG_PROMO_MAX_WORDS
        && if TEXT {
            found_any(lower, TEXT_STRONG_PROMO_WORDS.batches())
        } else {
            contains_any(lower, &STRONG_PROMO_WORDS)
        }
    {
        return true;
    }
    words <= 20
        && !plain_sentence
        && if TEXT {
            found_any(lower, TEXT_PROMO_WORDS.batches())
        } else {
            contains_any(lower, &PROMO_WORDS)
        }
}

/// Text mode: a shop's button ("Buy at Trailhaus") or a price at a shop
/// ("$94 at Amazon", "279,99 € chez Boulanvert"): the shop's name is
/// capitalised. `lower` is `text` in lowercase.
fn shop_line(text: &str, lower: &str) -> bool {
    let mut tokens = text.split_whitespace();
    let mut lowers = lower.split_whitespace();
    let opener = lx::SHOP_OPENERS.iter().find(|o| lower.starts_with(*o));
    let skip = if let Some(o) = opener {
        o.split_whitespace().count()
    } else {
        let price = |t: &str| {
            t.bytes().any(|b| b.is_ascii_digit())
                && t.chars()
                    .all(|c| c.is_ascii_digit() || ".,$€£¥".contains(c))
        };
        let currency = |t: &str| ["€", "$", "£", "¥", "kr", "zł", "tl"].contains(&t);
        let Some(first) = lowers.next().filter(|t| price(t)) else {
            return false;
        };
        let mut at = 1;
        let mut next = lowers.next();
        if !first.starts_with(['$', '€', '£', '¥']) && next.is_some_and(currency) {
            next = lowers.next();
            at += 1;
        }
        if !next.is_some_and(|w| lx::SHOP_AFTER_PRICE.contains(w)) {
            return false;
        }
        at + 1
    };
    tokens
        .nth(skip)
        .is_some_and(|shop| shop.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Whether `hay` contains `needle`: a plain byte scan for the few short
/// needles searched outside the phrase lists (std's substring search brings
/// 1.5 KB of wasm for them).
pub fn has_bytes(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len().max(1))
        .any(|w| w == needle.as_bytes())
}

/// Whether `hay` contains any of `needles`. For the short texts the phrase
/// lists are matched against: one scan per batch of [`NEEDLE_BATCH`] needles,
/// testing at each position only the needles whose first two bytes are there,
/// instead of one substring search per needle.
fn contains_any(hay: &str, needles: &Phrases) -> bool {
    needles.batches().iter().any(|batch| batch.found_in(hay))
}

fn found_any(hay: &str, batches: &[PhraseBatch]) -> bool {
    batches.iter().any(|batch| batch.found_in(hay))
}

/// A phrase list and its [`PhraseBatch`]es, built on first use: the lists
/// are matched against every short block.
struct Phrases {
    list: lx::Words,
    index: OnceLock<Vec<PhraseBatch>>,
}

impl Phrases {
    const fn new(list: lx::Words) -> Phrases {
        Phrases {
            list,
            index: OnceLock::new(),
        }
    }

    fn batches(&self) -> &[PhraseBatch] {
        self.index
            .get_or_init(|| PhraseBatch::all(self.list.iter()))
    }
}

/// Text mode: a phrase list and its text-only additions matched as one, in
/// one scan per batch instead of a scan more for the additions (a type of its
/// own, so the extension's wasm, which has no text mode, does not carry it).
struct TextPhrases {
    shared: lx::Words,
    text_only: lx::Words,
    index: OnceLock<Vec<PhraseBatch>>,
}

impl TextPhrases {
    const fn new(shared: lx::Words, text_only: lx::Words) -> TextPhrases {
        TextPhrases {
            shared,
            text_only,
            index: OnceLock::new(),
        }
    }

    fn batches(&self) -> &[PhraseBatch] {
        self.index
            .get_or_init(|| PhraseBatch::all(self.shared.iter().chain(self.text_only.iter())))
    }
}

static COPYRIGHT_PHRASES: Phrases = Phrases::new(lx::COPYRIGHT_PHRASES);
static STRONG_PROMO_WORDS: Phrases = Phrases::new(lx::STRONG_PROMO_WORDS);
static PROMO_WORDS: Phrases = Phrases::new(lx::PROMO_WORDS);
static APPEAL_PHRASES: Phrases = Phrases::new(lx::APPEAL_PHRASES);
static CONTRIBUTOR_PHRASES: Phrases = Phrases::new(lx::CONTRIBUTOR_PHRASES);
static POSTED_PHRASES: Phrases = Phrases::new(lx::POSTED_PHRASES);
static TEXT_POSTED: TextPhrases = TextPhrases::new(lx::POSTED_PHRASES, lx::TEXT_POSTED_PHRASES);
static JS_MARKERS: Phrases = Phrases::new(lx::JS_MARKERS);
static LEGAL_TITLES: Phrases = Phrases::new(lx::LEGAL_TITLES);
static COOKIE_WORDS: Phrases = Phrases::new(lx::COOKIE_WORDS);
static CONSENT_WORDS: Phrases = Phrases::new(lx::CONSENT_WORDS);
static TEXT_COPYRIGHT_PHRASES: Phrases = Phrases::new(lx::TEXT_COPYRIGHT_PHRASES);
static FEEDBACK_PHRASES: Phrases = Phrases::new(lx::FEEDBACK_PHRASES);
static TEXT_SHORT_PROMO_PHRASES: Phrases = Phrases::new(lx::TEXT_SHORT_PROMO_PHRASES);
static TEXT_NOTICE_PHRASES: Phrases = Phrases::new(lx::TEXT_NOTICE_PHRASES);
static TEXT_PROMO_WORDS: TextPhrases = TextPhrases::new(lx::PROMO_WORDS, lx::TEXT_PROMO_WORDS);
static TEXT_STRONG_PROMO_WORDS: TextPhrases =
    TextPhrases::new(lx::STRONG_PROMO_WORDS, lx::TEXT_PROMO_PHRASES);

/// Needles a [`PhraseBatch`] holds: one bit each of a `u32`.
const NEEDLE_BATCH: usize = 32;

/// Up to [`NEEDLE_BATCH`] needles, as bits by their first and second bytes.
struct PhraseBatch {
    needles: Vec<&'static str>,
    /// Per byte value, the needles that start with it …
    first: [u32; 256],
    /// … and those whose second byte it is.
    second: [u32; 256],
    /// One-byte needles: they match whatever follows.
    single: u32,
    /// Empty needles: found everywhere.
    empty: u32,
}

impl PhraseBatch {
    fn all(list: impl Iterator<Item = &'static str>) -> Vec<PhraseBatch> {
        let needles: Vec<&'static str> = list.collect();
        needles
            .chunks(NEEDLE_BATCH)
            .map(|chunk| {
                let mut batch = PhraseBatch {
                    needles: chunk.to_vec(),
                    first: [0; 256],
                    second: [0; 256],
                    single: 0,
                    empty: 0,
                };
                for (k, n) in chunk.iter().enumerate() {
                    let bit = 1 << k;
                    match *n.as_bytes() {
                        [] => batch.empty |= bit,
                        [a] => {
                            batch.first[usize::from(a)] |= bit;
                            batch.single |= bit;
                        }
                        [a, b, ..] => {
                            batch.first[usize::from(a)] |= bit;
                            batch.second[usize::from(b)] |= bit;
                        }
                    }
                }
                batch
            })
            .collect()
    }

    fn found_in(&self, hay: &str) -> bool {
        let bytes = hay.as_bytes();
        self.empty != 0
            || (0..bytes.len()).any(|i| {
                let next = bytes.get(i + 1).map_or(0, |&b| self.second[usize::from(b)]);
                let mut candidates = self.first[usize::from(bytes[i])] & (next | self.single);
                while candidates != 0 {
                    let k = candidates.trailing_zeros() as usize;
                    if bytes[i..].starts_with(self.needles[k].as_bytes()) {
                        return true;
                    }
                    candidates &= candidates - 1;
                }
                false
            })
    }

    /// How many distinct needles `hay` contains, counting up to `enough`.
    fn count_found(&self, hay: &str, enough: usize) -> usize {
        let bytes = hay.as_bytes();
        let mut found = self.empty;
        let mut count = found.count_ones() as usize;
        for i in 0..bytes.len() {
            if count >= enough {
                break;
            }
            let next = bytes.get(i + 1).map_or(0, |&b| self.second[usize::from(b)]);
            let mut candidates = self.first[usize::from(bytes[i])] & (next | self.single) & !found;
            while candidates != 0 {
                let k = candidates.trailing_zeros();
                if bytes[i..].starts_with(self.needles[k as usize].as_bytes()) {
                    found |= 1 << k;
                    count += 1;
                }
                candidates &= candidates - 1;
            }
        }
        count.min(enough)
    }
}

/// Holds an e-mail address (a contact line: "Email Jane at jane@example.com").
fn email_address(text: &str) -> bool {
    text.split_whitespace().any(|token| {
        let t = token.trim_matches(|c: char| !c.is_alphanumeric());
        match t.split_once('@') {
            Some((user, domain)) => {
                !user.is_empty() && domain.contains('.') && !domain.starts_with('.')
            }
            None => false,
        }
    })
}

/// An author's bio ("Ana Ruiz is a reporter at the Ledger covering …") or a
/// reader's comment under a handle ("gianni_73 — Ventuno anni …",
/// "ferry_fan: Finally!"): the end matter of an article in scraped text.
pub fn endmatter(text: &str, word_count: usize) -> Option<&'static str> {
    if !(lx::COMMENT_MIN_WORDS..=lx::BIO_MAX_WORDS).contains(&word_count) {
        return None;
    }
    let mut tokens = Words { text, pos: 0 };
    // A handle: one token with an underscore, or letters then digits.
    let first = tokens.next()?;
    let handle = first.contains('_')
        || (first.len() > 2
            && first.ends_with(|c: char| c.is_ascii_digit())
            && first.starts_with(char::is_lowercase));
    if handle {
        // The comment starts after a mark right after the handle.
        let before = text
            .find([':', '—', '–', '·'])
            .map_or(usize::MAX, |i| words(&text[..i]).len());
        if (1..=lx::HANDLE_MAX_WORDS).contains(&before)
            && word_count >= before + lx::COMMENT_MIN_WORDS
        {
            return Some("reader comment");
        }
    }
    // A bio opens with a capitalised name of two to four words …
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    if !capitalised(first) {
        return None;
    }
    let mut last = first;
    let mut name_words = 1;
    let mut next = tokens.next();
    while let Some(w) = next.filter(|w| capitalised(w)) {
        last = w;
        name_words += 1;
        next = tokens.next();
    }
    if !(2..=4).contains(&name_words) {
        return None;
    }
    // … then a verb (`last` is a slice of `text`) …
    let after_name = (last.as_ptr() as usize)
        .checked_sub(text.as_ptr() as usize)
        .and_then(|start| text.get(start + last.len()..))
        .unwrap_or("");
    if !lx::BIO_VERBS.iter().any(|v| after_name.starts_with(v)) {
        return None;
    }
    // … and a role.
    let role = next
        .into_iter()
        .chain(tokens)
        .take(lx::BIO_ROLE_REACH)
        .any(|w| {
            lx::BIO_ROLES.iter().any(|r| {
                // `r` opens the lowercase word, with a short ending after it.
                let mut chars = w.chars().flat_map(char::to_lowercase);
                r.chars().all(|c| chars.next() == Some(c))
                    && chars.count() <= lx::ROLE_SUFFIX_MAX_CHARS
            })
        });
    role.then_some("author bio")
}

/// Page furniture that no markup needs to give away: a skip link ("Skip to
/// main content"), a tag list ("Tags: travel, Europe"), a breadcrumb trail
/// ("Home » News » National"), a cookie notice, a page-feedback question
/// or a gallery's counter (text mode only computes it).
pub fn furniture(lower: &str, words: usize, ends_sentence: bool) -> Option<&'static str> {
    if words == 0 || words > lx::COOKIE_NOTICE_MAX_WORDS {
        return None;
    }
    if contains_any(lower, &COOKIE_WORDS) && contains_any(lower, &CONSENT_WORDS) {
        return Some("cookie notice");
    }
    if words > lx::NAV_LINE_MAX_WORDS {
        return None;
    }
    // A question, one scan of the phrases; a counter, four words at most.
    if lower.contains('?') && contains_any(lower, &FEEDBACK_PHRASES) {
        return Some("page feedback");
    }
    if words <= 4 && lower.bytes().any(|b| b.is_ascii_digit()) && gallery_counter(lower) {
        return Some("gallery counter");
    }
    let start = lower.trim_start();
    if SKIP_LINK_OPENERS.opening(start).is_some() {
        return Some("skip link");
    }
    if TAG_LABELS
        .opening(start)
        .is_some_and(|rest| rest.trim_start().starts_with([':', '：']))
    {
        return Some("tag list");
    }
    // Separators are rare in short lines: one scan for any of their
    // characters before counting each. A trail's steps are names, never a
    // labelled value ("Storage: 256GB / 512GB / 1TB").
    let trail = !ends_sentence
        && lower.contains(['»', '›', '>', '/', '→'])
        && !labelled_values(lower)
        && lx::BREADCRUMB_SEPARATORS.iter().any(|sep| {
            lower
                .as_bytes()
                .windows(sep.len())
                .filter(|w| *w == sep.as_bytes())
                .count()
                >= lx::BREADCRUMB_MIN_SEPARATORS
        });
    trail.then_some("breadcrumb")
}

/// Only share-target names (and counts, separators).
pub fn share_bar<const TEXT: bool>(lower: &str, words: usize) -> bool {
    if words == 0 || words > 10 {
        return false;
    }
    let mut named = 0;
    for w in self::words(lower) {
        if w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if SHARE_WORDS.contains(w)
            || (TEXT && TEXT_SHARE_WORDS.contains(w))
            || w == "on"
            || w == "this"
            || w == "article"
        {
            named += 1;
        } else {
            return false;
        }
    }
    named > 0
}

/// A byline ("By Jane Doe and Ali Khan") or a timestamp line ("Updated 3:04 p.m.
/// ET, Nov. 5, 2024", "5 min read").
pub fn meta_line<const TEXT: bool>(text: &str, lower: &str, words: &[&str]) -> bool {
    if words.is_empty() {
        return false;
    }
    if words.len() <= lx::PROMO_MAX_WORDS && {
        let start = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
        contains_any(lower, &CONTRIBUTOR_PHRASES)
            || lx::CONTRIBUTOR_OPENERS.iter().any(|p| start.starts_with(p))
    } {
        return true;
    }
    let ends = ends_sentence(text);
    if words.len() <= lx::POSTED_MAX_WORDS
        && !ends
        && if TEXT {
            found_any(lower, TEXT_POSTED.batches())
        } else {
            contains_any(lower, &POSTED_PHRASES)
        }
    {
        return true;
    }
    // Text mode: a publication line may be longer when it opens with a date
    // word ("Published Tue, Apr 22 2025 8:14 AM EDT Updated …").
    let long_dateline = TEXT
        && words.len() > lx::META_MAX_WORDS
        && words.len() <= lx::POSTED_MAX_WORDS
        && !ends
        && date_word(words[0]);
    if words.len() > lx::META_MAX_WORDS && !long_dateline {
        return false;
    }
    let byline = !ends
        && lx::BYLINE_OPENERS.iter().any(|o| {
            lower.starts_with(o)
                && lower[o.len()..].starts_with(' ')
                && text[o.len()..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase())
        });
    if byline {
        return true;
    }
    let digits = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .count();
    let date_words = words.iter().filter(|w| date_word(w)).count();
    let dated = (digits >= 1 && date_words >= 1 || numeric_date(text))
        && digits + date_words >= words.len() / 2
        || TEXT
            && !ends
            && (cjk_date_line(text)
                || text.starts_with(|c: char| c.is_ascii_digit())
                    && (minute_mark(text) || spaced_date(text)));
    // Reading time: "5 min read", or a badge of the minutes alone ("6 Min").
    dated
        || digits >= 1
            && (lower.ends_with(" read")
                || words.len() == 2 && (lower.ends_with(" min") || lower.ends_with(" mins")))
}

/// A word list grouped by first byte on first use: the lists below are
/// scanned for every short block (or every word of one).
struct ByFirstByte {
    list: lx::Words,
    groups: OnceLock<Vec<Vec<&'static str>>>,
}

impl ByFirstByte {
    const fn new(list: lx::Words) -> ByFirstByte {
        ByFirstByte {
            list,
            groups: OnceLock::new(),
        }
    }

    /// The listed words whose first byte is `first` (the empty word, if
    /// listed, for none): the only ones a text starting so can start with or
    /// equal.
    fn starting_with(&self, first: Option<&u8>) -> &[&'static str] {
        // One group per byte value, and the empty word's last.
        let group = |first: Option<&u8>| first.map_or(256, |&b| usize::from(b));
        let groups = self.groups.get_or_init(|| {
            let mut groups = vec![Vec::new(); 257];
            for w in self.list.iter() {
                groups[group(w.as_bytes().first())].push(w);
            }
            groups
        });
        &groups[group(first)]
    }

    fn contains(&self, word: &str) -> bool {
        self.starting_with(word.as_bytes().first()).contains(&word)
    }

    /// The listed words that `text` lowercased may start with or equal:
    /// those starting with the first byte of its first character lowercased
    /// (none, for most texts, and then `text` need not be lowercased).
    fn lowercase_candidates(&self, text: &str) -> &[&'static str] {
        let mut utf8 = [0u8; 4];
        let first = text
            .chars()
            .next()
            .and_then(|c| c.to_lowercase().next())
            .map(|c| c.encode_utf8(&mut utf8).as_bytes()[0]);
        self.starting_with(first.as_ref())
    }

    /// The listed words that `text` lowercased may open with: those of
    /// [`ByFirstByte::lowercase_candidates`] whose first four bytes, where
    /// ASCII, are `text`'s lowercased. A text most words cannot open need not
    /// be lowercased.
    fn may_open<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'static str> + Clone + 'a {
        self.lowercase_candidates(text)
            .iter()
            .copied()
            .filter(move |w| {
                w.bytes()
                    .zip(text.bytes())
                    .take(4)
                    .all(|(a, b)| !a.is_ascii() || a == b.to_ascii_lowercase())
            })
    }

    /// The rest of `text` after a listed word that opens it as a whole word
    /// ("read more: …", not "readmore…"), if one does.
    fn opening<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.starting_with(text.as_bytes().first())
            .iter()
            .find_map(|o| {
                text.strip_prefix(o)
                    .filter(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            })
    }
}

static PROMO_OPENERS: ByFirstByte = ByFirstByte::new(lx::PROMO_OPENERS);
static SKIP_LINK_OPENERS: ByFirstByte = ByFirstByte::new(lx::SKIP_LINK_OPENERS);
static TAG_LABELS: ByFirstByte = ByFirstByte::new(lx::TAG_LABELS);
static CREDIT_OPENERS: ByFirstByte = ByFirstByte::new(lx::CREDIT_OPENERS);
static TEXT_CREDIT_OPENERS: ByFirstByte = ByFirstByte::new(lx::TEXT_CREDIT_OPENERS);
static CREDIT_BY: ByFirstByte = ByFirstByte::new(lx::CREDIT_BY);
static SHARE_WORDS: ByFirstByte = ByFirstByte::new(lx::SHARE_WORDS);
static TEXT_SHARE_WORDS: ByFirstByte = ByFirstByte::new(lx::TEXT_SHARE_WORDS);
static DATE_WORDS: ByFirstByte = ByFirstByte::new(lx::DATE_WORDS);
static COMMENT_COUNT_WORDS: ByFirstByte = ByFirstByte::new(lx::COMMENT_COUNT_WORDS);
static COMMENT_TITLES: ByFirstByte = ByFirstByte::new(lx::COMMENT_TITLES);
static INGREDIENT_TITLES: ByFirstByte = ByFirstByte::new(lx::INGREDIENT_TITLES);
static METHOD_TITLES: ByFirstByte = ByFirstByte::new(lx::METHOD_TITLES);

/// A numeric date or time: `2019-11-20`, `20.11.2019`, `11/20/2019`, `17:27`,
/// `17:27:46`, `14h32` (fr, pt, es). A date has three parts of one, two or four
/// digits; a time's hour is at most 24 and its minutes and seconds are two
/// digits under 60. So a score ("4:2", "141:98") or a figure ("18.420.300")
/// in a table row is no date.
fn numeric_date(text: &str) -> bool {
    text.split_whitespace().any(|token| {
        // Up to three numbers of up to four digits, and the one separator between them.
        let (mut values, mut lens, mut sep, mut n) = ([0u32; 3], [0usize; 3], 0u8, 0);
        for &b in token.trim_matches(|c: char| !c.is_ascii_digit()).as_bytes() {
            if b.is_ascii_digit() && lens[n] < 4 {
                values[n] = values[n] * 10 + u32::from(b - b'0');
                lens[n] += 1;
            } else if n < 2 && b".-/:h".contains(&b) && (sep == 0 || sep == b) && lens[n] > 0 {
                sep = b;
                n += 1;
            } else {
                return false;
            }
        }
        match sep {
            0 => false,
            b':' | b'h' => {
                lens[0] <= 2
                    && values[0] <= 24
                    && (1..=n).all(|g| lens[g] == 2 && values[g] < 60)
                    && (sep == b':' || n == 1)
            }
            _ => n == 2 && !lens.contains(&3) && !values.contains(&0),
        }
    })
}

/// One of [`lx::DATE_WORDS`], in any case.
#[inline(always)]
fn date_word(w: &str) -> bool {
    if w.is_ascii() {
        let first = w.as_bytes()[0].to_ascii_lowercase();
        DATE_WORDS
            .starting_with(Some(&first))
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    } else {
        lx::DATE_WORDS.contains(&lowercase(w))
    }
}

/// The value of a labelled value alone on its line: a label of one to
/// [`lx::FACT_LABEL_MAX_WORDS`] words that opens with a capital letter, a
/// colon, a value that is no sentence (a reader's comment after a name is)
/// ("Regi: Johanna Lindqvist",
/// "Costo: entrada libre", "発売日：2025年11月20日"; text mode, see
/// `classify::fact_boxes`).
pub fn labelled_value(text: &str) -> Option<&str> {
    let t = text.trim();
    // Most lines have no colon: a byte search rules them out first.
    if !t.as_bytes().contains(&b':') && t.is_ascii() {
        return None;
    }
    let at = t.find([':', '：'])?;
    let mark = if t[at..].starts_with(':') {
        1
    } else {
        '：'.len_utf8()
    };
    let (label, value) = (t[..at].trim_end(), t[at + mark..].trim());
    (!value.is_empty()
        && !ends_sentence(value)
        && !label.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && (1..=lx::FACT_LABEL_MAX_WORDS).contains(&label.split_whitespace().count()))
    .then_some(value)
}

/// A line of a code sample as a programming post gives it, one statement or
/// command per line ("app = FastAPI()", "sudo restic init --repo /srv/r",
/// "from fastapi import FastAPI"): it opens with a lowercase ASCII letter or
/// a sigil (`@ . / $ { < # ~ _`), holds no sentence end ("…. Then") and
/// does not end like one (text mode; see `classify::code_samples`).
pub fn code_line(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(|c: char| c.is_ascii_lowercase() || "@./${<#~_".contains(c))
        && !t.ends_with(['.', '!', '?'])
        && !t.contains(". ")
}

/// Whether a line shows code syntax: an assignment, braces, a path, a
/// command's option, a call (`name(`), a decorator or a snake_case name.
pub fn code_marks(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().any(|c| b"={}/\\@_".contains(c))
        || text.contains("--")
        || text.contains("&&")
        || b.windows(2)
            .any(|w| w[1] == b'(' && (w[0].is_ascii_alphanumeric() || w[0] == b'_'))
}

/// A live blog's time stamp alone on its line: a minute mark ("87'",
/// "90+4'") or a clock time ("19:42", "14h32"), which may be written with a
/// full stop when a time zone from [`lx::TIME_ZONES`] follows ("16.58 GMT")
/// (text mode).
pub fn live_stamp(text: &str) -> bool {
    let t = text.trim();
    // Every stamp opens with a digit: most lines are not read further.
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // (A byte search: a `char` pattern here grows the extension's wasm, and a
    // `&str` one builds a substring searcher for every short line.)
    let (clock, marks): (&str, &[u8]) = match t.bytes().rposition(|b| b == b' ') {
        Some(at) if lx::TIME_ZONES.contains(&t[at + 1..]) => (&t[..at], b":h."),
        _ => (t, b":h"),
    };
    minute_mark(t) || {
        let b = clock.as_bytes();
        let colon = b.iter().position(|c| marks.contains(c));
        colon.is_some_and(|at| {
            (1..=2).contains(&at)
                && b.len() == at + 3
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == at || c.is_ascii_digit())
        })
    }
}

/// A live blog's minute mark alone on its line: "87'", "90+4'" (text mode).
fn minute_mark(text: &str) -> bool {
    let Some(minutes) = text
        .trim()
        .strip_suffix(['\'', '’', '′'])
        .filter(|t| !t.is_empty())
    else {
        return false;
    };
    let mut parts = minutes.split('+');
    let ok = |p: Option<&str>| {
        p.is_some_and(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    ok(parts.next()) && parts.next().is_none_or(|p| ok(Some(p))) && parts.next().is_none()
}

/// A date written with spaces after its dots, as in cs, sk, hu, pl: "27. 1.
/// 2025" (text mode; a day up to 31, a month up to 12, a year of four digits).
fn spaced_date(text: &str) -> bool {
    let mut tokens = text.split_whitespace();
    let number = |t: Option<&str>, dot: bool, max: u32, len: std::ops::RangeInclusive<usize>| {
        t.and_then(|t| if dot { t.strip_suffix('.') } else { Some(t) })
            .filter(|t| len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<u32>().ok())
            .is_some_and(|v| (1..=max).contains(&v))
    };
    number(tokens.next(), true, 31, 1..=2)
        && number(tokens.next(), true, 12, 1..=2)
        && number(tokens.next(), false, 9999, 4..=4)
}

/// A gallery's counter: "Image 3 of 12", "Bild 2 von 8", "Photo 1/12", "3 / 12"
/// (at most one word before the numbers; the first not above the second).
fn gallery_counter(lower: &str) -> bool {
    let mut tokens = [""; 4];
    let mut n = 0;
    for t in lower.split_whitespace() {
        if n == tokens.len() {
            return false;
        }
        tokens[n] = t;
        n += 1;
    }
    // A label before the numbers makes them a value: "Rating: 4/5".
    let numbers = match &tokens[..n] {
        [w, ..] if w.ends_with(':') => None,
        [_, a, sep, b] | [a, sep, b] if lx::COUNTER_WORDS.contains(sep) => Some((*a, *b)),
        [_, ab] | [ab] => ab.split_once('/'),
        _ => None,
    };
    numbers.is_some_and(|(a, b)| {
        let value = |t: &str| {
            t.parse::<u32>()
                .ok()
                .filter(|_| t.bytes().all(|b| b.is_ascii_digit()))
        };
        matches!((value(a), value(b)), (Some(a), Some(b)) if 1 <= a && a <= b && b > 1)
    })
}

/// Values after a label, not a trail of names: "Storage: 256GB / 512GB / 1TB",
/// "Length / Width / Height: 4.468 / 1.842 / 1.633 mm" — a colon after the
/// first separator, or a number right after it. (A trail may have its own
/// label before it: "You are here: Home > News".)
fn labelled_values(lower: &str) -> bool {
    let first = lx::BREADCRUMB_SEPARATORS
        .iter()
        .filter_map(|sep| lower.find(sep).map(|i| i + sep.len()))
        .min();
    first.is_some_and(|at| {
        let rest = &lower[at..];
        rest.contains([':', '：']) || rest.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A date or time line written with CJK unit signs after the numbers
/// ("2025年4月11日 18時42分", "2025년 1월 21일 오전 11:02 입력"): a number with a
/// year sign then one with a month sign, month then day, or hour then minute,
/// and besides the signs at most [`lx::CJK_DATE_MAX_LETTERS`] letters (a word
/// like "公開" or "更新"), so a sentence that gives a date is not one.
fn cjk_date_line(text: &str) -> bool {
    // The unit after the number before: 1 year, 2 month, 3 day, 4 hour, 5 minute.
    let (mut number, mut previous, mut paired, mut letters) = (false, 0, false, 0);
    for c in text.chars() {
        if c.is_ascii_digit() {
            number = true;
            continue;
        }
        let unit = match c {
            _ if !number => 0,
            '年' | '년' => 1,
            '月' | '월' => 2,
            '日' | '일' => 3,
            '時' | '时' | '시' => 4,
            '分' | '분' => 5,
            _ => 0,
        };
        if unit > 0 {
            paired |= previous > 0 && unit == previous + 1 && previous != 3;
            previous = unit;
        } else if c.is_alphabetic() {
            letters += 1;
            previous = 0;
        } else if number {
            previous = 0;
        }
        number = false;
    }
    paired && letters <= lx::CJK_DATE_MAX_LETTERS
}

/// The whole block is a comment's reply action ("Reply", "Antworten", …).
pub fn reply_action(text: &str) -> bool {
    let t = text.trim();
    if t.len() > lx::REPLY_WORDS.iter().map(str::len).max().unwrap_or(0) {
        return false;
    }
    let lower = lowercase(t);
    lx::REPLY_WORDS.iter().any(|w| lower == w)
}

/// A figure's caption in scraped text: a label from
/// [`lx::FIGURE_LABELS`] and the figure's number, then a colon, a full stop
/// or a dash ("Figure 2: …", "Abb. 3 – …", "图2：…"), or the caption mark
/// "▲" of Chinese and Korean pages. "Figure 2 shows …" is prose.
pub fn figure_caption(text: &str) -> bool {
    let t = text.trim_start();
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    if first == "▲".as_bytes()[0] {
        return t.starts_with("▲ ");
    }
    // The label, its number and the mark fit in the head. Most blocks are not
    // read further than their first byte (it must be a label's, in either
    // case: a test checks the list) or their head's bytes (a digit).
    let mut end = t.len().min(lx::FIGURE_CAPTION_HEAD_BYTES);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    if !figure_label_start(first) || !t.as_bytes()[..end].iter().any(u8::is_ascii_digit) {
        return false;
    }
    let head = lowercase(&t[..end]);
    lx::FIGURE_LABELS.iter().any(|label| {
        let Some(rest) = head.strip_prefix(label) else {
            return false;
        };
        let rest = rest.trim_start();
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0
            && [":", ".", "：", " :", " –", " —", " -"]
                .iter()
                .any(|mark| rest[digits..].starts_with(mark))
    })
}

/// Whether `b` may be the first byte of a [`lx::FIGURE_LABELS`] label, in
/// either case: Latin f, a, r, o; Cyrillic Р/р (0xD0, 0xD1); 图, 圖, 図
/// (0xE5); 그 (0xEA).
fn figure_label_start(b: u8) -> bool {
    matches!(
        b.to_ascii_lowercase(),
        b'f' | b'a' | b'r' | b'o' | 0xD0 | 0xD1 | 0xE5 | 0xEA
    )
}

/// Which title of a recipe `text` is, if it is one: an ingredient list's
/// ([`lx::INGREDIENT_TITLES`]) or a method's ([`lx::METHOD_TITLES`]), alone
/// or with at most [`lx::RECIPE_TITLE_MAX_EXTRA_WORDS`] words after it
/// ("Ingredienti per 4 persone", "재료 (2인분)"), without a sentence end.
pub fn recipe_title(text: &str) -> Option<RecipeTitle> {
    let t = text.trim();
    if t.len() > lx::RECIPE_TITLE_MAX_BYTES {
        return None;
    }
    // Most lines are not read further than their first bytes.
    let mut ingredients = INGREDIENT_TITLES.may_open(t).peekable();
    let mut method = METHOD_TITLES.may_open(t).peekable();
    if ingredients.peek().is_none() && method.peek().is_none() || ends_sentence(t) {
        return None;
    }
    let lower = lowercase(t);
    let opens = |title: &str| {
        lower
            .strip_prefix(title)
            .filter(|rest| !rest.starts_with(char::is_alphanumeric))
            .is_some_and(|rest| words(rest).len() <= lx::RECIPE_TITLE_MAX_EXTRA_WORDS)
    };
    if ingredients.any(opens) {
        Some(RecipeTitle::Ingredients)
    } else if method.any(opens) {
        Some(RecipeTitle::Method)
    } else {
        None
    }
}

/// The two titles of a recipe ([`recipe_title`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipeTitle {
    Ingredients,
    Method,
}

/// A quantity in a line of an ingredient list: a digit or a vulgar fraction.
pub fn quantity(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit()) || text.contains(['½', '¼', '¾', '⅓', '⅔', '⅛'])
}

/// The title of a reader-comment section in scraped text: a count and a
/// comment word ("34 responses to “…”", "12 Kommentare"; anything may follow
/// the word) or a title alone ("Comments", "Leave a reply", "Kommentare
/// (12)"), without a sentence end. Text mode reads it as the article's end
/// (see `classify::comment_section`).
pub fn comment_section_title(text: &str, words: usize) -> bool {
    if words == 0 || words > lx::COMMENT_TITLE_MAX_WORDS {
        return false;
    }
    let t = text.trim();
    let count = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    // A title alone is short: most lines are not read further.
    if count == 0 && t.len() > lx::COMMENT_TITLE_MAX_BYTES || t.ends_with(['.', '!', '?']) {
        return false;
    }
    if count > 0 {
        let rest = t[count..].trim_start();
        let mut words = COMMENT_COUNT_WORDS.may_open(rest).peekable();
        if words.peek().is_none() {
            return false;
        }
        let rest = lowercase(rest);
        return words.any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|after| !after.starts_with(char::is_alphabetic))
        });
    }
    let mut titles = COMMENT_TITLES.may_open(t).peekable();
    if titles.peek().is_none() {
        return false;
    }
    let lower = lowercase(t);
    let title = lower
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ':' | ' ' | '+'));
    titles.any(|w| w == title)
}

/// A time of day ("16.58", "20:56", "16h05") or a match minute ("87'",
/// "90+4′") in `text`: a digit, then `:`, `.` or `h` and two digits, or a
/// digit and a minute mark.
pub fn clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| {
        b[i].is_ascii_digit()
            && match b.get(i + 1) {
                Some(b':' | b'.' | b'h') => {
                    b.get(i + 2).is_some_and(u8::is_ascii_digit)
                        && b.get(i + 3).is_some_and(u8::is_ascii_digit)
                }
                Some(b'\'') => true,
                _ => text[i + 1..].starts_with('′') || text[i + 1..].starts_with('’'),
            }
    })
}

/// Which section of a press release's boilerplate a block of at most
/// [`lx::SECTION_LABEL_MAX_WORDS`] words titles: a contact section ("Media
/// contact", alone or before a colon) or a legal one (naming forward-looking
/// statements). `lower` is the block's lowercase text.
pub fn boilerplate_title(lower: &str, words: usize) -> Option<Boilerplate> {
    if words == 0 || words > lx::SECTION_LABEL_MAX_WORDS {
        return None;
    }
    let head = lower.split_once(':').map_or(lower, |(head, _)| head).trim();
    if lx::CONTACT_TITLES.contains(head) {
        return Some(Boilerplate::Contact);
    }
    contains_any(lower, &LEGAL_TITLES).then_some(Boilerplate::Legal)
}

/// The kinds of press-release boilerplate section (see [`boilerplate_title`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boilerplate {
    /// Names and addresses to call: short lines.
    Contact,
    /// A legal disclaimer: prose.
    Legal,
}

/// The whole block is one web address.
pub fn bare_url(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
}

// ---------------------------------------------------------------------------
// Markup hints.

/// Whether a class/id/role part matches a hint (see the lexicon's rules).
fn part_matches(part: &str, hint: &str) -> bool {
    if hint.len() <= 3 {
        part == hint
    } else {
        part.starts_with(hint)
    }
}

/// Splits a class/id string into lowercase parts at spaces, `-`, `_`, `:` and
/// lower-to-upper case changes. Lowercase tokens (most of them) are split
/// without allocating.
fn hint_parts(hints: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    hints
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_' || c == ':')
        .flat_map(|token| {
            let camel = token.chars().any(char::is_uppercase);
            // `Vec::new()` does not allocate: lowercase tokens cost nothing.
            let parts = if camel {
                split_camel(token)
            } else {
                Vec::new()
            };
            (!camel)
                .then_some(Cow::Borrowed(token))
                .into_iter()
                .chain(parts.into_iter().map(Cow::Owned))
        })
        .filter(|p| !p.is_empty())
}

fn split_camel(token: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut prev_lower = false;
    for c in token.chars() {
        if c.is_uppercase() && prev_lower {
            parts.push(String::new());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        if let Some(last) = parts.last_mut() {
            push_lower(last, c);
        }
    }
    parts
}

/// Whether an element's class/id string holds one of `hints`.
pub fn has_hint(hints: &str, list: lx::Words) -> bool {
    hint_matches(hints, list, false)
}

/// Whether an element's class/id string names a caption or credit: a part
/// that starts or ends with one of [`lx::CAPTION_HINTS`], because caption
/// classes are often one run-together word ("thumbcaption", "imagecredit").
pub fn has_caption_hint(hints: &str) -> bool {
    hint_matches(hints, lx::CAPTION_HINTS, true)
}

/// Whether class/id `hints` name a pull quote: "pullquote" once `-` and `_`
/// are dropped, in any case ("pull-quote", "pullQuote"; not "pull-left").
pub fn has_pullquote_hint(hints: &str) -> bool {
    let squeezed: Vec<u8> = hints
        .bytes()
        .filter(|&b| b != b'-' && b != b'_')
        .map(|b| b.to_ascii_lowercase())
        .collect();
    squeezed.windows(9).any(|w| w == b"pullquote")
}

/// A part of `hints` matches a word of `list` ([`part_matches`], or with
/// `suffix` also ends with it). One body for every list (wasm size).
#[inline(never)]
fn hint_matches(hints: &str, list: lx::Words, suffix: bool) -> bool {
    hint_parts(hints).any(|p| {
        let first = p.as_bytes().first();
        // A cheap first-byte test before each comparison.
        list.iter().any(|h| {
            (h.as_bytes().first() == first && part_matches(&p, h)) || (suffix && p.ends_with(h))
        })
    })
}

/// What one element's class/id and role say, matched once per element and
/// document: blocks share their ancestors, and matching hint lists is the
/// costliest part of reading markup.
#[derive(Clone, Copy, Debug, Default)]
struct HintFlags {
    /// Names clutter (role or class/id).
    negative: bool,
    /// Names a caption or credit.
    caption: bool,
    /// Names a byline, date or author.
    meta: bool,
    /// Names a pull quote.
    quote: bool,
}

/// [`HintFlags`] by the element's (hints, role) strings: elements sharing a
/// class share the lookup. Elements with neither (most of them) need none.
#[derive(Default)]
pub struct HintCache<'a>(HashMap<(&'a str, &'a str), HintFlags, FastHash>);

impl<'a> HintCache<'a> {
    fn flags(&mut self, a: &'a Ancestor) -> HintFlags {
        if a.hints.is_empty() && a.role.is_empty() {
            return HintFlags::default();
        }
        *self
            .0
            .entry((&*a.hints, &*a.role))
            .or_insert_with(|| HintFlags {
                negative: lx::NEGATIVE_ROLES.contains(&a.role)
                    || has_hint(&a.hints, lx::NEGATIVE_HINTS),
                caption: has_caption_hint(&a.hints),
                meta: has_hint(&a.hints, lx::META_HINTS),
                quote: has_pullquote_hint(&a.hints),
            })
    }
}

/// The markup hints of a block: the distance to the nearest clutter-named
/// ancestor, a caption hint among the nearest, a byline/date hint among the
/// nearest two. Each ancestor is looked up once.
fn block_hints<'a>(block: &'a Block, cache: &mut HintCache<'a>) -> BlockHints {
    let (mut negative, mut caption, mut meta, mut quote) = (None, false, None, false);
    for (depth, a) in block.ancestors.iter().enumerate() {
        if negative.is_some() && depth >= lx::NEAR_ANCESTORS.max(lx::META_ANCESTORS) {
            break;
        }
        let flags = cache.flags(a);
        // The elements that frame a page or a story are never its clutter
        // boxes, whatever they are named (a platform's
        // `<article class="newsletter-post">`).
        let frame = matches!(&*a.tag, "article" | "main" | "body" | "html");
        if flags.negative && !frame && negative.is_none() {
            negative = Some(depth);
        }
        caption |= flags.caption && depth < lx::NEAR_ANCESTORS;
        quote |= flags.quote && depth < lx::NEAR_ANCESTORS;
        if flags.meta && depth < lx::META_ANCESTORS && meta.is_none() {
            meta = Some(depth);
        }
    }
    (negative, caption, meta, quote)
}

/// What a block's nearest ancestors' class/id and role say: the nearest
/// clutter hint's distance, a caption hint, the nearest byline hint's
/// distance, a pull-quote hint.
type BlockHints = (Option<usize>, bool, Option<usize>, bool);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_lists_are_sorted_for_binary_search() {
        for lang in Lang::ALL {
            let list: Vec<&str> = lang.stopwords().iter().collect();
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{} stopwords are not sorted",
                lang.code()
            );
        }
    }

    #[test]
    fn counts_non_space_and_code_punctuation() {
        for text in [
            "",
            "a {b: c;}",
            "x\u{a0}y\u{2003}z\u{b}",
            "é = ü; 東京",
            "\u{85}\u{1680}\u{3000}\u{205f}\u{2029}ａ\u{feff}",
            // Longer than one chunk of packed counts.
            &"{a}\u{a0}".repeat(1 << 19),
        ] {
            let non_space = text.chars().filter(|c| !c.is_whitespace()).count();
            let punct = text.chars().filter(|c| "{}();=<>:[]".contains(*c)).count();
            assert_eq!(non_space_and_punct(text), (non_space, punct), "{text:?}");
        }
    }

    #[test]
    fn long_blocks_are_read_from_a_sample_and_scaled() {
        let sentence = "The ferry leaves the harbour at dawn and returns at night. ";
        let text = sentence.repeat(4 * lx::FEATURE_SAMPLE_BYTES / sentence.len());
        let f = features(&Block::plain(text.clone(), 0), Some(Lang::En));
        let exact = words(&text).len();
        assert!(
            f.words.abs_diff(exact) * 100 <= exact,
            "scaled word count {} far from {exact}",
            f.words
        );
        assert!(f.stop_ratio > lx::STOP_HIGH, "stopwords {}", f.stop_ratio);
        assert!(f.ends_sentence);
        let json = format!("{{{}\"end\": 1}}", "\"key\": \"value\", ".repeat(100_000));
        let f = features(&Block::plain(json, 0), Some(Lang::En));
        assert_eq!(f.code, Some("JSON data"));
    }

    #[test]
    fn contains_any_is_any_contains() {
        let needles = lx::words!["sign up", "newsletter", "é", "up"];
        for hay in [
            "",
            "sign",
            "please sign up now",
            "the newsletter",
            "café",
            "u",
            "cup",
        ] {
            let want = needles.iter().any(|n| hay.contains(n));
            assert_eq!(contains_any(hay, &Phrases::new(needles)), want, "{hay:?}");
        }
        assert!(!contains_any("anything", &Phrases::new(lx::words![])));
        assert!(contains_any("anything", &Phrases::new(lx::words![""])));
        // More needles than one batch holds.
        let many = lx::words![
            "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "b0", "b1", "b2", "b3",
            "b4", "b5", "b6", "b7", "b8", "b9", "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7",
            "c8", "c9", "d0", "d1", "d2", "d3", "x", "e"
        ];
        for hay in ["", "a0", "zzd3", "c9 ", "d", "x", "ye", "a", "b10"] {
            let want = many.iter().any(|n| hay.contains(n));
            assert_eq!(contains_any(hay, &Phrases::new(many)), want, "{hay:?}");
        }
    }

    #[test]
    fn js_markers_count_distinct_markers_up_to_enough() {
        let texts = [
            "",
            "var a = 1; var b = 2;",
            "window.x = function(){}; document.y(); a === b",
            "plain prose with no markers at all",
        ];
        for text in texts {
            for enough in 0..5 {
                let want = lx::JS_MARKERS
                    .iter()
                    .filter(|m| text.contains(*m))
                    .take(enough)
                    .count();
                assert_eq!(js_markers(text, enough), want, "{text:?} {enough}");
            }
        }
        let all: String = lx::JS_MARKERS.iter().collect::<Vec<_>>().join("\n");
        assert_eq!(js_markers(&all, 100), lx::JS_MARKERS.len());
    }

    #[test]
    fn grouped_lists_find_what_the_lists_hold() {
        for list in [lx::DATE_WORDS, lx::SHARE_WORDS, lx::words!["", "ab", "b"]] {
            let grouped = ByFirstByte::new(list);
            for w in list.iter().chain(["", "a", "zz", "é", "on"]) {
                assert_eq!(grouped.contains(w), list.contains(w), "{w:?}");
                let starts: Vec<&str> = list
                    .iter()
                    .filter(|l| l.as_bytes().first() == w.as_bytes().first())
                    .collect();
                assert_eq!(grouped.starting_with(w.as_bytes().first()), starts);
            }
        }
    }

    #[test]
    fn words_are_runs_of_word_characters() {
        for text in [
            "",
            "  ",
            "Hello, world_1! 42",
            "Größe: 3 m² — naïve café…",
            "東京は晴れ。 Ça va?",
            "tab\tend\u{200B}zero\u{FFFD}x",
        ] {
            let want: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(text), want, "{text:?}");
        }
    }

    #[test]
    fn word_count_is_the_words_without_cjk() {
        for text in [
            "",
            "Hello, world_1! 42",
            "Größe: 3 m² — naïve café…",
            "ｆｕｌｌ ｗｉｄｔｈ",
        ] {
            assert_eq!(cjk_word_count(text), words(text).len(), "{text:?}");
        }
        assert!(!scan("Größe: 3 m² — naïve café…").cjk);
        assert!(scan("東京は晴れ。 Ça va?").cjk);
        assert_eq!(cjk_word_count("東京は晴れ。 Ça va?"), 5);
    }

    #[test]
    fn sentence_marks_before_spaces_closers_and_the_end() {
        assert_eq!(scan("One. Two!\" Three? 3.5 e.g.x").sentences, 3);
        assert_eq!(scan("東京。晴れ！ 雨？」").sentences, 2);
        assert_eq!(scan("終わり。").sentences, 1);
        assert_eq!(scan("पहली इकाई चालू हुई। दूसरी अगले महीने।").sentences, 2);
        assert_eq!(scan("یہ منصوبہ مکمل ہوا۔ کیا یہ کافی ہے؟").sentences, 2);
    }

    /// Sentence marks counted byte by byte: what [`scan`] counts.
    fn sentence_marks(text: &str) -> usize {
        text.char_indices()
            .filter(|&(_, c)| matches!(c, '.' | '!' | '?') || is_wide_sentence_mark(c))
            .filter(|&(i, c)| mark_ends(text, i + c.len_utf8()))
            .count()
    }

    /// The [`Shape`] of a text read character by character: what [`scan`]
    /// counts.
    fn shape(text: &str) -> Shape {
        let mut shape = Shape {
            starts_lower: text.chars().next().is_some_and(char::is_lowercase),
            ..Shape::default()
        };
        let mut in_word = false;
        for c in text.chars() {
            if c.is_whitespace() {
                in_word = false;
                continue;
            }
            if !in_word {
                in_word = true;
                shape.words += 1;
                shape.capitalised += usize::from(c.is_uppercase());
            }
            shape.non_space += 1;
            if c.is_alphabetic() {
                shape.letters += 1;
                shape.upper += usize::from(c.is_uppercase());
            } else if c.is_ascii_digit() {
                shape.digits += 1;
            } else {
                match c {
                    '{' | '}' | '(' | ')' | ';' | '=' | '<' | '>' | '[' | ']' => shape.punct += 1,
                    ',' => shape.commas += 1,
                    '"' | '“' | '”' | '«' | '»' | '„' => shape.quotes = true,
                    '|' | '·' | '•' | '›' | '/' => shape.separators = true,
                    _ => {}
                }
            }
        }
        shape
    }

    #[test]
    fn scan_char_classes_every_character_as_std_does() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let (class, _) = scan_char(c);
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{c:?}");
            assert_eq!(class & WORD != 0, c.is_alphanumeric(), "{c:?}");
            assert_eq!(class & UPPER != 0, c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn one_scan_reads_what_separate_passes_read() {
        let pieces = [
            "The",
            " ",
            "  ",
            "\t",
            "\n",
            "ferry",
            "x_1",
            "42",
            ". ",
            "!",
            "?\"",
            "。",
            "！",
            "？」",
            "{a}",
            "(b);",
            "=<>[]",
            ",",
            "\"",
            "“",
            "»",
            "„",
            "|",
            "/",
            "·",
            "•",
            "›",
            "Ça",
            "ÜBER",
            "naïve",
            "東京",
            "ｆｕｌｌ",
            "\u{a0}",
            "\u{3000}",
            "\u{2003}",
            "²",
            "Ⅻ",
            "İ",
            "ǅ",
            "\u{200b}",
            "é",
            "\u{1}",
        ];
        let mut texts: Vec<String> = vec![
            String::new(),
            "One. Two!\" Three? 3.5 e.g.x".into(),
            // Longer than one chunk of packed counts.
            "{a: \"Ü\", b: [1, 2]}; ".repeat(40),
        ];
        texts.extend(crate::testing::random_texts(
            &pieces,
            0x9e37_79b9_7f4a_7c15,
            5_000,
            60,
            7,
        ));
        for text in &texts {
            let lexed = scan(text);
            assert_eq!(lexed.words, words(text), "{text:?}");
            assert_eq!(lexed.sentences, sentence_marks(text), "{text:?}");
            assert_eq!(lexed.cjk, text.bytes().any(|b| b >= 0xE3), "{text:?}");
            assert_eq!(lexed.shape, shape(text), "{text:?}");
            let stops: Vec<LangMask> = lexed.words.iter().map(|w| stop_langs(w)).collect();
            assert_eq!(lexed.stops, stops);
        }
    }

    #[test]
    fn detects_languages() {
        let de =
            "Der Bürgermeister hat am Montag gesagt, dass die neue Fähre im Sommer fahren wird.";
        assert_eq!(detect_lang([de].into_iter()), Some(Lang::De));
        let en = "The mayor said on Monday that the new ferry will run in the summer.";
        assert_eq!(detect_lang([en].into_iter()), Some(Lang::En));
        assert_eq!(
            detect_lang(["서울 시장은 월요일에 새로운 페리가 운항한다고 말했다"].into_iter()),
            None
        );
    }

    #[test]
    fn css_js_and_json_are_code() {
        let css =
            "li,.wp-block .inline-module ul>li{padding-left:unset}.x .y ul>li:before{content:none}";
        assert_eq!(code_syntax(css, 0.0), Some("CSS rule syntax"));
        let js = "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}";
        assert_eq!(code_syntax(js, 0.0), Some("JavaScript syntax"));
        let json = r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"A"}"#;
        assert_eq!(code_syntax(json, 0.0), Some("JSON data"));
        let prose =
            "The council met on Tuesday (its third meeting this year): nothing was decided.";
        assert_eq!(code_syntax(prose, 0.4), None);
    }

    #[test]
    fn long_texts_full_of_colons_stay_linear() {
        let text = "a:".repeat(500_000);
        assert_eq!(code_syntax(&text, 0.0), None);
    }

    #[test]
    fn credits() {
        let cases = [
            ("The mayor greets visitors at the harbour on Friday, May 3, 2024. via REUTERS", true),
            ("Workers repair the old pier in the early morning before the ferry arrives. AFP via Getty Images", true),
            ("The president speaks at a dinner in the East Room of the White House in Washington. White House", true),
            ("A view of the bay at dusk from the lighthouse near the old ferry terminal. ZUMAPRESS.com", true),
            ("Photo: Anna Berg/Northwind", true),
            ("© Anna Berg", true),
            ("© 2024 Anna Berg/Getty Images", true),
            ("© 2024 Northwind Media, Inc.", false),
            ("©Example News. All rights reserved.", false),
            ("The council voted on Tuesday to fund the ferry, officials said.", false),
            ("Trump says he will meet with Putin in Budapest in bid to end Ukraine war", false),
            ("市民在书房内阅读。（图片来源：枫渡市文化和旅游局）", true),
            ("주민들이 책을 고르고 있다. [사진=은솔시 제공]", true),
            ("The ferry leaves at dawn (Photo: Anna Berg)", true),
            ("Prices rose by a fifth (source: the ministry).", false),
            ("The committee (a panel of five) met twice", false),
            ("(Image credit: Northwind Observatory)", true),
            ("Pupils at the harbour school on Friday. Photo by Ana Ruiz/Northwind", true),
            ("Estudantes na praça durante o ato — Foto: Arquivo pessoal", true),
            ("The teacher in her classroom in 1971. Courtesy of the Ruiz family", true),
            ("Courtesy of the Ruiz family", true),
            ("柳岸社区邻里食堂里，老人们正在用餐。记者 林晓雯 摄", true),
            ("工作人员为老人送餐上门。（通讯员 韩松 摄）", true),
            ("该片去年在北京拍摄", false),
            ("代行バスに乗り込む高校生たち（撮影・佐野恭平）", true),
            ("ألواح شمسية تغذي محطة التحلية جنوب المدينة (رويترز)", true),
            ("The photo: a ferry at dawn, seen from the pier. It won a prize.", false),
            ("He said the source of the leak — a photo editor — was fired on Friday.", false),
        ];
        for (text, want) in cases {
            let lower = text.to_lowercase();
            assert_eq!(credit(text, &lower, &words(text)).is_some(), want, "{text}");
        }
    }

    #[test]
    fn text_credits() {
        let cases = [
            ("APA/Gerald Fuchsbichler", true),
            ("Jane Roe/AP", true),
            ("Photo / Supplied", true),
            ("The garden before work began in 2018. Photo / Supplied", true),
            ("Схема: как давление влияет на пузырьки пара. Иллюстрация: Анна Орлова", true),
            ("画像：公式サイトより", true),
            ("澜湾储能位于江州高新区的电芯生产基地。图片来源：公司官网", true),
            ("윤서하 작가의 설치 작품 전시 전경. 한결시립미술관 제공", true),
            ("관람객들이 연작 앞을 지나고 있다. /이도윤 기자", true),
            ("L’arrêt de bus, désormais desservi uniquement en période scolaire. © Tous droits réservés", true),
            ("Kessington Harbour Trust. © 2025", false),
            ("Officials said the ferry would run from May, and the bridge would close.", false),
            ("Getty Images/iStockphoto", false),
            ("He compared the two options/plans in detail", false),
        ];
        for (text, want) in cases {
            assert_eq!(
                text_credit(
                    text,
                    &text.to_lowercase(),
                    words(text).len(),
                    sentence_marks(text)
                ),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn labelled_values() {
        for line in [
            "Regi: Johanna Lindqvist",
            "Costo: entrada libre",
            "発売日：2025年11月20日",
            "Running time: 112 min",
        ] {
            assert!(labelled_value(line).is_some(), "{line}");
        }
        for line in [
            "Marloes: Tip 3 is goud waard!",
            "1 Haute-Vernière : un motard blessé",
            "note: lowercase labels are prose",
            "The minister of state for housing and planning: no comment",
            "Regi:",
        ] {
            assert!(labelled_value(line).is_none(), "{line}");
        }
    }

    #[test]
    fn code_lines() {
        for line in [
            "from fastapi import FastAPI",
            "app = FastAPI()",
            "@app.get(\"/\")",
            "sudo restic init --repo /srv/backup",
            "def main():",
        ] {
            assert!(code_line(line), "{line}");
        }
        for line in [
            "The server starts.",
            "Then run it. It prints a URL",
            "Install it with pip",
        ] {
            assert!(!code_line(line), "{line}");
        }
        assert!(code_marks("app = FastAPI()") && code_marks("conn.execute(sql)"));
        assert!(!code_marks("from fastapi import FastAPI"));
        assert!(!code_marks("contains insults or threats to other users;"));
    }

    #[test]
    fn clutter_lines() {
        // Whether `t` is a byline or timestamp line, in a page and in text mode.
        let meta = |t: &str| meta_line::<false>(t, &lowercase(t), &words(t));
        let text_meta = |t: &str| meta_line::<true>(t, &lowercase(t), &words(t));
        assert!(ad_label("advertisement"));
        assert!(ad_label("anzeige"));
        assert!(!ad_label("advertisement revenue fell sharply"));
        assert!(ad_label("advertisement · scroll to continue"));
        assert!(ad_label("supported by"));
        assert!(!ad_label("supported by a grant, the team hired two"));
        let follow = "Follow The Post’s live coverage of President Trump for the latest news";
        assert!(promo::<false>(follow, &follow.to_lowercase(), 12));
        assert!(share_bar::<false>("share on facebook tweet email", 5));
        let contact = "Email Ann Lee at ann.lee@example.com or follow her on X.";
        assert!(promo::<false>(contact, &contact.to_lowercase(), 11));
        let inbox = "Get the latest updates right in your inbox. Subscribe to the Morning Brief newsletter today.";
        assert!(promo::<false>(inbox, &inbox.to_lowercase(), 15));
        // Text mode only: disclosures and notes a page's markup boxes.
        let disclosure =
            "When you purchase through links on our site, we may earn an affiliate commission.";
        assert!(promo::<true>(disclosure, &disclosure.to_lowercase(), 15));
        assert!(!promo::<false>(disclosure, &disclosure.to_lowercase(), 15));
        let disclosure_pt =
            "Este conteúdo contém links de afiliados. Podemos receber uma comissão.";
        assert!(promo::<true>(disclosure_pt, &lowercase(disclosure_pt), 11));
        // Where the story resumes below an ad slot; a shop's offer button,
        // its button and price lines; a newsletter's promise.
        for line in [
            "Continua após a publicidade",
            "La suite après cette publicité",
            "Boulanvert 279,99 € Voir l'offre",
            "Buy at Trailhaus",
            "$94 at Amazon",
            "279,99 € chez Boulanvert",
            "Join 12,000+ readers and get my weekly notes. No spam, ever.",
        ] {
            let words = words(&lowercase(line)).len();
            assert!(promo::<true>(line, &lowercase(line), words), "{line}");
        }
        for line in [
            "$94 at most",
            "Buy at least two",
            "279,99 €",
            "94 percent at Amazon said so",
        ] {
            let words = words(&lowercase(line)).len();
            assert!(!promo::<true>(line, &lowercase(line), words), "{line}");
        }
        assert!(share_bar::<true>(&lowercase("分享到：微信 微博 QQ空间"), 4));
        assert!(share_bar::<true>(
            "مشاركة فيسبوك إكس واتساب تيليغرام نسخ الرابط",
            7
        ));
        let credit = "(Reporting by Ann Lee; Editing by Bo Ray)";
        assert!(meta(credit));
        assert!(!share_bar::<false>("share the road", 3));
        assert!(share_bar::<true>("del artiklen: facebook linkedin mail", 5));
        assert!(!share_bar::<false>(
            "del artiklen: facebook linkedin mail",
            5
        ));
        let by = "By Jane Doe and Ali Khan";
        assert!(meta(by));
        let ts = "Updated Nov. 5, 2024 3:04 pm ET";
        assert!(meta(ts));
        // A timestamp ending in a name is no photo credit.
        let f = features(
            &Block::plain("Published Mar. 4, 2025, 6:12 p.m. ET", 0),
            None,
        );
        assert!(f.meta && f.credit.is_none());
        for reading in [
            "Leestijd: 3 minuten",
            "Час читання: 5 хв",
            "Olvasási idő: 4 perc",
        ] {
            assert!(meta(reading), "{reading}");
        }
        let stamp = "Marcus De Guzman 2019-11-20 17:27:46";
        assert!(meta(stamp));
        let credit = "Associated Press writers Ann Lee and Bo Ray contributed to this report.";
        assert!(meta(credit));
        assert!(bare_url(
            "https://www.example.com/news/article/ferry-123.php"
        ));
        assert!(!bare_url("See https://example.com for more"));
        let prose = "By the end of the year the ferry had carried 40,000 people.";
        assert!(!meta(prose));
        for stamp in [
            "2025年4月11日 18時42分",
            "2025年04月03日 15時20分 公開",
            "2025년 1월 21일 오전 11:02 입력",
            "更新：4月11日 9时05分",
        ] {
            // Text mode only: in a page, markup gives these away.
            assert!(text_meta(stamp), "{stamp}");
        }
        let published = "Publié le 3 octobre 2024 à 11h15, mis à jour à 14h02";
        assert!(text_meta(published));
        // A publication line longer than a timestamp, when a date word opens it.
        let both = "Published Tue, Apr 22 2025 8:14 AM EDT Updated Tue, Apr 22 2025 11:52 AM EDT";
        assert!(text_meta(both) && !meta(both));
        let sentence = "Published in 2025, the report counted 40 closures across 12 districts in May and June.";
        assert!(!text_meta(sentence));
        // Text mode only: a live blog's minute marks, a date with spaced dots.
        for stamp in [
            "87'",
            "90+4'",
            "45’",
            "27. 1. 2025",
            "3. 11. 2024 aktualizace",
        ] {
            assert!(text_meta(stamp) && !meta(stamp), "{stamp}");
        }
        for not_stamp in [
            "'",
            "+4'",
            "1234'",
            "Rock 'n' roll'",
            "32. 1. 2025",
            "27. 13. 2025",
        ] {
            assert!(!text_meta(not_stamp), "{not_stamp}");
        }
        for stamp in ["19:42", "14h32", "87'", "90+4'", "16.58 GMT", "9:05 ET"] {
            assert!(live_stamp(stamp), "{stamp}");
        }
        for not_stamp in [
            "1942",
            "19:4",
            "119:42",
            "a9:42",
            "19:42 Uhr",
            "16.58",
            "12.99 USD",
            "16.58 GMT+1",
        ] {
            assert!(!live_stamp(not_stamp), "{not_stamp}");
        }
        // A version is no date: a day or month is never 0.
        assert!(!meta("pip install \"httpx==0.27.2\""));
        for stamp in [
            "15h48",
            "Updated 20.11.2019 08:05",
            "5 min read",
            "6 Min",
            "Updated 14 mins ago",
            "Tiempo de lectura: 3 min",
        ] {
            assert!(meta(stamp), "{stamp}");
        }
        // Table rows: scores and figures are no times or dates; a recipe's
        // times are durations.
        for row in [
            "Prep Time: 40 mins",
            "Préparation : 20 min",
            "1. HC Lomnice 42 25 4 3 10 141:98 86",
            "Střely na branku: 31:34",
            "PNB\t23.450\t-3,1%\t18.420.300",
            "Vyloučení: 3:5. Využití: 1:0.",
        ] {
            assert!(!meta(row), "{row}");
        }
        // A sentence that gives a date; a number of years and months.
        for prose in ["4月11日、市は新しい計画を発表した", "工期は3年6か月"] {
            assert!(!text_meta(prose), "{prose}");
        }
    }

    #[test]
    fn page_furniture() {
        let cases = [
            ("Skip to main content", Some("skip link")),
            ("Aller au contenu principal", Some("skip link")),
            ("Skipper of the year: a ferry captain retires", None),
            ("Tags: ferries, energy, council", Some("tag list")),
            ("Mots-clés : Morlanges · Travaux", Some("tag list")),
            ("Tags are sewn into every coat", None),
            ("Home » News » National", Some("breadcrumb")),
            ("Strona główna / Region / Dolne Łęgi", Some("breadcrumb")),
            ("Storage: 256GB / 512GB / 1TB", None),
            ("Uzunluk / Genişlik / Yükseklik: 4.468 / 1.842 / 1.633 mm", None),
            ("当前位置：首页 > 新闻 > 社会", Some("breadcrumb")),
            ("Paris / Berlin: two cities, one ferry", None),
            ("He drove 40 km/h on the A1 / A2 junction.", None),
            ("Image 3 of 12", Some("gallery counter")),
            ("Bild 2 von 8", Some("gallery counter")),
            ("1 / 23", Some("gallery counter")),
            ("Rating: 4/5", None),
            ("12 of 3", None),
            ("One of 12", None),
            ("Czy ten artykuł był pomocny?", Some("page feedback")),
            ("Was this article helpful? Yes No", Some("page feedback")),
            (
                "We use cookies to personalise content and ads and to analyse our traffic. Accept all",
                Some("cookie notice"),
            ),
            (
                "Wir und unsere Partner verwenden Cookies und ähnliche Technologien.",
                Some("cookie notice"),
            ),
            ("Use crushed cookies for the base and chill it for an hour.", None),
        ];
        for (text, want) in cases {
            let lower = text.to_lowercase();
            let n = words(text).len();
            assert_eq!(furniture(&lower, n, ends_sentence(text)), want, "{text}");
        }
    }

    #[test]
    fn end_matter() {
        let cases = [
            (
                "Ana Ruiz is a reporter at the Ledger covering housing and transport.",
                Some("author bio"),
            ),
            (
                "Lucía Ferrán es redactora de la sección de Economía.",
                Some("author bio"),
            ),
            (
                "Howard Kessling covers the northern suburbs for the Herald.",
                Some("author bio"),
            ),
            (
                "Hong Kong is burning. The authorities continue to pour fuel on the fire.",
                None,
            ),
            (
                "The mayor is a former reporter who ran on a transport platform.",
                None,
            ),
            (
                "gianni_73 — Ventuno anni per una vita. In Italia funziona così.",
                Some("reader comment"),
            ),
            (
                "ferry_fan: Finally a boat that does not smell of diesel!",
                Some("reader comment"),
            ),
            ("WIRED25: Stories of people who are racing to save us", None),
            ("max_retries: 3", None),
        ];
        for (text, want) in cases {
            assert_eq!(endmatter(text, words(text).len()), want, "{text}");
        }
    }

    #[test]
    fn labelled_promo_openers() {
        let promo_of = |t: &str| promo::<false>(t, &lowercase(t), words(t).len());
        assert!(promo_of(
            "Read more: Cloud giants are building their own chips. Here is who stands to lose."
        ));
        assert!(promo_of("Baca juga: Jembatan Gantung Putus Diterjang Arus"));
        // Greek, accented or in capitals, with its final sigma folded.
        assert!(promo_of("Διαβάστε επίση\u{3c2}: Νέο πλοίο για τα νησιά"));
        assert!(promo_of("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέο πλοίο για τα νησιά"));
        assert!(ad_label(&lowercase("ΔΙΑΦΗΜΙΣΗ")));
        assert!(!promo_of(
            "Read more about the ferry in the council's report, which was published on Tuesday."
        ));
        assert!(promo_of("Enter your email address"));
    }

    #[test]
    fn hints_match_parts_not_substrings() {
        assert!(has_hint("advert-slot top", lx::NEGATIVE_HINTS));
        assert!(!has_hint("has-sidebar widget-area", lx::NEGATIVE_HINTS));
        assert!(has_hint("relatedPosts", lx::NEGATIVE_HINTS));
        assert!(!has_hint("header masthead-title", lx::words!["ad"]));
        assert!(!has_hint("thread read", lx::NEGATIVE_HINTS));
        assert!(has_hint("wp-caption-text", lx::CAPTION_HINTS));
        assert!(has_caption_hint("wp-caption-text"));
        assert!(has_caption_hint("thumbcaption"));
        assert!(has_caption_hint("story-imagecredit"));
        assert!(!has_caption_hint("subscription-box"));
        for h in [
            "pullquote",
            "pull-quote pull-quote--left",
            "articlePullQuote",
            "pullquote-embed__content",
        ] {
            assert!(has_pullquote_hint(h), "{h}");
        }
        for h in ["pull-left quote-box", "quote", "pull-right"] {
            assert!(!has_pullquote_hint(h), "{h}");
        }
        assert!(!has_caption_hint("accreditation"));
    }

    #[test]
    fn byte_scan_finds_substrings() {
        assert!(has_bytes("© 2026 example ©", " ©"));
        assert!(has_bytes("display:none", "display:none"));
        assert!(!has_bytes("display:block", "display:none"));
        assert!(!has_bytes("", " ©"));
    }

    #[test]
    fn boilerplate_titles() {
        let title = |t: &str| boilerplate_title(&lowercase(t), words(t).len());
        for t in [
            "Media Contact",
            "Media contacts:",
            "PRESSEKONTAKT",
            "Press contact: Ana Ruiz, +1 555 0100",
        ] {
            assert_eq!(title(t), Some(Boilerplate::Contact), "{t}");
        }
        for t in [
            "Forward-Looking Statements",
            "Cautionary note regarding forward-looking statements",
        ] {
            assert_eq!(title(t), Some(Boilerplate::Legal), "{t}");
        }
        for t in [
            "Contact",
            "Media contacts said the company would reply within a week.",
            "The company's forward-looking statements were questioned by analysts.",
            "",
        ] {
            assert_eq!(title(t), None, "{t}");
        }
    }

    #[test]
    fn reply_actions() {
        for t in ["Reply", " antworten ", "RÉPONDRE", "Rispondi"] {
            assert!(reply_action(t), "{t}");
        }
        for t in ["Replying", "Reply to this story", "Leave a reply", ""] {
            assert!(!reply_action(t), "{t}");
        }
    }

    #[test]
    fn comment_section_titles() {
        let title = |t: &str| comment_section_title(t, words(t).len());
        for t in [
            "Comments",
            "Comments (12)",
            "Leave a Reply",
            "34 responses to “Town swaps its diesel ferry”",
            "1 comment",
            "2.310 Kommentare",
            "Schreibe einen Kommentar",
            "Комментарии",
            "12条评论",
        ] {
            assert!(title(t), "{t}");
        }
        // Every title with a count in parentheses fits the length cutoff.
        for w in lx::COMMENT_TITLES.iter() {
            let t = format!("{w} (1234)");
            assert!(title(&t), "{t}");
        }
        for t in [
            "Comment",
            "Comments are closed.",
            "Commentary",
            "12 commuters stranded",
            "Comments on the draft plan were due in May",
            "",
        ] {
            assert!(!title(t), "{t}");
        }
    }

    #[test]
    fn figure_captions() {
        for t in [
            "Figure 2: Requests per second before and after the cache.",
            "Fig. 3 – The harbour at low tide.",
            "Abb. 1: Der Hafen bei Ebbe",
            "Рис. 4. Схема установки",
            "图2：全年销量",
            "▲ 오늘의 완성샷",
        ] {
            assert!(figure_caption(t), "{t}");
        }
        for label in lx::FIGURE_LABELS.iter() {
            let upper: String = label.chars().flat_map(char::to_uppercase).collect();
            for l in [label, upper.as_str()] {
                assert!(figure_caption(&format!("{l} 1: A caption")), "{l}");
            }
        }
        for t in [
            "Figure 2 shows the requests per second.",
            "Figures for the second quarter",
            "Figure skating returns to the harbour rink",
            "▲12%",
            "",
        ] {
            assert!(!figure_caption(t), "{t}");
        }
    }

    #[test]
    fn recipe_titles() {
        use RecipeTitle::{Ingredients, Method};
        for (t, want) in [
            ("Ingredients", Some(Ingredients)),
            ("Ingredienti per 4 persone", Some(Ingredients)),
            ("材料（2〜3人分）", Some(Ingredients)),
            ("재료 (2인분)", Some(Ingredients)),
            ("Zubereitung", Some(Method)),
            ("Modo de preparo", Some(Method)),
            ("Ingredients of a good story are hard to find.", None),
            (
                "Ingredientes de temporada para toda la familia este invierno",
                None,
            ),
            ("Methodology", None),
            ("Stepson", None),
        ] {
            assert_eq!(recipe_title(t), want, "{t}");
        }
    }

    #[test]
    fn clock_times() {
        for t in [
            "16.58 GMT",
            "20:56",
            "Updated at 16h05",
            "87'",
            "90+4′",
            "12’",
        ] {
            assert!(clock_time(t), "{t}");
        }
        for t in [
            "17H ago",
            "Nov 18",
            "3.5 million",
            "2 days ago",
            "12h ago",
            "",
        ] {
            assert!(!clock_time(t), "{t}");
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He declined to comment."));
        assert!(ends_sentence(
            "“So I don’t know what we can do about that.”"
        ));
        assert!(!ends_sentence("Politics"));
    }
}
