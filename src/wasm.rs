//! The wasm boundary: `#[wasm_bindgen]` exports with camelCase names. Values
//! cross as plain JS objects: `classifyBlocks`' blocks and the verdicts of
//! `classifyText` and `classifyBlocks` through serde-wasm-bindgen; options,
//! reports and `declutterFlat`'s result read or built field by field with
//! js_sys, so the extension's build has no serde-wasm-bindgen. Bad input
//! becomes a `JsError` with a clear message.
//!
//! Without the `js-api` feature (the extension's build) only `declutterFlat`
//! is exported.

#[cfg(feature = "js-api")]
use crate::dom::web;
use crate::dom::Report;
use crate::options::OptionsError;
#[cfg(feature = "js-api")]
use crate::{classify, Block};
use crate::{Label, Options};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads an options object; `undefined`/`null` mean the defaults. Each field
/// is read with js_sys, not serde-wasm-bindgen, in every build: its type errors
/// name the offending value through `serde::de::Unexpected`, whose number case
/// brought float printing (~17 KB) into the extension's wasm.
fn options(value: &JsValue) -> Result<Options, JsError> {
    read_options(value)
        .and_then(|options| options.validate().map(|()| options))
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

fn read_options(value: &JsValue) -> Result<Options, OptionsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(OptionsError("expected an object".into()));
    }
    // A typo must not pass unnoticed.
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !Options::FIELDS.contains(&key.as_str()) {
            return Err(OptionsError(format!(
                "unknown option \"{key}\"; expected one of {}",
                Options::FIELDS.join(", ")
            )));
        }
    }
    if let Some(hide) = field(value, "hide")? {
        options.hide = labels(&hide)?;
    }
    if let Some(lang) = field(value, "lang")? {
        options.lang = lang
            .as_string()
            .ok_or_else(|| OptionsError("options.lang must be a string".into()))?;
    }
    Ok(options)
}

/// The property `name` of `object`, own or inherited (as `in` sees it; a
/// property set to `undefined` is there, and of the wrong type); `None`
/// without one.
fn field(object: &JsValue, name: &str) -> Result<Option<JsValue>, OptionsError> {
    let key = JsValue::from_str(name);
    match js_sys::Reflect::has(object, &key) {
        Ok(false) => Ok(None),
        Ok(true) => js_sys::Reflect::get(object, &key).map(Some),
        Err(e) => Err(e),
    }
    .map_err(|_| OptionsError(format!("cannot read options.{name}")))
}

/// The labels of `options.hide`: an array (or other iterable) of label names.
fn labels(value: &JsValue) -> Result<Vec<Label>, OptionsError> {
    let names = || Label::ALL.map(Label::as_str).join(", ");
    let not_a_list = || {
        OptionsError(format!(
            "options.hide must be an array of label names ({})",
            names()
        ))
    };
    let items = match value.is_object() {
        true => js_sys::try_iter(value).ok().flatten(),
        false => None,
    }
    .ok_or_else(not_a_list)?;
    items
        .map(|item| {
            let name = item
                .ok()
                .and_then(|item| item.as_string())
                .ok_or_else(not_a_list)?;
            Label::parse(&name).ok_or_else(|| {
                OptionsError(format!(
                    "options.hide lists \"{name}\", which is not a label; expected one of {}",
                    names()
                ))
            })
        })
        .collect()
}

#[cfg(feature = "js-api")]
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// A plain object with these properties, in this order.
fn object(fields: &[(&str, JsValue)]) -> Result<JsValue, JsError> {
    let out = js_sys::Object::new();
    for (key, value) in fields {
        js_sys::Reflect::set(&out, &JsValue::from_str(key), value)
            .map_err(|_| JsError::new("cannot build the result object"))?;
    }
    Ok(out.into())
}

/// The report as serde serialises it (`{counts: {body, caption, ad, code},
/// blocks, hidden, kept, readerable, ms}`), built with js_sys: the extension's
/// build has no serde-wasm-bindgen.
fn report_to_js(report: &Report) -> Result<JsValue, JsError> {
    let c = &report.counts;
    let counts = object(&[
        ("body", c.body.into()),
        ("caption", c.caption.into()),
        ("ad", c.ad.into()),
        ("code", c.code.into()),
    ])?;
    object(&[
        ("counts", counts),
        ("blocks", report.blocks.into()),
        ("hidden", report.hidden.into()),
        ("kept", report.kept.into()),
        ("readerable", report.readerable.into()),
        ("ms", report.ms.into()),
    ])
}

#[cfg(feature = "js-api")]
#[derive(serde::Serialize)]
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
    let options = options(&options_value)?;
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
    let options = options(&options_value)?;
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
    let options = options(&options_value)?;
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
    let reasons: js_sys::Array = whys
        .iter()
        .map(|w| match w {
            MarkWhy::Block(r) | MarkWhy::Box(r) => JsValue::from_str(r),
            MarkWhy::EmptySlot => JsValue::from_str(""),
        })
        .collect();
    object(&[
        ("marks", js_sys::Uint32Array::from(marks.as_slice()).into()),
        ("why", js_sys::Uint8Array::from(why.as_slice()).into()),
        ("reasons", reasons.into()),
        ("report", report_to_js(&outcome.report)?),
    ])
}

/// Labels and hides the clutter under `root` (default: `document.body`).
/// Returns `{counts: {body, caption, ad, code}, blocks, hidden, kept, ms}`.
#[cfg(feature = "js-api")]
#[wasm_bindgen]
pub fn declutter(
    root: Option<web_sys::Element>,
    options_value: JsValue,
) -> Result<JsValue, JsError> {
    let options = options(&options_value)?;
    let report = match root.or_else(default_root) {
        Some(root) => web::declutter(&root, &options),
        None => Default::default(),
    };
    report_to_js(&report)
}

/// Like `declutter`, and returns every block:
/// `[{element, text, label, confidence, reason, hidden}]` in document order.
#[cfg(feature = "js-api")]
#[wasm_bindgen]
pub fn explain(
    root: Option<web_sys::Element>,
    options_value: JsValue,
) -> Result<js_sys::Array, JsError> {
    let options = options(&options_value)?;
    let out = js_sys::Array::new();
    let Some(root) = root.or_else(default_root) else {
        return Ok(out);
    };
    for e in web::explain(&root, &options).1 {
        out.push(&object(&[
            ("element", e.element.into()),
            ("text", e.text.into()),
            ("label", e.verdict.label.as_str().into()),
            ("confidence", e.verdict.confidence.into()),
            ("reason", e.verdict.reason.into()),
            ("hidden", e.hidden.into()),
        ])?);
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
