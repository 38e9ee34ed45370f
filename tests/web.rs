//! The HTML fixtures through the live-DOM adapter in real browsers
//! (`wasm-pack test --headless --chrome` / `--firefox`): the same labels as the
//! native adapter, and `declutter()` / `restore()` leaving the DOM as it was.
#![cfg(target_arch = "wasm32")]

mod common;

use declutter::dom::web::Live;
use declutter::dom::{split, LABEL_ATTR, STYLE_ID};
use declutter::{classify, Label};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Document, DomParser, Element, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// Parses a fixture page into its own (unrendered) document.
fn parse(html: &str) -> Document {
    DomParser::new()
        .and_then(|p| p.parse_from_string(html, SupportedType::TextHtml))
        .expect("DOMParser parses HTML")
}

fn labels_match(case: &str, html: &str, expected: &str) {
    let doc = parse(html);
    let body = doc.body().expect("fixture has a body");
    let s = split(&Live, body.unchecked_ref());
    let options = common::fixture_options(expected);
    let verdicts = classify(&s.blocks, &options);
    common::check(case, expected, &s.blocks, &verdicts);
}

/// Renders the fixture's body inside a fresh element of the live page, runs
/// `declutter()` and `restore()` through the wasm exports, and checks what is
/// visible in between and that the DOM is the same afterwards.
fn hides_and_restores(case: &str, html: &str) {
    let doc = document();
    let host = doc.create_element("div").expect("create div");
    host.set_id("fixture-host");
    host.set_inner_html(&parse(html).body().expect("body").inner_html());
    doc.body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let before = host.outer_html();

    let report = declutter::wasm::declutter(Some(host.clone()), JsValue::UNDEFINED)
        .unwrap_or_else(|_| panic!("{case}: declutter() failed"));
    let hidden = js_sys::Reflect::get(&report, &"hidden".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    assert!(hidden > 0.0, "{case}: nothing was hidden");
    assert!(
        doc.get_element_by_id(STYLE_ID).is_some(),
        "{case}: no stylesheet"
    );

    let window = web_sys::window().expect("window");
    let marked = host
        .query_selector_all(&format!("[{LABEL_ATTR}]"))
        .expect("query");
    let mut shown_body = 0;
    for i in 0..marked.length() {
        let el: Element = marked.item(i).expect("item").unchecked_into();
        let label = el.get_attribute(LABEL_ATTR).unwrap_or_default();
        let display = window
            .get_computed_style(&el)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("display").ok())
            .unwrap_or_default();
        let hidden_label = label != Label::Body.as_str();
        assert_eq!(
            display == "none",
            hidden_label,
            "{case}: element labelled {label} has display {display}"
        );
        if !hidden_label {
            shown_body += 1;
        }
    }
    assert!(shown_body > 0, "{case}: no body element left visible");

    // Idempotent: a second run gives the same marks.
    let marked_once = host.outer_html();
    declutter::wasm::declutter(Some(host.clone()), JsValue::UNDEFINED).expect("second run");
    assert_eq!(
        host.outer_html(),
        marked_once,
        "{case}: a second run changed the marks"
    );

    declutter::wasm::restore(None);
    assert_eq!(
        host.outer_html(),
        before,
        "{case}: restore() did not undo every change"
    );
    assert!(
        doc.get_element_by_id(STYLE_ID).is_none(),
        "{case}: stylesheet left behind"
    );
    host.remove();
}

macro_rules! fixtures {
    ($($name:ident => $case:literal,)*) => {
        mod same_labels_as_native {
            use super::*;
            $(
                #[wasm_bindgen_test]
                fn $name() {
                    labels_match(
                        $case,
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $case, "/page.html")),
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $case, "/expected.json")),
                    );
                }
            )*
        }
        mod declutter_then_restore {
            use super::*;
            $(
                #[wasm_bindgen_test]
                fn $name() {
                    hides_and_restores(
                        $case,
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $case, "/page.html")),
                    );
                }
            )*
        }
    };
}

include!("common/fixture_list.rs");

#[wasm_bindgen_test]
fn classify_text_crosses_the_boundary() {
    let out = declutter::wasm::classify_text(
        include_str!("text/nypost-budapest.txt"),
        JsValue::UNDEFINED,
    )
    .expect("classifyText");
    let rows: js_sys::Array = out.unchecked_into();
    assert_eq!(rows.length(), 29);
    let first = rows.get(0);
    let label = js_sys::Reflect::get(&first, &"label".into()).expect("label");
    assert_eq!(label.as_string().as_deref(), Some("ad"));
}

