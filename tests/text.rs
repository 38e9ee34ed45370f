//! Text-mode fixtures: `tests/text/<case>.txt` split by the real text adapter
//! and classified, against the labels in `<case>.labels.jsonl` (the labeled-text
//! format: one document per line, `{"id", "lang", "blocks": [{"text", "label"}]}`).
//! One test per case; a failure names the case and every wrong block.

use declutter::text::collapse_whitespace;
use declutter::{classify_text, Options};
use serde_json::Value;

fn check(case: &str, text: &str, labels: &str) {
    let doc: Value = serde_json::from_str(labels.lines().next().unwrap_or_default())
        .unwrap_or_else(|e| panic!("{case}: labels file is not JSON: {e}"));
    let expected = doc["blocks"].as_array().expect("blocks array");
    let got = classify_text(text, &Options::default());
    assert_eq!(
        got.len(),
        expected.len(),
        "{case}: text splits into {} blocks, labels file has {}",
        got.len(),
        expected.len()
    );
    let mut wrong = Vec::new();
    for (i, ((block, verdict), want)) in got.iter().zip(expected).enumerate() {
        assert_eq!(
            block.text,
            collapse_whitespace(want["text"].as_str().unwrap_or_default()),
            "{case}: block {i} text differs from the labels file"
        );
        let want_label = want["label"].as_str().unwrap_or_default();
        if verdict.label.as_str() != want_label {
            wrong.push(format!(
                "  block {i}: expected {want_label}, got {} ({}): {:.60}",
                verdict.label, verdict.reason, block.text
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{case}: {} of {} blocks wrong:\n{}",
        wrong.len(),
        got.len(),
        wrong.join("\n")
    );
}

macro_rules! text_fixture {
    ($name:ident, $case:literal) => {
        #[test]
        fn $name() {
            check(
                $case,
                include_str!(concat!("text/", $case, ".txt")),
                include_str!(concat!("text/", $case, ".labels.jsonl")),
            );
        }
    };
}

text_fixture!(nypost_budapest, "nypost-budapest");
