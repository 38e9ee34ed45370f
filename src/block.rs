//! [`Block`]: plain data describing one run of text and what its markup says.
//! Adapters (plain text, parsed HTML, the live DOM) produce blocks; the classifier
//! reads them. No DOM types appear here.

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// How many enclosing elements a block records, nearest first.
pub const MAX_ANCESTORS: usize = 32;
/// How many characters of an element's class and id a block records.
pub const MAX_HINT_CHARS: usize = 96;

/// One run of text not interrupted by block-level elements.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// Tag name (lowercase) of the nearest block-level element enclosing the run;
    /// empty in text mode.
    pub tag: String,
    /// 1–6 when the run is inside `<h1>`–`<h6>` (or `role="heading"`), else 0.
    pub heading: u8,
    /// Characters of the text that sit inside links (`<a href>`).
    pub link_chars: usize,
    /// Enclosing elements, nearest first (the block-level element itself first),
    /// at most [`MAX_ANCESTORS`].
    pub ancestors: Vec<Ancestor>,
    /// Which kinds of element enclose the run (computed over the whole chain).
    pub inside: Inside,
    /// Position of the block in document order (0-based).
    pub index: usize,
    /// Where the block is drawn, when the adapter knows it.
    pub layout: Option<Layout>,
}

/// One enclosing element.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Ancestor {
    /// Document-unique number of the element (its position in a pre-order walk).
    pub id: u32,
    /// Lowercase tag name.
    pub tag: Arc<str>,
    /// `id` and `class` attribute values joined by spaces, as written, at most
    /// [`MAX_HINT_CHARS`] characters. Matching splits them into lowercase parts
    /// at spaces, `-`, `_`, `:` and camelCase humps (`newsCaption` → news, caption).
    pub hints: Arc<str>,
    /// The ARIA `role`, lowercase, or empty.
    pub role: Arc<str>,
}

/// Kinds of element around a block.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Inside {
    pub figure: bool,
    pub figcaption: bool,
    pub aside: bool,
    pub nav: bool,
    pub header: bool,
    pub footer: bool,
    pub form: bool,
    pub button: bool,
    pub list: bool,
    pub table: bool,
    pub blockquote: bool,
    /// `<pre>` or `<code>`: code samples the author meant to show.
    pub pre: bool,
    /// `<article>` or `<main>` (or `role="main"`/`"article"`).
    pub article: bool,
    /// A link (`<a href>`) encloses the whole block.
    pub link: bool,
}

/// Optional geometry, in CSS pixels, when an adapter can read layout.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Layout {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub font_size: f32,
}

impl Block {
    /// A block of plain text with no markup, as text mode produces.
    pub fn plain(text: impl Into<String>, index: usize) -> Block {
        Block {
            text: text.into(),
            index,
            ..Block::default()
        }
    }

    /// Share of the text's characters that sit inside links, 0..1.
    pub fn link_density(&self) -> f32 {
        let chars = self.text.chars().count();
        if chars == 0 {
            0.0
        } else {
            (self.link_chars as f32 / chars as f32).min(1.0)
        }
    }
}
