//! Plain text → blocks: paragraphs separated by blank lines, or single lines when
//! the text has no blank lines at all (scrapers emit both).

use crate::block::Block;
use crate::features::{skip_class, INSIDE, NON_ASCII, OUTSIDE};

/// Splits scraped plain text into blocks. Whitespace inside a block is
/// collapsed; empty blocks are dropped. One pass over the text, no copy of the
/// whole text.
pub fn blocks_from_text(text: &str) -> Vec<Block> {
    let paragraphs = has_blank_line(text);
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut next = Some(0);
    while let Some(start) = next {
        let (words, after) = push_line(&mut current, text, start);
        if !words || !paragraphs {
            push_block(&mut blocks, &mut current);
        }
        next = after;
    }
    push_block(&mut blocks, &mut current);
    blocks
}

/// Appends the words of the line of `text` starting at `i` to `current`, one
/// space between words (as `split_whitespace` + join would, but copying runs
/// of words already one ASCII space apart at a time and decoding only
/// non-ASCII characters). Returns whether the line had a word, and where the
/// next line starts (None: this was the last). Lines end at `\n`, `\r\n`
/// and a lone `\r`, as [`lines`] splits them.
fn push_line(current: &mut String, text: &str, mut i: usize) -> (bool, Option<usize>) {
    let bytes = text.as_bytes();
    let mut words = false;
    loop {
        i = skip_class(text, i, &LINE_SPACE_BYTE, true, char::is_whitespace);
        match bytes.get(i) {
            None => return (words, None),
            Some(b'\n') => return (words, Some(i + 1)),
            Some(b'\r') => {
                return (
                    words,
                    Some(i + 1 + usize::from(bytes.get(i + 1) == Some(&b'\n'))),
                )
            }
            Some(_) => {}
        }
        let start = i;
        loop {
            i = plain_run_end(bytes, i);
            let Some(&b) = bytes.get(i) else { break };
            if b == b' ' {
                if !starts_word(text, i + 1) {
                    break;
                }
                i += 1;
            } else if b.is_ascii() {
                if SPACE_BYTE[usize::from(b)] == INSIDE {
                    break;
                }
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
                if c.is_whitespace() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&text[start..i]);
        words = true;
    }
}

/// Whether a character other than whitespace starts at `i` of `text`.
fn starts_word(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b.is_ascii() => SPACE_BYTE[usize::from(b)] == OUTSIDE,
        Some(_) => text[i..].chars().next().is_some_and(|c| !c.is_whitespace()),
    }
}

/// The position of the first byte of `bytes` from `i` on that is ASCII
/// whitespace or control (up to 0x20) or part of a non-ASCII character (from
/// 0x80), or the end: eight bytes at a time.
#[inline]
fn plain_run_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // A byte below 0x21 borrows into its high bit, one from 0x80 has it
        // set; a borrow only reaches the bytes above the first flagged one.
        let special = (word.wrapping_sub(0x21 * ONES) | word) & HIGH;
        if special != 0 {
            return i + (special.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| (0x21..0x80).contains(&b)) {
        i += 1;
    }
    i
}

/// Per byte value, its class: ASCII whitespace is inside.
static SPACE_BYTE: [u8; 256] = space_table(true);

/// [`SPACE_BYTE`] without the line breaks `\n` and `\r`: the whitespace a
/// line's words are separated by.
static LINE_SPACE_BYTE: [u8; 256] = space_table(false);

/// A class table for [`skip_class`]: ASCII whitespace inside, the line breaks
/// only when `breaks`.
const fn space_table(breaks: bool) -> [u8; 256] {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let space = matches!(b as u8, b' ' | b'\t' | 0x0B | 0x0C)
            || breaks && matches!(b as u8, b'\n' | b'\r');
        table[b] = if space { INSIDE } else { OUTSIDE };
        b += 1;
    }
    table
}

fn push_block(blocks: &mut Vec<Block>, current: &mut String) {
    if !current.is_empty() {
        let index = blocks.len();
        blocks.push(Block::plain(std::mem::take(current), index));
    }
}

/// Lines split at `\n`, `\r\n` and a lone `\r`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Whether a blank line separates two non-blank ones: then blocks are
/// paragraphs; otherwise every line is a block (scrapers emit both).
fn has_blank_line(text: &str) -> bool {
    let (mut seen_text, mut gap) = (false, false);
    for line in lines(text) {
        if is_blank(line) {
            gap = seen_text;
        } else if gap {
            return true;
        } else {
            seen_text = true;
        }
    }
    false
}

/// Collapses runs of whitespace to one space and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        blocks_from_text(s).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            texts("One\ncontinued\n\n\n  Two  \r\n\r\nThree"),
            ["One continued", "Two", "Three"]
        );
    }

    #[test]
    fn whitespace_inside_blocks_collapses_as_split_whitespace() {
        for line in [
            "a b  c\td \u{a0}e\u{3000} f ",
            "  x",
            "y ",
            " ",
            "é ü\u{2003}ö  ",
            "one two three",
        ] {
            let want = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let got = texts(line);
            assert_eq!(got.first().map_or("", |s| s.as_str()), want, "{line:?}");
        }
    }

    /// What [`blocks_from_text`] gives, written plainly: lines, blank lines
    /// between paragraphs, `split_whitespace` + join.
    fn reference(text: &str) -> Vec<String> {
        let paragraphs = has_blank_line(text);
        let mut out = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        for line in lines(text) {
            words.extend(line.split_whitespace());
            if is_blank(line) || !paragraphs {
                out.push(words.join(" "));
                words.clear();
            }
        }
        out.push(words.join(" "));
        out.retain(|t| !t.is_empty());
        out
    }

    #[test]
    fn random_texts_split_as_the_plain_reference() {
        let pieces = [
            "a",
            "word",
            "x1",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "\u{b}",
            "\u{c}",
            "\u{1}",
            "\u{1f}",
            "abcdefghijklmnopqrstuvwxyz",
            "\u{85}",
            "\u{a0}",
            "\u{2028}",
            "\u{3000}",
            "é",
            "東",
            "!",
            "0123456789",
        ];
        for text in crate::testing::random_texts(&pieces, 0x2545_f491_4f6c_dd1d, 20_000, 40, 5) {
            assert_eq!(texts(&text), reference(&text), "{text:?}");
        }
    }

    #[test]
    fn single_lines_without_blank_lines() {
        assert_eq!(texts("One\nTwo\nThree\n"), ["One", "Two", "Three"]);
    }

    #[test]
    fn empty_and_whitespace_input() {
        assert!(texts("").is_empty());
        assert!(texts(" \n\t\n ").is_empty());
    }

    #[test]
    fn indexes_follow_document_order() {
        let b = blocks_from_text("a\n\nb\n\nc");
        assert_eq!(b.iter().map(|b| b.index).collect::<Vec<_>>(), [0, 1, 2]);
    }
}
