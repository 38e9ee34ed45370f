//! The article-extraction benchmark's metric: shingle precision, recall and F1
//! of an extracted article body against the true one.
//!
//! This reproduces `evaluate.py` of the public article-extraction benchmark
//! (scrapinghub/article-extraction-benchmark):
//!
//! - A text's tokens are its runs of word characters, Python's `\w+` ([`tokens`]);
//!   case is kept.
//! - A text is a multiset of shingles, the runs of 4 consecutive tokens. A text with
//!   1 to 3 tokens is one shingle of all of them; a text without tokens has none.
//! - Per page ([`score_page`]): TP counts the shingles both texts share (multiset
//!   minimum), FP those only in the prediction and FN those only in the truth; the
//!   three are divided by their sum so that every page weighs the same.
//! - Over pages ([`aggregate`]): precision is the mean of TP / (TP + FP) over the
//!   pages with TP + FP > 0, recall the mean of TP / (TP + FN) over the pages with
//!   TP + FN > 0, and F1 is the harmonic mean of these two means.
//!
//! A page without prediction is scored with an empty prediction (`""`): it counts
//! as recall 0 and does not enter precision.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;

/// How many consecutive tokens make a shingle.
const SHINGLE_LEN: usize = 4;

/// The tokens of `text`: its maximal runs of word characters, in order, case kept.
///
/// A word character is what Python's `re` matches with `\w` in a `str` pattern: a
/// character for which `str.isalnum()` holds (a letter of any script, a digit or
/// another numeric character), or `_`. Combining vowel signs and similar marks,
/// such as Arabic harakat or Devanagari matras, are not word characters, so they
/// split words just as in the reference implementation.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|token| !token.is_empty())
        .collect()
}

/// Whether Python's `re` matches `c` with `\w`.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric() && !is_alphabetic_mark(c)
}

/// Whether `c` is in [`ALPHABETIC_MARKS`].
fn is_alphabetic_mark(c: char) -> bool {
    ALPHABETIC_MARKS
        .binary_search_by(|&(first, last)| {
            if last < c {
                Ordering::Less
            } else if first > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// The multiset of shingles of a token sequence, as counts.
fn shingles<'t, 's>(tokens: &'t [&'s str]) -> HashMap<&'t [&'s str], usize> {
    let mut counts = HashMap::new();
    if tokens.len() < SHINGLE_LEN {
        if !tokens.is_empty() {
            counts.insert(tokens, 1);
        }
    } else {
        for shingle in tokens.windows(SHINGLE_LEN) {
            *counts.entry(shingle).or_insert(0) += 1;
        }
    }
    counts
}

/// The shingles of a true article body, to ask how much of a piece of text
/// belongs to it.
pub struct TruthIndex {
    shingles: std::collections::HashSet<Vec<String>>,
    /// The truth's tokens joined by single spaces, with spaces around.
    joined: String,
}

impl TruthIndex {
    /// Indexes a true article body.
    pub fn new(truth: &str) -> TruthIndex {
        let tokens = tokens(truth);
        TruthIndex {
            shingles: tokens
                .windows(SHINGLE_LEN)
                .map(|w| w.iter().map(|t| t.to_string()).collect())
                .collect(),
            joined: format!(" {} ", tokens.join(" ")),
        }
    }

    /// Share (0..1) of `text`'s shingles found in the truth; a text of fewer
    /// than four tokens counts as found when its tokens occur in the truth in
    /// a row. 0 for a text without tokens.
    pub fn share_in_truth(&self, text: &str) -> f64 {
        let tokens = tokens(text);
        if tokens.is_empty() {
            return 0.0;
        }
        if tokens.len() < SHINGLE_LEN {
            let needle = format!(" {} ", tokens.join(" "));
            return if self.joined.contains(&needle) {
                1.0
            } else {
                0.0
            };
        }
        let windows = tokens.windows(SHINGLE_LEN);
        let total = windows.len() as f64;
        let found = windows
            .filter(|w| {
                let key: Vec<String> = w.iter().map(|t| t.to_string()).collect();
                self.shingles.contains(&key)
            })
            .count();
        found as f64 / total
    }
}

/// One page's shingle counts, divided by their sum (or all zero when neither text
/// has a token).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PageScore {
    /// Share of shingles found in both the truth and the prediction.
    pub tp: f64,
    /// Share of shingles found only in the prediction.
    pub fp: f64,
    /// Share of shingles found only in the truth.
    pub fn_: f64,
}

