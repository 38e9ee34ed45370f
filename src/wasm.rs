//! The wasm boundary: `#[wasm_bindgen]` exports with camelCase names. Values
//! cross as plain JS objects through serde-wasm-bindgen; bad input becomes a
//! `JsError` with a clear message.
//!
//! Without the `js-api` feature (the extension's build) only `declutterFlat`
//! is exported.

#[cfg(feature = "js-api")]
use crate::dom::web;
#[cfg(feature = "js-api")]
use crate::{classify, Block};
use crate::{Label, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads an options object; `undefined`/`null` mean the defaults.
fn options(value: JsValue) -> Result<Options, JsError> {
    let options: Options = if value.is_undefined() || value.is_null() {
        Options::default()
    } else {
        if !value.is_object() || js_sys::Array::is_array(&value) {
            return Err(JsError::new("invalid options: expected an object"));
        }
        // serde-wasm-bindgen ignores unknown properties; a typo must not pass.
        for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !Options::FIELDS.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "invalid options: unknown option {key:?}; expected one of {}",
                    Options::FIELDS.join(", ")
                )));
            }
        }
        serde_wasm_bindgen::from_value(value)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    options
        .validate()
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))?;
    Ok(options)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

#[cfg(feature = "js-api")]
#[derive(Serialize)]
struct TextVerdict<'a> {
    text: &'a str,
    label: Label,
    confidence: f32,
    reason: &'a str,
}

/// Classifies scraped plain text: `[{text, label, confidence, reason}]`.
#[cfg(feature = "js-api")]
#[wasm_bindgen(js_name = classifyText)]
pub fn classify_text(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let out = crate::classify_text(text, &options);
    let rows: Vec<TextVerdict> = out
        .iter()
        .map(|(b, v)| TextVerdict {
            text: &b.text,
            label: v.label,
            confidence: v.confidence,
            reason: v.reason,
        })
        .collect();
    to_js(&rows)
}

/// Classifies blocks given as plain objects (see `Block`): `[{label, confidence, reason}]`.
#[cfg(feature = "js-api")]
#[wasm_bindgen(js_name = classifyBlocks)]
pub fn classify_blocks(blocks: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let blocks: Vec<Block> = serde_wasm_bindgen::from_value(blocks)
        .map_err(|e| JsError::new(&format!("invalid blocks: {e}")))?;
    to_js(&classify(&blocks, &options))
}

/// The extension's path: classifies a snapshot in the flat form its content
/// script builds (see `dom::snapshot::FlatSnapshot`: `strings`, `lengths` in
/// UTF-16 units, `ends` with 0 for text nodes, `attrs` bit sets). Returns
/// `{marks: Uint32Array [node, label, …], why: Uint8Array, reasons: [string], report}`:
/// per mark its node index and label (`Label::ALL` order: body, caption, ad,
/// code), why it was made (0 its own block, 1 a clutter box, 2 an empty ad
/// slot) and that block's (or the box's first block's) reason.
#[wasm_bindgen(js_name = declutterFlat)]
pub fn declutter_flat(
    strings: &str,
    lengths: &[u32],
    ends: &[u32],
    attrs: &[u8],
    options_value: JsValue,
) -> Result<JsValue, JsError> {
    use crate::dom::snapshot::{decode_flat, MarkWhy};
    let options = options(options_value)?;
    let invalid = |e: String| JsError::new(&format!("invalid snapshot: {e}"));
    let snapshot = decode_flat(strings, lengths, ends, attrs).map_err(invalid)?;
    let outcome = crate::dom::snapshot::declutter_snapshot(&snapshot, &options).map_err(invalid)?;
    let marks: Vec<u32> = outcome
        .marks
        .iter()
        .flat_map(|&(node, label)| {
            [
                node,
                Label::ALL.iter().position(|&l| l == label).unwrap_or(0) as u32,
            ]
        })
        .collect();
    let whys = outcome.mark_whys(&snapshot);
    let why: Vec<u8> = whys
        .iter()
        .map(|w| match w {
            MarkWhy::Block(_) => 0,
            MarkWhy::Box(_) => 1,
            MarkWhy::EmptySlot => 2,
        })
        .collect();
    let reasons: Vec<&str> = whys
        .iter()
        .map(|w| match w {
            MarkWhy::Block(r) | MarkWhy::Box(r) => r,
            MarkWhy::EmptySlot => "",
        })
        .collect();
    let out = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&out, &key.into(), &value);
    set("marks", js_sys::Uint32Array::from(marks.as_slice()).into())
        .and_then(|_| set("why", js_sys::Uint8Array::from(why.as_slice()).into()))
        .and_then(|_| set("reasons", to_js(&reasons).map_err(JsValue::from)?))
        .and_then(|_| set("report", to_js(&outcome.report).map_err(JsValue::from)?))
        .map_err(|_| JsError::new("cannot build the result object"))?;
    Ok(out.into())
}

/// Labels and hides the clutter under `root` (default: `document.body`).
/// Returns `{counts: {body, caption, ad, code}, blocks, hidden, kept, ms}`.
#[cfg(feature = "js-api")]
#[wasm_bindgen]
pub fn declutter(
    root: Option<web_sys::Element>,
    options_value: JsValue,
) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let report = match root.or_else(default_root) {
        Some(root) => web::declutter(&root, &options),
        None => Default::default(),
    };
    to_js(&report)
}

/// Like `declutter`, and returns every block:
/// `[{element, text, label, confidence, reason, hidden}]` in document order.
#[cfg(feature = "js-api")]
#[wasm_bindgen]
pub fn explain(
    root: Option<web_sys::Element>,
    options_value: JsValue,
) -> Result<js_sys::Array, JsError> {
    let options = options(options_value)?;
    let out = js_sys::Array::new();
    let Some(root) = root.or_else(default_root) else {
        return Ok(out);
    };
    for e in web::explain(&root, &options).1 {
        let row = js_sys::Object::new();
        let set = |key: &str, value: JsValue| js_sys::Reflect::set(&row, &key.into(), &value);
        set("element", e.element.into())
            .and_then(|_| set("text", e.text.into()))
            .and_then(|_| set("label", e.verdict.label.as_str().into()))
            .and_then(|_| set("confidence", e.verdict.confidence.into()))
            .and_then(|_| set("reason", e.verdict.reason.into()))
            .and_then(|_| set("hidden", e.hidden.into()))
            .map_err(|_| JsError::new("cannot build the result object"))?;
        out.push(&row);
    }
    Ok(out)
}

/// Undoes `declutter`: removes every mark and the stylesheet from `root`'s
/// document (default: this page's document).
#[cfg(feature = "js-api")]
#[wasm_bindgen]
pub fn restore(root: Option<web_sys::Element>) {
    let doc = match root {
        Some(root) => root.owner_document(),
        None => web_sys::window().and_then(|w| w.document()),
    };
    if let Some(doc) = doc {
        web::restore(&doc);
    }
}

#[cfg(feature = "js-api")]
fn default_root() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map(Into::into)
}
