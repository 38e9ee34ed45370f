//! Plain text → blocks: paragraphs separated by blank lines, or single lines when
//! the text has no blank lines at all (scrapers emit both).

use crate::block::Block;
use crate::features::{skip_class, INSIDE, NON_ASCII, OUTSIDE};

/// Splits scraped plain text into blocks. Whitespace inside a block is
/// collapsed; empty blocks are dropped. One pass over the lines, no copy of the
/// whole text.
pub fn blocks_from_text(text: &str) -> Vec<Block> {
    let paragraphs = has_blank_line(text);
    let mut blocks = Vec::new();
    let mut current = String::new();
    for line in lines(text) {
        let blank = is_blank(line);
        if !blank {
            push_collapsed(&mut current, line);
        }
        if blank || !paragraphs {
            push_block(&mut blocks, &mut current);
        }
    }
    push_block(&mut blocks, &mut current);
    blocks
}

/// Appends the words of `line` to `current`, one space between words (as
/// `split_whitespace` + join would, but copying runs of words already one
/// ASCII space apart at a time and decoding only non-ASCII characters).
fn push_collapsed(current: &mut String, line: &str) {
    let bytes = line.as_bytes();
    let mut i = skip(line, 0, true);
    while i < bytes.len() {
        let start = i;
        loop {
            i = skip(line, i, false);
            let single_space = bytes.get(i) == Some(&b' ') && skip(line, i + 1, true) == i + 1;
            if !single_space || i + 1 == bytes.len() {
                break;
            }
            i += 1;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&line[start..i]);
        i = skip(line, i, true);
    }
}

/// The position after the characters from `i` on that are (or are not)
/// whitespace. ASCII bytes are classed by [`SPACE_BYTE`].
#[inline]
fn skip(line: &str, i: usize, space: bool) -> usize {
    skip_class(line, i, &SPACE_BYTE, space, char::is_whitespace)
}

/// Per byte value, its class for [`skip`]: ASCII whitespace is inside.
static SPACE_BYTE: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if matches!(b as u8, b' ' | b'\t'..=b'\r') {
            INSIDE
        } else {
            OUTSIDE
        };
        b += 1;
    }
    table
};

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