/// Compares one page's predicted article body with its true one.
pub fn score_page(truth: &str, prediction: &str) -> PageScore {
    let truth_tokens = tokens(truth);
    let predicted_tokens = tokens(prediction);
    let truth_counts = shingles(&truth_tokens);
    let predicted_counts = shingles(&predicted_tokens);

    let mut tp = 0;
    let mut fp = 0;
    for (shingle, &predicted) in &predicted_counts {
        let true_count = truth_counts.get(shingle).copied().unwrap_or(0);
        tp += predicted.min(true_count);
        fp += predicted.saturating_sub(true_count);
    }
    let fn_ = truth_counts.values().sum::<usize>() - tp;

    let total = tp + fp + fn_;
    if total == 0 {
        return PageScore::default();
    }
    let total = total as f64;
    PageScore {
        tp: tp as f64 / total,
        fp: fp as f64 / total,
        fn_: fn_ as f64 / total,
    }
}

/// The benchmark's score over a set of pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    /// Harmonic mean of `precision` and `recall` (0 when both are 0).
    pub f1: f64,
    /// Mean precision over the pages with a predicted shingle (0 if there is none).
    pub precision: f64,
    /// Mean recall over the pages with a true shingle (0 if there is none).
    pub recall: f64,
    /// Number of pages scored.
    pub pages: usize,
}

/// Averages per-page scores into the benchmark's precision, recall and F1.
pub fn aggregate(pages: &[PageScore]) -> Score {
    let precision = mean(
        pages
            .iter()
            .filter(|page| page.tp + page.fp > 0.0)
            .map(|page| page.tp / (page.tp + page.fp)),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|page| page.tp + page.fn_ > 0.0)
            .map(|page| page.tp / (page.tp + page.fn_)),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Score {
        f1,
        precision,
        recall,
        pages: pages.len(),
    }
}

/// The mean of `values`, 0 when there are none.
fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0_usize), |(sum, count), value| {
        (sum + value, count + 1)
    });
    if count == 0 {
        0.0
    } else {
        sum / count as f64
    }
}

impl fmt::Display for Score {
    /// Formats as `F1 0.947 precision 0.914 recall 0.982 pages 181`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "F1 {:.3} precision {:.3} recall {:.3} pages {}",
            self.f1, self.precision, self.recall, self.pages
        )
    }
}

