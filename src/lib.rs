//! Declutter labels each text block of a web page or of scraped text as
//! **body**, **caption**, **ad** or **code**, with a confidence and a reason, and
//! hides the clutter in place.
//!
//! The core is plain data: [`Block`]s in, [`Verdict`]s out ([`classify()`]).
//! Adapters turn input into blocks: [`text::blocks_from_text`] for plain text,
//! [`dom::html::Page`] for parsed HTML (feature `cli`), and `dom::web` for the
//! live DOM (wasm32, feature `js-api`). Block splitting is written once in [`dom`], generic over
//! the [`dom::Dom`] trait.

pub mod block;
pub mod classify;
pub mod dom;
pub mod features;
mod hash;
pub mod label;
pub mod lexicon;
pub mod lowercase;
pub mod metric;
pub mod model;
pub mod model_text;
pub mod options;
pub mod stopwords;
#[cfg(test)]
mod testing;
pub mod text;
#[cfg(feature = "cli")]
pub mod train;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use block::Block;
pub use classify::classify;
pub use label::{Label, Verdict};
pub use options::{Options, OptionsError};

/// Classifies scraped plain text: its blocks with their verdicts.
pub fn classify_text(text: &str, options: &Options) -> Vec<(Block, Verdict)> {
    let blocks = text::blocks_from_text(text);
    let verdicts = classify(&blocks, options);
    blocks.into_iter().zip(verdicts).collect()
}

/// The wasm build's allocator: Talc instead of std's dlmalloc, 5 KB smaller
/// after wasm-opt and as fast (docs/PERFORMANCE.md, "Size").
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