#[wasm_bindgen_test]
fn bad_options_are_a_clear_error() {
    let bad = js_sys::JSON::parse(r#"{"hide": ["body"]}"#).expect("json");
    assert!(declutter::wasm::classify_text("text", bad).is_err());
    let unknown = js_sys::JSON::parse(r#"{"colour": "red"}"#).expect("json");
    assert!(declutter::wasm::declutter(None, unknown).is_err());
    let wrong_type = js_sys::JSON::parse(r#"{"hide": "ad"}"#).expect("json");
    assert!(declutter::wasm::classify_blocks(js_sys::Array::new().into(), wrong_type).is_err());
}

/// `declutterFlat` on a one-element snapshot with these options: `Err` with
/// the error's message when they are rejected.
fn flat_with_options(options: JsValue) -> Result<(), String> {
    declutter::wasm::declutter_flat("div", &[3], &[1], &[0], options)
        .map(drop)
        .map_err(|e| {
            JsValue::from(e)
                .dyn_into::<js_sys::Error>()
                .expect("an Error")
                .message()
                .into()
        })
}

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("json")
}

#[wasm_bindgen_test]
fn options_are_read_strictly() {
    assert_eq!(flat_with_options(JsValue::UNDEFINED), Ok(()));
    for good in [
        "null",
        "{}",
        r#"{"hide": []}"#,
        r#"{"hide": ["ad", "code"], "lang": "de"}"#,
        r#"{"lang": "auto"}"#,
    ] {
        assert_eq!(flat_with_options(json(good)), Ok(()), "{good}");
    }
    for (bad, says) in [
        ("1.5", "invalid options: expected an object"),
        (r#""hide""#, "expected an object"),
        (r#"[{"hide": []}]"#, "expected an object"),
        (
            r#"{"colour": "red"}"#,
            r#"unknown option "colour"; expected one of hide, lang"#,
        ),
        (r#"{"hide": [], "Lang": "de"}"#, r#"unknown option "Lang""#),
        (
            r#"{"hide": "ad"}"#,
            "options.hide must be an array of label names (body, caption, ad, code)",
        ),
        (r#"{"hide": null}"#, "options.hide must be an array"),
        (r#"{"hide": {"0": "ad"}}"#, "options.hide must be an array"),
        (
            r#"{"hide": ["ad", 1.5]}"#,
            "options.hide must be an array of label names",
        ),
        (
            r#"{"hide": ["ads"]}"#,
            r#"options.hide lists "ads", which is not a label; expected one of body, caption, ad, code"#,
        ),
        (
            r#"{"hide": ["ad", "body"]}"#,
            r#"options.hide may not contain "body""#,
        ),
        (r#"{"lang": 7}"#, "options.lang must be a string"),
        (r#"{"lang": null}"#, "options.lang must be a string"),
        (
            r#"{"lang": "xx"}"#,
            r#"options.lang "xx" is not supported; use "auto" or one of en, de"#,
        ),
    ] {
        let message = flat_with_options(json(bad)).expect_err(bad);
        assert!(message.contains(says), "{bad}: {message}");
        assert!(message.starts_with("invalid options: "), "{bad}: {message}");
    }
    // Any iterable of names is a list; a property set to `undefined` is there,
    // and not a list.
    let with_hide = |hide: &JsValue| {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"hide".into(), hide).expect("set");
        flat_with_options(options.into())
    };
    let labels = js_sys::Set::new(&json(r#"["ad", "code"]"#));
    assert_eq!(with_hide(&labels.into()), Ok(()));
    let message = with_hide(&JsValue::UNDEFINED).expect_err("undefined");
    assert!(
        message.contains("options.hide must be an array"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn declutter_flat_gives_the_outcome_serde_would() {
    use declutter::dom::snapshot::{declutter_snapshot, FlatSnapshot, MarkWhy, SnapNode, Snapshot};
    use declutter::Options;
    let el = |tag: &'static str, end, attrs: &[&'static str]| SnapNode {
        tag: tag.into(),
        end,
        attrs: attrs.iter().map(|&a| a.into()).collect(),
        ..SnapNode::default()
    };
    let text = |text: &'static str| SnapNode {
        text: text.into(),
        ..SnapNode::default()
    };
    let snapshot = Snapshot {
        nodes: vec![
            el("body", 8, &[]),
            el("p", 3, &[]),
            text("The council voted on Tuesday to replace the old diesel ferry with a boat that runs on solar power, ending a debate that had lasted for more than three years."),
            el("div", 6, &["class", "related-links"]),
            el("p", 6, &[]),
            text("Advertisement"),
            el("div", 8, &["class", "ad-slot"]),
            text(" "),
        ],
    };
    let flat = FlatSnapshot::encode(&snapshot);
    let out = declutter::wasm::declutter_flat(
        &flat.strings,
        &flat.lengths,
        &flat.ends,
        &flat.attrs,
        JsValue::UNDEFINED,
    )
    .expect("declutterFlat");
    let want = declutter_snapshot(&snapshot, &Options::default()).expect("valid");
    let get = |key: &str| js_sys::Reflect::get(&out, &key.into()).expect(key);
    let stringify = |value: &JsValue| String::from(js_sys::JSON::stringify(value).expect("JSON"));
    let report = serde_json::to_string(&want.report).expect("serialises");
    assert_eq!(stringify(&get("report")), stringify(&json(&report)));
    let reasons: Vec<&str> = want
        .mark_whys(&snapshot)
        .iter()
        .map(|w| match w {
            MarkWhy::Block(r) | MarkWhy::Box(r) => *r,
            MarkWhy::EmptySlot => "",
        })
        .collect();
    assert!(reasons.len() >= 2, "{reasons:?}");
    assert_eq!(
        stringify(&get("reasons")),
        serde_json::to_string(&reasons).expect("serialises")
    );
}

#[wasm_bindgen_test]
fn classify_blocks_takes_plain_objects() {
    let blocks = js_sys::JSON::parse(
        r#"[{"text": "Advertisement"}, {"text": "li,.a .b ul>li{padding-left:unset}.c .d{content:none}"}]"#,
    )
    .expect("json");
    let out: js_sys::Array = declutter::wasm::classify_blocks(blocks, JsValue::NULL)
        .expect("classifyBlocks")
        .unchecked_into();
    let label = |i| {
        js_sys::Reflect::get(&out.get(i), &"label".into())
            .ok()
            .and_then(|v| v.as_string())
    };
    assert_eq!(label(0).as_deref(), Some("ad"));
    assert_eq!(label(1).as_deref(), Some("code"));
}

#[wasm_bindgen_test]
fn explain_returns_every_block_with_its_element() {
    let html = include_str!("fixtures/news-photo-captions/page.html");
    let doc = parse(html);
    let body = doc.body().expect("body");
    let blocks = split(&Live, body.unchecked_ref()).blocks.len() as u32;
    let rows =
        declutter::wasm::explain(Some(body.clone().into()), JsValue::UNDEFINED).expect("explain");
    assert_eq!(rows.length(), blocks);
    let get = |row: &JsValue, key: &str| js_sys::Reflect::get(row, &key.into()).expect(key);
    let mut hidden = 0;
    for row in rows.iter() {
        let element: Element = get(&row, "element").dyn_into().expect("an Element");
        let label = get(&row, "label").as_string().expect("label");
        if get(&row, "hidden").as_bool() == Some(true) {
            hidden += 1;
            assert_ne!(label, "body");
            assert_eq!(
                element.get_attribute(LABEL_ATTR).as_deref(),
                Some(label.as_str())
            );
        }
        assert!(!get(&row, "reason")
            .as_string()
            .unwrap_or_default()
            .is_empty());
    }
    assert!(hidden > 0);
    // restore(root) cleans the root's own document, not the test page's.
    assert!(doc.get_element_by_id(STYLE_ID).is_some());
    declutter::wasm::restore(Some(body.into()));
    assert!(doc.get_element_by_id(STYLE_ID).is_none());
    assert_eq!(
        doc.query_selector_all(&format!("[{LABEL_ATTR}]"))
            .expect("query")
            .length(),
        0
    );
}

#[wasm_bindgen_test]
fn works_on_an_iframes_document() {
    // Elements of another window's document are not `instanceof` this
    // window's Element; the adapter must still find and mark them.
    let doc = document();
    let frame: web_sys::HtmlIFrameElement = doc
        .create_element("iframe")
        .expect("iframe")
        .unchecked_into();
    doc.body()
        .expect("body")
        .append_child(&frame)
        .expect("append");
    let inner = frame.content_document().expect("about:blank document");
    let body = inner.body().expect("iframe body");
    body.set_inner_html(
        &parse(include_str!("fixtures/leaked-code/page.html"))
            .body()
            .expect("body")
            .inner_html(),
    );
    let before = body.outer_html();
    let rows =
        declutter::wasm::explain(Some(body.clone().into()), JsValue::UNDEFINED).expect("explain");
    assert!(rows.length() > 0, "no blocks found in the iframe");
    assert!(inner.get_element_by_id(STYLE_ID).is_some());
    assert!(
        inner
            .query_selector_all(&format!("[{LABEL_ATTR}=\"code\"]"))
            .expect("query")
            .length()
            > 0
    );
    declutter::wasm::restore(Some(body.clone().into()));
    assert_eq!(body.outer_html(), before);
    frame.remove();
}