/// Characters that Rust's [`char::is_alphanumeric`] accepts but Python's
/// `str.isalnum()` does not, as sorted, disjoint, inclusive ranges: the
/// `Other_Alphabetic` characters of general category Mn, Mc or So (combining vowel
/// signs, harakat, circled letters, ...) of Unicode 17. Runs of characters that are
/// not alphanumeric anyway are merged into the ranges to keep the table short.
/// Derived by comparing the two predicates on every code point (Rust 1.95, Python
/// with `unicodedata2` 18.0); Python 3.11 agrees on every character it knows.
const ALPHABETIC_MARKS: &[(char, char)] = &[
    ('\u{345}', '\u{36f}'),
    ('\u{5b0}', '\u{5c7}'),
    ('\u{610}', '\u{61a}'),
    ('\u{64b}', '\u{65f}'),
    ('\u{670}', '\u{670}'),
    ('\u{6d6}', '\u{6e4}'),
    ('\u{6e7}', '\u{6ed}'),
    ('\u{711}', '\u{711}'),
    ('\u{730}', '\u{73f}'),
    ('\u{7a6}', '\u{7b0}'),
    ('\u{816}', '\u{817}'),
    ('\u{81b}', '\u{823}'),
    ('\u{825}', '\u{827}'),
    ('\u{829}', '\u{82c}'),
    ('\u{897}', '\u{897}'),
    ('\u{8d4}', '\u{903}'),
    ('\u{93a}', '\u{93b}'),
    ('\u{93e}', '\u{94f}'),
    ('\u{955}', '\u{957}'),
    ('\u{962}', '\u{963}'),
    ('\u{981}', '\u{983}'),
    ('\u{9be}', '\u{9cc}'),
    ('\u{9d7}', '\u{9d7}'),
    ('\u{9e2}', '\u{9e3}'),
    ('\u{a01}', '\u{a03}'),
    ('\u{a3e}', '\u{a51}'),
    ('\u{a70}', '\u{a71}'),
    ('\u{a75}', '\u{a83}'),
    ('\u{abe}', '\u{acc}'),
    ('\u{ae2}', '\u{ae3}'),
    ('\u{afa}', '\u{b03}'),
    ('\u{b3e}', '\u{b57}'),
    ('\u{b62}', '\u{b63}'),
    ('\u{b82}', '\u{b82}'),
    ('\u{bbe}', '\u{bcc}'),
    ('\u{bd7}', '\u{bd7}'),
    ('\u{c00}', '\u{c04}'),
    ('\u{c3e}', '\u{c56}'),
    ('\u{c62}', '\u{c63}'),
    ('\u{c81}', '\u{c83}'),
    ('\u{cbe}', '\u{cd6}'),
    ('\u{ce2}', '\u{ce3}'),
    ('\u{cf3}', '\u{d03}'),
    ('\u{d3e}', '\u{d4c}'),
    ('\u{d57}', '\u{d57}'),
    ('\u{d62}', '\u{d63}'),
    ('\u{d81}', '\u{d83}'),
    ('\u{dcf}', '\u{ddf}'),
    ('\u{df2}', '\u{df3}'),
    ('\u{e31}', '\u{e31}'),
    ('\u{e34}', '\u{e3a}'),
    ('\u{e4d}', '\u{e4d}'),
    ('\u{eb1}', '\u{eb1}'),
    ('\u{eb4}', '\u{ebc}'),
    ('\u{ecd}', '\u{ecd}'),
    ('\u{f71}', '\u{f83}'),
    ('\u{f8d}', '\u{fbc}'),
    ('\u{102b}', '\u{103e}'),
    ('\u{1056}', '\u{1059}'),
    ('\u{105e}', '\u{1060}'),
    ('\u{1062}', '\u{1064}'),
    ('\u{1067}', '\u{106d}'),
    ('\u{1071}', '\u{1074}'),
    ('\u{1082}', '\u{108d}'),
    ('\u{108f}', '\u{108f}'),
    ('\u{109a}', '\u{109d}'),
    ('\u{1712}', '\u{1713}'),
    ('\u{1732}', '\u{1733}'),
    ('\u{1752}', '\u{1753}'),
    ('\u{1772}', '\u{1773}'),
    ('\u{17b6}', '\u{17c8}'),
    ('\u{1885}', '\u{1886}'),
    ('\u{18a9}', '\u{18a9}'),
    ('\u{1920}', '\u{1938}'),
    ('\u{1a17}', '\u{1a1b}'),
    ('\u{1a55}', '\u{1a74}'),
    ('\u{1abf}', '\u{1b04}'),
    ('\u{1b35}', '\u{1b43}'),
    ('\u{1b80}', '\u{1b82}'),
    ('\u{1ba1}', '\u{1bad}'),
    ('\u{1be7}', '\u{1bf1}'),
    ('\u{1c24}', '\u{1c36}'),
    ('\u{1dd3}', '\u{1df4}'),
    ('\u{24b6}', '\u{24e9}'),
    ('\u{2de0}', '\u{2dff}'),
    ('\u{a674}', '\u{a67b}'),
    ('\u{a69e}', '\u{a69f}'),
    ('\u{a802}', '\u{a802}'),
    ('\u{a80b}', '\u{a80b}'),
    ('\u{a823}', '\u{a827}'),
    ('\u{a880}', '\u{a881}'),
    ('\u{a8b4}', '\u{a8c5}'),
    ('\u{a8ff}', '\u{a8ff}'),
    ('\u{a926}', '\u{a92a}'),
    ('\u{a947}', '\u{a952}'),
    ('\u{a980}', '\u{a983}'),
    ('\u{a9b4}', '\u{a9bf}'),
    ('\u{a9e5}', '\u{a9e5}'),
    ('\u{aa29}', '\u{aa36}'),
    ('\u{aa43}', '\u{aa43}'),
    ('\u{aa4c}', '\u{aa4d}'),
    ('\u{aa7b}', '\u{aa7d}'),
    ('\u{aab0}', '\u{aab0}'),
    ('\u{aab2}', '\u{aab4}'),
    ('\u{aab7}', '\u{aab8}'),
    ('\u{aabe}', '\u{aabe}'),
    ('\u{aaeb}', '\u{aaef}'),
    ('\u{aaf5}', '\u{aaf5}'),
    ('\u{abe3}', '\u{abea}'),
    ('\u{fb1e}', '\u{fb1e}'),
    ('\u{10376}', '\u{1037a}'),
    ('\u{10a01}', '\u{10a0f}'),
    ('\u{10d24}', '\u{10d27}'),
    ('\u{10d69}', '\u{10d69}'),
    ('\u{10eab}', '\u{10eac}'),
    ('\u{10efa}', '\u{10efc}'),
    ('\u{11000}', '\u{11002}'),
    ('\u{11038}', '\u{11045}'),
    ('\u{11073}', '\u{11074}'),
    ('\u{11080}', '\u{11082}'),
    ('\u{110b0}', '\u{110c2}'),
    ('\u{11100}', '\u{11102}'),
    ('\u{11127}', '\u{11132}'),
    ('\u{11145}', '\u{11146}'),
    ('\u{11180}', '\u{11182}'),
    ('\u{111b3}', '\u{111bf}'),
    ('\u{111ce}', '\u{111cf}'),
    ('\u{1122c}', '\u{1123e}'),
    ('\u{11241}', '\u{11241}'),
    ('\u{112df}', '\u{112e8}'),
    ('\u{11300}', '\u{11303}'),
    ('\u{1133e}', '\u{1134c}'),
    ('\u{11357}', '\u{11357}'),
    ('\u{11362}', '\u{11363}'),
    ('\u{113b8}', '\u{113cd}'),
    ('\u{11435}', '\u{11445}'),
    ('\u{114b0}', '\u{114c1}'),
    ('\u{115af}', '\u{115be}'),
    ('\u{115dc}', '\u{115dd}'),
    ('\u{11630}', '\u{11640}'),
    ('\u{116ab}', '\u{116b5}'),
    ('\u{1171d}', '\u{1172a}'),
    ('\u{1182c}', '\u{11838}'),
    ('\u{11930}', '\u{1193c}'),
    ('\u{11940}', '\u{11940}'),
    ('\u{11942}', '\u{11942}'),
    ('\u{119d1}', '\u{119df}'),
    ('\u{119e4}', '\u{119e4}'),
    ('\u{11a01}', '\u{11a0a}'),
    ('\u{11a35}', '\u{11a39}'),
    ('\u{11a3b}', '\u{11a3e}'),
    ('\u{11a51}', '\u{11a5b}'),
    ('\u{11a8a}', '\u{11a97}'),
    ('\u{11b60}', '\u{11b67}'),
    ('\u{11c2f}', '\u{11c3e}'),
    ('\u{11c92}', '\u{11cb6}'),
    ('\u{11d31}', '\u{11d43}'),
    ('\u{11d47}', '\u{11d47}'),
    ('\u{11d8a}', '\u{11d96}'),
    ('\u{11ef3}', '\u{11f01}'),
    ('\u{11f03}', '\u{11f03}'),
    ('\u{11f34}', '\u{11f40}'),
    ('\u{1611e}', '\u{1612e}'),
    ('\u{16f4f}', '\u{16f4f}'),
    ('\u{16f51}', '\u{16f92}'),
    ('\u{16ff0}', '\u{16ff1}'),
    ('\u{1bc9e}', '\u{1bc9e}'),
    ('\u{1e000}', '\u{1e02a}'),
    ('\u{1e08f}', '\u{1e08f}'),
    ('\u{1e6e3}', '\u{1e6e3}'),
    ('\u{1e6e6}', '\u{1e6e6}'),
    ('\u{1e6ee}', '\u{1e6ef}'),
    ('\u{1e6f5}', '\u{1e6f5}'),
    ('\u{1e947}', '\u{1e947}'),
    ('\u{1f130}', '\u{1f189}'),
];

