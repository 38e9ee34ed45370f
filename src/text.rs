//! Plain text → blocks: paragraphs separated by blank lines, or single lines when
//! the text has no blank lines at all (scrapers emit both).

use crate::block::Block;

/// Splits scraped plain text into blocks. Whitespace inside a block is
/// collapsed; empty blocks are dropped.
pub fn blocks_from_text(text: &str) -> Vec<Block> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim_matches(|c: char| c == '\n' || c.is_whitespace());
    let has_blank_line = text
        .split('\n')
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| !w[0].trim().is_empty() && w[1].trim().is_empty());
    let pieces: Vec<String> = if has_blank_line {
        let mut out = Vec::new();
        let mut current = String::new();
        for line in text.split('\n') {
            if line.trim().is_empty() {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            } else {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(line.trim());
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        out
    } else {
        text.split('\n').map(str::to_string).collect()
    };
    pieces
        .iter()
        .map(|p| collapse_whitespace(p))
        .filter(|p| !p.is_empty())
        .enumerate()
        .map(|(i, p)| Block::plain(p, i))
        .collect()
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