#[cfg(test)]
mod truth_index_tests {
    use super::TruthIndex;

    #[test]
    fn shares_of_text_in_the_truth() {
        let truth =
            TruthIndex::new("The ferry left the harbour at dawn with nine passengers on board.");
        assert_eq!(truth.share_in_truth("the harbour at dawn with nine"), 1.0);
        assert_eq!(
            truth.share_in_truth("Subscribe to our newsletter today please"),
            0.0
        );
        assert_eq!(truth.share_in_truth("nine passengers"), 1.0);
        assert_eq!(truth.share_in_truth("passengers nine"), 0.0);
        assert_eq!(truth.share_in_truth(""), 0.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn shares(tp: f64, fp: f64, fn_: f64) -> PageScore {
        PageScore { tp, fp, fn_ }
    }

    #[test]
    fn tokens_are_word_runs_with_case_kept() {
        assert_eq!(
            tokens("Hello, World! It's snake_case 42x."),
            ["Hello", "World", "It", "s", "snake_case", "42x"]
        );
        assert!(tokens("").is_empty());
        assert!(tokens(" -- ... !").is_empty());
    }

    #[test]
    fn tokens_handle_unicode_words_like_python() {
        assert_eq!(
            tokens("Grüße aus Köln, 東京。日本語のテキスト"),
            ["Grüße", "aus", "Köln", "東京", "日本語のテキスト"]
        );
        // Vowel signs and harakat are not `\w` in Python: they split words.
        assert_eq!(tokens("हिन्दी भाषा"), ["ह", "न", "द", "भ", "ष"]);
        assert_eq!(tokens("كَتَبَ الوَلَدُ"), ["ك", "ت", "ب", "الو", "ل", "د"]);
        // Circled letters are not `\w`, circled digits are; so is `_`.
        assert_eq!(tokens("ⓒ 2019 x_y ①②"), ["2019", "x_y", "①②"]);
        // A decomposed accent splits the word, as in Python.
        assert_eq!(tokens("e\u{301}te\u{301}"), ["e", "te"]);
    }

    #[test]
    fn alphabetic_marks_are_sorted_disjoint_ranges() {
        for &(first, last) in ALPHABETIC_MARKS {
            assert!(first <= last, "{first:?}..={last:?}");
            assert!(first.is_alphanumeric() && last.is_alphanumeric());
        }
        for pair in ALPHABETIC_MARKS.windows(2) {
            assert!(pair[0].1 < pair[1].0, "{pair:?}");
        }
    }

    #[test]
    fn identical_texts_score_perfectly() {
        let text = "The quick brown fox jumps over the lazy dog.";
        let page = score_page(text, text);
        assert_eq!(page, shares(1.0, 0.0, 0.0));
        let score = aggregate(&[page]);
        assert_eq!((score.f1, score.precision, score.recall), (1.0, 1.0, 1.0));
    }

    #[test]
    fn disjoint_texts_score_zero() {
        let page = score_page("one two three four five", "six seven eight nine");
        // Truth has 2 shingles, prediction 1, none shared.
        assert!(close(page.tp, 0.0));
        assert!(close(page.fp, 1.0 / 3.0));
        assert!(close(page.fn_, 2.0 / 3.0));
        let score = aggregate(&[page]);
        assert_eq!((score.f1, score.precision, score.recall), (0.0, 0.0, 0.0));
    }

    #[test]
    fn partial_overlap_is_normalised_per_page() {
        // Truth: a b c d e (2 shingles); prediction: a b c d (1 shingle, shared).
        let page = score_page("a b c d e", "a b c d");
        assert!(close(page.tp, 0.5) && close(page.fp, 0.0) && close(page.fn_, 0.5));
        let score = aggregate(&[page]);
        assert!(close(score.precision, 1.0) && close(score.recall, 0.5));
        assert!(close(score.f1, 2.0 / 3.0));
    }

    #[test]
    fn case_matters() {
        let page = score_page("One two three four", "one two three four");
        assert_eq!(page, shares(0.0, 0.5, 0.5));
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let missed = score_page("one two three four five", "");
        assert_eq!(missed, shares(0.0, 0.0, 1.0));
        let perfect = score_page("a b c d", "a b c d");
        let score = aggregate(&[missed, perfect]);
        assert_eq!(score.precision, 1.0);
        assert_eq!(score.recall, 0.5);
        assert_eq!(score.pages, 2);
        // Nothing to find and nothing found: the page enters neither mean.
        assert_eq!(score_page("", "?!"), PageScore::default());
        let score = aggregate(&[PageScore::default(), perfect]);
        assert_eq!((score.precision, score.recall, score.pages), (1.0, 1.0, 2));
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(score_page("Hello world", "hello: World").tp, 0.0);
        assert_eq!(score_page("Hello world", "Hello, world!").tp, 1.0);
        // A short text never matches a longer one: its shingle has fewer tokens.
        let page = score_page("Hello big world", "Hello big world again");
        assert_eq!(page, shares(0.0, 0.5, 0.5));
        let page = score_page("x", "");
        assert_eq!(page, shares(0.0, 0.0, 1.0));
    }

    #[test]
    fn repeated_shingles_count_as_a_multiset() {
        // Truth: "a b c d" three times (shingle "a b c d" 3x plus 6 others).
        let truth = "a b c d a b c d a b c d";
        // Prediction repeats it once: 1 shared "a b c d", nothing extra.
        let page = score_page(truth, "a b c d");
        assert!(close(page.tp, 1.0 / 9.0) && close(page.fp, 0.0));
        assert!(close(page.fn_, 8.0 / 9.0));
        // The other way round: 1 shared "a b c d", 8 extra shingles.
        let page = score_page("a b c d", "a b c d a b c d a b c d");
        assert!(close(page.tp, 1.0 / 9.0) && close(page.fp, 8.0 / 9.0));
        let page = score_page(truth, "a b c d. a b c d. a b c d. a b c d. a b c d");
        // Prediction: 17 shingles, 5x "a b c d" and 4x each of the other three.
        // Truth: 9 shingles, 3x "a b c d" and 2x each of the other three.
        assert!(close(page.tp, 9.0 / 17.0));
        assert!(close(page.fp, 8.0 / 17.0));
        assert!(close(page.fn_, 0.0));
    }

    #[test]
    fn unicode_words_match() {
        let truth = "Die Straße führt über die Brücke nach Köln.";
        let page = score_page(truth, "Die Straße führt über die Brücke");
        // Truth has 5 shingles, prediction 3, all shared.
        assert!(close(page.tp, 0.6) && close(page.fp, 0.0) && close(page.fn_, 0.4));
        let page = score_page("東京 大阪 京都 奈良 神戸", "東京 大阪 京都 奈良");
        assert!(close(page.tp, 0.5) && close(page.fn_, 0.5));
    }

    #[test]
    fn no_pages_score_zero() {
        let score = aggregate(&[]);
        assert_eq!(
            (score.f1, score.precision, score.recall, score.pages),
            (0.0, 0.0, 0.0, 0)
        );
    }

    #[test]
    fn display_rounds_to_three_decimals() {
        let score = Score {
            f1: 0.946748,
            precision: 0.913944,
            recall: 0.981993,
            pages: 181,
        };
        assert_eq!(
            score.to_string(),
            "F1 0.947 precision 0.914 recall 0.982 pages 181"
        );
    }
}
